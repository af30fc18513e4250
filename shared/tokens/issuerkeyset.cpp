// SPDX-License-Identifier: EUPL-1.2
#include "issuerkeyset.h"

#include "tokenbinding.h"

#include "shared/jsonreader.h"

#include <boost/json/serialize.hpp>

#include <sodium.h>

namespace vigil::tokens {

namespace {

constexpr std::size_t kMaxEpochs = 64;
constexpr std::int64_t kMaxTime = std::int64_t{1} << 40;

} // namespace

Result<IssuerKeySet> makeIssuerKeySet(std::string issuerName, std::vector<IssuerKeyEpoch> keys)
{
    if (auto ok = checkIssuerKeySet(keys); !ok)
        return ok.error();
    auto challenge = envelopeTokenChallenge(issuerName);
    if (!challenge)
        return withContext("token issuer", challenge.error());
    IssuerKeySet set{std::move(issuerName), {}, std::move(keys)};
    crypto_hash_sha256(set.challengeDigest.data(), challenge->data(), challenge->size());
    return set;
}

std::string encodeIssuerKeySet(const IssuerKeySet& set)
{
    boost::json::array keys;
    for (const IssuerKeyEpoch& k : set.keys)
        keys.push_back(boost::json::object{{"epoch", k.epoch},
                                           {"not_before", k.notBefore},
                                           {"issue_until", k.issueUntil},
                                           {"not_after", k.notAfter},
                                           {"public_key", toBase64Url(encodeIssuerPublicKey(k.key))}});
    return boost::json::serialize(boost::json::object{{"name", set.issuerName}, {"keys", std::move(keys)}});
}

Result<IssuerKeySet> decodeIssuerKeySet(std::string_view json)
{
    auto object = parseJsonObject(json, "token issuer", 256 * 1024);
    if (!object)
        return object.error();
    JsonReader r(*object, "token_issuer");
    std::string name = r.text("name", 255);
    std::vector<IssuerKeyEpoch> keys;
    for (JsonReader& k : r.objects("keys", kMaxEpochs, Need::Required)) {
        const auto epoch = static_cast<std::uint32_t>(k.integer("epoch", 1, 0xffffffff));
        const std::int64_t notBefore = k.integer("not_before", 0, kMaxTime);
        const std::int64_t issueUntil = k.integer("issue_until", 0, kMaxTime);
        const std::int64_t notAfter = k.integer("not_after", 0, kMaxTime);
        const std::string spki = k.text("public_key", 1024);
        k.close();
        if (r.failed())
            break;
        auto der = fromBase64Url(spki);
        if (!der)
            return withContext("token_issuer.keys: public_key", der.error());
        auto key = makeIssuerKeyEpoch(epoch, notBefore, issueUntil, notAfter, *der);
        if (!key)
            return withContext("token_issuer", key.error());
        keys.push_back(std::move(*key));
    }
    if (auto s = r.finish(); !s)
        return s.error();
    return makeIssuerKeySet(std::move(name), std::move(keys));
}

} // namespace vigil::tokens
