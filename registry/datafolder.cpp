// SPDX-License-Identifier: EUPL-1.2
#include "datafolder.h"

#include "pgschema.h"
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

namespace {

/// The registry's schema version in a PostgreSQL database; 0 when it holds no registry (no
/// vigil_schema table, or one whose first migration never committed).
Result<std::int64_t> pgRegistryVersion(PgDb& db)
{
    auto present = db.queryInt("SELECT COUNT(*) FROM (SELECT to_regclass('vigil_schema') AS t) s WHERE t IS NOT NULL");
    if (!present)
        return present.error();
    if (*present == 0)
        return std::int64_t{0};
    return db.queryInt("SELECT COALESCE(MAX(version), 0) FROM vigil_schema");
}

/// A connection to the database `--database` names, and the registry's schema version there:
/// what every use of the database checks first, on the one connection it then goes on with.
/// The error says which option, not its value.
struct PgRegistry {
    PgDb db;
    std::int64_t version = 0;
};

Result<PgRegistry> connectRegistry(const std::string& database)
{
    if (auto s = checkDatabaseOption(database); !s)
        return s.error();
    auto db = PgDb::connect(database);
    if (!db)
        return withContext("--database", db.error());
    auto version = pgRegistryVersion(*db);
    if (!version)
        return withContext("--database", version.error());
    return PgRegistry{std::move(*db), *version};
}

const char* const kPgRegistry = "the PostgreSQL database named by --database";

} // namespace

Status checkDatabaseOption(const std::string& database)
{
    if (database.empty())
        return {};
    if (auto s = checkConninfo(database); !s)
        return withContext("--database", s.error());
    return {};
}

Result<NewRegistryDatabase> checkNewRegistryDatabase(const std::string& database)
{
    if (database.empty())
        return NewRegistryDatabase{};
    auto found = connectRegistry(database);
    if (!found)
        return found.error();
    if (found->version != 0)
        return Error{std::string(kPgRegistry) + " already holds a registry (schema version "
                         + std::to_string(found->version) + "): init creates a new one only in an empty database",
                     ErrorKind::Conflict};
    return NewRegistryDatabase(std::move(found->db));
}

Result<Connection> createRegistryConnection(const fs::path& dataDir, NewRegistryDatabase database)
{
    if (!database.m_pg) {
        auto db = createRegistryDatabase(dataDir);
        if (!db)
            return db.error();
        return Connection(std::move(*db));
    }
    if (auto s = checkPrivateDirectory(dataDir); !s)
        return s.error();
    // Checked empty on this connection a moment ago; another init migrating the same database
    // meanwhile is serialised by migratePgSchema's lock, each step applied once.
    PgDb& db = *database.m_pg;
    if (auto s = migratePgSchema(db, registryPgMigrations(), "registry"); !s)
        return s.error();
    return Connection(std::move(db));
}

Result<Connection> openRegistryConnection(const fs::path& dataDir, const std::string& database, bool migrate)
{
    if (database.empty()) {
        auto db = openRegistryDatabase(dataDir, migrate);
        if (!db)
            return db.error();
        return Connection(std::move(*db));
    }
    if (auto s = checkPrivateDirectory(dataDir); !s)
        return s.error();
    auto found = connectRegistry(database);
    if (!found)
        return found.error();
    // The guard of the data folder, on PostgreSQL: keys without their registry's database
    // (a wrong database name, a restore not done yet) must not start an empty registry.
    if (found->version == 0)
        return Error{std::string(kPgRegistry) + " holds no registry: the keys in " + (dataDir / "keys").string()
                         + " say this registry was initialised, so its cases and audit trail are lost or elsewhere; "
                           "name the right database, or restore it from the backup (refusing to start empty)",
                     ErrorKind::Refused};
    if (migrate)
        if (auto s = migratePgSchema(found->db, registryPgMigrations(), "registry"); !s)
            return s.error();
    return Connection(std::move(found->db));
}

StoreKind registryStoreKind()
{
    // Tables of schema version 1 that every later version keeps: a file with all of them is a
    // registry's, whatever else it holds.
    static constexpr std::array<std::string_view, 5> kTables{"units", "members", "directories", "cases", "audit"};
    return StoreKind{"registry", "registry.db", kTables, static_cast<std::int64_t>(registryMigrations().size())};
}

} // namespace vigil::registry
