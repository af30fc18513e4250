// SPDX-License-Identifier: EUPL-1.2
#include "registry/schema.h"

#include "registry/datafolder.h"
#include "registry/registrykeys.h"

#include "tests/support/testenv.h"

#include <catch2/catch.hpp>

using namespace vigil;
using namespace vigil::registry;

TEST_CASE("the upgrade that adds alert directions turns the indicators where more is better to alert on a fall and freezes none",
          "[registry][pdca][schema]")
{
    test::TempDir dir;
    REQUIRE(createRegistryKeys(dir.path()).ok());
    {
        auto db = openServerDatabase(registryDatabasePath(dir.path()),
                                     registryMigrations().first(kIndicatorDirectionVersion - 1), "registry");
        REQUIRE(db.ok());
        const std::string org = R"('{"unit":"","kinds":[],"categories":[],"modes":[],"levels":[]}')";
        for (const std::string& row :
             {"'nm', 'Nl', 'En', 'count', " + org + ", NULL, NULL, NULL",
              "'ack7', 'Nl', 'En', 'within_clock', " + org + ", NULL, 'acknowledge', 7",
              "'fb', 'Nl', 'En', 'median_days', " + org + ", NULL, 'feedback', NULL",
              "'mot', 'Nl', 'En', 'measures_on_time', " + org + ", NULL, NULL, NULL"})
            REQUIRE(db->exec("INSERT INTO indicators(id, name_nl, name_en, measure, filter, denominator, clock, "
                             "within_days, baseline_months, period_months, rules, alerts, follow_up_days, created_by, "
                             "created_at) VALUES (" + row + ", 12, 12, '3:1,2:2,1:3', 1, 30, 'admin', 5)")
                        .ok());
    }
    auto opened = openRegistryDatabase(dir.path(), true);
    REQUIRE(opened.ok());
    SqliteDb& db = *opened;
    CHECK(*db.queryInt("PRAGMA user_version") >= static_cast<std::int64_t>(kIndicatorDirectionVersion));
    CHECK(*db.queryInt("SELECT COUNT(*) FROM indicators WHERE alert_direction = 'down'") == 2);
    CHECK(*db.queryInt("SELECT COUNT(*) FROM indicators WHERE alert_direction = 'down' AND id IN ('ack7', 'mot')") == 2);
    CHECK(*db.queryInt("SELECT COUNT(*) FROM indicators WHERE frozen_after IS NOT NULL") == 0);
    // The column refuses a direction it does not know.
    CHECK_FALSE(db.exec("UPDATE indicators SET alert_direction = 'sideways' WHERE id = 'nm'").ok());
}
