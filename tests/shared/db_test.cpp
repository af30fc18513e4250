// SPDX-License-Identifier: EUPL-1.2
// One database interface over both engines (shared/storage/db.h): every test runs the same
// code and SQL on a real SQLite file and on a real PostgreSQL the executable starts itself,
// and expects the same answers — what lets the registry's stores be written once.

#include "shared/storage/db.h"
#include "tests/support/tempostgres.h"
#include "tests/support/testenv.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <string>
#include <vector>

using namespace vigil;

namespace {

/// A database name not used before in this executable (the server is shared).
std::string freshName()
{
    static std::atomic<int> counter{0};
    return "db" + std::to_string(++counter);
}

/// Runs `body(db)` once per engine, each in a Catch section of its own with a fresh database.
template <typename Body>
void onBothEngines(Body&& body)
{
    SECTION("on SQLite")
    {
        test::TempDir dir("vigil-db");
        auto db = SqliteDb::open(dir.path() / "t.db", true);
        REQUIRE(db);
        REQUIRE(db->exec("PRAGMA foreign_keys = ON"));
        body(Db(*db));
    }
    SECTION("on PostgreSQL")
    {
        auto db = PgDb::connect(test::sharedPostgres().createDatabase(freshName()));
        REQUIRE(db);
        body(Db(*db));
    }
}

/// The one text per engine a schema needs; everything after it is shared SQL.
Status createItems(Db db)
{
    if (db.dialect() == Dialect::Sqlite)
        return db.exec("CREATE TABLE items (id INTEGER PRIMARY KEY, k TEXT NOT NULL UNIQUE, b BLOB, r REAL);"
                       "CREATE TABLE notes (item INTEGER NOT NULL REFERENCES items(id), n TEXT)");
    return db.exec("CREATE TABLE items (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, k TEXT NOT NULL UNIQUE,"
                   " b BYTEA, r DOUBLE PRECISION);"
                   "CREATE TABLE notes (item BIGINT NOT NULL REFERENCES items(id), n TEXT)");
}

/// Inserts `key` unless present: the new id, or nullopt when the key was there already.
std::optional<std::int64_t> insertOnce(Db db, const std::string& key)
{
    auto stmt = db.prepare("INSERT INTO items (k) VALUES (?1) ON CONFLICT (k) DO NOTHING RETURNING id");
    REQUIRE(stmt);
    stmt->bindText(1, key);
    auto id = firstInt(*stmt);
    REQUIRE(id);
    return *id;
}

std::int64_t count(Db db, const char* table)
{
    auto n = db.queryInt(std::string("SELECT COUNT(*) FROM ") + table);
    REQUIRE(n);
    return *n;
}

} // namespace

TEST_CASE("one SQL text inserts once and skips the duplicate with ON CONFLICT on both engines", "[db]")
{
    onBothEngines([](Db db) {
        REQUIRE(createItems(db));
        const auto first = insertOnce(db, "a");
        const auto second = insertOnce(db, "b");
        REQUIRE(first);
        REQUIRE(second);
        CHECK(*second != *first);
        CHECK_FALSE(insertOnce(db, "a"));
        CHECK(count(db, "items") == 2);
    });
}

TEST_CASE("every bound type reads back the same on both engines, NULL and the empty blob apart", "[db]")
{
    onBothEngines([](Db db) {
        REQUIRE(createItems(db));
        const Bytes blob{0x00, 0xff, 0x00, 0x7f};
        const Bytes empty;
        const std::string unicode = "Ø ‘quoted’ naïve";
        const std::string plain = "plain";
        auto insert = db.prepare("INSERT INTO items (k, b, r) VALUES (?1, ?2, ?3)");
        REQUIRE(insert);
        insert->bindText(1, unicode).bind(2, ByteView(blob)).bindReal(3, 0.1);
        REQUIRE(insert->run());
        insert->reset();
        insert->bindText(1, plain).bind(2, ByteView(empty)).bindNull(3);
        REQUIRE(insert->run());
        auto nulls = db.prepare("INSERT INTO items (k, b) VALUES ('null', NULL)");
        REQUIRE(nulls);
        REQUIRE(nulls->run());

        std::vector<std::string> keys;
        auto select = db.prepare("SELECT k, b, r FROM items ORDER BY id");
        REQUIRE(select);
        REQUIRE(select->eachRow([&](const Stmt& row) {
            keys.push_back(row.text(0));
            if (keys.size() == 1) {
                const ByteView b = row.blob(1);
                CHECK(Bytes(b.begin(), b.end()) == blob);
                CHECK(row.real(2) == 0.1);
                CHECK(row.textView(0) == unicode);
            } else if (keys.size() == 2) {
                CHECK_FALSE(row.isNull(1));
                CHECK(row.blob(1).empty());
                CHECK(row.isNull(2));
            } else {
                CHECK(row.isNull(1));
            }
        }));
        CHECK(keys == std::vector<std::string>{unicode, plain, "null"});
    });
}

