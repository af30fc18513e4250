// SPDX-License-Identifier: EUPL-1.2
#include "tokenverifier.h"

#include "tokenbinding.h"

namespace vigil::tokens {

Hash32 tokenBindingHash(const EnvelopeView& envelope)
{
    EnvelopeView bare = envelope;
    bare.token = {};
    return contentHash(bare);
}

Result<AcceptedToken> verifyEnvelopeTokenField(const EnvelopeView& envelope, const IssuerKeySet& keys,
                                               std::int64_t now)
{
    if (envelope.token.empty())
        return Error{"token: the envelope carries no filing token, and this node requires one", ErrorKind::Refused};
    auto field = decodeEnvelopeToken(envelope.token);
    if (!field)
        return field.error();
    if (auto committed = checkTokenCommitments(keys.challengeDigest, *field); !committed)
        return committed.error();
    auto epoch = keyForRedemption(keys.keys, field->token.tokenKeyId, now);
    if (!epoch)
        return epoch.error();
    // keyForRedemption matched the key id already, so verifyToken's recomputation of it (a
    // SHA-256 over the issuer's SPKI) is skipped: only the RSASSA-PSS verification remains.
    if (auto ok = verify((*epoch)->key, kTokenVariant, tokenAuthenticatorInput(field->token),
                         field->token.authenticator);
        !ok)
        return Error{"token: " + ok.error().message, ErrorKind::Refused};
    // The binding last: anyone can make a token whose binding signature verifies (a key of
    // their own), but only the issuer an authenticator that does. So a flood of made-up tokens
    // costs the RSA check alone (~20 us), not the RSA and the Ed25519 one (~65 us together).
    if (auto bound = checkBindingSignature(*field, envelope.reportId, tokenBindingHash(envelope)); !bound)
        return bound.error();
    return AcceptedToken{(*epoch)->epoch, field->token.nonce, (*epoch)->notAfter};
}

Result<Admission> admitEnvelopeToken(const TokenPolicy& policy, const EnvelopeView& envelope, std::int64_t now)
{
    const bool required = tokensRequired(policy, now);
    if (!policy.keys) {
        if (required)
            return Error{"token: this node requires tokens but has no issuer keys to check them",
                         ErrorKind::Unavailable};
        return Admission{};
    }
    if (envelope.token.empty() && !required)
        return Admission{std::nullopt, true};
    auto accepted = verifyEnvelopeTokenField(envelope, *policy.keys, now);
    if (!accepted)
        return accepted.error();
    return Admission{*accepted, false};
}

} // namespace vigil::tokens
