// SPDX-License-Identifier: EUPL-1.2
// Redeeming an envelope's token (tokenverifier.h, docs/protocol.md §11.3) as relay and registry
// do: from the envelope's bytes, the issuer key set and the time. Every refusal has its kind
// and its own message, and the checks run in §11.3's order (cheap ones first).
#include "shared/tokens/tokenverifier.h"

#include "shared/tokens/tokenbinding.h"
#include "tests/support/syntheticenvelope.h"
#include "vectorfile.h"

#include <catch2/catch.hpp>

using namespace vigil;
using namespace vigil::tokens;
using vigil::tokens::testing::otherKey;
using vigil::tokens::testing::rfc9578Key;

namespace {

constexpr std::int64_t kWeek = 7 * 24 * 3600;
constexpr std::int64_t kT0 = 1'800'000'000;
const std::string kIssuer = "registry.vigil.example";

/// Epoch 1 on the RFC 9578 key, accepted from kT0 for two weeks.
IssuerKeySet keySet(const std::string& issuer = kIssuer)
{
    std::vector<IssuerKeyEpoch> keys;
    keys.push_back(makeIssuerKeyEpoch(1, kT0, kT0 + kWeek, kT0 + 2 * kWeek,
                                      encodeIssuerPublicKey(rfc9578Key().publicKey())).value());
    return makeIssuerKeySet(issuer, std::move(keys)).value();
}

struct Stock {
    Token token;
    SigningKeyPair bindingKey;
};

/// A device's stock token, issued blindly under `key` for `issuer`'s challenge.
Stock issue(const RsaPrivateKey& key, const std::string& issuer = kIssuer)
{
    SigningKeyPair bindingKey = SigningKeyPair::generate();
    auto pending = createTokenRequest(key.publicKey(), envelopeTokenChallenge(issuer).value(),
                                      bindingNonce(bindingKey.publicKey));
    REQUIRE(pending.ok());
    auto token = finalizeToken(key.publicKey(), pending->state, issueTokenResponse(key, pending->request).value());
    REQUIRE(token.ok());
    return Stock{std::move(*token), std::move(bindingKey)};
}

EnvelopeParts partsOf(const Bytes& envelope)
{
    auto view = parseEnvelope(envelope);
    REQUIRE(view.ok());
    EnvelopeParts p{view->reportId, Bytes(view->sealedHeader.begin(), view->sealedHeader.end()),
                    Bytes(view->token.begin(), view->token.end()), {}, Bytes(view->body.begin(), view->body.end())};
    for (const auto& w : view->wraps)
        p.wraps.emplace_back(w.begin(), w.end());
    return p;
}

/// Envelope `n` with `stock` bound to it as a device binds it.
Bytes withToken(std::uint64_t n, const Stock& stock)
{
    EnvelopeParts p = partsOf(relay::test::syntheticEnvelope(n));
    const Hash32 bindingHash = tokenBindingHash(parseEnvelope(serializeEnvelope(p)).value());
    p.token = encodeEnvelopeToken(bindToken(stock.token, stock.bindingKey, p.reportId, bindingHash).value());
    return serializeEnvelope(p);
}

Result<AcceptedToken> verifyAt(const Bytes& envelope, std::int64_t now, const IssuerKeySet& keys = keySet())
{
    return verifyEnvelopeTokenField(parseEnvelope(envelope).value(), keys, now);
}

void checkRefused(const Result<AcceptedToken>& r, ErrorKind kind, const std::string& text)
{
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == kind);
    CHECK_THAT(r.error().message, Catch::Contains(text));
}

} // namespace

TEST_CASE("A token bound to its envelope is accepted with its epoch and nonce", "[tokens][verifier]")
{
    const Stock stock = issue(rfc9578Key());
    auto accepted = verifyAt(withToken(1, stock), kT0 + 60);
    REQUIRE(accepted.ok());
    CHECK(accepted->epoch == 1);
    CHECK(accepted->nonce == stock.token.nonce);
    CHECK(accepted->notAfter == kT0 + 2 * kWeek);
}

TEST_CASE("An envelope without a token or with a malformed token field is refused", "[tokens][verifier]")
{
    checkRefused(verifyAt(relay::test::syntheticEnvelope(2), kT0), ErrorKind::Refused, "carries no filing token");
    EnvelopeParts p = partsOf(relay::test::syntheticEnvelope(3));
    p.token = Bytes(100, 7);
    checkRefused(verifyAt(serializeEnvelope(p), kT0), ErrorKind::Invalid, "100 bytes, expected 450");
}

