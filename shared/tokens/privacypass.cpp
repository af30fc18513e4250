// SPDX-License-Identifier: EUPL-1.2
#include "privacypass.h"

#include "der.h"

#include "shared/hash.h"
#include "shared/sodiuminit.h"

#include <sodium.h>

#include <algorithm>

namespace vigil::tokens {

namespace {

/// AlgorithmIdentifier { id-RSASSA-PSS, RSASSA-PSS-params { [0] sha384, [1] mgf1(sha384),
/// [2] saltLength 48 } } exactly as RFC 9578 §6.5 lays it out (hash identifiers without
/// NULL parameters), the prefix of every issuer key's SPKI.
constexpr std::uint8_t kRsaPssSha384AlgorithmId[] = {
    0x30, 0x3d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0a, 0x30, 0x30, 0xa0,
    0x0d, 0x30, 0x0b, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x02, 0xa1, 0x1a,
    0x30, 0x18, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x08, 0x30, 0x0b, 0x06,
    0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x02, 0xa2, 0x03, 0x02, 0x01, 0x30,
};

FixedBytes<32> sha256(ByteView data)
{
    ensureSodium();
    FixedBytes<32> out{};
    crypto_hash_sha256(out.data(), data.data(), data.size());
    return out;
}

Status checkTokenType(std::string_view what, std::uint16_t type)
{
    if (type != kTokenTypeBlindRsa)
        return Error{std::string(what) + ": token type " + std::to_string(type) + ", expected 2 (Blind RSA 2048)",
                     ErrorKind::Invalid};
    return {};
}

Status checkKeyLength(const RsaPublicKey& pk)
{
    if (pk.modulusLength() != kNk || pk.modulusBits() != 8 * kNk)
        return Error{"issuer key: a 2048-bit modulus is required for token type 2", ErrorKind::Invalid};
    return {};
}

TokenRequestState stateFor(const RsaPublicKey& issuerKey, ByteView challenge, const TokenNonce& nonce)
{
    return TokenRequestState{nonce, sha256(challenge), tokenKeyId(issuerKey), WipedBytes()};
}

/// token_input = u16 type || nonce || challenge_digest || token_key_id (RFC 9578 §6.1).
Bytes tokenInput(const TokenRequestState& state)
{
    ByteWriter w;
    w.u16(kTokenTypeBlindRsa);
    w.bytes(state.nonce);
    w.bytes(state.challengeDigest);
    w.bytes(state.tokenKeyId);
    return w.take();
}

Result<PendingTokenRequest> requestFrom(TokenRequestState state, Result<BlindedMessage> blinded)
{
    if (!blinded)
        return withContext("token request", blinded.error());
    TokenRequest request{kTokenTypeBlindRsa, state.tokenKeyId.back(), std::move(blinded->blindedMsg)};
    state.inv = std::move(blinded->inv);
    return PendingTokenRequest{std::move(request), std::move(state)};
}

} // namespace

Result<Bytes> encodeTokenChallenge(const TokenChallenge& c)
{
    if (c.issuerName.empty() || c.issuerName.size() > 0xffff)
        return Error{"token challenge: issuer_name must be 1 to 65535 bytes", ErrorKind::Invalid};
    if (!c.redemptionContext.empty() && c.redemptionContext.size() != 32)
        return Error{"token challenge: redemption_context must be empty or 32 bytes", ErrorKind::Invalid};
    if (c.originInfo.size() > 0xffff)
        return Error{"token challenge: origin_info longer than 65535 bytes", ErrorKind::Invalid};
    ByteWriter w;
    w.u16(c.tokenType);
    w.u16(static_cast<std::uint16_t>(c.issuerName.size()));
    w.text(c.issuerName);
    w.u8(static_cast<std::uint8_t>(c.redemptionContext.size()));
    w.bytes(c.redemptionContext);
    w.u16(static_cast<std::uint16_t>(c.originInfo.size()));
    w.text(c.originInfo);
    return w.take();
}

Result<TokenChallenge> decodeTokenChallenge(ByteView bytes)
{
    ByteReader r(bytes, "token challenge");
    const auto invalid = [](const Error& e) { return withKind(ErrorKind::Invalid, e); };
    TokenChallenge c;
    auto type = r.u16("token_type");
    if (!type)
        return invalid(type.error());
    c.tokenType = *type;
    auto issuerLength = r.u16("issuer_name length");
    if (!issuerLength)
        return invalid(issuerLength.error());
    if (*issuerLength == 0)
        return invalid(r.error("issuer_name", "is empty"));
    auto issuer = r.bytes(*issuerLength, "issuer_name");
    if (!issuer)
        return invalid(issuer.error());
    c.issuerName = toString(*issuer);
    auto contextLength = r.u8("redemption_context length");
    if (!contextLength)
        return invalid(contextLength.error());
    if (*contextLength != 0 && *contextLength != 32)
        return invalid(r.error("redemption_context", "must be empty or 32 bytes"));
    auto context = r.bytes(*contextLength, "redemption_context");
    if (!context)
        return invalid(context.error());
    c.redemptionContext.assign(context->begin(), context->end());
    auto originLength = r.u16("origin_info length");
    if (!originLength)
        return invalid(originLength.error());
    auto origin = r.bytes(*originLength, "origin_info");
    if (!origin)
        return invalid(origin.error());
    c.originInfo = toString(*origin);
    if (auto end = r.expectEnd(); !end)
        return invalid(end.error());
    return c;
}

Bytes encodeIssuerPublicKey(const RsaPublicKey& pk)
{
    Bytes algorithm(std::begin(kRsaPssSha384AlgorithmId), std::end(kRsaPssSha384AlgorithmId));
    return der::sequence({std::move(algorithm), der::bitString(pk.rsaPublicKeyDer())});
}

Result<RsaPublicKey> decodeIssuerPublicKey(ByteView spki)
{
    auto pk = RsaPublicKey::fromSpki(spki);
    if (!pk)
        return withContext("issuer key", pk.error());
    if (auto ok = checkKeyLength(*pk); !ok)
        return ok.error();
    const Bytes canonical = encodeIssuerPublicKey(*pk);
    if (!std::equal(canonical.begin(), canonical.end(), spki.begin(), spki.end()))
        return Error{"issuer key: not the RSASSA-PSS SHA-384 SubjectPublicKeyInfo of RFC 9578 §6.5",
                     ErrorKind::Invalid};
    return pk;
}

TokenKeyId tokenKeyId(const RsaPublicKey& pk)
{
    return sha256(encodeIssuerPublicKey(pk));
}

Bytes encodeTokenRequest(const TokenRequest& request)
{
    ByteWriter w;
    w.u16(request.tokenType);
    w.u8(request.truncatedTokenKeyId);
    w.bytes(request.blindedMsg);
    return w.take();
}

Result<TokenRequest> decodeTokenRequest(ByteView bytes)
{
    if (bytes.size() != 3 + kNk)
        return Error{"token request: " + std::to_string(bytes.size()) + " bytes, expected "
                         + std::to_string(3 + kNk),
                     ErrorKind::Invalid};
    ByteReader r(bytes, "token request");
    TokenRequest request;
    request.tokenType = *r.u16("token_type");
    request.truncatedTokenKeyId = *r.u8("truncated_token_key_id");
    auto blinded = r.bytes(kNk, "blinded_msg");
    request.blindedMsg.assign(blinded->begin(), blinded->end());
    if (auto ok = checkTokenType("token request", request.tokenType); !ok)
        return ok.error();
    return request;
}

Bytes encodeTokenResponse(const TokenResponse& response)
{
    return response.blindSig;
}

Result<TokenResponse> decodeTokenResponse(ByteView bytes)
{
    if (bytes.size() != kNk)
        return Error{"token response: " + std::to_string(bytes.size()) + " bytes, expected " + std::to_string(kNk),
                     ErrorKind::Invalid};
    return TokenResponse{Bytes(bytes.begin(), bytes.end())};
}

Bytes tokenAuthenticatorInput(const Token& token)
{
    ByteWriter w;
    w.u16(token.tokenType);
    w.bytes(token.nonce);
    w.bytes(token.challengeDigest);
    w.bytes(token.tokenKeyId);
    return w.take();
}

Bytes encodeToken(const Token& token)
{
    Bytes out = tokenAuthenticatorInput(token);
    out.insert(out.end(), token.authenticator.begin(), token.authenticator.end());
    return out;
}

Result<Token> decodeToken(ByteView bytes)
{
    if (bytes.size() != kTokenLength)
        return Error{"token: " + std::to_string(bytes.size()) + " bytes, expected " + std::to_string(kTokenLength),
                     ErrorKind::Invalid};
    ByteReader r(bytes, "token");
    Token token;
    token.tokenType = *r.u16("token_type");
    token.nonce = *r.fixed<kNonceLength>("nonce");
    token.challengeDigest = *r.fixed<32>("challenge_digest");
    token.tokenKeyId = *r.fixed<kNid>("token_key_id");
    auto authenticator = r.bytes(kNk, "authenticator");
    token.authenticator.assign(authenticator->begin(), authenticator->end());
    if (auto ok = checkTokenType("token", token.tokenType); !ok)
        return ok.error();
    return token;
}

Result<PendingTokenRequest> createTokenRequest(const RsaPublicKey& issuerKey, ByteView challenge,
                                               const TokenNonce& nonce)
{
    if (auto ok = checkKeyLength(issuerKey); !ok)
        return ok.error();
    TokenRequestState state = stateFor(issuerKey, challenge, nonce);
    auto blinded = blind(issuerKey, kTokenVariant, tokenInput(state)); // PrepareIdentity: input as is
    return requestFrom(std::move(state), std::move(blinded));
}

Result<PendingTokenRequest> createTokenRequestWith(const RsaPublicKey& issuerKey, ByteView challenge,
                                                   const TokenNonce& nonce, ByteView salt, ByteView inv)
{
    if (auto ok = checkKeyLength(issuerKey); !ok)
        return ok.error();
    TokenRequestState state = stateFor(issuerKey, challenge, nonce);
    auto blinded = blindWith(issuerKey, kTokenVariant, tokenInput(state), salt, inv);
    return requestFrom(std::move(state), std::move(blinded));
}

Result<TokenResponse> issueTokenResponse(const RsaPrivateKey& issuerKey, const TokenRequest& request)
{
    // RFC 9578 §6.2's three conditions, each answered 422 by an HTTP issuer (Invalid here).
    if (auto ok = checkTokenType("token request", request.tokenType); !ok)
        return ok.error();
    if (request.truncatedTokenKeyId != tokenKeyId(issuerKey.publicKey()).back())
        return Error{"token request: truncated_token_key_id names no current issuer key", ErrorKind::Invalid};
    if (request.blindedMsg.size() != kNk)
        return Error{"token request: blinded_msg is not Nk bytes", ErrorKind::Invalid};
    auto sig = blindSign(issuerKey, request.blindedMsg);
    if (!sig)
        return withContext("token response", sig.error());
    return TokenResponse{std::move(*sig)};
}

Result<Token> finalizeToken(const RsaPublicKey& issuerKey, const TokenRequestState& state,
                            const TokenResponse& response)
{
    Token token{kTokenTypeBlindRsa, state.nonce, state.challengeDigest, state.tokenKeyId, {}};
    auto authenticator = finalize(issuerKey, kTokenVariant, tokenInput(state), response.blindSig, state.inv.view());
    if (!authenticator)
        return withContext("token", authenticator.error());
    token.authenticator = std::move(*authenticator);
    return token;
}

Status verifyToken(const RsaPublicKey& issuerKey, const Token& token)
{
    if (auto ok = checkTokenType("token", token.tokenType); !ok)
        return ok.error();
    if (!equalConstantTime(token.tokenKeyId, tokenKeyId(issuerKey)))
        return Error{"token: token_key_id names another issuer key", ErrorKind::Refused};
    if (auto ok = verify(issuerKey, kTokenVariant, tokenAuthenticatorInput(token), token.authenticator); !ok)
        return withContext("token", ok.error());
    return {};
}

} // namespace vigil::tokens
