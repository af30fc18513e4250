// SPDX-License-Identifier: EUPL-1.2
#pragma once

// vigil-admin's side of the signed authorities document (registry/pdca/authoritiesdoc.h): signing
// a new one after a role grant or revoke or a new acceptance policy, and showing the newest.

#include "admin.h"

namespace vigil::registry {

/// Signs the authorities as the database holds them now for the newest directory, audited
/// ("authorities.published"). Without a published directory there is nothing to bind them to:
/// says so, and the first `directory publish` signs them.
Result<std::string> publishAuthorities(Admin& admin, std::int64_t now);

/// `done`'s text followed by publishAuthorities' — for the commands that change a role or the
/// acceptance policy. The registry authorises from the database at once; the signed record
/// follows in its own transaction (if that fails, `authorities publish` signs it again).
Result<std::string> thenPublishAuthorities(Result<std::string> done, Admin& admin, std::int64_t now);

/// The newest document, verified against its directory: one role per line and the acceptance
/// policy, or its JSON.
Result<std::string> showAuthorities(Admin& admin, std::int64_t now, bool json);

} // namespace vigil::registry
