// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The registry's side of the support contacts (shared/supportcontacts.h, docs/protocol.md §3.4):
// the operator's list waits as a draft until published; publishing signs it with the root key
// (or, once key holders exist, prepares it for them and stores what t of N signed) as the next serial, which GET /v1/support serves whole to every relay and device.
// Each function runs on the caller's connection, of either engine, inside the caller's transaction.

#include "registry/audit.h"
#include "shared/storage/db.h"
#include "shared/supportcontacts.h"

#include <optional>

namespace vigil::registry {

/// Keeps `contacts` as the draft to publish. Refuses a list naming a unit the organisation
/// does not have (so a device could not place it).
[[nodiscard]] Status setSupportDraft(Db db, const std::vector<SupportContact>& contacts);

/// The draft; nullopt before the first `support set`.
[[nodiscard]] Result<std::optional<std::vector<SupportContact>>> supportDraft(Db db);

/// Signs the draft as the next serial, issued `now`, and stores it. NotFound without a draft;
/// Invalid when a unit of the draft has left the organisation since it was set.
[[nodiscard]] Result<SupportContacts> publishSupport(Db db, const SigningKeyPair& rootKey, std::int64_t now);

/// Once key holders sign (docs/operations.md): the draft as the next serial, unsigned, for the
/// holders of `pinned` (the same checks as publishSupport).
[[nodiscard]] Result<Bytes> prepareSupport(Db db, const RootKeySet& pinned, std::int64_t now);

/// Stores support contacts t of N holders of `pinned` signed, after checking them as a device
/// does and that they are the next serial; refused, with nothing stored, otherwise.
[[nodiscard]] Result<SupportContacts> storeSignedSupport(Db db, ByteView document, const RootKeySet& pinned,
                                                         std::int64_t now);

/// The newest signed document; nullopt before the first publication.
[[nodiscard]] Result<std::optional<Bytes>> latestSupport(Db db);

/// Audit entries (actor "admin", content-free: serial and how many contacts).
AuditEntry supportDraftAuditEntry(std::size_t contacts, std::int64_t now);
AuditEntry supportPublishedAuditEntry(const SupportContacts& document, std::int64_t now);

} // namespace vigil::registry
