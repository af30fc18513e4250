// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The signed authorities document (docs/protocol.md §3.3, docs/pdca.md "Roles"): who holds a
// measures, commander or inspectorate role for which unit, and which authority level accepts a
// risk of each level — the roles of plan–do–check–act, signed with the root key beside the
// directory version they go with.
//
// Why a document of its own: the v1 directory is read by devices and relays that refuse any
// field they do not know, and devices are anonymous, so the registry can never know that all of
// them updated; a role field in the directory would cut them off. Only advisors' consoles read
// this document; devices and relays never receive it.
//
// It is bound to one directory by the hash of that directory's signed payload, so a console
// never pairs roles with the wrong member list; `serial` grows with every document (a grant, a
// revoke, a new acceptance policy or a new directory each sign a new one).

#include "directory.h"
#include "hash.h"
#include "keys.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace vigil {

/// One role of one member: "measures", "commander" or "inspectorate", held for `unit` and
/// everything below it (empty: the whole organisation). `source` says where it comes from:
/// "group" (a commander or inspectorate group of the directory) or "grant" (vigil-admin role grant).
struct AuthorityRole {
    std::string member;
    std::string role;
    std::string unit;
    std::string source;
    bool operator==(const AuthorityRole&) const = default;
};

/// Who may accept a risk of `level` ("high", "serious", "medium", "low"): a member holding one
/// of `roles` for the risk's scope unit or above, at echelon `maxDepth` or higher (0 = the top
/// of the unit tree); without maxDepth, at the scope unit's own echelon or higher.
struct AcceptanceLevel {
    std::string level;
    std::optional<int> maxDepth;
    std::vector<std::string> roles;
    bool operator==(const AcceptanceLevel&) const = default;
};

struct Authorities {
    std::uint64_t serial = 0;      ///< strictly increasing over every document the registry signs
    std::uint32_t version = 0;     ///< the directory version it goes with
    Hash32 directoryHash{};        ///< BLAKE2b-256 of that directory's signed payload
    std::uint64_t issued = 0;      ///< unix seconds
    std::uint64_t expires = 0;     ///< unix seconds: the directory's own expiry
    std::vector<AuthorityRole> roles;
    std::vector<AcceptanceLevel> acceptance;
    bool operator==(const Authorities&) const = default;
};

std::string encodeAuthorities(const Authorities& authorities);
/// Strict: unknown fields, roles, sources or levels, a level twice, or a role twice are Invalid.
Result<Authorities> decodeAuthorities(std::string_view json);
Bytes signAuthorities(const Authorities& authorities, const SigningKeyPair& rootKey);

/// Opens a signed authorities document and checks it against the signed directory it claims to
/// go with: the root key's signature on both, the same version, the directory's payload hash, every
/// member in that directory, and not expired at `now`.
Result<Authorities> verifyAuthorities(ByteView signedAuthorities, ByteView signedDirectory, const RootKeySet& rootKey,
                                      std::uint64_t now);
/// The same once root key holders sign (docs/protocol.md §3.5): the authorities and their
/// directory both by one of `keySets` (the sets a reader followed, oldest first — its first is
/// the single root key of the enrolment): a document from before a rotation verifies with the
/// set of its day, and the root key alone can no longer vouch for a directory the holders signed.
Result<Authorities> verifyAuthorities(ByteView signedAuthorities, ByteView signedDirectory,
                                      const std::vector<RootKeySet>& keySets, std::uint64_t now);

/// The hash an authorities document names for a signed directory: BLAKE2b-256 of its payload.
Result<Hash32> directoryPayloadHash(ByteView signedDirectory, const RootKeySet& rootKey);

} // namespace vigil
