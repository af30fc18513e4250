// SPDX-License-Identifier: EUPL-1.2
// The audit trail (registry/audittrail.h) on both engines, and on PostgreSQL with several
// connections appending at once — as several registry processes on one database will.

#include "registry/audittrail.h"
#include "registry/pgschema.h"
#include "registry/schema.h"
#include "tests/support/tempostgres.h"
#include "tests/support/testenv.h"

#include <catch2/catch.hpp>

#include <string>
#include <thread>
#include <vector>

using namespace vigil;
using namespace vigil::registry;

namespace {

PgDb migratedPostgres(const std::string& name)
{
    auto pg = PgDb::connect(test::sharedPostgres().createDatabase(name));
    REQUIRE(pg);
    REQUIRE(migratePgSchema(*pg, registryPgMigrations(), "registry"));
    return std::move(*pg);
}

AuditEntry entry(const std::string& actor, int n)
{
    return AuditEntry{0, 1'800'000'000 + n, actor, "case.transition", std::to_string(n), "received -> acknowledged",
                      {}, {}};
}

Status appendInTransaction(Db db, AuditTrail& trail, AuditEntry e)
{
    return inWriteTransaction(db, [&] { return trail.append(std::move(e)); });
}

} // namespace

TEST_CASE("the audit trail chains, reads back by subject and verifies on SQLite and on PostgreSQL", "[postgres][audit]")
{
    test::TempDir dir("vigil-audit");
    auto sqlite = openServerDatabase(dir.path() / "registry.db", registryMigrations(), "registry");
    REQUIRE(sqlite);
    PgDb pg = migratedPostgres("audit_both");
    for (Db db : {Db(*sqlite), Db(pg)}) {
        AuditTrail trail(db);
        for (int n = 1; n <= 5; ++n)
            REQUIRE(appendInTransaction(db, trail, entry("admin", n)));
        auto risk = AuditEntry{0, 1'800'000'100, "m1", "risk.accepted", "3", "level medium", {}, {}};
        REQUIRE(appendInTransaction(db, trail, risk));

        auto all = trail.entries();
        REQUIRE(all);
        REQUIRE(all->size() == 6);
        CHECK(all->back().seq == 6);
        CHECK_FALSE(verifyAuditChain(*all));
        auto aboutRisk = trail.entriesAbout("risk.", "3");
        REQUIRE(aboutRisk);
        REQUIRE(aboutRisk->size() == 1);
        CHECK(aboutRisk->front().actor == "m1");
        auto none = trail.entriesAbout("risk.", "4");
        REQUIRE(none);
        CHECK(none->empty());
    }
}

TEST_CASE("four PostgreSQL connections appending at once make one linear, verifiable chain", "[postgres][audit]")
{
    PgDb setup = migratedPostgres("audit_race");
    const std::string conninfo = test::sharedPostgres().conninfo("audit_race");
    constexpr int kWriters = 4;
    constexpr int kEach = 40;
    std::vector<std::string> failures(kWriters);
    std::vector<std::thread> writers;
    for (int w = 0; w < kWriters; ++w)
        writers.emplace_back([&, w] {
            auto db = PgDb::connect(conninfo);
            if (!db) {
                failures[static_cast<std::size_t>(w)] = db.error().message;
                return;
            }
            AuditTrail trail{Db(*db)};
            for (int n = 0; n < kEach; ++n)
                if (auto s = appendInTransaction(Db(*db), trail, entry("writer" + std::to_string(w), n)); !s) {
                    failures[static_cast<std::size_t>(w)] = s.error().message;
                    return;
                }
        });
    for (auto& t : writers)
        t.join();
    for (const auto& f : failures)
        CHECK(f.empty());

    AuditTrail reader{Db(setup)};
    auto all = reader.entries();
    REQUIRE(all);
    CHECK(all->size() == static_cast<std::size_t>(kWriters * kEach));
    CHECK_FALSE(verifyAuditChain(*all));
}
