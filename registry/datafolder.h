// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The registry's data folder as the server and the admin tool find it: private (0700), with
// its keys, and with the database those keys belong to. A folder whose keys say it was
// initialised but whose database is gone or empty is refused: starting on a fresh empty
// database would silently lose every case and the audit trail (a restore gone wrong, a full
// disk, a truncation), and devices would keep sending reports to a registry that forgot them.
//
// The database is registry.db in the folder (SQLite, the default) or, with `--database`, a
// PostgreSQL database named by a libpq connection URI or string (docs/postgres-plan.md); the
// keys stay in the folder either way, and the same guard holds for both.

#include "registrykeys.h"

#include "shared/storage/db.h"
#include "shared/storage/sqlitebackup.h"

#include <filesystem>
#include <optional>
#include <string>

namespace vigil::registry {

/// Creates a new data folder (0700) and its database with the current schema; the caller has
/// just created the keys. Fails when a database is already there.
Result<SqliteDb> createRegistryDatabase(const std::filesystem::path& dataDir);

/// Checks the folder (private, initialised, database present and not empty) and opens one
/// connection to its database. Only one connection per process should pass `migrate` (it
/// brings an older schema up to date); the others open the same file as it is.
Result<SqliteDb> openRegistryDatabase(const std::filesystem::path& dataDir, bool migrate);

/// `--database` as the command lines take it: empty (registry.db in the data folder), or a
/// PostgreSQL connection URI or string libpq reads. The error names the option, never the value.
[[nodiscard]] Status checkDatabaseOption(const std::string& database);

/// A database `init` may use, as checkNewRegistryDatabase found it: nothing for registry.db
/// (init checks the file itself), or on PostgreSQL the open connection that found no registry
/// there, which createRegistryConnection then migrates — one connection for both, not one per
/// step.
class NewRegistryDatabase {
public:
    NewRegistryDatabase() = default;
    explicit NewRegistryDatabase(PgDb db) : m_pg(std::move(db)) {}
    bool postgres() const { return m_pg.has_value(); }

private:
    friend Result<Connection> createRegistryConnection(const std::filesystem::path& dataDir,
                                                       NewRegistryDatabase database);
    std::optional<PgDb> m_pg;
};

/// Refuses, before anything is created, a `database` that `init` may not use: on PostgreSQL one
/// that cannot be reached or already holds a registry (registry.db is checked by init itself).
[[nodiscard]] Result<NewRegistryDatabase> checkNewRegistryDatabase(const std::string& database);

/// createRegistryDatabase for `--database`, after checkNewRegistryDatabase: registry.db in
/// `dataDir`, or the PostgreSQL database it checked, migrated to the current schema on the
/// connection it checked with.
Result<Connection> createRegistryConnection(const std::filesystem::path& dataDir, NewRegistryDatabase database);

/// openRegistryDatabase for `--database`: registry.db when `database` is empty, else a
/// connection to the PostgreSQL database it names, refused as above when that database holds
/// no registry (and left untouched then: nothing is migrated into an empty database). Only one
/// connection per process passes `migrate`; on PostgreSQL two processes migrating at once
/// apply each step once (migratePgSchema's lock).
Result<Connection> openRegistryConnection(const std::filesystem::path& dataDir, const std::string& database,
                                          bool migrate);

/// What a registry database looks like to backup and restore (shared/storage/sqlitebackup.h):
/// registry.db with the tables every schema version has, up to this build's version.
StoreKind registryStoreKind();

/// How the data folder's users name the one that holds it (shared/storage/dirlock.h).
inline constexpr std::string_view kRegistryHolder = "a running vigil-registry (or a restore)";

} // namespace vigil::registry
