// SPDX-License-Identifier: EUPL-1.2
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

// A case received at `received`, acknowledged and given feedback at the times given (0: not yet).
std::string caseRow(int id, std::int64_t received, std::int64_t acknowledged, std::int64_t feedback)
{
    return "INSERT INTO cases(id, report_id, envelope_hash, receipt, kind, category, domain, unit, month, lang, mode, "
           "reply_key, directory_version, received_at, acknowledged_at, feedback_at, ack_due, feedback_due) VALUES ("
           + std::to_string(id) + ", x'0" + std::to_string(id) + "', x'00', x'00', 'near_miss', 'live_fire', "
           "'physical', '13-bde', '2026-03', 'nl', 'anonymous', x'00', 1, " + std::to_string(received) + ", "
           + orNull(acknowledged) + ", " + orNull(feedback) + ", 0, 0)";
}

} // namespace

TEST_CASE("a version 9 registry upgrades to version 10 keeping every indicator, its references and the clocks held",
          "[registry][pdca][schema]")
{
    test::TempDir dir;
    REQUIRE(createRegistryKeys(dir.path()).ok());
    {
        REQUIRE(registryMigrations().size() >= 10);
        auto db = openServerDatabase(registryDatabasePath(dir.path()), registryMigrations().first(9), "registry");
        REQUIRE(db.ok());
        REQUIRE(*db->queryInt("PRAGMA user_version") == 9);
        exec(*db, "INSERT INTO units(id, name) VALUES ('13-bde', '13 Bde')");
        for (const char* id : {"acc", "nm"})
            exec(*db, "INSERT INTO indicators VALUES ('" + std::string(id) + "', 'Nl', 'En', 'count', "
                      "'{\"unit\":\"\",\"kinds\":[],\"categories\":[],\"modes\":[],\"levels\":[]}', 12, 12, "
                      "'3:1,2:2,1:3', 1, 30, 'admin', 5, NULL)");
        exec(*db, "UPDATE indicators SET retired_at = 9 WHERE id = 'acc'");
        exec(*db, "INSERT INTO measures(id, title, domain, owner_unit, owner_role, due_date, due_at, proposed_by, "
                  "proposed_at) VALUES (3, 'Barrier', 'physical', '13-bde', 'S3', '2026-09-30', 0, 'm8', 0)");
        exec(*db, "INSERT INTO alerts(id, indicator_id, month, rule, value, level, raised_at, follow_up_due) "
                  "VALUES (7, 'nm', '2026-03', '3:1', 41, 38.5, 0, 100)");
        exec(*db, "INSERT INTO measure_indicators VALUES (3, 'nm', 1), (3, 'acc', 0)");
        exec(*db, "INSERT INTO measure_checks(measure_id, indicator_id, at, by_member, before_from, before_to, "
                  "after_from, after_to, before_exposure, after_exposure, exposure_unit, result, inputs_hash) "
                  "VALUES (3, 'acc', 1, 'm8', '2025-01', '2025-06', '2025-08', '2026-01', 6, 6, 'months', "
                  "'inconclusive', x'00')");
        exec(*db, caseRow(1, kMarch1, kMarch1 + 2 * kDay + 5, kMarch1 + 40 * kDay));
        exec(*db, caseRow(2, kMarch1 + kDay, kMarch1 + 9 * kDay, 0));
        exec(*db, caseRow(3, kMarch1 + 2 * kDay, 0, 0));
    }
    auto opened = openRegistryDatabase(dir.path(), true);
    REQUIRE(opened.ok());
    SqliteDb& db = *opened;
    CHECK(*db.queryInt("PRAGMA user_version") == static_cast<std::int64_t>(registryMigrations().size()));
    CHECK(*db.queryInt("PRAGMA foreign_keys") == 1);
    CHECK(*db.queryInt("SELECT COUNT(*) FROM pragma_foreign_key_check") == 0);

    // Every row kept, retired or not, and what referred to them still does.
    CHECK(*db.queryInt("SELECT COUNT(*) FROM indicators") == 2);
    CHECK(*db.queryInt("SELECT COUNT(*) FROM indicators WHERE retired_at = 9 AND id = 'acc' AND measure = 'count' "
                       "AND denominator IS NULL AND target IS NULL AND created_at = 5") == 1);
    CHECK(*db.queryInt("SELECT COUNT(*) FROM alerts a JOIN indicators i ON i.id = a.indicator_id WHERE a.id = 7") == 1);
    CHECK(*db.queryInt("SELECT COUNT(*) FROM measure_indicators") == 2);
    CHECK(*db.queryInt("SELECT COUNT(*) FROM measure_checks WHERE indicator_id = 'acc'") == 1);
    // The foreign keys still hold against the rebuilt table.
    CHECK_FALSE(db.exec("INSERT INTO alerts(indicator_id, month, rule, value, level, raised_at, follow_up_due) "
                        "VALUES ('gone', '2026-04', '3:1', 1, 1, 0, 1)")
                    .ok());
    CHECK_FALSE(db.exec("DELETE FROM indicators WHERE id = 'nm'").ok());

    // The new measures, and no target on a count of reports even past the code.
    CHECK(db.exec("INSERT INTO indicators(id, name_nl, name_en, measure, filter, clock, within_days, target, "
                  "target_direction, baseline_months, period_months, rules, alerts, follow_up_days, created_by, "
                  "created_at) VALUES ('ack7', 'Nl', 'En', 'within_clock', '{}', 'acknowledge', 7, 0.9, 'at_least', "
                  "12, 12, '3:1', 1, 30, 'admin', 0)")
              .ok());
    CHECK_FALSE(db.exec("INSERT INTO indicators(id, name_nl, name_en, measure, filter, target, target_direction, "
                        "baseline_months, period_months, rules, alerts, follow_up_days, created_by, created_at) "
                        "VALUES ('vol', 'Nl', 'En', 'count', '{}', 10, 'at_least', 12, 12, '3:1', 1, 30, 'admin', 0)")
                    .ok());
    CHECK_FALSE(db.exec("INSERT INTO indicators(id, name_nl, name_en, measure, filter, baseline_months, "
                        "period_months, rules, alerts, follow_up_days, created_by, created_at) "
                        "VALUES ('r', 'Nl', 'En', 'ratio', '{}', 12, 12, '3:1', 1, 30, 'admin', 0)")
                    .ok());  // a ratio without its denominator

    // The handling clocks of the cases held, in whole days.
    CHECK(*db.queryInt("SELECT SUM(count) FROM pdca_clocks WHERE clock = 'received' AND received_month = '2026-03'")
          == 3);
    CHECK(*db.queryInt("SELECT COUNT(*) FROM pdca_clocks WHERE clock = 'acknowledge' AND days = 2 "
                       "AND event_month = '2026-03'") == 1);
    CHECK(*db.queryInt("SELECT COUNT(*) FROM pdca_clocks WHERE clock = 'acknowledge' AND days = 8") == 1);
    CHECK(*db.queryInt("SELECT COUNT(*) FROM pdca_clocks WHERE clock = 'feedback' AND days = 40 "
                       "AND event_month = '2026-04'") == 1);
}
