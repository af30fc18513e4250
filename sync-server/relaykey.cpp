// SPDX-License-Identifier: EUPL-1.2
#include "relaykey.h"

#include "shared/secret.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

namespace vigil::relay {

namespace {

constexpr std::size_t kHexSeed = 64;

Error systemError(std::string_view what, const std::filesystem::path& path)
{
    return Error{std::string(what) + " " + path.string() + ": " + std::strerror(errno)};
}

Result<LoadedKey> loadKey(const std::filesystem::path& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return systemError("cannot open", path);
    struct stat st{};
    const bool statOk = ::fstat(fd, &st) == 0;
    std::string text(kHexSeed + 2, '\0');
    const ssize_t n = ::read(fd, text.data(), text.size());
    ::close(fd);
    if (!statOk || n < 0)
        return systemError("cannot read", path);
    text.resize(static_cast<std::size_t>(n));
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r'))
        text.pop_back();
    auto seed = fromHex(text);
    wipe(text);
    if (!seed || seed->size() != 32) {
        if (seed)
            wipe(*seed);
        return Error{path.string() + ": expected 64 hex digits (an Ed25519 seed)"};
    }
    LoadedKey out{SigningKeyPair::fromSeed(*seed), false, (st.st_mode & 077) != 0};
    wipe(*seed);
    return out;
}

Result<LoadedKey> createKey(const std::filesystem::path& path)
{
    // O_EXCL: two relays started on the same data directory never overwrite each other's key.
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return systemError("cannot create", path);
    LoadedKey out{SigningKeyPair::generate(), true, false};
    auto seed = out.key.seed();
    std::string text = toHex(seed.view()) + "\n";
    const bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) && ::fsync(fd) == 0;
    wipe(text);
    ::close(fd);
    if (!ok) {
        ::unlink(path.c_str());
        return systemError("cannot write", path);
    }
    return out;
}

} // namespace

Result<LoadedKey> loadOrCreateRelayKey(const std::filesystem::path& path)
{
    std::error_code ec;
    if (std::filesystem::exists(path, ec))
        return loadKey(path);
    return createKey(path);
}

} // namespace vigil::relay
