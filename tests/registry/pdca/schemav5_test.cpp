// SPDX-License-Identifier: EUPL-1.2
#include "registry/schema.h"

#include "registry/datafolder.h"
#include "registry/pdca/measuredesk.h"
#include "registry/pdca/sqlmeasurestore.h"
#include "registry/registrykeys.h"
#include "registry/sqlcasestore.h"

#include "tests/support/testdata.h"
#include "tests/support/testenv.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace vigil;
using namespace vigil::registry;

TEST_CASE("a version 4 registry upgrades to version 5 and keeps its organisation, cases and audit trail",
          "[registry][pdca][schema]")
{
    test::TempDir dir;
    REQUIRE(createRegistryKeys(dir.path()).ok());
    const UnixSeconds now = 1'750'000'000;
    {
        // A registry.db as version 4 made it: its migrations only.
        REQUIRE(registryMigrations().size() >= 5);
        auto db = openServerDatabase(registryDatabasePath(dir.path()), registryMigrations().first(4), "registry");
        REQUIRE(db.ok());
        REQUIRE(*db->queryInt("PRAGMA user_version") == 4);
        // Written as version 4's organisation store wrote it (today's writes a position, v21).
        const Directory sample = test::sampleDirectory();
        auto unit = db->prepare("INSERT INTO units(id, name, parent, name_nl) VALUES (?, ?, NULLIF(?, ''), ?)");
        for (const auto& u : sample.units) {
            unit->reset();
            unit->bindText(1, u.id).bindText(2, u.name).bindText(3, u.parent).bindText(4, u.nameNl);
            REQUIRE(unit->run().ok());
        }
        auto group = db->prepare("INSERT INTO groups(id, kind, name_nl, unit, name_en) VALUES (?, ?, ?, NULLIF(?, ''), ?)");
        auto member = db->prepare("INSERT OR IGNORE INTO members(id, name, box_key, sign_key) VALUES (?, ?, ?, ?)");
        auto membership = db->prepare("INSERT INTO group_members(group_id, member_id) VALUES (?, ?)");
        REQUIRE((unit && group && member && membership));
        for (const auto& g : sample.groups) {
            const std::string kind(enumName(g.kind));
            group->reset();
            group->bindText(1, g.id).bindText(2, kind).bindText(4, g.unit).bindText(3, g.nameNl).bindText(5, g.nameEn);
            REQUIRE(group->run().ok());
            for (const auto& m : g.members) {
                member->reset();
                member->bindText(1, m.id).bindText(2, m.name).bind(3, m.boxKey).bind(4, m.signKey);
                REQUIRE(member->run().ok());
                membership->reset();
                membership->bindText(1, g.id).bindText(2, m.id);
                REQUIRE(membership->run().ok());
            }
        }
        auto cases = openServerDatabase(registryDatabasePath(dir.path()), {}, "registry");
        REQUIRE(cases.ok());
        REQUIRE(cases->exec("INSERT INTO cases(id, report_id, envelope_hash, receipt, kind, category, domain, unit, "
                            "month, lang, mode, reply_key, directory_version, received_at, ack_due, feedback_due) "
                            "VALUES (7, x'01', x'02', x'03', 'near_miss', 'fuel', 'physical', '42-battalion', "
                            "'2025-06', 'nl', 'anonymous', x'04', 1, 1750000000, 1750604800, 1757948800)")
                    .ok());
        REQUIRE(cases->exec("INSERT INTO case_recipients VALUES (7, 'm1')").ok());
        REQUIRE(cases->exec("INSERT INTO case_groups VALUES (7, 'so-13')").ok());
        SqlCaseStore store(std::move(*cases));
        REQUIRE(store.appendAudit({0, now, "registry", "case.created", "7", "near_miss", {}, {}}).ok());
    }

    // Opened as vigil-registry and vigil-admin open it.
    auto opened = openRegistryDatabase(dir.path(), true);
    REQUIRE(opened.ok());
    CHECK(*opened->queryInt("PRAGMA user_version") == static_cast<std::int64_t>(registryMigrations().size()));
    CHECK(*opened->queryInt("SELECT COUNT(*) FROM units") == 4);
    CHECK(*opened->queryInt("SELECT COUNT(*) FROM group_members") == 8);
    // v21 keeps the order they were added in (their rowid) as their position.
    const auto idsInOrder = [&](const std::string& sql) {
        std::vector<std::string> ids;
        auto stmt = opened->prepare(sql);
        REQUIRE(stmt.ok());
        REQUIRE(stmt->eachRow([&](const SqliteStmt& row) { ids.push_back(row.text(0)); }).ok());
        return ids;
    };
    std::vector<std::string> units, groups;
    for (const auto& u : test::sampleDirectory().units)
        units.push_back(u.id);
    for (const auto& g : test::sampleDirectory().groups)
        groups.push_back(g.id);
    CHECK(idsInOrder("SELECT id FROM units ORDER BY position") == units);
    CHECK(idsInOrder("SELECT id FROM groups ORDER BY position") == groups);
    CHECK(*opened->queryInt("SELECT COUNT(*) FROM cases WHERE id = 7 AND unit = '42-battalion'") == 1);
    CHECK(*opened->queryInt("SELECT COUNT(*) FROM measures") == 0);
    CHECK(*opened->queryInt("SELECT COUNT(*) FROM cases WHERE resolved_by_measure IS NULL") == 1);
    // A case names only a measure that exists.
    CHECK_FALSE(opened->exec("UPDATE cases SET resolved_by_measure = 1 WHERE id = 7").ok());
    SqlCaseStore store(std::move(*opened));
    auto log = store.auditLog();
    REQUIRE(log.ok());
    REQUIRE(log->size() == 1);

    // The new tables work on the old data: m1 holds case 7 as its safety officer.
    SqlMeasureStore measures(store);
    MeasureDesk desk(measures);
    MeasureProposal p;
    p.title = "Fuel point racks";
    p.ownerUnit = "42-battalion";
    p.ownerRole = "S4";
    p.dueDate = "2025-09-30";
    p.cases = {7};
    auto m = desk.propose("m1", p, now);
    REQUIRE(m.ok());
    CHECK(m->cases == std::vector<std::int64_t>{7});
    {
        auto lock = store.lock();
        CHECK(store.db().exec("UPDATE cases SET resolved_by_measure = " + std::to_string(m->id) + " WHERE id = 7").ok());
    }
    log = store.auditLog();
    REQUIRE(log->size() == 2);
    CHECK_FALSE(verifyAuditChain(*log).has_value());
}

