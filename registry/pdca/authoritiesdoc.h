// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The registry's side of the signed authorities document (shared/authorities.h, docs/pdca.md
// "Roles"): what it says is read from the database as it stands — the commander and inspectorate
// groups of the newest published directory, the role grants of that directory's members and the
// acceptance policy in force — signed with the root key (or, once key holders exist, prepared for
// them and stored when t of N signed it) and kept as the next serial.
//
// The registry itself authorises every step from the database, so a revoke bites at once; this
// document is the signed record of the same roles for consoles (which buttons to offer) and for
// an inspector (who could accept what, on which day).

#include "registry/audit.h"
#include "registry/clocks.h"
#include "registry/pdca/authority.h"
#include "shared/authorities.h"
#include "shared/storage/db.h"

#include <optional>

namespace vigil::registry {

/// The document for the newest published directory at `now`, not yet signed; nullopt when no
/// directory has been published. A grant to a member outside every group of that directory is
/// left out: the member is not in the directory, so no console could place it.
[[nodiscard]] Result<std::optional<Authorities>> draftAuthorities(Db db, const PublicKey& rootKey,
                                                                  UnixSeconds now);

/// draftAuthorities, signed and stored as the next serial in the caller's transaction.
[[nodiscard]] Result<std::optional<Authorities>> storeAuthorities(Db db, const SigningKeyPair& rootKey,
                                                                  UnixSeconds now);

/// Once key holders sign (docs/operations.md): draftAuthorities as the next serial, unsigned, in
/// the layout the holders sign (prepareDocument for the pinned set); nullopt without a directory.
[[nodiscard]] Result<std::optional<Bytes>> prepareAuthoritiesDocument(Db db, const PublicKey& rootKey,
                                                                      UnixSeconds now);

/// Stores a document the holders signed, in the caller's transaction, once it verifies as a
/// console checks it: t of N signatures of the pinned set, made for the newest directory, not
/// expired, and the next serial. Anything else is refused and nothing is stored.
[[nodiscard]] Result<Authorities> storeSignedAuthorities(Db db, ByteView document, const PublicKey& rootKey,
                                                         UnixSeconds now);

/// The newest signed document; nullopt before the first.
[[nodiscard]] Result<std::optional<Bytes>> latestAuthorities(Db db);

/// The audit entry of a stored document (actor "admin"): subject its serial, detail the
/// directory version and how many roles it lists.
AuditEntry authoritiesAuditEntry(const Authorities& a, UnixSeconds now);

/// The acceptance policy as the document writes it: every level, high to low, with its rule.
std::vector<AcceptanceLevel> acceptanceLevels(const AcceptancePolicy& policy);

} // namespace vigil::registry
