// SPDX-License-Identifier: EUPL-1.2
// The libpq helper (shared/storage/postgres.h) against a real PostgreSQL server the test starts
// itself (tests/support/tempostgres.h): the shape the registry's stores will stand on.

#include "shared/storage/postgres.h"
#include "tests/support/pgstandbypair.h"
#include "tests/support/tempostgres.h"

#include <catch2/catch.hpp>

#include <array>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

using namespace vigil;

namespace {

test::TempPostgres& server()
{
    return test::sharedPostgres();
}

PgDb freshDatabase(const std::string& name)
{
    auto db = PgDb::connect(server().createDatabase(name));
    REQUIRE(db);
    return std::move(*db);
}

} // namespace

TEST_CASE("placeholders written the SQLite way become numbered ones outside quotes and comments", "[postgres]")
{
    CHECK(postgresPlaceholders("SELECT ?1, ?2 WHERE a = ?1") == "SELECT $1, $2 WHERE a = $1");
    CHECK(postgresPlaceholders("INSERT INTO t VALUES (?, ?, ?)") == "INSERT INTO t VALUES ($1, $2, $3)");
    CHECK(postgresPlaceholders("SELECT '?', \"a?\", ? -- why?\n, ? /* ? */") == "SELECT '?', \"a?\", $1 -- why?\n, $2 /* ? */");
    CHECK(postgresPlaceholders("SELECT 'it''s ?', ?") == "SELECT 'it''s ?', $1");
    CHECK(postgresPlaceholders("SELECT $$ a ? $$, ?3, ?") == "SELECT $$ a ? $$, $3, $4");
}

TEST_CASE("every bound type comes back from a real PostgreSQL as it was sent", "[postgres]")
{
    auto db = freshDatabase("roundtrip");
    REQUIRE(db.exec("CREATE TABLE t (i BIGINT, b BYTEA, s TEXT, r DOUBLE PRECISION, flag BOOLEAN)"));

    const std::array<std::int64_t, 4> ints{0, -1, std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max()};
    const Bytes blob{0x00, 0xff, 0x10, 0x00, 0x7f};
    const std::string text = "Ø ‘quoted’ \"x\" 'y' \\x00 naïve";
    for (auto value : ints) {
        auto insert = db.prepare("INSERT INTO t (i, b, s, r, flag) VALUES (?1, ?2, ?3, ?4, ?1 <> 0)");
        REQUIRE(insert);
        insert->bind(1, value).bind(2, ByteView(blob)).bindText(3, text).bindReal(4, 0.1 + static_cast<double>(value % 7));
        REQUIRE(insert->run());
        CHECK(insert->changes() == 1);
    }
    auto select = db.prepare("SELECT i, b, s, r, flag FROM t ORDER BY i");
    REQUIRE(select);
    std::vector<std::int64_t> seen;
    REQUIRE(select->eachRow([&](const PgStmt& row) {
        seen.push_back(row.int64(0));
        CHECK(Bytes(row.blob(1).begin(), row.blob(1).end()) == blob);
        CHECK(row.text(2) == text);
        CHECK(row.real(3) == 0.1 + static_cast<double>(row.int64(0) % 7));
        CHECK(row.int64(4) == (row.int64(0) != 0 ? 1 : 0));
    }));
    CHECK(seen == std::vector<std::int64_t>{ints[2], -1, 0, ints[3]});

    // An empty blob stays a blob and a NULL stays NULL (SQLite's helper keeps the same difference).
    auto edge = db.prepare("INSERT INTO t (i, b, s) VALUES (42, ?1, ?2)");
    REQUIRE(edge);
    edge->bind(1, ByteView()).bindNull(2);
    REQUIRE(edge->run());
    auto back = db.prepare("SELECT b, s, b IS NULL FROM t WHERE i = 42");
    REQUIRE(back);
    REQUIRE(back->step().value());
    CHECK(back->blob(0).empty());
    CHECK(back->int64(2) == 0);
    CHECK(back->isNull(1));
    CHECK_FALSE(back->step().value());
}