TEST_CASE("A token moved onto another envelope is refused by its binding", "[tokens][verifier]")
{
    const Stock stock = issue(rfc9578Key());
    EnvelopeParts moved = partsOf(relay::test::syntheticEnvelope(5));
    moved.token = partsOf(withToken(4, stock)).token;
    checkRefused(verifyAt(serializeEnvelope(moved), kT0), ErrorKind::Refused, "bound to another envelope");
    // The same report id with another body: still another envelope.
    EnvelopeParts reBodied = partsOf(withToken(4, stock));
    reBodied.body.back() ^= 1;
    checkRefused(verifyAt(serializeEnvelope(reBodied), kT0), ErrorKind::Refused, "bound to another envelope");
}

TEST_CASE("A forged authenticator, another issuer's challenge and an unlisted key are refused",
          "[tokens][verifier]")
{
    Stock forged = issue(rfc9578Key());
    forged.token.authenticator[10] ^= 1;
    checkRefused(verifyAt(withToken(6, forged), kT0), ErrorKind::Refused, "does not verify");
    checkRefused(verifyAt(withToken(7, issue(rfc9578Key(), "another.issuer")), kT0), ErrorKind::Refused,
                 "issued for another challenge");
    checkRefused(verifyAt(withToken(8, issue(otherKey())), kT0), ErrorKind::NotFound, "names no issuer key");
}

TEST_CASE("A token is accepted only inside its epoch's window", "[tokens][verifier]")
{
    const Bytes envelope = withToken(9, issue(rfc9578Key()));
    checkRefused(verifyAt(envelope, kT0 - 1), ErrorKind::Refused, "not valid yet");
    CHECK(verifyAt(envelope, kT0 + 2 * kWeek - 1).ok());
    checkRefused(verifyAt(envelope, kT0 + 2 * kWeek), ErrorKind::Refused, "has expired");
}

TEST_CASE("The issuer's signature is checked before the binding signature, the key lookup before both",
          "[tokens][verifier]")
{
    // Anyone can make a binding that verifies, only the issuer an authenticator: a token that
    // fails both is refused at the RSA check (the cheaper one of the two), and a token of an
    // unlisted key at the lookup, before any signature is verified (docs/protocol.md §11.3).
    Stock forged = issue(rfc9578Key());
    forged.token.authenticator[10] ^= 1;
    EnvelopeParts movedForged = partsOf(relay::test::syntheticEnvelope(11));
    movedForged.token = partsOf(withToken(10, forged)).token;
    checkRefused(verifyAt(serializeEnvelope(movedForged), kT0), ErrorKind::Refused, "does not verify");
    EnvelopeParts movedUnlisted = partsOf(relay::test::syntheticEnvelope(13));
    movedUnlisted.token = partsOf(withToken(12, issue(otherKey()))).token;
    checkRefused(verifyAt(serializeEnvelope(movedUnlisted), kT0), ErrorKind::NotFound, "names no issuer key");
}

TEST_CASE("The token policy lets tokenless envelopes pass until tokens are required", "[tokens][verifier]")
{
    const auto keys = std::make_shared<const IssuerKeySet>(keySet());
    const auto bare = parseEnvelope(relay::test::syntheticEnvelope(12)).value();
    const TokenPolicy never{TokenRequirement::Never, 0, keys};
    const TokenPolicy always{TokenRequirement::Always, 0, keys};
    auto passed = admitEnvelopeToken(never, bare, kT0);
    REQUIRE(passed.ok());
    CHECK_FALSE(passed->token.has_value());
    CHECK(passed->tokenless);   // counted: this node could have checked one
    CHECK(admitEnvelopeToken(always, bare, kT0).error().kind == ErrorKind::Refused);
    const Bytes tokened = withToken(13, issue(rfc9578Key()));
    const auto view = parseEnvelope(tokened).value();
    auto spent = admitEnvelopeToken(never, view, kT0);
    REQUIRE(spent.ok());
    CHECK(spent->token.has_value());
    CHECK_FALSE(spent->tokenless);
    // A node without keys passes a token on unchecked (the registry checks it), and counts nothing.
    auto unchecked = admitEnvelopeToken(TokenPolicy{TokenRequirement::Never, 0, nullptr}, view, kT0);
    REQUIRE(unchecked.ok());
    CHECK_FALSE(unchecked->token.has_value());
    CHECK_FALSE(unchecked->tokenless);
    // Required but no key set to check with: refused as unavailable, not as the device's fault.
    CHECK(admitEnvelopeToken(TokenPolicy{TokenRequirement::Always, 0, nullptr}, bare, kT0).error().kind
          == ErrorKind::Unavailable);
}

