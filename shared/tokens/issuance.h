// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Token issuance on the wire (docs/protocol.md §11.2, docs/api.md "Tokens"): a device registers
// its per-device Ed25519 credential once with its single-use enrolment code (POST /v1/devices),
// then asks for batches of blinded RFC 9578 TokenRequests signed by that credential
// (POST /v1/tokens), both through its relay, which passes the bytes on and learns nothing
// it could use: the credential signs every request, so a relay can neither forge nor alter one.
// Pure encoders, decoders and signature checks; the quota lives at the registry.

#include "privacypass.h"

#include "shared/keys.h"

#include <cstdint>
#include <string>
#include <vector>

namespace vigil::tokens {

/// The most TokenRequests in one POST /v1/tokens (a device asks for at most its quota).
inline constexpr std::size_t kMaxTokenRequestsPerCall = 100;
/// How far a request's `time` may be from the registry's clock (either way), in seconds.
inline constexpr std::int64_t kIssuanceClockWindow = 300;

/// POST /v1/devices: {"enrol_code":…,"credential":hex32,"signature":hex64}; the credential
/// signs "vigil device credential v1" || credential || enrol_code, proving it holds the key.
struct DeviceRegistration {
    std::string enrolCode;
    PublicKey credential{};
    Signature signature{};
};
DeviceRegistration makeDeviceRegistration(const SigningKeyPair& credential, std::string_view enrolCode);
std::string encodeDeviceRegistration(const DeviceRegistration& registration);
/// Checks the form (Invalid) and the signature (Refused).
[[nodiscard]] Result<DeviceRegistration> decodeDeviceRegistration(std::string_view json);

/// POST /v1/tokens: {"credential":hex32,"epoch":N,"time":unix s,"requests":[base64url(259)…],
/// "signature":hex64} where the credential signs issuanceStatement(…).
struct IssuanceRequest {
    PublicKey credential{};
    std::uint32_t epoch = 0;
    std::int64_t time = 0;
    std::vector<TokenRequest> requests;
    Signature signature{};
};
/// "vigil token issuance v1" || credential || u32 epoch || u64 time || u32 count || each TokenRequest.
Bytes issuanceStatement(const IssuanceRequest& request);
IssuanceRequest makeIssuanceRequest(const SigningKeyPair& credential, std::uint32_t epoch, std::int64_t time,
                                    std::vector<TokenRequest> requests);
std::string encodeIssuanceRequest(const IssuanceRequest& request);
/// Checks the form (Invalid: 1 … kMaxTokenRequestsPerCall requests of RFC 9578's size and type)
/// and the signature (Refused). The caller checks `time` against its clock (issuanceTimeOk).
[[nodiscard]] Result<IssuanceRequest> decodeIssuanceRequest(std::string_view json);
/// |time − now| ≤ kIssuanceClockWindow.
bool issuanceTimeOk(std::int64_t time, std::int64_t now);

/// The answer: {"epoch":N,"responses":[base64url(256)…],"remaining":R}, one response per
/// request in order (fewer when the quota ran out on the way: the first ones are answered).
struct IssuanceResponse {
    std::uint32_t epoch = 0;
    std::vector<TokenResponse> responses;
    std::uint32_t remaining = 0;   ///< how many more this device may still get in this epoch
};
std::string encodeIssuanceResponse(const IssuanceResponse& response);
[[nodiscard]] Result<IssuanceResponse> decodeIssuanceResponse(std::string_view json);

/// Device: one token request of §11.2 — a fresh binding key, the nonce that commits to it,
/// and the blinded request against `issuerKey` for `challenge`.
struct BoundTokenRequest {
    SigningKeyPair bindingKey;
    PendingTokenRequest pending;
};
[[nodiscard]] Result<BoundTokenRequest> makeBoundTokenRequest(const RsaPublicKey& issuerKey, ByteView challenge);

} // namespace vigil::tokens