TEST_CASE("a key used twice is a conflict and a reference to nothing is invalid, without the values in the message",
          "[postgres]")
{
    auto db = freshDatabase("constraints");
    REQUIRE(db.exec("CREATE TABLE parent (id TEXT PRIMARY KEY); "
                    "CREATE TABLE child (id BIGINT PRIMARY KEY, parent TEXT NOT NULL REFERENCES parent(id))"));
    auto insert = db.prepare("INSERT INTO parent VALUES (?1)");
    REQUIRE(insert);
    insert->bindText(1, "reporter-wrote-this");
    REQUIRE(insert->run());
    insert->reset();
    insert->bindText(1, "reporter-wrote-this");
    auto twice = insert->run();
    REQUIRE_FALSE(twice);
    CHECK(twice.error().kind == ErrorKind::Conflict);
    CHECK(twice.error().message.find("reporter-wrote-this") == std::string::npos);

    auto orphan = db.prepare("INSERT INTO child VALUES (1, ?1)");
    REQUIRE(orphan);
    orphan->bindText(1, "nobody");
    auto refused = orphan->run();
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == ErrorKind::Invalid);
    CHECK(refused.error().message.find("nobody") == std::string::npos);

    auto bad = db.exec("SELEKT 1");
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message.rfind("postgres: ", 0) == 0);
}

TEST_CASE("migrations run once each and in order, also when two processes start at once, and a newer schema is refused",
          "[postgres]")
{
    const auto conninfo = server().createDatabase("migrations");
    const std::array<std::string_view, 3> migrations{
        "CREATE TABLE a (x BIGINT)",
        "INSERT INTO a VALUES (1)",
        "INSERT INTO a VALUES (2)",
    };
    std::vector<std::thread> starters;
    std::array<bool, 4> migrated{};
    for (std::size_t i = 0; i < migrated.size(); ++i)
        starters.emplace_back([&, i] {
            auto db = PgDb::connect(conninfo);
            migrated[i] = db && static_cast<bool>(migratePgSchema(*db, migrations, "test database"));
        });
    for (auto& t : starters)
        t.join();
    CHECK(migrated == std::array<bool, 4>{true, true, true, true});

    auto db = PgDb::connect(conninfo);
    REQUIRE(db);
    CHECK(db->queryInt("SELECT count(*) FROM a").value() == 2);
    CHECK(db->queryInt("SELECT version FROM vigil_schema").value() == 3);
    REQUIRE(migratePgSchema(*db, migrations, "test database"));
    CHECK(db->queryInt("SELECT count(*) FROM a").value() == 2);

    const std::span<const std::string_view> older(migrations.data(), 2);
    auto refused = migratePgSchema(*db, older, "test database");
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == ErrorKind::Refused);
    CHECK(refused.error().message == "test database: schema version 3 is newer than this program knows (2); refusing to use it");

    const std::array<std::string_view, 4> broken{migrations[0], migrations[1], migrations[2], "INSERT INTO missing VALUES (1)"};
    auto failed = migratePgSchema(*db, broken, "test database");
    REQUIRE_FALSE(failed);
    CHECK(failed.error().message.rfind("test database: migration 4: postgres: ", 0) == 0);
    CHECK(db->queryInt("SELECT version FROM vigil_schema").value() == 3);
}

