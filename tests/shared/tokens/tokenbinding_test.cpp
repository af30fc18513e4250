// SPDX-License-Identifier: EUPL-1.2
// The draft envelope binding (tokenbinding.h): a token spent on one envelope holds for that
// envelope only, whoever tries to move it; the spent-set key catches the device's own reuse.
#include "shared/tokens/tokenbinding.h"

#include "vectorfile.h"

#include <catch2/catch.hpp>

using namespace vigil;
using namespace vigil::tokens;
using vigil::tokens::testing::otherKey;
using vigil::tokens::testing::rfc9578Key;

namespace {

const std::string kIssuer = "registry.vigil.example";

ReportId reportIdOf(std::uint8_t fill)
{
    ReportId id{};
    id.fill(fill);
    return id;
}

Hash32 hashOf(std::string_view text)
{
    return blake2b256(asBytes(text));
}

/// What a device holds in its stock: a token issued for its binding key's nonce.
struct StockedToken {
    Token token;
    SigningKeyPair bindingKey;
};

StockedToken issueForBinding()
{
    const RsaPrivateKey& sk = rfc9578Key();
    SigningKeyPair bindingKey = SigningKeyPair::generate();
    auto pending = createTokenRequest(sk.publicKey(), envelopeTokenChallenge(kIssuer).value(),
                                      bindingNonce(bindingKey.publicKey));
    REQUIRE(pending.ok());
    auto response = issueTokenResponse(sk, pending->request);
    REQUIRE(response.ok());
    auto token = finalizeToken(sk.publicKey(), pending->state, *response);
    REQUIRE(token.ok());
    return StockedToken{std::move(*token), std::move(bindingKey)};
}

Status verifyAt(const EnvelopeToken& t, const ReportId& id, const Hash32& hash)
{
    return verifyEnvelopeToken(rfc9578Key().publicKey(), envelopeTokenChallenge(kIssuer).value(), t, id, hash);
}

} // namespace

TEST_CASE("A token bound to an envelope verifies for that envelope from its bytes", "[tokens][binding]")
{
    StockedToken stock = issueForBinding();
    auto bound = bindToken(stock.token, stock.bindingKey, reportIdOf(1), hashOf("envelope one"));
    REQUIRE(bound.ok());
    const Bytes field = encodeEnvelopeToken(*bound);
    CHECK(field.size() == kEnvelopeTokenLength);
    CHECK(field.size() <= 512); // the envelope's token field (docs/protocol.md §2.1)
    auto decoded = decodeEnvelopeToken(field);
    REQUIRE(decoded.ok());
    CHECK(verifyAt(*decoded, reportIdOf(1), hashOf("envelope one")).ok());
}

TEST_CASE("A token moved to another envelope does not verify", "[tokens][binding]")
{
    StockedToken stock = issueForBinding();
    auto bound = bindToken(stock.token, stock.bindingKey, reportIdOf(1), hashOf("envelope one"));
    REQUIRE(bound.ok());

    auto otherReport = verifyAt(*bound, reportIdOf(2), hashOf("envelope one"));
    REQUIRE_FALSE(otherReport.ok());
    CHECK(otherReport.error().kind == ErrorKind::Refused);
    CHECK_THAT(otherReport.error().message, Catch::Contains("bound to another envelope"));
    CHECK_FALSE(verifyAt(*bound, reportIdOf(1), hashOf("envelope two")).ok());

    // A relay that lifts the token and signs the other envelope with a key of its own.
    SigningKeyPair thief = SigningKeyPair::generate();
    EnvelopeToken stolen{bound->token, thief.publicKey, thief.sign(bindingStatement(reportIdOf(2), hashOf("junk")))};
    auto moved = verifyAt(stolen, reportIdOf(2), hashOf("junk"));
    REQUIRE_FALSE(moved.ok());
    CHECK_THAT(moved.error().message, Catch::Contains("does not commit to the binding key"));
}

TEST_CASE("A token is bound only with the key its nonce commits to", "[tokens][binding]")
{
    StockedToken stock = issueForBinding();
    SigningKeyPair other = SigningKeyPair::generate();
    auto bound = bindToken(stock.token, other, reportIdOf(1), hashOf("e"));
    REQUIRE_FALSE(bound.ok());
    CHECK_THAT(bound.error().message, Catch::Contains("not issued for this binding key"));
}

TEST_CASE("An envelope token of another issuer key or challenge is refused", "[tokens][binding]")
{
    StockedToken stock = issueForBinding();
    auto bound = bindToken(stock.token, stock.bindingKey, reportIdOf(1), hashOf("e"));
    REQUIRE(bound.ok());
    const Bytes challenge = envelopeTokenChallenge(kIssuer).value();
    auto wrongKey = verifyEnvelopeToken(otherKey().publicKey(), challenge, *bound, reportIdOf(1), hashOf("e"));
    REQUIRE_FALSE(wrongKey.ok());
    CHECK_THAT(wrongKey.error().message, Catch::Contains("another issuer key"));
    auto wrongChallenge = verifyEnvelopeToken(rfc9578Key().publicKey(), envelopeTokenChallenge("elsewhere").value(),
                                              *bound, reportIdOf(1), hashOf("e"));
    REQUIRE_FALSE(wrongChallenge.ok());
    CHECK_THAT(wrongChallenge.error().message, Catch::Contains("another challenge"));
}

TEST_CASE("A duplicate envelope carries the same token, a second envelope shows the spend again",
          "[tokens][binding]")
{
    StockedToken stock = issueForBinding();
    auto first = bindToken(stock.token, stock.bindingKey, reportIdOf(1), hashOf("a"));
    auto again = bindToken(stock.token, stock.bindingKey, reportIdOf(1), hashOf("a"));
    auto second = bindToken(stock.token, stock.bindingKey, reportIdOf(2), hashOf("b"));
    REQUIRE(first.ok());
    REQUIRE(again.ok());
    REQUIRE(second.ok());
    // Ed25519 is deterministic: a resent envelope has byte-identical token bytes (idempotent).
    CHECK(encodeEnvelopeToken(*first) == encodeEnvelopeToken(*again));
    // The device's own second spend is cryptographically valid; the spent set refuses it.
    CHECK(verifyAt(*second, reportIdOf(2), hashOf("b")).ok());
    CHECK(spentTokenKey(first->token) == spentTokenKey(second->token));
    CHECK(spentTokenKey(first->token) != spentTokenKey(issueForBinding().token));
}

TEST_CASE("An envelope token is refused once any byte changes or its length is wrong", "[tokens][binding]")
{
    StockedToken stock = issueForBinding();
    auto bound = bindToken(stock.token, stock.bindingKey, reportIdOf(7), hashOf("e"));
    REQUIRE(bound.ok());
    const Bytes field = encodeEnvelopeToken(*bound);
    for (std::size_t i = 0; i < field.size(); ++i) {
        Bytes tampered = field;
        tampered[i] ^= 0x01;
        INFO("byte " << i);
        auto decoded = decodeEnvelopeToken(tampered);
        CHECK((!decoded.ok() || !verifyAt(*decoded, reportIdOf(7), hashOf("e")).ok()));
    }
    auto shortField = decodeEnvelopeToken(Bytes(field.begin(), field.end() - 1));
    REQUIRE_FALSE(shortField.ok());
    CHECK_THAT(shortField.error().message, Catch::Contains("envelope token: 449 bytes, expected 450"));
}
