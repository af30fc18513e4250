// SPDX-License-Identifier: EUPL-1.2
// Data folders only their owner may open: the shared helper both servers can use.
#include "shared/storage/privatedir.h"

#include "shared/storage/sqlite.h"

#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

using namespace vigil;
namespace fs = std::filesystem;

namespace {

struct Scratch {
    fs::path path;
    mode_t previousUmask = ::umask(022); // the umask an operator's shell typically has
    Scratch()
    {
        std::string pattern = (fs::temp_directory_path() / "vigil-privatedir-XXXXXX").string();
        REQUIRE(::mkdtemp(pattern.data()) != nullptr);
        path = pattern;
    }
    ~Scratch()
    {
        ::umask(previousUmask);
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

unsigned modeOf(const fs::path& p)
{
    return static_cast<unsigned>(fs::status(p).permissions()) & 0777u;
}

} // namespace

TEST_CASE("a new data folder is created owner-only — parents stay ordinary folders", "[storage][permissions]")
{
    Scratch s;
    const fs::path dir = s.path / "srv" / "vigil";
    REQUIRE(createPrivateDirectory(dir).ok());
    CHECK(modeOf(dir) == 0700);
    CHECK(modeOf(s.path / "srv") == 0755);
    CHECK(checkPrivateDirectory(dir).ok());
}

TEST_CASE("an empty folder made for the data is closed — one with contents is left for the check to judge",
          "[storage][permissions]")
{
    Scratch s;
    const fs::path empty = s.path / "empty";
    fs::create_directory(empty);
    REQUIRE(modeOf(empty) == 0755);
    REQUIRE(createPrivateDirectory(empty).ok());
    CHECK(modeOf(empty) == 0700);

    const fs::path used = s.path / "used";
    fs::create_directory(used);
    std::ofstream(used / "relay.db") << "x";
    REQUIRE(createPrivateDirectory(used).ok());
    CHECK(modeOf(used) == 0755);
    auto refused = checkPrivateDirectory(used);
    REQUIRE_FALSE(refused.ok());
    CHECK_THAT(refused.error().message, Catch::Contains("0755") && Catch::Contains("chmod 700 " + used.string()));
}

TEST_CASE("a folder open to its group only, a missing folder and a file are refused", "[storage][permissions]")
{
    Scratch s;
    const fs::path dir = s.path / "d";
    REQUIRE(createPrivateDirectory(dir).ok());
    fs::permissions(dir, fs::perms::group_exec, fs::perm_options::add);
    CHECK_FALSE(checkPrivateDirectory(dir).ok());
    CHECK_THAT(checkPrivateDirectory(s.path / "missing").error().message, Catch::Contains("does not exist"));
    std::ofstream(s.path / "file") << "x";
    CHECK_FALSE(checkPrivateDirectory(s.path / "file").ok());
}

TEST_CASE("a server database and its -wal and -shm files are created 0600 whatever the umask",
          "[storage][permissions]")
{
    Scratch s;
    const std::string_view schema[] = {"CREATE TABLE t (x INTEGER);"};
    auto db = openServerDatabase(s.path / "server.db", schema, "test");
    REQUIRE(db.ok());
    REQUIRE(db->exec("INSERT INTO t VALUES (1)").ok());
    CHECK(modeOf(s.path / "server.db") == 0600);
    CHECK(modeOf(s.path / "server.db-wal") == 0600);
    CHECK(modeOf(s.path / "server.db-shm") == 0600);
}
