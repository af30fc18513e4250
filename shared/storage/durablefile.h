// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Files that survive a power cut once a function returned: written, fsync'ed, and the folder
// that names them fsync'ed too (a rename is durable only once its folder is). Used by backup
// and restore, whose whole point is a copy that is really there.

#include "shared/result.h"

#include <filesystem>

namespace vigil {

/// fsync(2) of a file or a folder.
Status syncPath(const std::filesystem::path& path);

/// Copies `from` to a new file `to` (mode 0600, refused when `to` exists) and syncs it.
Status copyFileDurably(const std::filesystem::path& from, const std::filesystem::path& to);

/// Renames `from` to `to` (replacing it) and syncs the folder of `to`.
Status renameDurably(const std::filesystem::path& from, const std::filesystem::path& to);

/// Creates a new empty file (mode 0600, refused when it exists), for SQLite to fill: a copy of
/// a whole database must be its owner's only from the first byte.
Status createPrivateFile(const std::filesystem::path& path);

} // namespace vigil
