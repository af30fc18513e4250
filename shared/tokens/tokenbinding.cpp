// SPDX-License-Identifier: EUPL-1.2
#include "tokenbinding.h"

#include "shared/sodiuminit.h"

#include <sodium.h>

namespace vigil::tokens {

namespace {

constexpr std::string_view kBindingKeyContext = "vigil token binding key v1";
constexpr std::string_view kStatementContext = "vigil envelope token v1";
constexpr std::string_view kOriginInfo = "vigil-envelope";

} // namespace

Result<Bytes> envelopeTokenChallenge(const std::string& issuerName)
{
    return encodeTokenChallenge(TokenChallenge{kTokenTypeBlindRsa, issuerName, {}, std::string(kOriginInfo)});
}

TokenNonce bindingNonce(const PublicKey& bindingKey)
{
    ensureSodium();
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(kBindingKeyContext.data()),
                              kBindingKeyContext.size());
    crypto_hash_sha256_update(&state, bindingKey.data(), bindingKey.size());
    TokenNonce nonce{};
    crypto_hash_sha256_final(&state, nonce.data());
    return nonce;
}

Bytes bindingStatement(const ReportId& reportId, const Hash32& bindingHash)
{
    ByteWriter w;
    w.text(kStatementContext);
    w.bytes(reportId);
    w.bytes(bindingHash);
    return w.take();
}

Bytes encodeEnvelopeToken(const EnvelopeToken& t)
{
    Bytes out = encodeToken(t.token);
    out.insert(out.end(), t.bindingKey.begin(), t.bindingKey.end());
    out.insert(out.end(), t.bindingSignature.begin(), t.bindingSignature.end());
    return out;
}

Result<EnvelopeToken> decodeEnvelopeToken(ByteView bytes)
{
    if (bytes.size() != kEnvelopeTokenLength)
        return Error{"envelope token: " + std::to_string(bytes.size()) + " bytes, expected "
                         + std::to_string(kEnvelopeTokenLength),
                     ErrorKind::Invalid};
    auto token = decodeToken(bytes.first(kTokenLength));
    if (!token)
        return withContext("envelope token", token.error());
    EnvelopeToken out{std::move(*token), {}, {}};
    const ByteView rest = bytes.subspan(kTokenLength);
    std::copy(rest.begin(), rest.begin() + 32, out.bindingKey.begin());
    std::copy(rest.begin() + 32, rest.end(), out.bindingSignature.begin());
    return out;
}

Result<EnvelopeToken> bindToken(const Token& token, const SigningKeyPair& bindingKey, const ReportId& reportId,
                                const Hash32& bindingHash)
{
    if (token.nonce != bindingNonce(bindingKey.publicKey))
        return Error{"envelope token: the token was not issued for this binding key", ErrorKind::Invalid};
    return EnvelopeToken{token, bindingKey.publicKey, bindingKey.sign(bindingStatement(reportId, bindingHash))};
}

Status checkTokenCommitments(const ChallengeDigest& expectedChallengeDigest, const EnvelopeToken& t)
{
    if (!equalConstantTime(t.token.challengeDigest, expectedChallengeDigest))
        return Error{"envelope token: issued for another challenge", ErrorKind::Refused};
    if (t.token.nonce != bindingNonce(t.bindingKey))
        return Error{"envelope token: the nonce does not commit to the binding key", ErrorKind::Refused};
    return {};
}

Status checkBindingSignature(const EnvelopeToken& t, const ReportId& reportId, const Hash32& bindingHash)
{
    if (!verifySignature(t.bindingKey, bindingStatement(reportId, bindingHash), t.bindingSignature))
        return Error{"envelope token: bound to another envelope (binding signature does not verify)",
                     ErrorKind::Refused};
    return {};
}

Status verifyEnvelopeToken(const RsaPublicKey& issuerKey, ByteView expectedChallenge, const EnvelopeToken& t,
                           const ReportId& reportId, const Hash32& bindingHash)
{
    ensureSodium();
    ChallengeDigest challengeDigest{};
    crypto_hash_sha256(challengeDigest.data(), expectedChallenge.data(), expectedChallenge.size());
    if (auto committed = checkTokenCommitments(challengeDigest, t); !committed)
        return committed;
    if (auto ok = verifyToken(issuerKey, t.token); !ok)
        return withContext("envelope token", ok.error());
    return checkBindingSignature(t, reportId, bindingHash);
}

std::string spentTokenKey(const Token& token)
{
    return toHex(token.nonce);
}

} // namespace vigil::tokens
