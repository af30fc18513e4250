// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Privacy Pass issuance for publicly verifiable tokens, RFC 9578 §6 (token type 0x0002, Blind
// RSA 2048-bit, RSABSSA-SHA384-PSS-Deterministic) and the TokenChallenge and Token structures
// of RFC 9577 §2.1. The wire structures here are RFC 9578's byte for byte; how Vigil binds a
// token to an envelope is tokenbinding.h.

#include "blindrsa.h"
#include "rsakeys.h"

#include "shared/bytes.h"
#include "shared/secret.h"

#include <cstdint>
#include <string>

namespace vigil::tokens {

inline constexpr std::uint16_t kTokenTypeBlindRsa = 0x0002;
inline constexpr std::size_t kNk = 256; ///< RFC 9578 §8.2.2: Nk for a 2048-bit issuer key
inline constexpr std::size_t kNid = 32; ///< token_key_id length (SHA-256)
inline constexpr std::size_t kNonceLength = 32;
inline constexpr BlindRsaVariant kTokenVariant = BlindRsaVariant::Sha384PssDeterministic;

using TokenKeyId = FixedBytes<kNid>;
using TokenNonce = FixedBytes<kNonceLength>;
using ChallengeDigest = FixedBytes<32>;

/// RFC 9577 §2.1.1: what a token is redeemed for.
struct TokenChallenge {
    std::uint16_t tokenType = kTokenTypeBlindRsa;
    std::string issuerName;   ///< 1 … 65535 bytes
    Bytes redemptionContext;  ///< empty or exactly 32 bytes
    std::string originInfo;   ///< 0 … 65535 bytes
};
[[nodiscard]] Result<Bytes> encodeTokenChallenge(const TokenChallenge& challenge);
[[nodiscard]] Result<TokenChallenge> decodeTokenChallenge(ByteView bytes);

/// RFC 9578 §6.5: the issuer key as a DER SubjectPublicKeyInfo with the id-RSASSA-PSS
/// algorithm and parameters SHA-384, MGF1-SHA-384, salt length 48.
Bytes encodeIssuerPublicKey(const RsaPublicKey& pk);
/// The reverse; refuses any other encoding (so one key has one token_key_id) and any key that
/// is not 2048 bits.
[[nodiscard]] Result<RsaPublicKey> decodeIssuerPublicKey(ByteView spki);
/// token_key_id = SHA-256(encodeIssuerPublicKey(pk)).
TokenKeyId tokenKeyId(const RsaPublicKey& pk);

/// RFC 9578 §6.1.
struct TokenRequest {
    std::uint16_t tokenType = kTokenTypeBlindRsa;
    std::uint8_t truncatedTokenKeyId = 0;
    Bytes blindedMsg; ///< Nk bytes
};
Bytes encodeTokenRequest(const TokenRequest& request);
[[nodiscard]] Result<TokenRequest> decodeTokenRequest(ByteView bytes);

/// RFC 9578 §6.2.
struct TokenResponse {
    Bytes blindSig; ///< Nk bytes
};
Bytes encodeTokenResponse(const TokenResponse& response);
[[nodiscard]] Result<TokenResponse> decodeTokenResponse(ByteView bytes);

/// RFC 9577 §2.2 / RFC 9578 §6.3.
struct Token {
    std::uint16_t tokenType = kTokenTypeBlindRsa;
    TokenNonce nonce{};
    ChallengeDigest challengeDigest{};
    TokenKeyId tokenKeyId{};
    Bytes authenticator; ///< Nk bytes
};
inline constexpr std::size_t kTokenLength = 2 + kNonceLength + 32 + kNid + kNk;
Bytes encodeToken(const Token& token);
[[nodiscard]] Result<Token> decodeToken(ByteView bytes);

/// What the client keeps between request and response. `inv` is secret until finalisation.
struct TokenRequestState {
    TokenNonce nonce{};
    ChallengeDigest challengeDigest{};
    TokenKeyId tokenKeyId{};
    WipedBytes inv;
};

struct PendingTokenRequest {
    TokenRequest request;
    TokenRequestState state;
};

/// Client, RFC 9578 §6.1: a request for one token redeemable for `challenge` (its encoding).
[[nodiscard]] Result<PendingTokenRequest> createTokenRequest(const RsaPublicKey& issuerKey, ByteView challenge,
                                                             const TokenNonce& nonce);
/// The same with a given salt and inverse blind (RFC 9578's vectors only).
[[nodiscard]] Result<PendingTokenRequest> createTokenRequestWith(const RsaPublicKey& issuerKey, ByteView challenge,
                                                                 const TokenNonce& nonce, ByteView salt, ByteView inv);

/// Issuer, RFC 9578 §6.2: checks type, truncated key id and size, then BlindSign.
[[nodiscard]] Result<TokenResponse> issueTokenResponse(const RsaPrivateKey& issuerKey, const TokenRequest& request);

/// Client, RFC 9578 §6.3: unblinds and builds the Token; fails if the response does not
/// finalise into a valid signature under the issuer key.
[[nodiscard]] Result<Token> finalizeToken(const RsaPublicKey& issuerKey, const TokenRequestState& state,
                                          const TokenResponse& response);

/// The signed input: token_type || nonce || challenge_digest || token_key_id.
Bytes tokenAuthenticatorInput(const Token& token);

/// RFC 9578 §6.4: the token is of type 2, names this key, and its authenticator verifies.
/// The caller checks challenge_digest against the challenge it expects.
[[nodiscard]] Status verifyToken(const RsaPublicKey& issuerKey, const Token& token);

} // namespace vigil::tokens
