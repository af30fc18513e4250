// SPDX-License-Identifier: EUPL-1.2
#include "durablefile.h"

#include <fcntl.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <string>
#include <system_error>

namespace vigil {

namespace fs = std::filesystem;

namespace {

Error lastError(const std::string& what, const fs::path& path)
{
    const std::error_code why(errno, std::generic_category());
    return Error{what + " " + path.string() + ": " + why.message(), ErrorKind::Storage};
}

/// Closes the descriptor on every path out.
struct Fd {
    int fd;
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

fs::path folderOf(const fs::path& path)
{
    return path.has_parent_path() ? path.parent_path() : fs::path(".");
}

} // namespace

Status syncPath(const fs::path& path)
{
    const Fd f{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
    if (f.fd < 0)
        return lastError("cannot open", path);
    if (::fsync(f.fd) != 0)
        return lastError("cannot sync", path);
    return {};
}

Status createPrivateFile(const fs::path& path)
{
    const Fd f{::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600)};
    if (f.fd < 0)
        return lastError("cannot create", path);
    return {};
}

Status copyFileDurably(const fs::path& from, const fs::path& to)
{
    const Fd in{::open(from.c_str(), O_RDONLY | O_CLOEXEC)};
    if (in.fd < 0)
        return lastError("cannot read", from);
    const Fd out{::open(to.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600)};
    if (out.fd < 0)
        return lastError("cannot create", to);
    std::array<char, 1 << 16> buffer{};
    for (;;) {
        const ssize_t got = ::read(in.fd, buffer.data(), buffer.size());
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return lastError("cannot read", from);
        if (got == 0)
            break;
        for (ssize_t done = 0; done < got;) {
            const ssize_t put = ::write(out.fd, buffer.data() + done, static_cast<std::size_t>(got - done));
            if (put < 0 && errno == EINTR)
                continue;
            if (put < 0)
                return lastError("cannot write", to);
            done += put;
        }
    }
    if (::fsync(out.fd) != 0)
        return lastError("cannot sync", to);
    return {};
}

Status renameDurably(const fs::path& from, const fs::path& to)
{
    if (::rename(from.c_str(), to.c_str()) != 0)
        return lastError("cannot rename " + from.string() + " to", to);
    return syncPath(folderOf(to));
}

} // namespace vigil
