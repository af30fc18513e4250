// SPDX-License-Identifier: EUPL-1.2
#include "registry/schema.h"

#include "registry/datafolder.h"
#include "registry/registrykeys.h"

#include "tests/support/testenv.h"

#include <catch2/catch.hpp>

using namespace vigil;
using namespace vigil::registry;

namespace {

// A registry.db at version 8 with a unit, a member, an indicator and a measure to refer to.
SqliteDb freshV8(const test::TempDir& dir)
{
    auto db = openServerDatabase(dir.path() / "registry.db", registryMigrations(), "registry");
    REQUIRE(db.ok());
    REQUIRE(db->exec("INSERT INTO units(id, name) VALUES ('13-bde', '13 Bde')").ok());
    REQUIRE(db->exec("INSERT INTO indicators(id, name_nl, name_en, measure, filter, baseline_months, period_months, "
                     "rules, alerts, follow_up_days, created_by, created_at, retired_at) VALUES ('nm', "
                     "'Bijna-ongevallen', 'Near misses', 'count', '{}', 12, 12, '3:1,2:2,1:3', 1, 30, 'admin', 0, NULL)")
                .ok());
    REQUIRE(db->exec("INSERT INTO measures(id, title, domain, owner_unit, owner_role, due_date, due_at, proposed_by, "
                     "proposed_at) VALUES (3, 'Barrier', 'physical', '13-bde', 'S3', '2025-09-30', 0, 'm8', 0)")
                .ok());
    return std::move(*db);
}

} // namespace

TEST_CASE("a version 7 registry upgrades to version 8 and keeps its indicators", "[registry][pdca][schema]")
{
    test::TempDir dir;
    REQUIRE(createRegistryKeys(dir.path()).ok());
    {
        REQUIRE(registryMigrations().size() >= 8);
        auto db = openServerDatabase(registryDatabasePath(dir.path()), registryMigrations().first(7), "registry");
        REQUIRE(db.ok());
        REQUIRE(*db->queryInt("PRAGMA user_version") == 7);
        REQUIRE(db->exec("INSERT INTO indicators VALUES ('nm', 'Bijna-ongevallen', 'Near misses', 'count', '{}', 12, "
                         "12, '3:1,2:2,1:3', 1, 30, 'admin', 0, NULL)")
                    .ok());
    }
    auto opened = openRegistryDatabase(dir.path(), true);
    REQUIRE(opened.ok());
    CHECK(*opened->queryInt("PRAGMA user_version") == static_cast<std::int64_t>(registryMigrations().size()));
    CHECK(*opened->queryInt("SELECT COUNT(*) FROM indicators") == 1);
    CHECK(*opened->queryInt("SELECT COUNT(*) FROM alerts") == 0);
    CHECK(opened->exec("INSERT INTO alerts(indicator_id, month, rule, value, level, raised_at, follow_up_due) "
                       "VALUES ('nm', '2026-03', '3:1', 41, 38.5, 0, 100)")
              .ok());
}

