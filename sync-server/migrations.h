// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The relay's SQLite schema as an ordered list of migrations; PRAGMA user_version records
// how many have been applied, so a newer relay upgrades an older data directory in place.

#include "shared/result.h"

#include <span>
#include <string_view>

namespace vigil::relay {

class SqliteDb;

/// Every migration in order; index i moves the schema from version i to i + 1.
std::span<const std::string_view> relayMigrations();

/// Applies the missing migrations, each in its own transaction. Refuses a database whose
/// version is newer than this build knows (a downgrade would misread it).
Status migrateRelaySchema(SqliteDb& db);

} // namespace vigil::relay