TEST_CASE("a server killed mid-session answers unavailable, and after its restart every committed row is there",
          "[postgres]")
{
    auto db = freshDatabase("durability");
    REQUIRE(db.exec("CREATE TABLE acked (n BIGINT PRIMARY KEY)"));
    for (int n = 1; n <= 50; ++n) {
        auto insert = db.prepare("INSERT INTO acked VALUES (?1)");
        REQUIRE(insert);
        insert->bind(1, n);
        REQUIRE(insert->run()); // autocommit: each row acknowledged only once it is committed
    }

    server().kill();
    auto lost = db.exec("SELECT 1");
    REQUIRE_FALSE(lost);
    CHECK(lost.error().kind == ErrorKind::Unavailable);
    CHECK_FALSE(db.connected());
    auto refused = PgDb::connect(server().conninfo("durability"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == ErrorKind::Unavailable);

    server().start();
    auto again = PgDb::connect(server().conninfo("durability"));
    REQUIRE(again);
    CHECK(again->queryInt("SELECT count(*) FROM acked").value() == 50);
    // The first connection reconnects by itself at its next statement, between transactions.
    CHECK(db.queryInt("SELECT count(*) FROM acked").value() == 50);
    CHECK(db.connected());
    CHECK(db.reconnects() == 1);
}

TEST_CASE("an insert is prepared on the server once per connection, kept across a rolled-back transaction and "
          "prepared again after a reconnect, and a query is planned afresh each time",
          "[postgres]")
{
    auto db = freshDatabase("prepared");
    REQUIRE(db.exec("CREATE TABLE t (n BIGINT PRIMARY KEY, m BIGINT)"));
    const auto insert = [&](std::int64_t n) {
        auto stmt = db.prepare("INSERT INTO t(n, m) VALUES (?1, ?2) ON CONFLICT DO NOTHING");
        REQUIRE(stmt);
        stmt->bind(1, n).bind(2, n);
        return stmt->run();
    };
    // Only this connection's own statements: the view is per session.
    const auto prepared = [&](const std::string& prefix) {
        return db.queryInt("SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE '" + prefix + "%'").value();
    };
    REQUIRE(insert(1));
    REQUIRE(insert(2));
    CHECK(prepared("INSERT INTO t(n, m)") == 1);
    // The same text with another parameter type (text for the server to read as a number) is
    // a statement of its own: a prepared statement's types are fixed.
    auto asText = db.prepare("INSERT INTO t(n, m) VALUES (?1, ?2) ON CONFLICT DO NOTHING");
    REQUIRE(asText);
    asText->bind(1, 3).bindText(2, "3");
    REQUIRE(asText->run());
    CHECK(prepared("INSERT INTO t(n, m)") == 2);

    // A transaction that prepares and rolls back leaves the statement usable.
    REQUIRE(db.exec("BEGIN"));
    auto other = db.prepare("INSERT INTO t(n) VALUES (?1)");
    REQUIRE(other);
    other->bind(1, 10);
    REQUIRE(other->run());
    REQUIRE(db.exec("ROLLBACK"));
    other->reset();
    other->bind(1, 11);
    REQUIRE(other->run());
    CHECK(prepared("INSERT INTO t(n) VALUES") == 1);

    // A query is not prepared: its cached plan would be made from the statistics of one moment.
    auto count = db.prepare("SELECT count(*) FROM t WHERE n > ?1");
    REQUIRE(count);
    for (int i = 0; i < 8; ++i) {
        count->reset();
        count->bind(1, 0);
        REQUIRE(count->step().value());
        CHECK(count->int64(0) == 4);
    }
    CHECK(prepared("SELECT count(*) FROM t") == 0);

    // A new server process knows none of them: they are prepared again, not called by name.
    server().kill();
    CHECK_FALSE(db.exec("SELECT 1"));
    server().start();
    REQUIRE(insert(4));
    CHECK(db.reconnects() == 1);
    CHECK(prepared("INSERT INTO t(n, m)") == 1);
    CHECK(db.queryInt("SELECT count(*) FROM t").value() == 5);
}

TEST_CASE("a connection whose primary died commits nothing more of its transaction and reconnects to the promoted "
          "standby after it",
          "[postgres]")
{
    test::PgStandbyPair pair;
    pair.createDatabase("failover");
    auto connected = PgDb::connect(pair.conninfo("failover"));
    REQUIRE(connected);
    PgDb& db = *connected;
    REQUIRE(db.exec("CREATE TABLE acked (n BIGINT PRIMARY KEY)"));
    auto insert = [&db](int n) {
        auto stmt = db.prepare("INSERT INTO acked VALUES (?1)");
        REQUIRE(stmt);
        stmt->bind(1, n);
        return stmt->run();
    };
    for (int n = 1; n <= 20; ++n)
        REQUIRE(insert(n)); // each returned only after the standby flushed it
    REQUIRE(db.exec("BEGIN"));
    REQUIRE(insert(21));

    pair.killPrimary();
    // Inside the transaction nothing runs on a new connection: the row before the loss is gone,
    // so neither this insert nor the COMMIT may succeed.
    auto lost = insert(22);
    REQUIRE_FALSE(lost);
    CHECK(lost.error().kind == ErrorKind::Unavailable);
    auto commit = db.exec("COMMIT");
    REQUIRE_FALSE(commit);
    CHECK(commit.error().kind == ErrorKind::Unavailable);
    // Between transactions it tries to reconnect, but the only server up is a read-only standby.
    auto readOnly = db.queryInt("SELECT count(*) FROM acked");
    REQUIRE_FALSE(readOnly);
    CHECK(readOnly.error().kind == ErrorKind::Unavailable);
    CHECK(db.reconnects() == 0);

    pair.promoteStandby();
    CHECK(db.queryInt("SELECT count(*) FROM acked").value() == 20);
    CHECK(db.queryInt("SELECT CASE WHEN pg_is_in_recovery() THEN 1 ELSE 0 END").value() == 0);
    CHECK(db.reconnects() == 1);
    REQUIRE(db.exec("BEGIN"));
    REQUIRE(insert(21));
    REQUIRE(db.exec("COMMIT"));
    CHECK(db.queryInt("SELECT count(*) FROM acked").value() == 21);
}

TEST_CASE("a session the server ends on purpose (a planned restart, an operator's terminate) is replaced at the next "
          "statement, which does not fail",
          "[postgres]")
{
    auto db = freshDatabase("ended");
    REQUIRE(db.exec("CREATE TABLE t (n BIGINT)"));
    auto admin = PgDb::connect(server().conninfo("ended"));
    REQUIRE(admin);
    for (int round = 1; round <= 3; ++round) {
        INFO("round " << round);
        const std::int64_t pid = db.queryInt("SELECT pg_backend_pid()").value();
        // The server tells the session why it ends ("terminating connection due to
        // administrator command"), then closes it; that message waits, unread, until the next
        // statement.
        REQUIRE(admin->queryInt("SELECT CASE WHEN pg_terminate_backend(" + std::to_string(pid)
                                + ", 5000) THEN 1 ELSE 0 END")
                    .value()
                == 1);
        auto insert = db.prepare("INSERT INTO t VALUES (?1)");
        REQUIRE(insert);
        insert->bind(1, round);
        auto inserted = insert->run();
        INFO((inserted ? std::string("ok") : inserted.error().message));
        CHECK(inserted);
        CHECK(db.reconnects() == round);
        CHECK(db.queryInt("SELECT pg_backend_pid()").value() != pid);
    }
    CHECK(db.queryInt("SELECT count(*) FROM t").value() == 3);
}

TEST_CASE("a transaction whose connection was lost ends with a rollback that has nothing to undo", "[postgres]")
{
    auto db = freshDatabase("rollback");
    REQUIRE(db.exec("CREATE TABLE t (n BIGINT)"));
    REQUIRE(db.exec("BEGIN"));
    REQUIRE(db.exec("INSERT INTO t VALUES (1)"));
    server().kill();
    server().start();
    CHECK_FALSE(db.exec("INSERT INTO t VALUES (2)"));
    CHECK(db.exec("ROLLBACK"));
    CHECK(db.queryInt("SELECT count(*) FROM t").value() == 0);
    CHECK(db.reconnects() == 1);
}

TEST_CASE("a connection string is checked as libpq reads it, and no message repeats its password", "[postgres]")
{
    // URIs and key=value strings libpq reads, a list of hosts with read-write targeting included.
    for (const std::string& good : std::vector<std::string>{
             "postgresql://registry:s3cret@db1:5432,db2:5432/vigil?target_session_attrs=read-write",
             "postgres:///vigil?host=%2Fvar%2Frun%2Fpostgresql", "host=db1,db2 port=5432,5432 dbname=vigil"}) {
        INFO(good);
        CHECK(checkConninfo(good).ok());
    }
    // A path, a parameter libpq does not know, a broken escape: refused without the password.
    for (const std::string& bad : std::vector<std::string>{
             "/var/lib/vigil/registry.db", "postgresql://registry:s3cret@db1/vigil?colour=blue",
             "postgresql://registry:s3cret@db1/vigil?port=%zz", "host=db1 password='s3cret dbname"}) {
        INFO(bad);
        auto s = checkConninfo(bad);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().kind == ErrorKind::Invalid);
        CHECK(s.error().message.find("s3cret") == std::string::npos);
    }
    // Every place a password may stand, as written and percent-decoded.
    CHECK(withoutPassword("at s3cret and s3cret", "postgresql://u:s3cret@h/d") == "at *** and ***");
    CHECK(withoutPassword("p@ss or p%40ss", "postgresql://u:p%40ss@h/d") == "*** or ***");
    CHECK(withoutPassword("x hunter2 y", "postgresql://u@h/d?sslmode=disable&password=hunter2") == "x *** y");
    CHECK(withoutPassword("it's a b", "host=h password='it\\'s a b' dbname=d") == "***");
    CHECK(withoutPassword("nothing to hide", "host=h dbname=d") == "nothing to hide");
}

TEST_CASE("a server that is not there is unavailable, and the error leaves the password out", "[postgres]")
{
    const std::string conninfo = "host=" + (server().folder() / "nowhere").string() + " port=5432 password=s3cret-pw";
    auto db = PgDb::connect(conninfo);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().kind == ErrorKind::Unavailable);
    CHECK_THAT(db.error().message, Catch::Contains("cannot connect"));
    CHECK(db.error().message.find("s3cret-pw") == std::string::npos);
}
