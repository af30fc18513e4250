// SPDX-License-Identifier: EUPL-1.2
// The alerts register on a real SQLite file: the sweep raises and extends alerts from the board
// of the last settled month, members take them through their states, and every change is one
// audit entry on a chain that verifies.
#include "registry/pdca/alertdesk.h"

#include "registry/admin/alertadmin.h"

#include "registry/pdca/alertsweep.h"
#include "registry/pdca/measuredesk.h"
#include "registry/pdca/pdcaclocks.h"
#include "registry/pdca/pdcatext.h"
#include "registry/pdca/sqlalertstore.h"
#include "registry/pdca/sqlmeasurestore.h"

#include "tests/registry/registryfixture.h"

#include <catch2/catch.hpp>

using namespace vigil;
using namespace vigil::registry;

namespace {

constexpr UnixSeconds kDay = 86400;
// The fixture's organisation (tests/support/testdata.h): m1 safety officer of 13-brigade (no
// role), m7 inspectorate, m8 commander of 42-battalion. Now is 2025-06-15, when the indicator
// is defined: months up to 2025-04 had settled then.
struct AlertFixture : test::RegistryFixture {
    IndicatorRegister indicators{*store};
    SqlAlertStore alertStore{*store};
    AlertDesk desk{alertStore};

    AlertFixture()
    {
        IndicatorDef d;
        d.id = "nm-42";
        d.nameNl = "Bijna-ongevallen 42 Bat";
        d.nameEn = "Near misses 42 Bn";
        d.filter = makeFilter("42-battalion", {"near_miss"}, {}, {}, {}).value();
        REQUIRE(indicators.define(d, "admin", now).ok());
        // 2024 is the baseline of 2025 (mean 21, sd 1: 3σ at 24); 2025-03 fires before the
        // indicator was defined, 2025-05 onwards after.
        std::vector<std::pair<std::string, int>> counts;
        for (int m = 1; m <= 12; ++m)
            counts.emplace_back("2024-" + std::string(m < 10 ? "0" : "") + std::to_string(m), m % 2 ? 20 : 22);
        for (auto [month, n] : std::vector<std::pair<std::string, int>>{
                 {"2025-01", 20}, {"2025-02", 20}, {"2025-03", 60}, {"2025-04", 20}, {"2025-05", 60},
                 {"2025-06", 60}, {"2025-07", 60}, {"2025-08", 60}})
            counts.emplace_back(month, n);
        auto lock = store->lock();
        for (const auto& [month, n] : counts)
            REQUIRE(store->db()
                        .exec("INSERT INTO pdca_counts VALUES ('" + month + "', '" + month
                              + "', '42-battalion', 'near_miss', 'diving', 'open', 'low', " + std::to_string(n) + ")")
                        .ok());
    }

