// SPDX-License-Identifier: EUPL-1.2
#include "registry/pdca/indicatorregister.h"

#include "registry/admin/indicatoradmin.h"

#include "tests/registry/registryfixture.h"
#include "tests/support/testdata.h"

#include <catch2/catch.hpp>

using namespace vigil;
using namespace vigil::registry;

namespace {

IndicatorDef def(std::string id, std::string unit)
{
    IndicatorDef d;
    d.id = std::move(id);
    d.nameNl = "Bijna-ongevallen";
    d.nameEn = "Near misses";
    d.filter = makeFilter(std::move(unit), {"near_miss"}, {}, {}, {}).value();
    return d;
}

// Cube rows as intake would have left them: `count` near misses in `unit` for each month.
void seed(test::RegistryFixture& f, const std::string& unit, int first, const std::vector<int>& counts)
{
    auto lock = f.store->lock();
    for (std::size_t i = 0; i < counts.size(); ++i) {
        const std::string month = monthText(first + static_cast<int>(i));
        REQUIRE(f.store->db()
                    .exec("INSERT INTO pdca_counts VALUES ('" + month + "', '" + month + "', '" + unit
                          + "', 'near_miss', 'diving', 'open', 'low', " + std::to_string(counts[i]) + ")")
                    .ok());
    }
}

std::vector<std::string> actions(test::RegistryFixture& f)
{
    std::vector<std::string> out;
    const auto log = f.store->auditLog();  // kept: a range over *auditLog() would outlive its Result
    REQUIRE(log.ok());
    for (const auto& e : *log)
        out.push_back(e.action);
    return out;
}

} // namespace

TEST_CASE("indicators are defined once under an id never reused, audited, and retired rather than edited",
          "[registry][pdca][indicators]")
{
    test::RegistryFixture f;
    IndicatorRegister reg(*f.store);
    REQUIRE(reg.define(def("nm-42", "42-battalion"), "admin", f.now).ok());
    CHECK(reg.define(def("nm-42", "42-battalion"), "admin", f.now).error().kind == ErrorKind::Conflict);
    CHECK(reg.define(def("nm-x", "no-such-unit"), "admin", f.now).error().kind == ErrorKind::Invalid);
    auto withTarget = def("nm-t", "42-battalion");
    withTarget.target = IndicatorTarget{3, TargetDirection::AtLeast};
    CHECK(reg.define(withTarget, "admin", f.now).error().kind == ErrorKind::Invalid);
    // The same reports twice: refused, whatever the name.
    CHECK(reg.define(def("nm-again", "42-battalion"), "admin", f.now).error().kind == ErrorKind::Invalid);

    auto active = reg.active();
    REQUIRE(active.ok());
    REQUIRE(active->size() == 1);
    CHECK(active->front().filter == def("nm-42", "42-battalion").filter);
    CHECK(active->front().rules == defaultAlertRules());

    REQUIRE(reg.retire("nm-42", "admin", f.now).ok());
    CHECK(reg.active()->empty());
    CHECK(reg.retire("nm-42", "admin", f.now).error().kind == ErrorKind::NotFound);
    CHECK(reg.define(def("nm-42", "42-battalion"), "admin", f.now).error().kind == ErrorKind::Conflict);
    CHECK(actions(f) == std::vector<std::string>{"indicator.defined", "indicator.retired"});
    CHECK_FALSE(verifyAuditChain(*f.store->auditLog()));
}