TEST_CASE("The key set a verifier uses is read from the root-signed issuer-key document", "[tokens][verifier]")
{
    const SigningKeyPair root = SigningKeyPair::generate();
    IssuerKeyDocument doc;
    doc.serial = 4;
    doc.issued = static_cast<std::uint64_t>(kT0);
    doc.name = kIssuer;
    doc.keys = keySet().keys;
    const Bytes signedDoc = signIssuerKeyDocument(doc, root);
    auto set = verifiedIssuerKeySet(signedDoc, root.publicKey, 4);
    REQUIRE(set.ok());
    CHECK(set->serial == 4);
    CHECK(set->issuerName == kIssuer);
    CHECK(set->challengeDigest == keySet().challengeDigest);
    REQUIRE(set->keys.size() == 1);
    CHECK(set->keys[0].keyId == keySet().keys[0].keyId);
    CHECK(set->keys[0].notAfter == kT0 + 2 * kWeek);
    // What it verifies: a token issued for that name under that key.
    CHECK(verifyAt(withToken(14, issue(rfc9578Key())), kT0, *set).ok());
    // Another root, a rollback, a flipped byte: no key set at all.
    CHECK_FALSE(verifiedIssuerKeySet(signedDoc, SigningKeyPair::generate().publicKey).ok());
    CHECK_THAT(verifiedIssuerKeySet(signedDoc, root.publicKey, 5).error().message, Catch::Contains("older"));
    Bytes flipped = signedDoc;
    flipped[flipped.size() / 2] ^= 1;
    CHECK_FALSE(verifiedIssuerKeySet(flipped, root.publicKey).ok());
}

namespace {

TokenPolicy policyOf(TokenRequirement require, std::shared_ptr<const IssuerKeySet> keys)
{
    return TokenPolicy{require, 3 * 86400, std::move(keys)};
}

} // namespace

TEST_CASE("By default tokens are required from the first epoch's start plus the grace, once keys are known",
          "[tokens][policy]")
{
    const auto keys = std::make_shared<const IssuerKeySet>(keySet());
    const std::int64_t graceEnds = kT0 + 3 * 86400;
    // Before any key set is known (no publication yet): never, so no device is stranded.
    CHECK_FALSE(tokensRequiredFrom(policyOf(TokenRequirement::Auto, nullptr)).has_value());
    CHECK_FALSE(tokensRequired(policyOf(TokenRequirement::Auto, nullptr), graceEnds + 86400));
    REQUIRE(tokensRequiredFrom(policyOf(TokenRequirement::Auto, keys)) == graceEnds);
    CHECK_FALSE(tokensRequired(policyOf(TokenRequirement::Auto, keys), graceEnds - 1));
    CHECK(tokensRequired(policyOf(TokenRequirement::Auto, keys), graceEnds));
    // Forced either way, whatever the keys.
    CHECK(tokensRequired(policyOf(TokenRequirement::Always, nullptr), 0));
    CHECK_FALSE(tokensRequired(policyOf(TokenRequirement::Never, keys), graceEnds + kWeek));
    // A tokenless envelope in the grace passes and is counted; after it, it is refused.
    const auto bare = parseEnvelope(relay::test::syntheticEnvelope(15)).value();
    CHECK(admitEnvelopeToken(policyOf(TokenRequirement::Auto, keys), bare, graceEnds - 1).value().tokenless);
    CHECK_THAT(admitEnvelopeToken(policyOf(TokenRequirement::Auto, keys), bare, graceEnds).error().message,
               Catch::Contains("carries no filing token"));
}

TEST_CASE("The token requirement is read as auto, true or false and nothing else", "[tokens][policy]")
{
    CHECK(parseTokenRequirement("auto").value() == TokenRequirement::Auto);
    CHECK(parseTokenRequirement("true").value() == TokenRequirement::Always);
    CHECK(parseTokenRequirement("false").value() == TokenRequirement::Never);
    CHECK_FALSE(parseTokenRequirement("yes").ok());
    for (auto r : {TokenRequirement::Auto, TokenRequirement::Always, TokenRequirement::Never})
        CHECK(parseTokenRequirement(tokenRequirementName(r)).value() == r);
}

TEST_CASE("A shared token policy hands every reader the newest key set", "[tokens][policy]")
{
    SharedTokenPolicy shared(policyOf(TokenRequirement::Auto, nullptr));
    const TokenPolicy before = shared.snapshot();
    shared.setKeys(std::make_shared<const IssuerKeySet>(keySet()));
    CHECK(before.keys == nullptr);   // a snapshot taken earlier keeps what it saw
    REQUIRE(shared.snapshot().keys != nullptr);
    CHECK(shared.snapshot().keys->keys.size() == 1);
    CHECK(shared.snapshot().require == TokenRequirement::Auto);
}
