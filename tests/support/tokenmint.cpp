// SPDX-License-Identifier: EUPL-1.2
#include "tokenmint.h"

#include "testenv.h"

#include "shared/tokens/tokenverifier.h"

#include <fstream>
#include <memory>
#include <set>
#include <stdexcept>

namespace vigil::test {

namespace {

/// A fresh key whose truncated token_key_id (one byte) no earlier key of this process has: two
/// listed keys sharing it are refused as colliding (1 run in 256 before this).
tokens::RsaPrivateKey generated()
{
    static std::set<std::uint8_t> taken;
    for (;;) {
        auto key = tokens::RsaPrivateKey::generate(2048);
        if (!key)
            throw std::runtime_error("test issuer: " + key.error().message);
        if (taken.insert(tokens::tokenKeyId(key->publicKey()).back()).second)
            return std::move(*key);
    }
}

tokens::IssuerKeyEpoch epochOf(const tokens::RsaPrivateKey& key, std::uint32_t epoch, std::int64_t notBefore,
                               std::int64_t issueUntil, std::int64_t notAfter)
{
    auto made = tokens::makeIssuerKeyEpoch(epoch, notBefore, issueUntil, notAfter,
                                           tokens::encodeIssuerPublicKey(key.publicKey()));
    if (!made)
        throw std::runtime_error("test issuer: " + made.error().message);
    return std::move(*made);
}

} // namespace

const TestTokenIssuer& testTokenIssuer()
{
    static const tokens::RsaPrivateKey expired = generated();
    static const tokens::RsaPrivateKey current = generated();
    static const tokens::RsaPrivateKey unlisted = generated();
    static const TestTokenIssuer issuer = [] {
        const std::int64_t now = unixNow();
        constexpr std::int64_t hour = 3600;
        constexpr std::int64_t week = 7 * 24 * hour;
        std::vector<tokens::IssuerKeyEpoch> epochs;
        epochs.push_back(epochOf(expired, 1, now - 2 * week, now - week, now - hour));
        epochs.push_back(epochOf(current, 2, now - week, now + week, now + 2 * week));
        auto set = tokens::makeIssuerKeySet(std::string(kTestIssuerName), std::move(epochs));
        if (!set)
            throw std::runtime_error("test issuer: " + set.error().message);
        return TestTokenIssuer{&current, &expired, &unlisted, std::move(*set)};
    }();
    return issuer;
}

Bytes signedIssuerKeys(const SigningKeyPair& rootKey)
{
    const tokens::IssuerKeySet& set = testTokenIssuer().keys;
    tokens::IssuerKeyDocument doc{1, static_cast<std::uint64_t>(unixNow()), set.issuerName, set.keys};
    return tokens::signIssuerKeyDocument(doc, rootKey);
}

void writeIssuerKeyFile(const std::filesystem::path& path, const SigningKeyPair& rootKey)
{
    const Bytes doc = signedIssuerKeys(rootKey);
    std::ofstream(path, std::ios::binary).write(reinterpret_cast<const char*>(doc.data()),
                                                static_cast<std::streamsize>(doc.size()));
}

StockToken issueStockToken(const tokens::RsaPrivateKey& issuerKey, std::string_view issuerName)
{
    SigningKeyPair bindingKey = SigningKeyPair::generate();
    const Bytes challenge = tokens::envelopeTokenChallenge(std::string(issuerName)).value();
    auto pending = tokens::createTokenRequest(issuerKey.publicKey(), challenge, tokens::bindingNonce(bindingKey.publicKey));
    auto response = pending ? tokens::issueTokenResponse(issuerKey, pending->request)
                            : Result<tokens::TokenResponse>(pending.error());
    auto token = response ? tokens::finalizeToken(issuerKey.publicKey(), pending->state, *response)
                          : Result<tokens::Token>(response.error());
    if (!token)
        throw std::runtime_error("test device: " + token.error().message);
    return StockToken{std::move(*token), std::move(bindingKey)};
}

TokenBinder binderFor(StockToken stock)
{
    // std::function copies its target, and a signing key is move-only: share it.
    auto held = std::make_shared<const StockToken>(std::move(stock));
    return [held](const ReportId& reportId, const Hash32& bindingHash) -> Result<Bytes> {
        auto bound = tokens::bindToken(held->token, held->bindingKey, reportId, bindingHash);
        if (!bound)
            return bound.error();
        return tokens::encodeEnvelopeToken(*bound);
    };
}

TokenBinder freshTokenBinder(const tokens::RsaPrivateKey& issuerKey, std::string_view issuerName)
{
    return [&issuerKey, name = std::string(issuerName)](const ReportId& reportId, const Hash32& bindingHash) {
        return binderFor(issueStockToken(issuerKey, name))(reportId, bindingHash);
    };
}

TokenBinder fixedTokenField(Bytes field)
{
    return [field = std::move(field)](const ReportId&, const Hash32&) -> Result<Bytes> { return field; };
}

Bytes withBoundToken(const Bytes& envelope, const TokenBinder& bind)
{
    auto view = parseEnvelope(envelope);
    if (!view)
        throw std::runtime_error("withBoundToken: " + view.error().message);
    EnvelopeParts p{view->reportId, Bytes(view->sealedHeader.begin(), view->sealedHeader.end()), {}, {},
                    Bytes(view->body.begin(), view->body.end())};
    for (const auto& w : view->wraps)
        p.wraps.emplace_back(w.begin(), w.end());
    auto field = bind(p.reportId, tokens::tokenBindingHash(*view));
    if (!field)
        throw std::runtime_error("withBoundToken: " + field.error().message);
    p.token = std::move(*field);
    return serializeEnvelope(p);
}

} // namespace vigil::test
