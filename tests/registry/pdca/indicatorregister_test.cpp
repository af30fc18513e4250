// SPDX-License-Identifier: EUPL-1.2
#include "registry/pdca/indicatorregister.h"

#include "registry/admin/indicatoradmin.h"

#include "tests/registry/registryfixture.h"

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
    withTarget.target = 3;
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
    CHECK_THAT(*listIndicators(**admin), Catch::Contains("nm-42\tNear misses\tBijna-ongevallen\t12\t12\t3:1,2:2,1:3"));
    CHECK(showIndicator(**admin, "nope", "", 5, f.now).error().kind == ErrorKind::NotFound);
}
