// SPDX-License-Identifier: EUPL-1.2
#pragma once

// vigil-admin's side of the root key holders (docs/protocol.md §3.5, §3.6; the ceremony in
// docs/operations.md): holder keys made and used on an offline machine (`keyholder new`,
// `sign`), the registry's key set (`keyset init|show|rotate`), and directories and bulletins
// prepared for the holders and published once enough of them signed.

#include "admin.h"

#include <filesystem>
#include <string>
#include <vector>

namespace vigil::registry {

/// A signed document on disk: at most the payload limit and its frame.
[[nodiscard]] Result<Bytes> readDocumentFile(const std::filesystem::path& path);
/// Writes beside `path` and renames, so a crash leaves the old file or the new, never half.
[[nodiscard]] Status writeDocumentFile(const std::filesystem::path& path, ByteView bytes);

/// `keyholder new`: a fresh holder key in `out` (mode 0600, never overwriting); prints its public key.
Result<std::string> newKeyHolder(const std::filesystem::path& out);

/// `sign`: adds the holder's signature to the prepared document `in`, written to `out` (which
/// may be `in`). Needs no registry: it runs on the holder's offline machine. With `show`, the
/// text also holds the payload, for the holder to read what they sign.
Result<std::string> signPreparedDocument(const std::filesystem::path& keyFile, const std::filesystem::path& in,
                                         const std::filesystem::path& out, bool show);

/// The set `holders` (hex public keys, in holder order) with `threshold`, and `serial`.
[[nodiscard]] Result<RootKeySet> keySetFromHex(const std::vector<std::string>& holders, std::int64_t threshold,
                                               std::uint32_t serial);

/// `keyset init`: the registry's first key set (serial 1), handed over by its single root key
/// in a rotation document that enrolled devices follow; from then on directories and bulletins
/// need the holders. Refused when the registry has a key set already (rotate it instead).
Result<std::string> initKeySet(Admin& admin, const std::vector<std::string>& holders, std::int64_t threshold,
                               std::int64_t now);
/// The key set the registry has pinned (the single root key as a set of one before `keyset init`).
Result<RootKeySet> readPinnedKeySet(Admin& admin);
/// `keyset show`: the pinned set as JSON, with its id.
Result<std::string> showKeySet(Admin& admin);
/// `keyset rotate prepare`: the rotation to a new set (serial + 1) for the current holders to sign.
Result<std::string> prepareKeySetRotationFile(Admin& admin, const std::vector<std::string>& holders,
                                              std::int64_t threshold, const std::filesystem::path& out);
/// `keyset rotate publish --signed`: records a rotation signed by a threshold of the current set.
Result<std::string> publishKeySetRotation(Admin& admin, const std::filesystem::path& in, std::int64_t now);

/// `directory prepare`: the next directory, unsigned, for the key holders. It names the
/// registry's online key (made here if missing), or with `newOnlineKey` a fresh replacement that
/// takes over when this directory is published (docs/protocol.md §3.7).
Result<std::string> prepareDirectoryFile(Admin& admin, std::int64_t now, std::int64_t validDays, bool allowUnroutable,
                                         const std::filesystem::path& out, bool newOnlineKey = false);
/// `directory publish --signed`: publishes a directory the holders signed; refused, with nothing
/// changed, below the threshold, for another key set, another routing key, a stale version or an
/// online key the registry does not hold; publishing the directory that names the replacement
/// online key makes it the online key.
Result<std::string> publishSignedDirectory(Admin& admin, const std::filesystem::path& in, std::int64_t now);

/// `bulletin prepare`: the next bulletin, unsigned, for the key holders.
Result<std::string> prepareBulletinFile(Admin& admin, const BulletinOptions& bulletin, std::int64_t now,
                                        const std::filesystem::path& out);
/// `bulletin approve ID --out FILE` once holders sign bulletins: submission `id`'s text as the next
/// bulletin, unsigned, for the key holders. The submission stays pending until it is published.
Result<std::string> prepareSubmissionFile(Admin& admin, std::int64_t id, std::int64_t now,
                                          const std::filesystem::path& out);
/// `bulletin publish --signed [--submission ID]`: publishes a bulletin the holders signed; with a
/// submission, it is marked published in the same transaction, and refused (nothing changed)
/// unless it is pending and the signed text is exactly the submitted one.
Result<std::string> publishSignedBulletin(Admin& admin, const std::filesystem::path& in, std::int64_t now,
                                          std::optional<std::int64_t> submission = std::nullopt);

} // namespace vigil::registry
