// SPDX-License-Identifier: EUPL-1.2
#include "dirlock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <string>
#include <system_error>

namespace vigil {

DirectoryLock::~DirectoryLock()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

DirectoryLock& DirectoryLock::operator=(DirectoryLock&& other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = other.m_fd;
        other.m_fd = -1;
    }
    return *this;
}

Result<DirectoryLock> lockDirectory(const std::filesystem::path& dir, std::string_view holder)
{
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        const std::error_code why(errno, std::generic_category());
        return Error{"cannot open data folder " + dir.string() + ": " + why.message(), ErrorKind::NotFound};
    }
    DirectoryLock lock(fd);
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        if (errno == EWOULDBLOCK)
            return Error{"data folder " + dir.string() + " is in use by " + std::string(holder) + "; stop it first",
                         ErrorKind::Unavailable};
        const std::error_code why(errno, std::generic_category());
        return Error{"cannot lock data folder " + dir.string() + ": " + why.message()};
    }
    return lock;
}

} // namespace vigil
