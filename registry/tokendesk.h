// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The registry's side of token issuance (issue 17; docs/protocol.md §11): issuer epochs and
// the signed issuer-key document, single-use enrolment codes, device credentials and the
// quota per credential and epoch. Each function runs on the caller's connection, of either
// engine, inside the caller's transaction. What is stored is chosen so that issuance cannot be joined with
// redemption: per credential only a count per epoch, never a blinded message, nonce or time
// per batch (the schema's v15 comment).

#include "registry/audit.h"
#include "registry/registrykeys.h"

#include "shared/storage/db.h"
#include "shared/tokens/issuance.h"
#include "shared/tokens/issuerdoc.h"

#include <filesystem>
#include <optional>

namespace vigil::registry {

/// The registry setting for the quota and its default (issue 17: "e.g. 50 per week").
inline constexpr std::string_view kTokenQuotaSetting = "tokens.per_device_per_epoch";
inline constexpr std::int64_t kDefaultTokenQuota = 50;

/// How long a new epoch issues and how much longer its tokens are accepted (the overlap).
struct EpochWindow {
    std::int64_t notBefore = 0;
    std::int64_t issueSeconds = 7 * 86400;
    std::int64_t overlapSeconds = 7 * 86400;
};

/// Every epoch, oldest first.
[[nodiscard]] Result<std::vector<tokens::IssuerKeyEpoch>> tokenEpochs(Db db);

/// Creates the next epoch's key (DATA/keys/issuer-<epoch>.pem) and row. Its window starts at
/// `window.notBefore`, clamped into the previous epoch's issuing window so issuing never has
/// a gap; refuses a window checkIssuerKeySet would refuse.
[[nodiscard]] Result<tokens::IssuerKeyEpoch> createTokenEpoch(Db db, const std::filesystem::path& dataDir,
                                                              EpochWindow window);

/// Signs the epochs still accepted at `now` as the next issuer-key document (with the root key
/// before `keyset init`, the certified online key after: registry/onlinesigner.h) and stores it.
/// NotFound when no epoch is accepted any more (create one first).
[[nodiscard]] Result<tokens::IssuerKeyDocument> publishTokenIssuer(Db db, const RegistryKeys& keys,
                                                                   std::int64_t now);
/// The newest signed issuer-key document; nullopt before the first publication.
[[nodiscard]] Result<std::optional<Bytes>> latestTokenIssuer(Db db);

/// A fresh single-use enrolment code (22 characters of URL-safe base64, 128 bits); only
/// its hash is stored.
[[nodiscard]] Result<std::string> createEnrolCode(Db db, std::int64_t now);

enum class DeviceRegistered { Created, Again };
/// Spends the registration's code on its credential. The same credential again is `Again`
/// (a device retrying a lost answer); a code used before by another credential is Conflict,
/// an unknown code NotFound. The code is not linked to the credential in storage.
[[nodiscard]] Result<DeviceRegistered> registerDevice(Db db, const tokens::DeviceRegistration& registration,
                                                      std::int64_t now);

struct DeviceRow {
    std::string id;   ///< keyId(credential): what `vigil-admin device` shows and takes
    std::int64_t enrolled = 0;
    std::optional<std::int64_t> revoked;
};
[[nodiscard]] Result<std::vector<DeviceRow>> listDevices(Db db);
/// Revokes the device with this id: no further issuance. NotFound for an unknown id, Conflict
/// when it is revoked already.
[[nodiscard]] Status revokeDevice(Db db, std::string_view id, std::int64_t now);

/// The per-device quota (the setting, else the default).
[[nodiscard]] Result<std::int64_t> tokenQuota(Db db);

/// Reserves up to `request.requests.size()` tokens of the quota for the request's credential
/// and epoch: Refused for an unknown or revoked credential or a replayed request (`time` not
/// after the credential's last), Unavailable (with the next epoch's start) when the quota is
/// spent. Returns how many were granted and how many remain.
struct TokenGrant {
    std::uint32_t granted = 0;
    std::uint32_t remaining = 0;
};
[[nodiscard]] Result<TokenGrant> reserveTokens(Db db, const tokens::IssuanceRequest& request,
                                               const tokens::IssuerKeyEpoch& epoch, std::int64_t quota);

/// Audit entries (actor "admin", content-free).
AuditEntry tokenEpochAuditEntry(const tokens::IssuerKeyEpoch& epoch, std::int64_t now);
AuditEntry tokenIssuerAuditEntry(const tokens::IssuerKeyDocument& document, std::int64_t now);
AuditEntry enrolCodeAuditEntry(std::int64_t now);
AuditEntry deviceRevokedAuditEntry(std::string_view id, std::int64_t now);

} // namespace vigil::registry
