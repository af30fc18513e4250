// SPDX-License-Identifier: EUPL-1.2
#pragma once
// DRAFT, not yet on the wire (docs/protocol.md §11): how a Privacy Pass token (privacypass.h)
// is bound to one envelope, so that a relay or anyone on the path cannot move it to another.
//
// Why not derive the token's nonce or challenge from the report id and envelope hash: both are
// fixed when the token is issued (they are inside the blindly signed token_input), and tokens
// are issued in advance, at sync, so that filing stays offline — the envelope does not exist
// yet. Instead the nonce commits to a one-time Ed25519 binding key the device draws per token:
//     nonce = SHA-256("vigil token binding key v1" || binding_public_key)
// and at redemption that key signs the envelope it spends the token on:
//     statement = "vigil envelope token v1" || report_id (16) || binding_hash (32)
// where binding_hash is H (BLAKE2b-256) of the envelope's bytes with an empty token field
// (token_len 0), since the token cannot cover itself. Moving the token needs a signature by a
// key only the device held; the issuer never saw the nonce (it signed it blinded), so the
// binding key links nothing to the device.

#include "privacypass.h"

#include "shared/hash.h"
#include "shared/keys.h"

#include <string>

namespace vigil::tokens {

using ReportId = FixedBytes<16>;

/// The one TokenChallenge every Vigil token is issued for and redeemed against: token type 2,
/// the issuer's name from the signed directory, no redemption context (a context per
/// redemption is impossible for tokens issued in advance, see above), origin "vigil-envelope".
[[nodiscard]] Result<Bytes> envelopeTokenChallenge(const std::string& issuerName);

/// nonce = SHA-256("vigil token binding key v1" || bindingKey).
TokenNonce bindingNonce(const PublicKey& bindingKey);

/// "vigil envelope token v1" || report_id || binding_hash: what the binding key signs.
Bytes bindingStatement(const ReportId& reportId, const Hash32& bindingHash);

/// The bytes an envelope's token field will carry: the RFC 9578 token, the binding public key
/// and its signature over the statement (354 + 32 + 64 = 450 bytes, within the field's 512).
struct EnvelopeToken {
    Token token;
    PublicKey bindingKey{};
    Signature bindingSignature{};
};
inline constexpr std::size_t kEnvelopeTokenLength = kTokenLength + 32 + 64;
Bytes encodeEnvelopeToken(const EnvelopeToken& envelopeToken);
[[nodiscard]] Result<EnvelopeToken> decodeEnvelopeToken(ByteView bytes);

/// Device: spends `token` (issued for bindingNonce(bindingKey.publicKey)) on one envelope.
/// Fails if the token's nonce does not commit to this binding key.
[[nodiscard]] Result<EnvelopeToken> bindToken(const Token& token, const SigningKeyPair& bindingKey,
                                              const ReportId& reportId, const Hash32& bindingHash);

/// The token's commitments, hashes only (§11.3, steps 2–3): issued for the challenge whose
/// digest is `expectedChallengeDigest`, and its nonce commits to the binding key. Kind Refused.
[[nodiscard]] Status checkTokenCommitments(const ChallengeDigest& expectedChallengeDigest,
                                           const EnvelopeToken& envelopeToken);

/// The binding signature alone (§11.3, step 6): the binding key signed this report id and
/// binding hash — an Ed25519 verification, the dearest check after the RSA one. Kind Refused.
[[nodiscard]] Status checkBindingSignature(const EnvelopeToken& envelopeToken, const ReportId& reportId,
                                           const Hash32& bindingHash);

/// Relay and registry: the token verifies under `issuerKey`, was issued for
/// `expectedChallenge` (its encoding), its nonce commits to the binding key, and that key
/// signed this report id and binding hash. Each failure has its own message; kind Refused for
/// a well-formed token that does not hold, Invalid for malformed bytes.
[[nodiscard]] Status verifyEnvelopeToken(const RsaPublicKey& issuerKey, ByteView expectedChallenge,
                                         const EnvelopeToken& envelopeToken, const ReportId& reportId,
                                         const Hash32& bindingHash);

/// The spent-set key of a token: its nonce (unique per token, public once redeemed).
std::string spentTokenKey(const Token& token);

} // namespace vigil::tokens
