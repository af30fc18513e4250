// SPDX-License-Identifier: EUPL-1.2
// The sweep's plan (registry/pdca/alertsweep.h) on boards written out by hand: which months
// raise an alert, which join an open one, and which only mark the board.
#include "registry/pdca/alertsweep.h"

#include <catch2/catch.hpp>

using namespace vigil;
using namespace vigil::registry;

namespace {

constexpr int kJan2025 = 2025 * 12;
/// 2025-03-10: months up to 2025-01 had settled then (settling one month).
constexpr UnixSeconds kDefined = 1'741'600'000;

/// A board as of `asOf` of one indicator whose months from 2025-01 fire where `fires` says.
IndicatorBoard board(int asOf, const std::vector<bool>& fires, bool alerts = true)
{
    IndicatorDef def;
    def.id = "nm-42";
    def.alerts = alerts;
    IndicatorSeries s;
    s.id = def.id;
    s.firstMonth = kJan2025;
    for (bool f : fires) {
        s.counts.push_back(f ? 40 : 10);
        s.values.push_back(f ? 40 : 10);
        s.status.push_back(CellStatus::Published);
        s.levels.push_back(AlertLevels{12, 3});
        s.fired.push_back(f ? std::optional(AlertRule{3, 1}) : std::nullopt);
    }
    return IndicatorBoard{asOf, {def}, {s}, {}};
}

std::vector<AlertIndicator> defined(bool retired = false)
{
    return {AlertIndicator{"nm-42", "42-battalion", kDefined, retired, true, 30}};
}

AlertRecord alert(std::int64_t id, std::string month, AlertState state, std::vector<std::string> later = {})
{
    AlertRecord a;
    a.id = id;
    a.indicatorId = "nm-42";
    a.month = std::move(month);
    a.months = std::move(later);
    a.state = state;
    return a;
}

} // namespace

TEST_CASE("a firing month settled after the indicator was defined raises one alert, and later firing months join it",
          "[registry][pdca][alerts]")
{
    // Jan fires but had settled when the indicator was defined: a mark on the board only.
    const AlertPlan plan = planAlerts(board(kJan2025 + 4, {true, false, true, true, false}), defined(), {}, 1);
    REQUIRE(plan.raise.size() == 1);
    CHECK(plan.raise[0] == AlertRaise{"nm-42", "2025-03", {"2025-04"}, "3:1", 40, 21});
    CHECK(plan.extend.empty());
}

TEST_CASE("a second sweep over the same board plans nothing, and a later month joins the open alert",
          "[registry][pdca][alerts]")
{
    const std::vector<bool> fires{false, false, true, true, false, true};
    const std::vector<AlertRecord> held{alert(7, "2025-03", AlertState::Assigned, {"2025-04"})};
    const AlertPlan again = planAlerts(board(kJan2025 + 4, fires), defined(), held, 1);
    CHECK(again.raise.empty());
    CHECK(again.extend.empty());
    const AlertPlan later = planAlerts(board(kJan2025 + 5, fires), defined(), held, 1);
    CHECK(later.raise.empty());
    CHECK(later.extend == std::vector<AlertExtension>{{7, "2025-06"}});
}

TEST_CASE("after its alert is closed an indicator that fires again raises a new alert",
          "[registry][pdca][alerts]")
{
    const std::vector<AlertRecord> held{alert(7, "2025-03", AlertState::Closed, {"2025-04"})};
    const AlertPlan plan = planAlerts(board(kJan2025 + 5, {false, false, true, true, false, true}), defined(), held, 1);
    REQUIRE(plan.raise.size() == 1);
    CHECK(plan.raise[0].month == "2025-06");
    CHECK(plan.extend.empty());
}

TEST_CASE("a retired indicator, or one defined without alerts, raises nothing",
          "[registry][pdca][alerts]")
{
    const std::vector<bool> fires{false, false, true, true};
    CHECK(planAlerts(board(kJan2025 + 3, fires), defined(true), {}, 1).raise.empty());
    CHECK(planAlerts(board(kJan2025 + 3, fires, false), defined(), {}, 1).raise.empty());
    CHECK(planAlerts(board(kJan2025 + 3, fires), {}, {}, 1).raise.empty());
}