    /// A sweep on the 15th of `month` of 2025.
    Result<SweepOutcome> sweepIn(int month)
    {
        return runAlertSweep(indicators, desk, BoardPolicy{}, at(month));
    }
    static UnixSeconds at(int month)
    {
        // 2025-01-15 00:00 UTC, then whole months on.
        static constexpr std::array<int, 12> days{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
        return 1'736'899'200 + days[static_cast<std::size_t>(month - 1)] * kDay;
    }

    std::vector<AuditEntry> audit()
    {
        auto log = store->auditLog();  // kept: a range over *auditLog() would outlive its Result
        REQUIRE(log.ok());
        return *log;
    }
};

AlertStep assignTo(std::string member)
{
    AlertStep s;
    s.assignee = std::move(member);
    return s;
}

AlertStep explained(std::string why)
{
    AlertStep s;
    s.explanation = std::move(why);
    return s;
}

} // namespace

TEST_CASE("the sweep raises one alert for the months settled after the indicator was defined, once, and extends it later",
          "[registry][pdca][alerts]")
{
    AlertFixture f;
    CHECK(dateOf(AlertFixture::at(8)) == "2025-08-15");

    auto first = f.sweepIn(8);  // 2025-06 has settled
    REQUIRE(first.ok());
    CHECK(first->asOf == "2025-06");
    CHECK(first->raised == 1);
    CHECK(first->extended == 0);
    auto held = f.desk.all();
    REQUIRE(held.ok());
    REQUIRE(held->size() == 1);
    const AlertRecord& a = held->front();
    // 2025-03 fired too, but had settled before the indicator existed: no alert for it.
    CHECK(a.month == "2025-05");
    CHECK(a.months == std::vector<std::string>{"2025-06"});
    CHECK(a.rule == "3:1");
    CHECK(a.value == 60);
    CHECK(a.level == 24);
    CHECK(a.state == AlertState::Raised);
    CHECK(a.raisedAt == AlertFixture::at(8));
    CHECK(a.followUpDue == AlertFixture::at(8) + 30 * kDay);
    CHECK(a.indicatorNameEn == "Near misses 42 Bn");
    CHECK(a.scopeUnit == "42-battalion");
    const auto entries = f.audit();
    CHECK(entries.back().action == "alert.raised");
    CHECK(entries.back().actor == "registry");
    CHECK(entries.back().detail == "nm-42 2025-05,2025-06 rule 3:1");
    CHECK(entries[entries.size() - 2].action == "indicator.snapshot");

    auto again = f.sweepIn(8);
    REQUIRE(again.ok());
    CHECK(again->raised == 0);
    CHECK(again->extended == 0);
    CHECK(f.audit().size() == entries.size());

    auto later = f.sweepIn(9);  // 2025-07 has settled and still fires: it joins the open alert
    REQUIRE(later.ok());
    CHECK(later->raised == 0);
    CHECK(later->extended == 1);
    auto extended = f.desk.all();
    REQUIRE(extended.ok());
    REQUIRE(extended->size() == 1);
    CHECK(extended->front().months == std::vector<std::string>{"2025-06", "2025-07"});
    CHECK(f.audit().back().action == "alert.extended");
    CHECK_FALSE(verifyAuditChain(f.audit()).has_value());
}

TEST_CASE("an alert is assigned, followed up with a measure and closed by a commander, each step one audit entry",
          "[registry][pdca][alerts]")
{
    AlertFixture f;
    REQUIRE(f.sweepIn(8).ok());
    const std::int64_t id = f.desk.all()->front().id;
    const UnixSeconds now = AlertFixture::at(8) + kDay;

    // m1 holds no role: the alert does not exist for it. The inspectorate reads, and only reads.
    CHECK(f.desk.findFor("m1", id).error().kind == ErrorKind::NotFound);
    CHECK(f.desk.transition("m1", id, AlertState::Assigned, assignTo("m8"), now).error().kind == ErrorKind::NotFound);
    REQUIRE(f.desk.findFor("m7", id).ok());
    const auto refused = f.desk.transition("m7", id, AlertState::Assigned, assignTo("m8"), now);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Refused);
    CHECK(refused.error().message
          == "assigning an alert of 42-battalion needs a measures or commander role for it (or a unit above it); m7 "
             "holds none");
    // An assignee must be able to follow it up.
    CHECK(f.desk.transition("m8", id, AlertState::Assigned, assignTo("m1"), now).error().kind == ErrorKind::Invalid);
    CHECK(f.desk.transition("m8", id, AlertState::Closed, {}, now).error().kind == ErrorKind::Conflict);

    std::size_t entries = f.audit().size();
    auto assigned = f.desk.transition("m8", id, AlertState::Assigned, assignTo("m8"), now);
    REQUIRE(assigned.ok());
    CHECK(assigned->assignee == "m8");
    CHECK(f.audit().size() == ++entries);
    CHECK(f.audit().back().action == "alert.assigned");
    CHECK(f.audit().back().detail == "raised -> assigned (to m8)");

    // A measure that does not exist is refused; one m8 may see answers the alert.
    AlertStep withMeasure;
    withMeasure.measure = 99;
    CHECK(f.desk.transition("m8", id, AlertState::FollowedUp, withMeasure, now).error().kind == ErrorKind::Invalid);
    SqlMeasureStore measureStore(*f.store);
    MeasureProposal p;
    p.title = "Brief divers on the buddy check";
    p.domain = Domain::Physical;
    p.ownerUnit = "42-battalion";
    p.ownerRole = "S3";
    p.dueDate = "2025-12-31";
    auto measure = MeasureDesk(measureStore).propose("m8", p, now);
    REQUIRE(measure.ok());
    entries = f.audit().size();
    withMeasure.measure = measure->id;
    withMeasure.explanation = "the buddy check was skipped";
    auto followed = f.desk.transition("m8", id, AlertState::FollowedUp, withMeasure, now);
    REQUIRE(followed.ok());
    CHECK(followed->measure == measure->id);
    CHECK(followed->followedUpAt == now);
    CHECK(f.audit().size() == ++entries);
    CHECK(f.audit().back().action == "alert.followed_up");
    CHECK(f.audit().back().detail
          == "assigned -> followed_up (measure " + std::to_string(measure->id) + ", explanation "
                 + textTag("the buddy check was skipped") + ")");
    CHECK(f.audit().back().detail.find("buddy") == std::string::npos);

