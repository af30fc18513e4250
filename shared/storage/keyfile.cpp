// SPDX-License-Identifier: EUPL-1.2
#include "keyfile.h"

#include "shared/sodiuminit.h"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

namespace vigil {

namespace {

Error systemError(std::string_view what, const std::filesystem::path& path)
{
    return Error{std::string(what) + " " + path.string() + ": " + std::strerror(errno)};
}

} // namespace

KeySeed randomSeed()
{
    ensureSodium();
    KeySeed seed;
    randombytes_buf(seed.data(), seed.size());
    return seed;
}

Result<SeedFile> readSeedFile(const std::filesystem::path& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return systemError("cannot open", path);
    struct stat st {};
    const bool statOk = ::fstat(fd, &st) == 0;
    std::string text(66, '\0');
    const ssize_t n = ::read(fd, text.data(), text.size());
    ::close(fd);
    if (!statOk || n < 0)
        return systemError("cannot read", path);
    text.resize(static_cast<std::size_t>(n));
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r'))
        text.pop_back();
    auto bytes = fromHex(text);
    wipe(text);
    if (!bytes || bytes->size() != 32) {
        if (bytes)
            wipe(*bytes);
        return Error{path.string() + ": expected 64 hex digits (a 32-byte key seed)"};
    }
    auto seed = KeySeed::fromBytes(*bytes);
    wipe(*bytes);
    if (!seed)
        return seed.error();
    return SeedFile{std::move(*seed), (st.st_mode & 077) != 0};
}

Status writeSeedFile(const std::filesystem::path& path, const KeySeed& seed)
{
    std::string text = toHex(seed.view()) + "\n";
    Status written = writeSecretFile(path, asBytes(text));
    wipe(text);
    return written;
}

Status writeSecretFile(const std::filesystem::path& path, ByteView content)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return systemError("cannot create", path);
    const bool ok = ::write(fd, content.data(), content.size()) == static_cast<ssize_t>(content.size())
        && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok) {
        ::unlink(path.c_str());
        return systemError("cannot write", path);
    }
    return {};
}

Result<SecretFile> readSecretFile(const std::filesystem::path& path, std::size_t maxBytes)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return systemError("cannot open", path);
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        ::close(fd);
        return systemError("cannot read", path);
    }
    if (st.st_size < 0 || static_cast<std::size_t>(st.st_size) > maxBytes) {
        ::close(fd);
        return Error{path.string() + ": larger than " + std::to_string(maxBytes) + " bytes, not a key file"};
    }
    WipedBytes content(Bytes(static_cast<std::size_t>(st.st_size)));
    std::size_t done = 0;
    while (done < content.bytes().size()) {
        const ssize_t n = ::read(fd, content.bytes().data() + done, content.bytes().size() - done);
        if (n <= 0) {
            ::close(fd);
            return n < 0 ? systemError("cannot read", path) : Error{path.string() + ": changed while being read"};
        }
        done += static_cast<std::size_t>(n);
    }
    ::close(fd);
    return SecretFile{std::move(content), (st.st_mode & 077) != 0};
}

Result<LoadedSeedFile> loadOrCreateSeedFile(const std::filesystem::path& path)
{
    std::error_code ec;
    if (std::filesystem::exists(path, ec)) {
        auto existing = readSeedFile(path);
        if (!existing)
            return existing.error();
        return LoadedSeedFile{std::move(*existing), false};
    }
    // writeSeedFile creates with O_EXCL: two servers started on the same data directory
    // never overwrite each other's key (the second fails instead).
    KeySeed seed = randomSeed();
    if (auto s = writeSeedFile(path, seed); !s)
        return s.error();
    return LoadedSeedFile{SeedFile{std::move(seed), false}, true};
}

} // namespace vigil