TEST_CASE("a board is published only for settled months, and what its first board hid stays hidden",
          "[registry][pdca][indicators]")
{
    test::RegistryFixture f;  // now: 2025-06-15, so 2025-04 is the last settled month
    IndicatorRegister reg(*f.store);
    REQUIRE(reg.define(def("nm-42", "42-battalion"), "admin", f.now).ok());
    const int april = monthIndex("2025-04").value();
    CHECK(IndicatorRegister::lastSettled(f.now, 1) == april);
    seed(f, "42-battalion", april - 13, {20, 22, 18, 20, 22, 18, 20, 22, 18, 20, 22, 18, 3, 40});

    BoardPolicy policy;
    policy.windowMonths = 14;
    CHECK(reg.board(april + 1, policy, f.now).error().kind == ErrorKind::Conflict);
    auto board = reg.board(april, policy, f.now);
    REQUIRE(board.ok());
    const auto& s = board->series.at(0);
    CHECK(s.status[12] == CellStatus::Primary);   // March: 3
    CHECK(s.published(13) == 40);                  // April
    CHECK(board->hidden == std::set<std::string>{"indicator/nm-42/2025-03"});
    CHECK(actions(f).back() == "indicator.snapshot");

    // Asked again: the same board, and no second snapshot.
    const auto entries = f.store->auditLog()->size();
    REQUIRE(reg.board(april, policy, f.now).ok());
    CHECK(f.store->auditLog()->size() == entries);

    // March is hidden in every later board, even if its count were corrected upwards.
    {
        auto lock = f.store->lock();
        REQUIRE(f.store->db().exec("UPDATE pdca_counts SET count = 30 WHERE month = '2025-03'").ok());
    }
    f.now += 31 * 86400;
    auto later = reg.board(april + 1, policy, f.now);
    REQUIRE(later.ok());
    CHECK_FALSE(later->series[0].published(11));  // March is month 11 of the window ending in May
}

TEST_CASE("vigil-admin shows an indicator's months as published, with its levels and alerts",
          "[registry][pdca][indicators][admin]")
{
    test::RegistryFixture f;
    auto admin = Admin::open(f.dir.path());
    REQUIRE(admin.ok());
    REQUIRE(defineIndicator(**admin, def("nm-42", "42-battalion"), f.now).ok());
    const int april = monthIndex("2025-04").value();
    seed(f, "42-battalion", april - 15, {20, 22, 18, 20, 22, 18, 20, 22, 18, 20, 22, 18, 20, 22, 3, 40});
    auto shown = showIndicator(**admin, "nm-42", "", 5, f.now);
    REQUIRE(shown.ok());
    CHECK_THAT(*shown, Catch::Contains("nm-42 as of 2025-04 (k = 5)"));
    CHECK_THAT(*shown, Catch::Contains("2025-03\t<5\t"));
    CHECK_THAT(*shown, Catch::Contains("2025-04\t40\t21.6 / 23.3 / 24.9\t3:1"));
    CHECK_THAT(*listIndicators(**admin), Catch::Contains("nm-42\tcount\tNear misses\tBijna-ongevallen\t12\t12\t{"));
    CHECK_THAT(*listIndicators(**admin), Catch::Contains("} rules 3:1,2:2,1:3\n"));
    CHECK(showIndicator(**admin, "nope", "", 5, f.now).error().kind == ErrorKind::NotFound);
}

TEST_CASE("intake and the first acknowledgement fill the handling clocks, and a clock share is read from them",
          "[registry][pdca][indicators]")
{
    test::RegistryFixture f;
    const UnixSeconds received = f.now;
    std::vector<std::int64_t> ids;
    for (int i = 0; i < 6; ++i)
        ids.push_back(f.file(test::nearMissReport()));
    f.now += 2 * 86400 + 60;
    for (int i = 0; i < 5; ++i)
        REQUIRE(f.service->transition("m1", ids[static_cast<std::size_t>(i)], CaseState::Acknowledged).ok());
    {
        auto lock = f.store->lock();
        CHECK(*f.store->db().queryInt("SELECT SUM(count) FROM pdca_clocks WHERE clock = 'received'") == 6);
        CHECK(*f.store->db().queryInt("SELECT SUM(count) FROM pdca_clocks WHERE clock = 'acknowledge' AND days = 2")
              == 5);
    }

    IndicatorRegister reg(*f.store);
    IndicatorDef ack;
    ack.id = "ack7";
    ack.nameNl = "Binnen 7 dagen bevestigd";
    ack.nameEn = "Acknowledged within 7 days";
    ack.measure = IndicatorMeasure::WithinClock;
    ack.withinDays = 7;
    ack.target = IndicatorTarget{0.9, TargetDirection::AtLeast};
    REQUIRE(reg.define(ack, "admin", f.now).ok());
    auto read = reg.active();
    REQUIRE(read.ok());
    REQUIRE(read->size() == 1);
    CHECK(read->front().measure == IndicatorMeasure::WithinClock);
    CHECK(read->front().withinDays == 7);
    CHECK(read->front().target == ack.target);

    const int month = monthIndex(monthOf(received)).value();
    auto board = reg.board(month, BoardPolicy{}, f.now + 70 * 86400);
    REQUIRE(board.ok());
    const auto& s = board->series.at(0);
    const std::size_t last = s.status.size() - 1;
    CHECK(s.value(last) == Approx(5.0 / 6));
    CHECK(s.offTarget[last]);
}

