// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Data folders that only their owner may read. A server's folder holds its keys and its
// database (routing headers, reply keys, sealed envelopes, audit trail): a folder other local
// users can enter is refused at start with the command that fixes it, rather than silently
// trusted (or silently changed, which would hide an operator's mistake, e.g. a restore with
// the wrong umask).

#include "shared/result.h"

#include <filesystem>

namespace vigil {

/// Creates `dir` (with missing parents) with mode 0700. An existing empty folder is set to
/// 0700 (it was made for this); one with contents is left as it is (checkPrivateDirectory
/// judges it).
Status createPrivateDirectory(const std::filesystem::path& dir);

/// Refuses a folder that is missing, not a folder, or open to group or others (any of the
/// 077 bits); the error names the mode and the fix (`chmod 700 DIR`).
Status checkPrivateDirectory(const std::filesystem::path& dir);

/// Sets the process's file-creation mask to 077, so every file it creates from now on is its
/// owner's only — including SQLite's -wal and -shm files, which SQLite creates itself. Call it
/// first thing in main(): the mask is process-wide.
void restrictFileCreation();

} // namespace vigil
