// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The registry's data folder as the server and the admin tool find it: private (0700), with
// its keys, and with the database those keys belong to. A folder whose keys say it was
// initialised but whose database is gone or empty is refused: starting on a fresh empty
// database would silently lose every case and the audit trail (a restore gone wrong, a full
// disk, a truncation), and devices would keep sending reports to a registry that forgot them.

#include "registrykeys.h"

#include "shared/storage/sqlitebackup.h"

#include <filesystem>

namespace vigil::registry {

/// Creates a new data folder (0700) and its database with the current schema; the caller has
/// just created the keys. Fails when a database is already there.
Result<SqliteDb> createRegistryDatabase(const std::filesystem::path& dataDir);

/// Checks the folder (private, initialised, database present and not empty) and opens one
/// connection to its database. Only one connection per process should pass `migrate` (it
/// brings an older schema up to date); the others open the same file as it is.
Result<SqliteDb> openRegistryDatabase(const std::filesystem::path& dataDir, bool migrate);

/// What a registry database looks like to backup and restore (shared/storage/sqlitebackup.h):
/// registry.db with the tables every schema version has, up to this build's version.
StoreKind registryStoreKind();

/// How the data folder's users name the one that holds it (shared/storage/dirlock.h).
inline constexpr std::string_view kRegistryHolder = "a running vigil-registry (or a restore)";

} // namespace vigil::registry
