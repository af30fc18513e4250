// SPDX-License-Identifier: EUPL-1.2
#include "registry/schema.h"

#include "registry/datafolder.h"
#include "registry/indicatorcube.h"
#include "registry/registrykeys.h"

#include "schemaupgrade.h"
#include "tests/support/testenv.h"

#include <catch2/catch.hpp>

using namespace vigil;
using namespace vigil::registry;
using namespace vigil::test;

namespace {

// A case of `domain` received at `received` with its clocks' due times and events (0: none).
std::string caseRow(int id, const std::string& domain, std::int64_t received, std::int64_t ackDue, std::int64_t ackAt,
                    std::int64_t contactDue, std::int64_t feedbackDue, std::int64_t feedbackAt, std::int64_t closedAt)
{
    const std::string category = domain == "physical" ? "live_fire" : "bullying";
    return "INSERT INTO cases(id, report_id, envelope_hash, receipt, kind, category, domain, unit, month, lang, mode, "
           "reply_key, directory_version, received_at, acknowledged_at, feedback_at, ack_due, feedback_due, "
           "contact_due, closed_at) VALUES (" + std::to_string(id) + ", x'0" + std::to_string(id) + "', x'00', x'00', "
           "'near_miss', '" + category + "', '" + domain + "', '13-bde', '2026-03', 'nl', 'anonymous', x'00', 1, "
           + std::to_string(received) + ", " + orNull(ackAt) + ", " + orNull(feedbackAt) + ", "
           + std::to_string(ackDue) + ", " + std::to_string(feedbackDue) + ", " + orNull(contactDue) + ", "
           + orNull(closedAt) + ")";
}

std::int64_t cell(SqliteDb& db, const std::string& where)
{
    auto n = db.queryInt("SELECT COALESCE(SUM(count), 0) FROM pdca_clocks WHERE " + where);
    REQUIRE(n.ok());
    return *n;
}

} // namespace

TEST_CASE("the upgrade that keeps clocks per route recomputes the months held whole and keeps the others without a route",
          "[registry][pdca][schema]")
{
    test::TempDir dir;
    REQUIRE(createRegistryKeys(dir.path()).ok());
    {
        auto db = openServerDatabase(registryDatabasePath(dir.path()),
                                     registryMigrations().first(kRouteClocksVersion - 1), "registry");
        REQUIRE(db.ok());
        exec(*db, "INSERT INTO units(id, name) VALUES ('13-bde', '13 Bde')");
        // March, all held: acknowledged in time, then feedback late and closed; acknowledged
        // late, first contact in time, closed before feedback with its clock run out; open.
        exec(*db, caseRow(1, "physical", kMarch1, kMarch1 + 3 * kDay, kMarch1 + 2 * kDay, 0, kMarch1 + 30 * kDay,
                          kMarch1 + 40 * kDay, kMarch1 + 41 * kDay));
        exec(*db, caseRow(2, "social", kMarch1 + kDay, kMarch1 + 4 * kDay, kMarch1 + 9 * kDay, kMarch1 + 6 * kDay,
                          kMarch1 + 20 * kDay, 0, kMarch1 + 25 * kDay));
        exec(*db, caseRow(3, "physical", kMarch1 + 2 * kDay, kMarch1 + 5 * kDay, 0, 0, kMarch1 + 40 * kDay, 0, 0));
        exec(*db, "INSERT INTO case_messages(case_id, kind, author, at, sealed) VALUES "
                  "(2, 'reply', 'm3', " + std::to_string(kMarch1 + 4 * kDay) + ", x'00'), "
                  "(2, 'reply', 'm3', " + std::to_string(kMarch1 + 12 * kDay) + ", x'00')");
        exec(*db, "INSERT INTO pdca_clocks VALUES ('2026-03', 'received', '2026-03', 0, 3), "
                  "('2026-03', 'acknowledge', '2026-03', 2, 1), ('2026-03', 'acknowledge', '2026-03', 8, 1), "
                  "('2026-03', 'feedback', '2026-04', 40, 1)");
        // January: two received, one since deleted by retention.
        exec(*db, caseRow(4, "social", kJan1 + 9 * kDay, kJan1 + 12 * kDay, kJan1 + 10 * kDay, 0, kJan1 + 60 * kDay,
                          0, 0));
        exec(*db, "INSERT INTO pdca_clocks VALUES ('2026-01', 'received', '2026-01', 0, 2), "
                  "('2026-01', 'acknowledge', '2026-01', 1, 2)");
    }
    auto opened = openRegistryDatabase(dir.path(), true);
    REQUIRE(opened.ok());
    SqliteDb& db = *opened;
    CHECK(*db.queryInt("PRAGMA user_version") == static_cast<std::int64_t>(registryMigrations().size()));

    // January is not held whole: its rows stay as they were, without a route or an outcome.
    CHECK(*db.queryInt("SELECT COUNT(*) FROM pdca_clocks WHERE received_month = '2026-01'") == 2);
    CHECK(cell(db, "received_month = '2026-01' AND domain = '' AND outcome = '' AND clock = 'received'") == 2);
    CHECK(cell(db, "received_month = '2026-01' AND domain = '' AND outcome = '' AND clock = 'acknowledge' "
                   "AND days = 1") == 2);

    // March is computed again from its cases, per route and outcome.
    const std::string march = "received_month = '2026-03' AND ";
    CHECK(cell(db, march + "clock = 'received' AND domain = 'physical'") == 2);
    CHECK(cell(db, march + "clock = 'received' AND domain = 'social'") == 1);
    CHECK(cell(db, march + "clock = 'acknowledge' AND domain = 'physical' AND outcome = 'in_time' AND days = 2") == 1);
    CHECK(cell(db, march + "clock = 'acknowledge' AND domain = 'social' AND outcome = 'late' AND days = 8") == 1);
    CHECK(cell(db, march + "clock = 'contact' AND domain = 'social' AND outcome = 'in_time' AND days = 3") == 1);
    CHECK(cell(db, march + "clock = 'feedback' AND domain = 'physical' AND outcome = 'late' AND days = 40 "
                           "AND event_month = '2026-04'") == 1);
    CHECK(cell(db, march + "clock = 'feedback' AND domain = 'social' AND outcome = 'missed' AND days = 24 "
                           "AND event_month = '2026-03'") == 1);
    // The open case's clocks are not recorded until it closes; nothing else was added.
    CHECK(cell(db, march + "outcome = 'missed'") == 1);
    CHECK(cell(db, "received_month = '2026-03'") == 8);

    // The indicators read the same events as before: no route, no missed clock, no first contact.
    auto rows = scanClocks(db, "2026-01");
    REQUIRE(rows.ok());
    std::int64_t acknowledged = 0, feedback = 0, received = 0;
    for (const auto& r : *rows) {
        CHECK(r.clock != "contact");
        (r.clock == "received" ? received : r.clock == "acknowledge" ? acknowledged : feedback) += r.count;
    }
    CHECK(received == 5);
    CHECK(acknowledged == 4);
    CHECK(feedback == 1);
}