    AlertStep note;
    note.note = "closed at the safety board";
    auto closed = f.desk.transition("m8", id, AlertState::Closed, note, now);
    REQUIRE(closed.ok());
    CHECK(closed->state == AlertState::Closed);
    CHECK(closed->closeNote == "closed at the safety board");
    CHECK(f.audit().back().detail == "followed_up -> closed (note " + textTag("closed at the safety board") + ")");
    CHECK_FALSE(verifyAuditChain(f.audit()).has_value());

    // Closed: a month that fires after it raises a new alert.
    auto next = f.sweepIn(10);
    REQUIRE(next.ok());
    CHECK(next->raised == 1);
    CHECK(f.desk.all()->back().month == "2025-07");
}

TEST_CASE("a retired indicator raises no alert, and an alert not followed up in time is overdue on the clock list",
          "[registry][pdca][alerts]")
{
    SECTION("retired")
    {
        AlertFixture f;
        REQUIRE(f.indicators.retire("nm-42", "admin", f.now).ok());
        auto swept = f.sweepIn(8);
        REQUIRE(swept.ok());
        CHECK(swept->raised == 0);
        CHECK(f.desk.all()->empty());
    }
    SECTION("overdue")
    {
        AlertFixture f;
        REQUIRE(f.sweepIn(8).ok());
        const AlertRecord a = f.desk.all()->front();
        const MeasureClockPolicy policy;
        CHECK(followUpClock(a, a.raisedAt + kDay, policy) == ClockStatus::Running);
        CHECK(followUpClock(a, a.followUpDue - kDay, policy) == ClockStatus::DueSoon);
        CHECK(followUpClock(a, a.followUpDue + 1, policy) == ClockStatus::Overdue);
        const auto list = pdcaClockList({}, {}, {a}, a.followUpDue + 1, policy);
        REQUIRE(list.size() == 1);
        CHECK(list[0].subject == "alert");
        CHECK(list[0].clock == "follow_up");
        CHECK(list[0].status == ClockStatus::Overdue);
        REQUIRE(f.desk.transition("m8", a.id, AlertState::FollowedUp, explained("an exercise month"),
                                  a.followUpDue + 2)
                    .ok());
        const AlertRecord done = f.desk.all()->front();
        CHECK(followUpClock(done, done.followUpDue + kDay, policy) == ClockStatus::Met);
        CHECK(pdcaClockList({}, {}, {done}, done.followUpDue + kDay, policy).empty());
    }
}

TEST_CASE("vigil-admin lists the alerts with their follow-up clocks and shows one in full",
          "[registry][pdca][alerts][admin]")
{
    AlertFixture f;
    REQUIRE(f.sweepIn(8).ok());
    auto admin = Admin::open(f.dir.path());
    REQUIRE(admin.ok());
    const AlertRecord a = f.desk.all()->front();
    auto listed = listAlerts(**admin, std::nullopt, a.followUpDue + 1);
    REQUIRE(listed.ok());
    CHECK_THAT(*listed, Catch::Contains(std::to_string(a.id) + "\traised\tnm-42\t2025-05,2025-06\t3:1\t"
                                        + dateOf(a.followUpDue) + "\toverdue\t-"));
    CHECK_THAT(*listed, Catch::EndsWith("1 alert(s)\n"));
    CHECK_THAT(*listAlerts(**admin, AlertState::Closed, a.raisedAt), Catch::EndsWith("0 alert(s)\n"));
    auto shown = showAlert(**admin, a.id, a.raisedAt);
    REQUIRE(shown.ok());
    CHECK_THAT(*shown, Catch::Contains("rule:        3:1 (value 60 above level 24)"));
    CHECK_THAT(*shown, Catch::Contains("follow-up:   due " + dateOf(a.followUpDue) + ", running"));
    CHECK(showAlert(**admin, a.id + 1, a.raisedAt).error().kind == ErrorKind::NotFound);
}
