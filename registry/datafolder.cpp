// SPDX-License-Identifier: EUPL-1.2
#include "datafolder.h"

#include "schema.h"

#include "shared/storage/privatedir.h"

#include <array>

namespace vigil::registry {

namespace fs = std::filesystem;

Result<SqliteDb> createRegistryDatabase(const fs::path& dataDir)
{
    if (auto s = checkPrivateDirectory(dataDir); !s)
        return s.error();
    const fs::path path = registryDatabasePath(dataDir);
    if (fs::exists(path))
        return Error{path.string() + " already exists: this data folder is initialised"};
    return openServerDatabase(path, registryMigrations(), "registry");
}

Result<SqliteDb> openRegistryDatabase(const fs::path& dataDir, bool migrate)
{
    if (auto s = checkPrivateDirectory(dataDir); !s)
        return s.error();
    const fs::path path = registryDatabasePath(dataDir);
    const std::string restore = ": the keys in " + (dataDir / "keys").string()
                                + " say this registry was initialised, so its cases and audit trail are lost or "
                                  "elsewhere; restore registry.db from the backup (refusing to start empty)";
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    if (ec)
        return Error{path.string() + " is missing" + restore};
    if (size == 0)
        return Error{path.string() + " is empty" + restore};
    // Opened without creating; a file SQLite reads as a database without our schema (version
    // 0) is as empty as a zero-length one.
    auto db = openServerDatabase(path, {}, "registry");
    if (!db)
        return db.error();
    auto version = db->queryInt("PRAGMA user_version");
    if (!version)
        return version.error();
    if (*version == 0)
        return Error{path.string() + " holds no registry" + restore};
    if (migrate)
        if (auto s = migrateSchema(*db, registryMigrations(), "registry"); !s)
            return s.error();
    return db;
}

StoreKind registryStoreKind()
{
    // Tables of schema version 1 that every later version keeps: a file with all of them is a
    // registry's, whatever else it holds.
    static constexpr std::array<std::string_view, 5> kTables{"units", "members", "directories", "cases", "audit"};
    return StoreKind{"registry", "registry.db", kTables, static_cast<std::int64_t>(registryMigrations().size())};
}

} // namespace vigil::registry
