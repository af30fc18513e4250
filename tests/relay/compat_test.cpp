// SPDX-License-Identifier: EUPL-1.2
// Data directories written before the relay used the shared storage helper
// (shared/storage/sqlite.h, keyfile.h) must open unchanged: the same PRAGMA user_version
// bookkeeping, the same schema, the same relay.key format. The "old" files are written here
// with the raw SQLite C API and POSIX calls, step by step as the relay's own copy did, so
// nothing in this test goes through the code under test.
#include "sync-server/migrations.h"

#include "tests/support/relaytest.h"

#include "sync-server/forwardqueue.h"
#include "sync-server/metrics.h"
#include "sync-server/relayserver.h"

#include "tests/support/testdata.h"

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <string>

using namespace vigil;
using namespace vigil::relay;
using namespace vigil::relay::test;

namespace {

void mustExec(sqlite3* db, const std::string& sql)
{
    char* err = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err);
    INFO((err ? err : "") << " in: " << sql);
    sqlite3_free(err);
    REQUIRE(rc == SQLITE_OK);
}

/// relay.db as the relay's former openRelayDatabase + migrateRelaySchema left it after
/// `version` migrations, holding one envelope waiting to be forwarded.
void writeOldDatabase(const std::filesystem::path& path, std::size_t version)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) == SQLITE_OK);
    mustExec(db, "PRAGMA busy_timeout = 10000; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; "
                 "PRAGMA foreign_keys = ON;");
    for (std::size_t v = 0; v < version; ++v) {
        mustExec(db, "BEGIN IMMEDIATE");
        mustExec(db, std::string(relayMigrations()[v]));
        mustExec(db, "PRAGMA user_version = " + std::to_string(v + 1));
        mustExec(db, "COMMIT");
    }
    mustExec(db, "INSERT INTO envelopes (report_id, envelope_hash, receipt, received_at, state, payload) VALUES "
                 "(x'00112233445566778899aabbccddeeff', x'aa', x'bb', 1700000000, 0, x'c0ffee')");
    REQUIRE(sqlite3_close(db) == SQLITE_OK);
}

/// relay.key as the relay's former relaykey.cpp wrote it: the seed as hex and a newline, 0600.
void writeOldKey(const std::filesystem::path& path, const SigningKeyPair& key)
{
    const std::string text = toHex(key.seed().view()) + "\n";
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    REQUIRE(fd >= 0);
    REQUIRE(::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()));
    ::close(fd);
}

void checkPendingRowKept(const std::filesystem::path& path)
{
    auto db = openRelayDatabase(path, false);
    REQUIRE(db.ok());
    auto pending = loadPending(*db, 10);
    REQUIRE(pending.ok());
    REQUIRE(pending->size() == 1);
    CHECK(pending->front().payload == Bytes{0xc0, 0xff, 0xee});
}

} // namespace

TEST_CASE("a data directory written by the relay's former storage code opens unchanged", "[store][compat]")
{
    TempDir dir;
    LogCapture log;
    const auto path = dir.path() / "relay.db";
    writeOldDatabase(path, relayMigrations().size());
    const SigningKeyPair key = vigil::test::relayKey();
    writeOldKey(dir.path() / "relay.key", key);
    {
        auto relay = startRelay(testConfig(dir.path()), log.logger());
        CHECK(relay->receiptKey() == key.publicKey);   // loaded, not regenerated
        CHECK(relay->metrics().queueDepth.load() == 1);
        relay->stop();
    }
    CHECK(log.text().find("receipt key loaded") != std::string::npos);
    CHECK(queryInt(dir.path(), "PRAGMA user_version") == static_cast<std::int64_t>(relayMigrations().size()));
    checkPendingRowKept(path);
}

TEST_CASE("a version 1 relay database is upgraded in place, its rows kept", "[store][compat][migrations]")
{
    TempDir dir;
    const auto path = dir.path() / "relay.db";
    writeOldDatabase(path, 1);
    {
        auto db = openRelayDatabase(path, true);
        REQUIRE(db.ok());
        CHECK(db->queryInt("PRAGMA user_version").value() == static_cast<std::int64_t>(relayMigrations().size()));
        CHECK(db->queryInt("SELECT COUNT(*) FROM sqlite_master WHERE name = 'uploads'").value() == 1);
        CHECK(db->queryInt("SELECT COUNT(*) FROM sqlite_master WHERE name = 'spent_tokens'").value() == 1);
    }
    checkPendingRowKept(path);
}
