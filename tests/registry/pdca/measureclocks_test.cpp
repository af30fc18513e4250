// SPDX-License-Identifier: EUPL-1.2
#include "registry/pdca/measureclocks.h"

#include <catch2/catch.hpp>

using namespace vigil;
using namespace vigil::registry;

namespace {

constexpr UnixSeconds kDay = 86400;
// 2026-03-31 23:59:59 UTC, the end of the due date used below.
constexpr UnixSeconds kDueAt = 1'775'001'599;

MeasureRecord measure(MeasureState state, std::optional<std::string> implementedOn = {})
{
    MeasureRecord m;
    m.id = 1;
    m.state = state;
    m.dueDate = "2026-03-31";
    m.dueAt = kDueAt;
    m.implementedOn = implementedOn;
    if (implementedOn)
        m.implementedAt = kDueAt - 20 * kDay;
    if (state == MeasureState::Checked)
        m.checkedAt = kDueAt + 100 * kDay;
    return m;
}

std::string name(std::optional<ClockStatus> s)
{
    return s ? std::string(enumName(*s)) : "-";
}

} // namespace

TEST_CASE("dates end at their last second in UTC, and today's date is read in UTC")
{
    CHECK(endOfDate("2026-03-31") == kDueAt);
    CHECK(endOfDate("2028-02-29") == 1'835'481'599);
    CHECK_FALSE(endOfDate("2026-02-29").has_value());
    CHECK_FALSE(endOfDate("31-03-2026").has_value());
    CHECK(dateOf(kDueAt) == "2026-03-31");
    CHECK(dateOf(kDueAt + 1) == "2026-04-01");
}

TEST_CASE("the clocks of a measure, table-driven")
{
    const MeasureClockPolicy policy; // due soon within 14 days, checked within 9 months
    // Implemented on 2026-03-10: the check is due at 2026-12-10 23:59:59 UTC.
    const UnixSeconds checkDue = 1'796'947'199;
    struct Row {
        const char* what;
        MeasureRecord m;
        UnixSeconds now;
        const char* due;
        const char* check;
        bool overdue, dueSoon, unchecked;
    };
    const std::vector<Row> rows{
        {"proposed, weeks ahead", measure(MeasureState::Proposed), kDueAt - 15 * kDay, "running", "-", false, false, false},
        {"approved, 14 days ahead", measure(MeasureState::Approved), kDueAt - 14 * kDay, "due_soon", "-", false, true, false},
        {"in progress, on the last second", measure(MeasureState::InProgress), kDueAt, "due_soon", "-", false, true, false},
        {"in progress, a second late", measure(MeasureState::InProgress), kDueAt + 1, "overdue", "-", true, false, false},
        {"cancelled, long past", measure(MeasureState::Cancelled), kDueAt + 400 * kDay, "-", "-", false, false, false},
        {"implemented, check running", measure(MeasureState::Implemented, "2026-03-10"), kDueAt + kDay, "met", "running",
         false, false, false},
        {"implemented, check due soon", measure(MeasureState::Implemented, "2026-03-10"), checkDue - 13 * kDay, "met",
         "due_soon", false, true, false},
        {"implemented, not checked after nine months", measure(MeasureState::Implemented, "2026-03-10"), checkDue + 1,
         "met", "overdue", true, false, true},
        {"checked late, the check is met", measure(MeasureState::Checked, "2026-03-10"), checkDue + 400 * kDay, "met",
         "met", false, false, false},
    };
    for (const Row& r : rows) {
        INFO(r.what);
        const MeasureClocks c = measureClocks(r.m, r.now, policy);
        CHECK(name(c.due) == r.due);
        CHECK(name(c.check) == r.check);
        if (c.check)
            CHECK(c.checkDue == checkDue);
        CHECK(matches(MeasureFilter::All, c));
        CHECK(matches(MeasureFilter::Overdue, c) == r.overdue);
        CHECK(matches(MeasureFilter::DueSoon, c) == r.dueSoon);
        CHECK(matches(MeasureFilter::Unchecked, c) == r.unchecked);
    }
}

TEST_CASE("the check clock follows the policy's months, by the calendar")
{
    MeasureClockPolicy policy;
    policy.checkMonths = 3;
    policy.dueSoonDays = 1;
    // Implemented on 30 November: three months later is the last day of February.
    const MeasureRecord m = measure(MeasureState::Implemented, "2025-11-30");
    const MeasureClocks c = measureClocks(m, 0, policy);
    REQUIRE(c.checkDue.has_value());
    CHECK(dateOf(*c.checkDue) == "2026-02-28");
    CHECK(measureClocks(m, *c.checkDue - kDay - 1, policy).check == ClockStatus::Running);
    CHECK(measureClocks(m, *c.checkDue - kDay, policy).check == ClockStatus::DueSoon);
}
