// SPDX-License-Identifier: EUPL-1.2
// The registry's data folder at rest: owner-only from the first moment, refused when others
// can open it, and refused when the keys say "initialised" but the database is gone.
#include "registry/datafolder.h"

#include "registryfixture.h"

#include "registry/admin/admin.h"

#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <fstream>

using namespace vigil;
using namespace vigil::registry;
namespace fs = std::filesystem;

namespace {

constexpr std::int64_t kNow = 1'750'000'000;

unsigned modeOf(const fs::path& p)
{
    return static_cast<unsigned>(fs::status(p).permissions()) & 0777u;
}

/// The umask an operator's shell typically has; restored when the test ends.
struct PermissiveUmask {
    mode_t previous = ::umask(022);
    ~PermissiveUmask() { ::umask(previous); }
};

} // namespace

TEST_CASE("init makes the data folder, keys and database owner-only, even under a permissive umask",
          "[registry][datafolder][permissions]")
{
    PermissiveUmask umask022;
    test::TempDir scratch;
    const fs::path dir = scratch.path() / "registry";
    REQUIRE(Admin::init(dir, {}, kNow).ok());
    CHECK(modeOf(dir) == 0700);
    CHECK(modeOf(dir / "keys") == 0700);
    CHECK(modeOf(dir / "keys" / "root.key") == 0600);
    CHECK(modeOf(dir / "registry.db") == 0600);

    // While the database is in use SQLite keeps its -wal and -shm files next to it.
    auto admin = Admin::open(dir);
    REQUIRE(admin.ok());
    REQUIRE((*admin)->addUnit(Unit{"13-bde", "13 Bde", "defence"}, true).ok());
    REQUIRE(fs::exists(dir / "registry.db-wal"));
    CHECK(modeOf(dir / "registry.db-wal") == 0600);
    CHECK(modeOf(dir / "registry.db-shm") == 0600);
}

TEST_CASE("an empty folder made for the registry is closed by init — one others can open is refused with the fix",
          "[registry][datafolder][permissions]")
{
    PermissiveUmask umask022;
    test::TempDir scratch;
    const fs::path dir = scratch.path() / "prepared";
    fs::create_directories(dir); // `mkdir /srv/vigil` by the operator: 0755
    REQUIRE(Admin::init(dir, {}, kNow).ok());
    CHECK(modeOf(dir) == 0700);

    fs::permissions(dir, fs::perms::group_read | fs::perms::group_exec | fs::perms::others_read
                             | fs::perms::others_exec, fs::perm_options::add);
    auto admin = Admin::open(dir);
    REQUIRE_FALSE(admin.ok());
    CHECK_THAT(admin.error().message, Catch::Contains("chmod 700 " + dir.string()));
    CHECK_THAT(admin.error().message, Catch::Contains("0755"));
    CHECK_FALSE(openRegistryDatabase(dir, false).ok());

    fs::permissions(dir, fs::perms::owner_all, fs::perm_options::replace);
    CHECK(Admin::open(dir).ok());
}

TEST_CASE("an initialised registry whose database was emptied or removed refuses to open instead of starting empty",
          "[registry][datafolder][integrity]")
{
    test::TempDir scratch;
    const fs::path dir = scratch.path() / "registry";
    REQUIRE(Admin::init(dir, {}, kNow).ok());
    REQUIRE(Admin::open(dir).ok());

    fs::resize_file(dir / "registry.db", 0);
    auto emptied = Admin::open(dir);
    REQUIRE_FALSE(emptied.ok());
    CHECK_THAT(emptied.error().message, Catch::Contains("is empty") && Catch::Contains("restore"));
    CHECK(fs::file_size(dir / "registry.db") == 0); // nothing was created over it

    fs::remove(dir / "registry.db");
    auto missing = Admin::open(dir);
    REQUIRE_FALSE(missing.ok());
    CHECK_THAT(missing.error().message, Catch::Contains("is missing"));
    CHECK_FALSE(fs::exists(dir / "registry.db"));

    // A file SQLite can read but that holds no registry is as good as empty.
    {
        auto other = SqliteDb::open(dir / "registry.db", true);
        REQUIRE(other.ok());
        REQUIRE(other->exec("CREATE TABLE x (y)").ok());
    }
    auto foreign = Admin::open(dir);
    REQUIRE_FALSE(foreign.ok());
    CHECK_THAT(foreign.error().message, Catch::Contains("holds no registry"));
}
