// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Putting a backup (sqlitebackup.h) back into a server's data folder. Only while no server
// holds the folder (dirlock.h); only a file that checks out as the store's kind with a schema
// this build knows; and never silently over a database that is there: that takes `force`,
// and the replaced database (with its -wal) is kept aside under a dated name, so a restore of
// the wrong file can itself be undone.

#include "sqlitebackup.h"

#include <cstdint>
#include <filesystem>
#include <optional>

namespace vigil {

struct RestoreRequest {
    std::filesystem::path backup;   ///< the file to restore
    std::filesystem::path dataDir;  ///< the server's data folder (must exist and be private)
    bool force = false;             ///< replace a database that is there
    std::int64_t now = 0;           ///< unix seconds, dates the name of the replaced database
};

struct RestoreOutcome {
    CheckedDatabase restored;
    std::optional<std::filesystem::path> keptAside;   ///< where the replaced database went
};

/// Restores `request.backup` as `dataDir / kind.fileName`. The backup is copied into the data
/// folder first and the copy is checked, so what is checked is exactly what is installed;
/// every refusal (folder in use — ErrorKind::Unavailable —, missing or foreign file, newer
/// schema, damage, an existing database without `force` — ErrorKind::Conflict) leaves the
/// folder as it was.
Result<RestoreOutcome> restoreDatabase(const RestoreRequest& request, const StoreKind& kind);

} // namespace vigil
