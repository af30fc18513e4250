// SPDX-License-Identifier: EUPL-1.2
#pragma once

// A data folder held by one process. A running server holds its folder, and a restore takes
// the same hold before it swaps the database: a restore under a running server would leave
// the server writing into a file that is no longer the one the folder names (its cases or
// envelopes silently lost), and a server starting during a restore would open half of one.
// The hold is an advisory flock(2) on the folder itself — no lock file to go stale: the
// kernel drops it when the process ends, however it ends.

#include "shared/result.h"

#include <filesystem>

namespace vigil {

class DirectoryLock {
public:
    DirectoryLock() = default;
    ~DirectoryLock();
    DirectoryLock(DirectoryLock&& other) noexcept : m_fd(other.m_fd) { other.m_fd = -1; }
    DirectoryLock& operator=(DirectoryLock&& other) noexcept;
    DirectoryLock(const DirectoryLock&) = delete;
    DirectoryLock& operator=(const DirectoryLock&) = delete;

private:
    friend Result<DirectoryLock> lockDirectory(const std::filesystem::path& dir, std::string_view holder);
    explicit DirectoryLock(int fd) : m_fd(fd) {}
    int m_fd = -1;
};

/// Holds `dir` for as long as the returned value lives. Refused (ErrorKind::Unavailable) when
/// another process holds it; the message says the folder is in use by `holder` ("a running
/// vigil-registry or a restore") and to stop it first. Never waits.
Result<DirectoryLock> lockDirectory(const std::filesystem::path& dir, std::string_view holder);

} // namespace vigil
