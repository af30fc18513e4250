// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Key seeds on disk: one file per key, 64 hex digits and a newline, mode 0600, created with
// O_EXCL and fsync'ed so two processes never overwrite each other's key and a power cut
// never leaves half a key. The buffer that held the text is wiped.

#include "shared/keys.h"
#include "shared/secret.h"

#include <filesystem>

namespace vigil {

struct SeedFile {
    KeySeed seed;
    bool tooOpen = false;  ///< readable by group or others: the caller should warn the operator
};

Result<SeedFile> readSeedFile(const std::filesystem::path& path);

/// Writes a new seed file; fails if the file exists.
Status writeSeedFile(const std::filesystem::path& path, const KeySeed& seed);

/// A seed file as loadOrCreateSeedFile found it.
struct LoadedSeedFile {
    SeedFile file;
    bool created = false;  ///< this call wrote it (first start)
};

/// Reads the seed file at `path`, or writes one with a fresh random seed when none exists
/// yet, so a server generates its key on first start and reuses it on every later one.
Result<LoadedSeedFile> loadOrCreateSeedFile(const std::filesystem::path& path);

/// A fresh random 32-byte seed.
KeySeed randomSeed();

/// Key material that is not a seed (a PEM private key): the file's bytes, wiped when dropped.
struct SecretFile {
    WipedBytes content;
    bool tooOpen = false;  ///< readable by group or others: the caller should warn the operator
};

/// Reads a key file of at most `maxBytes` bytes.
Result<SecretFile> readSecretFile(const std::filesystem::path& path, std::size_t maxBytes);

/// Writes a new key file as writeSeedFile does (mode 0600, O_EXCL, fsync'ed, removed again
/// if the write fails); fails if the file exists.
Status writeSecretFile(const std::filesystem::path& path, ByteView content);

} // namespace vigil
