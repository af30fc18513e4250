// SPDX-License-Identifier: EUPL-1.2
#include "shared/storage/sqlite.h"

#include "shared/storage/keyfile.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <sys/stat.h>

using namespace vigil;

namespace {

SqliteDb memoryDb()
{
    auto db = SqliteDb::open(":memory:", true);
    REQUIRE(db.ok());
    REQUIRE(db->exec("CREATE TABLE t (k TEXT PRIMARY KEY, b BLOB, i INTEGER, s TEXT);"
                     "INSERT INTO t VALUES ('row', x'0102', 7, 'seven'), ('nulls', NULL, NULL, NULL);")
                .ok());
    return std::move(*db);
}

SqliteStmt lookup(SqliteDb& db, std::string_view column, std::string_view key)
{
    auto stmt = db.prepare("SELECT " + std::string(column) + " FROM t WHERE k = ?1");
    REQUIRE(stmt.ok());
    stmt->bindText(1, key);
    return std::move(*stmt);
}

} // namespace

TEST_CASE("first*() read the first column of the first row, nullopt when no row", "[storage]")
{
    SqliteDb db = memoryDb();
    auto stmt = lookup(db, "b", "row");
    const auto blob = firstBlob(stmt);
    REQUIRE(blob.ok());
    REQUIRE(blob->has_value());
    CHECK(**blob == Bytes{1, 2});

    stmt = lookup(db, "i", "row");
    const auto number = firstInt(stmt);
    REQUIRE(number.ok());
    CHECK(*number == std::optional<std::int64_t>(7));

    stmt = lookup(db, "s", "row");
    const auto text = firstText(stmt);
    REQUIRE(text.ok());
    CHECK(*text == std::optional<std::string>("seven"));

    stmt = lookup(db, "b", "absent");
    CHECK_FALSE(firstBlob(stmt)->has_value());
    stmt = lookup(db, "i", "absent");
    CHECK_FALSE(firstInt(stmt)->has_value());
    stmt = lookup(db, "s", "absent");
    CHECK_FALSE(firstText(stmt)->has_value());
}

TEST_CASE("first*() read a NULL as an empty value of a row that exists", "[storage]")
{
    SqliteDb db = memoryDb();
    auto stmt = lookup(db, "b", "nulls");
    CHECK(firstBlob(stmt).value() == std::optional<Bytes>(Bytes{}));
    stmt = lookup(db, "i", "nulls");
    CHECK(firstInt(stmt).value() == std::optional<std::int64_t>(0));
    stmt = lookup(db, "s", "nulls");
    CHECK(firstText(stmt).value() == std::optional<std::string>(""));
    CHECK(db.queryInt("SELECT i FROM t WHERE k = 'absent'").value() == 0);
}

TEST_CASE("loadOrCreateSeedFile creates a 0600 key once and reuses it", "[storage][keyfile]")
{
    std::string pattern = (std::filesystem::temp_directory_path() / "vigil-keyfile-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    const std::filesystem::path dir = pattern;
    const auto path = dir / "server.key";

    auto first = loadOrCreateSeedFile(path);
    REQUIRE(first.ok());
    CHECK(first->created);
    CHECK_FALSE(first->file.tooOpen);
    struct stat st {};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);

    auto again = loadOrCreateSeedFile(path);
    REQUIRE(again.ok());
    CHECK_FALSE(again->created);
    CHECK(toHex(again->file.seed.view()) == toHex(first->file.seed.view()));
    std::filesystem::remove_all(dir);
}
