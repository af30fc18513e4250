// SPDX-License-Identifier: EUPL-1.2
#pragma once

// vigil-admin's side of token issuance (registry/tokendesk.h): issuer epochs and the signed
// issuer-key document, the quota, and device credentials (list, revoke). Each change is one
// audited transaction.

#include "admin.h"

#include "registry/tokendesk.h"

namespace vigil::registry {

/// Creates the next epoch's issuer key (audited "tokens.epoch_created"); it issues from
/// `window.notBefore` (clamped into the previous epoch's issuing window). Publish to make it known.
Result<std::string> newTokenEpoch(Admin& admin, EpochWindow window, std::int64_t now);
/// Every epoch with its windows and truncated key id, and the quota.
Result<std::string> listTokenEpochs(Admin& admin);
/// Signs the epochs still accepted as the next issuer-key document (audited "tokens.published").
Result<std::string> publishTokenEpochs(Admin& admin, std::int64_t now);
/// Sets the tokens each device gets per epoch (setting tokens.per_device_per_epoch; audited).
Result<std::string> setTokenQuota(Admin& admin, std::int64_t quota, std::int64_t now);

/// Devices with a registered credential: id, enrolled, revoked.
Result<std::string> listDeviceCredentials(Admin& admin);
/// Revokes one device's credential (audited "device.revoked"): it gets no further tokens;
/// the tokens it holds expire with their epoch.
Result<std::string> revokeDeviceCredential(Admin& admin, const std::string& id, std::int64_t now);

} // namespace vigil::registry
