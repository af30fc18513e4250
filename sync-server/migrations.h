// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The relay's SQLite schema as an ordered list of migrations, applied by the shared
// migrateSchema (shared/storage/sqlite.h): PRAGMA user_version records how many have been
// applied, so a newer relay upgrades an older data directory in place.

#include "shared/storage/sqlitebackup.h"

#include <filesystem>
#include <span>
#include <string_view>

namespace vigil::relay {

/// Every migration in order; index i moves the schema from version i to i + 1.
std::span<const std::string_view> relayMigrations();

/// Opens the relay database with openServerDatabase (WAL, synchronous=FULL, busy timeout,
/// foreign keys). With `migrate` (the writer connection only) it creates the file and
/// applies the missing migrations, refusing a schema newer than this build knows.
Result<SqliteDb> openRelayDatabase(const std::filesystem::path& path, bool migrate);

/// What a relay database looks like to backup and restore (shared/storage/sqlitebackup.h).
StoreKind relayStoreKind();

/// How the data folder's users name the one that holds it (shared/storage/dirlock.h).
inline constexpr std::string_view kRelayHolder = "a running vigil-relay (or a restore)";

} // namespace vigil::relay
