// SPDX-License-Identifier: EUPL-1.2
// Schema v24 (registry/schema.cpp kV24): the indicators table rebuilt to take retaliation_signals,
// and retaliation_months filled from the cases held.
#include "registry/schema.h"

#include "registry/datafolder.h"
#include "registry/registrykeys.h"

#include "schemaupgrade.h"
#include "tests/support/testenv.h"

#include <catch2/catch.hpp>

using namespace vigil;
using namespace vigil::registry;
using namespace vigil::test;

namespace {

// A case received on 1 March whose reporter last signalled retaliation at `signal` (0: never).
std::string caseRow(int id, std::int64_t signal)
{
    return "INSERT INTO cases(id, report_id, envelope_hash, receipt, kind, category, domain, unit, month, lang, mode, "
           "reply_key, directory_version, received_at, ack_due, feedback_due, retaliation_at) VALUES ("
           + std::to_string(id) + ", x'0" + std::to_string(id) + "', x'00', x'00', 'incident', 'intimidation', "
           "'social', '13-bde', '2026-03', 'nl', 'anonymous', x'00', 1, " + std::to_string(kMarch1) + ", 0, 0, "
           + orNull(signal) + ")";
}

const std::string kOrg = R"('{"unit":"","kinds":[],"categories":[],"modes":[],"levels":[]}')";

} // namespace

TEST_CASE("a version 23 registry upgrades to version 24 keeping every indicator with its direction, freeze, target "
          "and references, and counts the retaliation signals held per month",
          "[registry][pdca][schema]")
{
    test::TempDir dir;
    REQUIRE(createRegistryKeys(dir.path()).ok());
    {
        REQUIRE(registryMigrations().size() >= kRetaliationIndicatorVersion);
        auto db = openServerDatabase(registryDatabasePath(dir.path()),
                                     registryMigrations().first(kRetaliationIndicatorVersion - 1), "registry");
        REQUIRE(db.ok());
        REQUIRE(*db->queryInt("PRAGMA user_version") == 23);
        exec(*db, "INSERT INTO units(id, name) VALUES ('13-bde', '13 Bde')");
        exec(*db, "INSERT INTO indicators(id, name_nl, name_en, measure, filter, baseline_months, period_months, rules, "
                  "alerts, follow_up_days, created_by, created_at, frozen_after) VALUES ('nm', 'Nl', 'En', 'count', "
                  + kOrg + ", 12, 12, '3:1,2:2,1:3', 1, 30, 'admin', 5, '2026-06')");
        exec(*db, "INSERT INTO indicators(id, name_nl, name_en, measure, filter, clock, within_days, target, "
                  "target_direction, baseline_months, period_months, rules, alerts, follow_up_days, created_by, "
                  "created_at, alert_direction) VALUES ('ack7', 'Nl', 'En', 'within_clock', " + kOrg
                  + ", 'acknowledge', 7, 0.9, 'at_least', 24, 3, '3:1', 0, 14, 'admin', 6, 'down')");
        exec(*db, "INSERT INTO alerts(id, indicator_id, month, rule, value, level, raised_at, follow_up_due) "
                  "VALUES (7, 'nm', '2026-03', '3:1', 41, 38.5, 0, 100)");
        // Two cases signalled in March, one in April (its newest signal), one never.
        exec(*db, caseRow(1, kMarch1 + 2 * kDay));
        exec(*db, caseRow(2, kMarch1 + 20 * kDay));
        exec(*db, caseRow(3, kMarch1 + 40 * kDay));
        exec(*db, caseRow(4, 0));
    }
    auto opened = openRegistryDatabase(dir.path(), true);
    REQUIRE(opened.ok());
    SqliteDb& db = *opened;
    CHECK(*db.queryInt("PRAGMA user_version") == static_cast<std::int64_t>(registryMigrations().size()));
    CHECK(*db.queryInt("PRAGMA foreign_keys") == 1);
    CHECK(*db.queryInt("SELECT COUNT(*) FROM pragma_foreign_key_check") == 0);

    // Every column of every row kept, the ones v14 added included.
    CHECK(*db.queryInt("SELECT COUNT(*) FROM indicators") == 2);
    CHECK(*db.queryInt("SELECT COUNT(*) FROM indicators WHERE id = 'nm' AND measure = 'count' AND created_at = 5 "
                       "AND frozen_after = '2026-06' AND alert_direction = 'up' AND rules = '3:1,2:2,1:3'") == 1);
    CHECK(*db.queryInt("SELECT COUNT(*) FROM indicators WHERE id = 'ack7' AND clock = 'acknowledge' AND within_days = 7 "
                       "AND target = 0.9 AND target_direction = 'at_least' AND baseline_months = 24 "
                       "AND period_months = 3 AND alerts = 0 AND follow_up_days = 14 AND alert_direction = 'down' "
                       "AND frozen_after IS NULL") == 1);
    CHECK(*db.queryInt("SELECT COUNT(*) FROM alerts a JOIN indicators i ON i.id = a.indicator_id WHERE a.id = 7") == 1);
    CHECK_FALSE(db.exec("DELETE FROM indicators WHERE id = 'nm'").ok());  // the alert still refers to it

    // The new measure, organisation-wide, and never with a target even past the code.
    const std::string retaliation = "INSERT INTO indicators(id, name_nl, name_en, measure, filter, baseline_months, "
                                    "period_months, rules, alerts, follow_up_days, created_by, created_at";
    CHECK(db.exec(retaliation + ") VALUES ('ret', 'Nl', 'En', 'retaliation_signals', " + kOrg
                  + ", 12, 12, '3:1', 1, 30, 'admin', 0)")
              .ok());
    CHECK_FALSE(db.exec(retaliation + ", target, target_direction) VALUES ('ret2', 'Nl', 'En', 'retaliation_signals', "
                        + kOrg + ", 12, 12, '3:1', 1, 30, 'admin', 0, 3, 'at_most')")
                    .ok());
    CHECK_FALSE(db.exec(retaliation + ") VALUES ('odd', 'Nl', 'En', 'sideways', " + kOrg
                        + ", 12, 12, '3:1', 1, 30, 'admin', 0)")
                    .ok());

    // The signals held, a case in the month of its newest signal.
    CHECK(*db.queryInt("SELECT count FROM retaliation_months WHERE month = '2026-03'") == 2);
    CHECK(*db.queryInt("SELECT count FROM retaliation_months WHERE month = '2026-04'") == 1);
    CHECK(*db.queryInt("SELECT COUNT(*) FROM retaliation_months") == 2);
}
