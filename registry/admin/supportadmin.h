// SPDX-License-Identifier: EUPL-1.2
#pragma once

// vigil-admin's side of the support contacts (registry/supportdesk.h): setting the list from a
// file, showing the draft or the published document, and publishing it to every device.

#include "admin.h"

namespace vigil::registry {

/// Reads {"contacts":[…]} (docs/registry.md, "Support contacts") from `file`, checks it as a
/// device would and keeps it as the draft, audited ("support.draft_set"). Nothing reaches a
/// device until publishSupportContacts.
Result<std::string> setSupportContacts(Admin& admin, const std::filesystem::path& file, std::int64_t now);

/// Signs the draft as the next serial and stores it, audited ("support.published"); relays
/// fetch it at their next poll, devices at their next sync. Refused once key holders sign.
Result<std::string> publishSupportContacts(Admin& admin, std::int64_t now);

/// `support prepare --out FILE` once key holders exist: the draft as the next serial, unsigned,
/// for the holders to sign (docs/operations.md, the ceremony).
Result<std::string> prepareSupportFile(Admin& admin, std::int64_t now, const std::filesystem::path& out);
/// `support publish --signed FILE`: stores support contacts t of N holders signed, checked as a
/// device checks them; refused, with nothing changed, otherwise.
Result<std::string> publishSignedSupportContacts(Admin& admin, const std::filesystem::path& in, std::int64_t now);

/// The newest published document, verified against the root key (or the draft with `draft`):
/// one contact per line, or the JSON with `json`.
Result<std::string> showSupportContacts(Admin& admin, bool draft, bool json);

} // namespace vigil::registry
