// SPDX-License-Identifier: EUPL-1.2
// The shared pieces under backup and restore: the hold on a data folder, the online copy
// beside a writer, and the check that says what a file is.
#include "shared/storage/dirlock.h"
#include "shared/storage/sqlitebackup.h"

#include "tests/support/testenv.h"

#include <catch2/catch.hpp>

#include <array>
#include <fstream>

using namespace vigil;
namespace fs = std::filesystem;

namespace {

constexpr std::array<std::string_view, 1> kTables{"notes"};
const StoreKind kNotes{"notes", "notes.db", kTables, 1};

} // namespace

TEST_CASE("a data folder is held by one holder at a time and is free again when the holder ends", "[storage][backup]")
{
    const fs::path dir = test::makeTempDir("vigil-dirlock");
    {
        auto first = lockDirectory(dir, "a running vigil-test");
        REQUIRE(first.ok());
        auto second = lockDirectory(dir, "a running vigil-test");
        REQUIRE(!second.ok());
        CHECK(second.error().kind == ErrorKind::Unavailable);
        CHECK_THAT(second.error().message, Catch::Contains("in use by a running vigil-test"));
    }
    CHECK(lockDirectory(dir, "x").ok());
    CHECK(lockDirectory(dir / "missing", "x").error().kind == ErrorKind::NotFound);
    fs::remove_all(dir);
}

TEST_CASE("an online backup is not blocked by a writer's open transaction and holds only what was committed",
          "[storage][backup]")
{
    const fs::path dir = test::makeTempDir("vigil-sqlitebackup");
    const std::array<std::string_view, 1> migrations{"CREATE TABLE notes (text TEXT);"};
    auto writer = openServerDatabase(dir / "notes.db", migrations, "notes");
    REQUIRE(writer.ok());
    REQUIRE(writer->exec("INSERT INTO notes VALUES ('committed')").ok());
    auto reader = openServerDatabase(dir / "notes.db", {}, "notes");
    REQUIRE(reader.ok());

    REQUIRE(writer->exec("BEGIN IMMEDIATE; INSERT INTO notes VALUES ('pending')").ok());
    auto copied = backupDatabase(*reader, dir / "backup.db", kNotes);
    REQUIRE(copied.ok());
    REQUIRE(writer->exec("COMMIT").ok());
    CHECK(copied->schemaVersion == 1);

    auto backup = SqliteDb::open(dir / "backup.db", false);
    REQUIRE(backup.ok());
    CHECK(backup->queryInt("SELECT COUNT(*) FROM notes").value_or(-1) == 1);
    CHECK(backup->queryInt("SELECT COUNT(*) FROM notes WHERE text = 'pending'").value_or(-1) == 0);
    // One file: rollback journal, nothing beside it.
    auto mode = backup->prepare("PRAGMA journal_mode");
    REQUIRE(mode.ok());
    CHECK(firstText(*mode).value().value_or("") == "delete");
    CHECK(!fs::exists(dir / "backup.db-wal"));
    fs::remove_all(dir);
}

TEST_CASE("a file is taken as a store's database only with its tables and a schema version this build knows",
          "[storage][backup]")
{
    const fs::path dir = test::makeTempDir("vigil-dbcheck");
    std::ofstream(dir / "garbage.db", std::ios::binary) << std::string(4096, 'x');
    std::ofstream(dir / "empty.db", std::ios::binary) << "";
    auto check = [&](const std::string& name, std::string_view sql) {
        auto db = SqliteDb::open(dir / name, true);
        REQUIRE(db.ok());
        REQUIRE(db->exec(sql).ok());
    };
    check("other.db", "CREATE TABLE cases (id INTEGER); PRAGMA user_version = 1");
    check("unversioned.db", "CREATE TABLE notes (text TEXT)");
    check("newer.db", "CREATE TABLE notes (text TEXT); PRAGMA user_version = 2");
    check("good.db", "CREATE TABLE notes (text TEXT); PRAGMA user_version = 1");

    CHECK(checkDatabaseFile(dir / "missing.db", kNotes).error().kind == ErrorKind::NotFound);
    for (const char* name : {"garbage.db", "empty.db", "other.db", "unversioned.db"}) {
        INFO(name);
        auto r = checkDatabaseFile(dir / name, kNotes);
        REQUIRE(!r.ok());
        CHECK(r.error().kind == ErrorKind::Invalid);
        CHECK_THAT(r.error().message, Catch::Contains("is not a Vigil notes database"));
    }
    auto newer = checkDatabaseFile(dir / "newer.db", kNotes);
    REQUIRE(!newer.ok());
    CHECK(newer.error().kind == ErrorKind::Refused);
    CHECK_THAT(newer.error().message, Catch::Contains("schema version 2 is newer than this build knows (1)"));
    CHECK(checkDatabaseFile(dir / "good.db", kNotes).ok());
    fs::remove_all(dir);
}