TEST_CASE("an alert is followed up only with a measure or an explanation, and once per indicator and month",
          "[registry][pdca][schema]")
{
    test::TempDir dir;
    auto db = freshV8(dir);
    const std::string insert =
        "INSERT INTO alerts(indicator_id, month, rule, value, level, raised_at, follow_up_due, state, measure_id, "
        "explanation) VALUES ('nm', ";
    CHECK(db.exec(insert + "'2026-01', '3:1', 41, 38.5, 0, 100, 'raised', NULL, '')").ok());
    CHECK_FALSE(db.exec(insert + "'2026-01', '2:2', 41, 30, 0, 100, 'raised', NULL, '')").ok()); // same month
    CHECK_FALSE(db.exec(insert + "'2026-02', '3:1', 41, 38.5, 0, 100, 'followed_up', NULL, '')").ok());
    CHECK_FALSE(db.exec(insert + "'2026-02', '3:1', 41, 38.5, 0, 100, 'closed', NULL, '')").ok());
    CHECK_FALSE(db.exec(insert + "'2026-02', '3:1', 41, 38.5, 0, 100, 'ignored', NULL, '')").ok());
    CHECK(db.exec(insert + "'2026-02', '3:1', 41, 38.5, 0, 100, 'followed_up', 3, '')").ok());
    CHECK(db.exec(insert + "'2026-03', '3:1', 41, 38.5, 0, 100, 'closed', NULL, 'exercise month')").ok());
    CHECK_FALSE(db.exec(insert + "'2026-04', '3:1', 41, 38.5, 0, 100, 'raised', 99, '')").ok()); // no measure 99
    CHECK_FALSE(db.exec(insert.substr(0, insert.size() - 1) + "'nope', '2026-05', '3:1', 1, 1, 0, 1, 'raised', NULL, '')")
                    .ok());
}

TEST_CASE("a measure has at most one primary indicator, and a check keeps positive exposures",
          "[registry][pdca][schema]")
{
    test::TempDir dir;
    auto db = freshV8(dir);
    REQUIRE(db.exec("INSERT INTO indicators(id, name_nl, name_en, measure, filter, baseline_months, period_months, "
                    "rules, alerts, follow_up_days, created_by, created_at, retired_at) VALUES ('acc', 'Ongevallen', "
                    "'Accidents', 'count', '{}', 12, 12, '3:1,2:2,1:3', 1, 30, 'admin', 0, NULL)")
                .ok());
    CHECK(db.exec("INSERT INTO measure_indicators VALUES (3, 'nm', 1)").ok());
    CHECK_FALSE(db.exec("INSERT INTO measure_indicators VALUES (3, 'acc', 1)").ok());
    CHECK(db.exec("INSERT INTO measure_indicators VALUES (3, 'acc', 0)").ok());
    const std::string check = "INSERT INTO measure_checks(measure_id, indicator_id, at, by_member, before_from, "
                              "before_to, after_from, after_to, before_count, after_count, before_exposure, "
                              "after_exposure, exposure_unit, result, inputs_hash) VALUES (3, 'nm', 0, 'm8', "
                              "'2025-01', '2025-06', '2025-08', '2026-01', ";
    CHECK(db.exec(check + "30, 9, 6, 6, 'months', 'effective', x'00')").ok());
    CHECK(db.exec(check + "NULL, 9, 6, 6, 'months', 'inconclusive', x'00')").ok());
    CHECK_FALSE(db.exec(check + "30, 9, 0, 6, 'months', 'effective', x'00')").ok());
    CHECK_FALSE(db.exec(check + "30, 9, 6, 6, 'weeks', 'effective', x'00')").ok());
    CHECK_FALSE(db.exec(check + "30, 9, 6, 6, 'months', 'not_effective', x'00')").ok());
}

TEST_CASE("an inspectorate's report is issued once per period and reissued only with a reason",
          "[registry][pdca][schema]")
{
    test::TempDir dir;
    auto db = freshV8(dir);
    const std::string insert =
        "INSERT INTO vms_reports(period, made_at, made_by, signed, inputs_hash, reissue_of, reason) VALUES (";
    CHECK(db.exec(insert + "'2026Q3', 0, 'admin', x'01', x'02', NULL, '')").ok());
    CHECK_FALSE(db.exec(insert + "'2026Q3', 1, 'admin', x'01', x'02', NULL, '')").ok());
    CHECK_FALSE(db.exec(insert + "'2026Q3', 1, 'admin', x'01', x'02', 1, '')").ok());
    CHECK(db.exec(insert + "'2026Q3', 1, 'admin', x'01', x'02', 1, 'late cases from a ship')").ok());
    CHECK(db.exec(insert + "'2026Q4', 2, 'admin', x'01', x'02', NULL, '')").ok());
}
