// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Online backups of a server's SQLite database, and the check that says a file is one.
//
// A backup is one self-contained SQLite file (rollback journal mode, no -wal beside it),
// taken with SQLite's online backup API while the server runs. The copy reads one snapshot:
// the source connection holds a read transaction from the first page to the last, so pages
// written meanwhile are not mixed in and the copy never restarts. In WAL mode a reader does
// not block writers, so the server goes on committing throughout; only its checkpoints
// cannot pass the snapshot until the backup ends (the WAL grows a little meanwhile). The
// pages are copied 64 at a time, so neither process holds SQLite's locks for
// long. The copy is written to a temporary file next to the target, checked (integrity,
// the store's tables, a schema version this build knows), synced, and only then renamed to
// the target: a file at the target's name is always a good backup.

#include "sqlite.h"

#include <cstdint>
#include <filesystem>
#include <span>
#include <string_view>

namespace vigil {

/// What a store's database file holds, to recognise one (a backup, a file to restore).
struct StoreKind {
    std::string_view what;                    ///< "registry", "relay": words the errors
    std::string_view fileName;                ///< the database's name in the data folder
    std::span<const std::string_view> tables; ///< tables every schema version has
    std::int64_t knownVersion = 0;            ///< migrations this build knows (PRAGMA user_version)
};

/// What the check found.
struct CheckedDatabase {
    std::int64_t schemaVersion = 0;
    std::int64_t bytes = 0;
};

/// Checks that `file` is a sound database of `kind`: a SQLite file (else "not a SQLite
/// database"), with the kind's tables (else "not a Vigil <what> database"), a schema version
/// from 1 to what this build knows (newer: refused, never misread), and `PRAGMA
/// integrity_check` ok. Opens the file for reading only what the checks read; a file that is
/// in rollback mode is not changed. Errors name the file as `shownAs` when given (the file the
/// operator named, when a copy of it is checked).
Result<CheckedDatabase> checkDatabaseFile(const std::filesystem::path& file, const StoreKind& kind,
                                          const std::filesystem::path& shownAs = {});

/// Copies the database behind `source` (an open connection, e.g. the admin tool's to a live
/// registry) to `target` as described above. `target` is replaced only by a checked copy; on
/// any failure nothing is left at or beside it.
Result<CheckedDatabase> backupDatabase(SqliteDb& source, const std::filesystem::path& target, const StoreKind& kind);

} // namespace vigil
