// SPDX-License-Identifier: EUPL-1.2
// `vigil-admin --database URL init` (registry::Admin::init) on a real PostgreSQL database: it
// checks the database, creates the registry in it and opens it with as few connections as the
// stores need (registry/datafolder.h: the connection that found the database empty migrates it
// and serves the organisation), and a server that is not there is one clear refusal.

#include "registry/admin/admin.h"
#include "registry/datafolder.h"

#include "tests/support/tempostgres.h"
#include "tests/support/testenv.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <thread>

using namespace vigil;
using namespace vigil::registry;

namespace {

constexpr std::int64_t kNow = 1'750'000'000;

/// Sessions ever opened to database `name`, read from another database (so the reading
/// connection is not counted), once none is open any more: a backend counts its session in
/// pg_stat_database when it ends at the latest.
std::int64_t sessionsOf(PgDb& observer, const std::string& name)
{
    for (int i = 0; i < 500; ++i) {
        auto open = observer.queryInt("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = '" + name + "'");
        REQUIRE(open);
        if (*open == 0)
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    auto n = observer.queryInt("SELECT COALESCE(MAX(sessions), 0) FROM pg_stat_database WHERE datname = '" + name + "'");
    REQUIRE(n);
    return *n;
}

} // namespace

TEST_CASE("init on PostgreSQL checks and creates the registry on one connection and opens one more for the cases",
          "[postgres][admin]")
{
    auto& server = test::sharedPostgres();
    const std::string conninfo = server.createDatabase("admininit");
    auto observer = PgDb::connect(server.conninfo("postgres"));
    REQUIRE(observer);
    const std::int64_t before = sessionsOf(*observer, "admininit");

    test::TempDir dir;
    auto out = Admin::init(dir.path() / "data", InitOptions{}, kNow, conninfo);
    REQUIRE(out);
    // One connection checked the database, migrated it and kept the organisation; the case
    // store has its own. (Three more were opened before: a check, a second check and a
    // connection to migrate with, each a connection of its own.)
    CHECK(sessionsOf(*observer, "admininit") - before == 2);

    // What init made is a registry the other commands open.
    auto admin = Admin::open(dir.path() / "data", conninfo);
    REQUIRE(admin);
    CHECK((*admin)->dialect() == Dialect::Postgres);
    CHECK((*admin)->listUnits().value().find("defence") != std::string::npos);
    // And a second init into the same database is refused before any key is made.
    auto again = Admin::init(dir.path() / "again", InitOptions{}, kNow, conninfo);
    REQUIRE_FALSE(again);
    CHECK(again.error().kind == ErrorKind::Conflict);
    CHECK_FALSE(std::filesystem::exists(dir.path() / "again"));
}

TEST_CASE("init against a PostgreSQL server that is not there is refused with one error naming --database, and "
          "makes nothing",
          "[postgres][admin]")
{
    test::TempDir dir;
    // A socket folder with no server in it.
    const std::string nowhere = "host=" + dir.path().string() + " port=5 user=postgres dbname=registry";
    auto out = Admin::init(dir.path() / "data", InitOptions{}, kNow, nowhere);
    REQUIRE_FALSE(out);
    CHECK(out.error().kind == ErrorKind::Unavailable);
    CHECK(out.error().message.rfind("--database", 0) == 0);
    CHECK_FALSE(std::filesystem::exists(dir.path() / "data"));
}
