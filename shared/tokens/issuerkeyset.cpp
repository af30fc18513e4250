// SPDX-License-Identifier: EUPL-1.2
#include "issuerkeyset.h"

#include "tokenbinding.h"

#include <sodium.h>

namespace vigil::tokens {

Result<IssuerKeySet> makeIssuerKeySet(std::string issuerName, std::vector<IssuerKeyEpoch> keys)
{
    if (auto ok = checkIssuerKeySet(keys); !ok)
        return ok.error();
    auto challenge = envelopeTokenChallenge(issuerName);
    if (!challenge)
        return withContext("token issuer", challenge.error());
    IssuerKeySet set{std::move(issuerName), {}, std::move(keys), 0};
    crypto_hash_sha256(set.challengeDigest.data(), challenge->data(), challenge->size());
    return set;
}

Result<IssuerKeySet> issuerKeySetFrom(IssuerKeyDocument document)
{
    auto set = makeIssuerKeySet(std::move(document.name), std::move(document.keys));
    if (!set)
        return set.error();
    set->serial = document.serial;
    return set;
}

Result<IssuerKeySet> verifiedIssuerKeySet(ByteView signedDocument, const DocumentSigners& signers, std::uint64_t minSerial)
{
    auto document = verifyIssuerKeyDocument(signedDocument, signers, minSerial);
    if (!document)
        return document.error();
    return issuerKeySetFrom(std::move(*document));
}

} // namespace vigil::tokens