TEST_CASE("a write transaction commits what succeeded and leaves nothing of what failed on both engines", "[db]")
{
    onBothEngines([](Db db) {
        REQUIRE(createItems(db));
        REQUIRE(inWriteTransaction(db, [&]() -> Status {
            CHECK(insertOnce(db, "kept"));
            return {};
        }));
        const auto failed = inWriteTransaction(db, [&]() -> Status {
            CHECK(insertOnce(db, "undone"));
            return Error{"the step after it failed", ErrorKind::Refused};
        });
        REQUIRE_FALSE(failed);
        CHECK(failed.error().kind == ErrorKind::Refused);
        CHECK(count(db, "items") == 1);
        // The connection is usable again after the rollback.
        CHECK(insertOnce(db, "after"));
    });
}

TEST_CASE("a broken unique key is a Conflict and a dangling reference Invalid on both engines", "[db]")
{
    onBothEngines([](Db db) {
        REQUIRE(createItems(db));
        REQUIRE(insertOnce(db, "a"));
        auto again = db.prepare("INSERT INTO items (k) VALUES ('a')");
        REQUIRE(again);
        const auto duplicate = again->run();
        REQUIRE_FALSE(duplicate);
        CHECK(duplicate.error().kind == ErrorKind::Conflict);
        auto dangling = db.prepare("INSERT INTO notes (item, n) VALUES (?1, 'x')");
        REQUIRE(dangling);
        dangling->bind(1, std::int64_t{4242});
        const auto orphan = dangling->run();
        REQUIRE_FALSE(orphan);
        CHECK(orphan.error().kind == ErrorKind::Invalid);
        CHECK(count(db, "notes") == 0);
    });
}

TEST_CASE("changes counts the rows the statement's UPDATE touched on both engines", "[db]")
{
    onBothEngines([](Db db) {
        REQUIRE(createItems(db));
        for (const char* k : {"a", "b", "c"})
            REQUIRE(insertOnce(db, k));
        auto update = db.prepare("UPDATE items SET r = ?1 WHERE k <> ?2");
        REQUIRE(update);
        const std::string except = "b";
        update->bindReal(1, 2.5).bindText(2, except);
        REQUIRE(update->run());
        CHECK(update->changes() == 2);
        auto none = db.prepare("UPDATE items SET r = 1 WHERE k = 'z'");
        REQUIRE(none);
        REQUIRE(none->run());
        CHECK(none->changes() == 0);
        auto distinct = db.prepare("SELECT COUNT(*) FROM items WHERE r IS NOT DISTINCT FROM ?1");
        REQUIRE(distinct);
        distinct->bindReal(1, 2.5);
        auto n = firstInt(*distinct);
        REQUIRE(n);
        CHECK(**n == 2);
    });
}

TEST_CASE("a connection owned by a store is either engine behind the same view", "[db]")
{
    test::TempDir dir("vigil-db");
    auto sqlite = SqliteDb::open(dir.path() / "owned.db", true);
    REQUIRE(sqlite);
    Connection local(std::move(*sqlite));
    auto pg = PgDb::connect(test::sharedPostgres().createDatabase("owned"));
    REQUIRE(pg);
    Connection remote(std::move(*pg));
    CHECK(local.dialect() == Dialect::Sqlite);
    CHECK(remote.dialect() == Dialect::Postgres);
    for (Connection* c : {&local, &remote}) {
        REQUIRE(createItems(c->db()));
        REQUIRE(insertOnce(c->db(), "x"));
        CHECK(count(c->db(), "items") == 1);
        CHECK((c->db().sqlite() != nullptr) == (c->dialect() == Dialect::Sqlite));
    }
}
