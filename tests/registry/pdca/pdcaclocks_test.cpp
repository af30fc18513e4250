// SPDX-License-Identifier: EUPL-1.2
#include "registry/pdca/pdcaclocks.h"

#include <catch2/catch.hpp>

using namespace vigil;
using namespace vigil::registry;

namespace {

constexpr UnixSeconds kDay = 86400;
constexpr UnixSeconds kNow = 1'775'001'599;   // 2026-03-31 23:59:59 UTC

RiskRecord risk(std::int64_t id, RiskState state, std::optional<UnixSeconds> reviewDue)
{
    RiskRecord r;
    r.id = id;
    r.hazard = "hazard " + std::to_string(id);
    r.state = state;
    r.residual = MatrixCell{Severity::III, RiskProbability::D};
    r.reviewDue = reviewDue;
    return r;
}

MeasureRecord measure(std::int64_t id, UnixSeconds dueAt)
{
    MeasureRecord m;
    m.id = id;
    m.title = "measure " + std::to_string(id);
    m.dueAt = dueAt;
    return m;
}

} // namespace

TEST_CASE("an accepted risk's review clock runs, is due soon in its last 30 days, and is overdue after its date")
{
    const MeasureClockPolicy policy;
    CHECK(reviewClock(risk(1, RiskState::Accepted, kNow + 31 * kDay), kNow, policy) == ClockStatus::Running);
    CHECK(reviewClock(risk(1, RiskState::Accepted, kNow + 29 * kDay), kNow, policy) == ClockStatus::DueSoon);
    CHECK(reviewClock(risk(1, RiskState::Accepted, kNow - 1), kNow, policy) == ClockStatus::Overdue);
    MeasureClockPolicy shorter;
    shorter.reviewSoonDays = 7;
    CHECK(reviewClock(risk(1, RiskState::Accepted, kNow + 10 * kDay), kNow, shorter) == ClockStatus::Running);
    // Only an acceptance is reviewed.
    CHECK_FALSE(reviewClock(risk(1, RiskState::Open, std::nullopt), kNow, policy).has_value());
    CHECK_FALSE(reviewClock(risk(1, RiskState::Closed, std::nullopt), kNow, policy).has_value());
}

TEST_CASE("the PDCA clock list holds measures and risk reviews, overdue first, then due soon, then running")
{
    const std::vector<MeasureRecord> measures{measure(1, kNow + 100 * kDay), measure(2, kNow - 3 * kDay)};
    const std::vector<RiskRecord> risks{risk(1, RiskState::Accepted, kNow + 10 * kDay),
                                        risk(2, RiskState::Accepted, kNow - 5 * kDay),
                                        risk(3, RiskState::Open, std::nullopt),
                                        risk(4, RiskState::Accepted, kNow + 200 * kDay)};
    const auto list = pdcaClockList(measures, risks, kNow, MeasureClockPolicy{});
    REQUIRE(list.size() == 5);
    auto is = [&](std::size_t i, const char* subject, std::int64_t id, const char* clock, ClockStatus status) {
        INFO(i);
        CHECK(list[i].subject == subject);
        CHECK(list[i].id == id);
        CHECK(list[i].clock == clock);
        CHECK(list[i].status == status);
    };
    is(0, "risk", 2, "review", ClockStatus::Overdue);      // 5 days late
    is(1, "measure", 2, "due", ClockStatus::Overdue);      // 3 days late
    is(2, "risk", 1, "review", ClockStatus::DueSoon);
    is(3, "measure", 1, "due", ClockStatus::Running);
    is(4, "risk", 4, "review", ClockStatus::Running);
    CHECK(list[0].title == "hazard 2");
    CHECK(list[0].state == "accepted");
}
