// SPDX-License-Identifier: EUPL-1.2
#pragma once

// vigil-admin's side of the signed authorities document (registry/pdca/authoritiesdoc.h): signing
// a new one after a role grant or revoke or a new acceptance policy, and showing the newest.

#include "admin.h"

namespace vigil::registry {

/// Signs the authorities as the database holds them now for the newest directory, audited
/// ("authorities.published"). Without a published directory there is nothing to bind them to:
/// says so, and the first `directory publish` signs them. Refused once key holders sign (prepare instead).
Result<std::string> publishAuthorities(Admin& admin, std::int64_t now);

/// `authorities prepare --out FILE` once key holders exist: the authorities as they stand, as
/// the next serial, unsigned, for the holders (docs/operations.md, the ceremony).
Result<std::string> prepareAuthoritiesFile(Admin& admin, std::int64_t now, const std::filesystem::path& out);
/// `authorities publish --signed FILE`: stores authorities t of N holders signed, checked as a
/// console checks them; refused, with nothing changed, otherwise.
Result<std::string> publishSignedAuthorities(Admin& admin, const std::filesystem::path& in, std::int64_t now);

/// `done`'s text followed by publishAuthorities' — for the commands that change a role or the
/// acceptance policy. The registry authorises from the database at once; the signed record
/// follows in its own transaction (if that fails, `authorities publish` signs it again). With
/// key holders it says how to have the holders sign the new record instead.
Result<std::string> thenPublishAuthorities(Result<std::string> done, Admin& admin, std::int64_t now);

/// The newest document, verified against its directory: one role per line and the acceptance
/// policy, or its JSON.
Result<std::string> showAuthorities(Admin& admin, std::int64_t now, bool json);

} // namespace vigil::registry