TEST_CASE("measures on time are read from the measures register, a cancelled one left out",
          "[registry][pdca][indicators]")
{
    test::RegistryFixture f;
    {
        auto lock = f.store->lock();
        const std::string insert = "INSERT INTO measures(title, domain, owner_unit, owner_role, due_date, due_at, "
                                   "proposed_by, proposed_at, state, implemented_on, implemented_at, cancelled_at, "
                                   "cancel_reason) VALUES ('Barrier', 'physical', '42-battalion', 'S3', '2025-03-31', 0, "
                                   "'m1', 0, ";
        for (int i = 0; i < 4; ++i)
            REQUIRE(f.store->db().exec(insert + "'implemented', '2025-03-20', 1742860800, NULL, '')").ok());
        REQUIRE(f.store->db().exec(insert + "'implemented', '2025-04-02', 1743580800, NULL, '')").ok());  // late
        REQUIRE(f.store->db().exec(insert + "'cancelled', NULL, NULL, 1742000000, 'superseded')").ok());
    }
    IndicatorRegister reg(*f.store);
    IndicatorDef onTime;
    onTime.id = "on-time";
    onTime.nameNl = "Maatregelen op tijd";
    onTime.nameEn = "Measures on time";
    onTime.measure = IndicatorMeasure::MeasuresOnTime;
    REQUIRE(reg.define(onTime, "admin", f.now).ok());
    auto board = reg.board(monthIndex("2025-03").value(), BoardPolicy{}, f.now);
    REQUIRE(board.ok());
    const auto& s = board->series.at(0);
    const std::size_t last = s.status.size() - 1;
    CHECK(s.bases[last] == 5);
    CHECK(s.value(last) == Approx(0.8));
}

TEST_CASE("vigil-admin freezes an indicator at its last settled month: its history stays, later months and alerts stop, and a second freeze is refused",
          "[registry][pdca][indicators][admin]")
{
    test::RegistryFixture f;  // now: 2025-06-15
    auto admin = Admin::open(f.dir.path());
    REQUIRE(admin.ok());
    REQUIRE(defineIndicator(**admin, def("nm-42", "42-battalion"), f.now).ok());
    const int april = monthIndex("2025-04").value();
    seed(f, "42-battalion", april - 15, {20, 22, 18, 20, 22, 18, 20, 22, 18, 20, 22, 18, 20, 22, 21, 40});

    // Frozen a month ago, when March was the last settled month.
    const auto frozen = freezeIndicator(**admin, "nm-42", f.now - 31 * 86400);
    REQUIRE(frozen.ok());
    CHECK_THAT(*frozen, Catch::Contains("frozen after 2025-03"));
    CHECK(actions(f).back() == "indicator.frozen");
    {
        const auto log = f.store->auditLog();
        REQUIRE(log.ok());
        CHECK(log->back().subject == "nm-42");
        CHECK(log->back().detail == "after 2025-03");
    }

    const auto again = freezeIndicator(**admin, "nm-42", f.now);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind == ErrorKind::Conflict);
    CHECK_THAT(again.error().message, Catch::Contains("frozen already") && Catch::Contains("2025-03"));
    CHECK(freezeIndicator(**admin, "nope", f.now).error().kind == ErrorKind::NotFound);

    // Still in force for boards and reports: March and before as published, April neither
    // shown nor fired although its 40 is far above the levels.
    auto shown = showIndicator(**admin, "nm-42", "", 5, f.now);
    REQUIRE(shown.ok());
    CHECK_THAT(*shown, Catch::Contains("frozen after 2025-03") && Catch::Contains("2025-03\t21\t"));
    CHECK_THAT(*shown, !Catch::Contains("2025-04\t"));
    CHECK_THAT(*listIndicators(**admin), Catch::Contains("frozen after 2025-03"));
    BoardPolicy policy;
    auto board = IndicatorRegister(*f.store).board(april, policy, f.now);
    REQUIRE(board.ok());
    REQUIRE(board->indicators.size() == 1);
    const auto& s = board->series.at(0);
    CHECK(s.published(s.status.size() - 2) == 21);
    CHECK_FALSE(s.fired.back());
    CHECK_FALSE(s.levels.back());
}
