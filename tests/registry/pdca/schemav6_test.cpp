// SPDX-License-Identifier: EUPL-1.2
#include "registry/schema.h"

#include "registry/datafolder.h"
#include "registry/pdca/measuredesk.h"
#include "registry/pdca/riskdesk.h"
#include "registry/pdca/sqlmeasurestore.h"
#include "registry/pdca/sqlriskstore.h"
#include "registry/registrykeys.h"
#include "registry/sqlcasestore.h"

#include "tests/support/testenv.h"

#include <catch2/catch.hpp>

using namespace vigil;
using namespace vigil::registry;

TEST_CASE("a version 5 registry with a measure upgrades to version 6 and keeps it, its links and its audit trail",
          "[registry][pdca][schema]")
{
    test::TempDir dir;
    REQUIRE(createRegistryKeys(dir.path()).ok());
    const UnixSeconds now = 1'750'000'000;
    {
        // A registry.db as version 5 made it: its migrations only, a unit, a member and a measure.
        REQUIRE(registryMigrations().size() >= 6);
        auto db = openServerDatabase(registryDatabasePath(dir.path()), registryMigrations().first(5), "registry");
        REQUIRE(db.ok());
        REQUIRE(*db->queryInt("PRAGMA user_version") == 5);
        REQUIRE(db->exec("INSERT INTO units(id, name) VALUES ('13-bde', '13 Bde')").ok());
        REQUIRE(db->exec("INSERT INTO members(id, name, box_key, sign_key) VALUES ('m8', 'Lt-Col', x'00', x'01')").ok());
        REQUIRE(db->exec("INSERT INTO member_roles VALUES ('m8', 'commander', '13-bde', 0)").ok());
        REQUIRE(db->exec("INSERT INTO measures(id, title, domain, owner_unit, owner_role, due_date, due_at, "
                         "proposed_by, proposed_at) VALUES (3, 'Barrier', 'physical', '13-bde', 'S3', '2025-09-30', 0, "
                         "'m8', 0)")
                    .ok());
        SqlCaseStore store(std::move(*db));
        REQUIRE(store.appendAudit({0, now, "m8", "measure.proposed", "3", "title #00000000", {}, {}}).ok());
    }

    auto opened = openRegistryDatabase(dir.path(), true);
    REQUIRE(opened.ok());
    CHECK(*opened->queryInt("PRAGMA user_version") == static_cast<std::int64_t>(registryMigrations().size()));
    CHECK(*opened->queryInt("SELECT COUNT(*) FROM measures WHERE id = 3") == 1);
    CHECK(*opened->queryInt("SELECT COUNT(*) FROM risks") == 0);
    SqlCaseStore store(std::move(*opened));

    // The new tables work on the old data: m8 records a risk of 13-bde lowered by measure 3.
    SqlRiskStore risks(store);
    RiskDesk desk(risks);
    RiskProposal p;
    p.hazard = "Range road crossings";
    p.unit = "13-bde";
    p.initial = {Severity::II, RiskProbability::B};
    p.measures = {3};
    auto r = desk.create("m8", p, now);
    REQUIRE(r.ok());
    CHECK(r->measures == std::vector<std::int64_t>{3});
    auto log = store.auditLog();
    REQUIRE(log->size() == 2);
    CHECK_FALSE(verifyAuditChain(*log).has_value());
}

TEST_CASE("the risk tables refuse what the register must never hold", "[registry][pdca][schema]")
{
    test::TempDir dir;
    auto db = openServerDatabase(dir.path() / "registry.db", registryMigrations(), "registry");
    REQUIRE(db.ok());
    const std::string insert = "INSERT INTO risks(hazard, domain, initial_severity, initial_probability, "
                               "residual_severity, residual_probability, state, review_due, close_reason, created_by, "
                               "created_at) VALUES ('h', 'physical', ";
    CHECK(db->exec(insert + "'I', 'A', NULL, NULL, 'open', NULL, '', 'm1', 0)").ok());
    CHECK(db->exec(insert + "'I', 'A', 'II', 'F', 'accepted', 10, '', 'm1', 0)").ok());
    CHECK_FALSE(db->exec(insert + "'I', 'F', NULL, NULL, 'open', NULL, '', 'm1', 0)").ok());      // F initially
    CHECK_FALSE(db->exec(insert + "'V', 'A', NULL, NULL, 'open', NULL, '', 'm1', 0)").ok());      // no severity V
    CHECK_FALSE(db->exec(insert + "'I', 'A', 'II', NULL, 'open', NULL, '', 'm1', 0)").ok());      // half a cell
    CHECK_FALSE(db->exec(insert + "'I', 'A', NULL, NULL, 'accepted', 10, '', 'm1', 0)").ok());    // unassessed
    CHECK_FALSE(db->exec(insert + "'I', 'A', 'II', 'C', 'accepted', NULL, '', 'm1', 0)").ok());   // no review date
    CHECK_FALSE(db->exec(insert + "'I', 'A', NULL, NULL, 'closed', NULL, '', 'm1', 0)").ok());    // no reason
    CHECK_FALSE(db->exec(insert + "'I', 'A', NULL, NULL, 'gone', NULL, '', 'm1', 0)").ok());      // no such state
    CHECK_FALSE(db->exec("INSERT INTO risk_cases VALUES (1, 999)").ok());                         // no such case
    CHECK_FALSE(db->exec("INSERT INTO risk_decisions(risk_id, decision, level, residual_severity, "
                         "residual_probability, member_id, role, role_unit, role_depth, required_depth, at) "
                         "VALUES (1, 'accepted', 'high', 'I', 'A', 'm1', 'commander', '', 0, 0, 0)")
                    .ok());   // an acceptance without a review date
}