TEST_CASE("the measures table refuses what the register must never hold", "[registry][pdca][schema]")
{
    test::TempDir dir;
    auto db = openServerDatabase(dir.path() / "registry.db", registryMigrations(), "registry");
    REQUIRE(db.ok());
    REQUIRE(db->exec("INSERT INTO units(id, name) VALUES ('u', 'U')").ok());
    const std::string insert = "INSERT INTO measures(title, domain, owner_unit, owner_role, due_date, due_at, "
                               "proposed_by, proposed_at, state, verdict, verdict_basis, implemented_on, cancel_reason) "
                               "VALUES ('t', 'physical', 'u', 'S4', '2025-09-30', 0, 'm1', 0, ";
    CHECK(db->exec(insert + "'proposed', 'none', 'none', NULL, '')").ok());
    CHECK_FALSE(db->exec(insert + "'checked', 'none', 'none', '2025-01-01', '')").ok());        // checked, no verdict
    CHECK_FALSE(db->exec(insert + "'implemented', 'effective', 'judgement', '2025-01-01', '')").ok()); // verdict early
    CHECK_FALSE(db->exec(insert + "'cancelled', 'none', 'none', NULL, '')").ok());             // no reason
    CHECK_FALSE(db->exec(insert + "'implemented', 'none', 'none', NULL, '')").ok());           // no date
    CHECK_FALSE(db->exec(insert + "'checked', 'effective', 'none', '2025-01-01', '')").ok());  // no basis
    CHECK_FALSE(db->exec(insert + "'done', 'none', 'none', NULL, '')").ok());                  // no such state
    CHECK(db->exec(insert + "'checked', 'inconclusive', 'judgement', '2025-01-01', '')").ok());
}
