// SPDX-License-Identifier: EUPL-1.2
// RFC 9578 token type 2 beyond the vectors: a fresh issuance, the issuer's three checks, wrong
// keys, tampered and malformed structures.
#include "shared/tokens/privacypass.h"

#include "vectorfile.h"

#include <catch2/catch.hpp>

using namespace vigil;
using namespace vigil::tokens;
using vigil::tokens::testing::otherKey;
using vigil::tokens::testing::rfc9578Key;

namespace {

Bytes challengeFor(const std::string& issuer)
{
    return encodeTokenChallenge(TokenChallenge{kTokenTypeBlindRsa, issuer, {}, "origin"}).value();
}

TokenNonce nonceOf(std::uint8_t fill)
{
    TokenNonce n{};
    n.fill(fill);
    return n;
}

/// One whole issuance under rfc9578Key().
Token issueOne(const Bytes& challenge)
{
    const RsaPrivateKey& sk = rfc9578Key();
    auto pending = createTokenRequest(sk.publicKey(), challenge, nonceOf(9));
    REQUIRE(pending.ok());
    auto response = issueTokenResponse(sk, pending->request);
    REQUIRE(response.ok());
    auto token = finalizeToken(sk.publicKey(), pending->state, *response);
    REQUIRE(token.ok());
    return *token;
}

} // namespace

TEST_CASE("A freshly issued token verifies with the issuer's public key alone", "[tokens][privacypass]")
{
    const Bytes challenge = challengeFor("issuer.example");
    const Token token = issueOne(challenge);
    const Bytes bytes = encodeToken(token);
    CHECK(bytes.size() == kTokenLength);
    auto pk = decodeIssuerPublicKey(encodeIssuerPublicKey(rfc9578Key().publicKey()));
    REQUIRE(pk.ok());
    auto decoded = decodeToken(bytes);
    REQUIRE(decoded.ok());
    CHECK(verifyToken(*pk, *decoded).ok());
    CHECK(decoded->nonce == nonceOf(9));
}

TEST_CASE("The issuer refuses a request of another type, for another key or of the wrong size",
          "[tokens][privacypass]")
{
    const RsaPrivateKey& sk = rfc9578Key();
    auto pending = createTokenRequest(sk.publicKey(), challengeFor("issuer.example"), nonceOf(1));
    REQUIRE(pending.ok());

    TokenRequest otherType = pending->request;
    otherType.tokenType = 1;
    auto typeError = issueTokenResponse(sk, otherType);
    REQUIRE_FALSE(typeError.ok());
    CHECK(typeError.error().kind == ErrorKind::Invalid);
    CHECK_THAT(typeError.error().message, Catch::Contains("token type 1"));

    TokenRequest otherKeyId = pending->request;
    otherKeyId.truncatedTokenKeyId = static_cast<std::uint8_t>(otherKeyId.truncatedTokenKeyId + 1);
    auto keyError = issueTokenResponse(sk, otherKeyId);
    REQUIRE_FALSE(keyError.ok());
    CHECK_THAT(keyError.error().message, Catch::Contains("truncated_token_key_id"));

    TokenRequest shortRequest = pending->request;
    shortRequest.blindedMsg.pop_back();
    CHECK_FALSE(issueTokenResponse(sk, shortRequest).ok());
    auto decodeShort = decodeTokenRequest(encodeTokenRequest(shortRequest));
    REQUIRE_FALSE(decodeShort.ok());
    CHECK_THAT(decodeShort.error().message, Catch::Contains("token request: 258 bytes, expected 259"));
}

TEST_CASE("A token request for one key finalises to nothing when another key answers", "[tokens][privacypass]")
{
    const RsaPublicKey& pk = rfc9578Key().publicKey();
    // The other key signs only blinded messages below its modulus (about half): request again
    // until it does, so what is tested is the client's refusal of its answer.
    for (int attempt = 0; attempt < 64; ++attempt) {
        auto pending = createTokenRequest(pk, challengeFor("issuer.example"), nonceOf(2));
        REQUIRE(pending.ok());
        auto forged = blindSign(otherKey(), pending->request.blindedMsg);
        if (!forged)
            continue;
        auto token = finalizeToken(pk, pending->state, TokenResponse{*forged});
        REQUIRE_FALSE(token.ok());
        if (token.error().kind == ErrorKind::Invalid) {
            // The other modulus is larger: its answer can exceed this key's modulus, which is
            // refused as malformed before any check (about 1 run in 36). Try for the answer
            // that only the signature check can refuse.
            CHECK_THAT(token.error().message, Catch::Contains("out of range"));
            continue;
        }
        CHECK(token.error().kind == ErrorKind::Refused);
        return;
    }
    FAIL("the other key never signed a blinded message");
}

TEST_CASE("A token does not verify under another issuer key", "[tokens][privacypass]")
{
    const Token token = issueOne(challengeFor("issuer.example"));
    auto other = verifyToken(otherKey().publicKey(), token);
    REQUIRE_FALSE(other.ok());
    CHECK_THAT(other.error().message, Catch::Contains("names another issuer key"));
    // Claiming the other key's id does not help: the authenticator is still rfc9578Key's.
    Token relabelled = token;
    relabelled.tokenKeyId = tokenKeyId(otherKey().publicKey());
    CHECK_FALSE(verifyToken(otherKey().publicKey(), relabelled).ok());
}

TEST_CASE("A token does not verify once any byte changes", "[tokens][privacypass]")
{
    const Bytes bytes = encodeToken(issueOne(challengeFor("issuer.example")));
    const RsaPublicKey& pk = rfc9578Key().publicKey();
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        Bytes tampered = bytes;
        tampered[i] ^= 0x20;
        INFO("byte " << i);
        auto token = decodeToken(tampered);
        CHECK((!token.ok() || !verifyToken(pk, *token).ok()));
    }
}

TEST_CASE("Malformed token structures are refused with the field named", "[tokens][privacypass]")
{
    auto shortToken = decodeToken(Bytes(kTokenLength - 1, 0));
    REQUIRE_FALSE(shortToken.ok());
    CHECK_THAT(shortToken.error().message, Catch::Contains("token: 353 bytes, expected 354"));

    Bytes typeOne(kTokenLength, 0);
    typeOne[1] = 1;
    auto wrongType = decodeToken(typeOne);
    REQUIRE_FALSE(wrongType.ok());
    CHECK_THAT(wrongType.error().message, Catch::Contains("token type 1"));

    CHECK_FALSE(decodeTokenResponse(Bytes(255, 0)).ok());

    const Bytes challenge = challengeFor("issuer.example");
    Bytes truncated(challenge.begin(), challenge.end() - 1);
    auto cut = decodeTokenChallenge(truncated);
    REQUIRE_FALSE(cut.ok());
    CHECK(cut.error().kind == ErrorKind::Invalid);
    CHECK_THAT(cut.error().message, Catch::Contains("origin_info"));

    Bytes trailing = challenge;
    trailing.push_back(0);
    CHECK_FALSE(decodeTokenChallenge(trailing).ok());

    TokenChallenge badContext{kTokenTypeBlindRsa, "issuer", Bytes(5, 1), ""};
    CHECK_FALSE(encodeTokenChallenge(badContext).ok());
    TokenChallenge noIssuer{kTokenTypeBlindRsa, "", {}, ""};
    CHECK_FALSE(encodeTokenChallenge(noIssuer).ok());
    const Bytes emptyIssuer{0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00};
    auto empty = decodeTokenChallenge(emptyIssuer);
    REQUIRE_FALSE(empty.ok());
    CHECK_THAT(empty.error().message, Catch::Contains("issuer_name"));
}

TEST_CASE("An issuer key in any other encoding or size is refused", "[tokens][privacypass]")
{
    const Bytes canonical = encodeIssuerPublicKey(rfc9578Key().publicKey());
    REQUIRE(decodeIssuerPublicKey(canonical).ok());
    Bytes saltChanged = canonical;
    saltChanged[66] = 0x20; // saltLength 48 -> 32
    auto salt = decodeIssuerPublicKey(saltChanged);
    CHECK_FALSE(salt.ok());

    // RFC 9474's 4096-bit vector key: a fine blind RSA key, but not a token type 2 issuer key.
    const auto rfc9474 = vigil::tokens::testing::loadVectors("rfc9474-vectors.json").at(0);
    auto big = RsaPublicKey::fromComponents(vigil::tokens::testing::hexField(rfc9474, "n"),
                                            vigil::tokens::testing::hexField(rfc9474, "e"));
    REQUIRE(big.ok());
    auto size = decodeIssuerPublicKey(encodeIssuerPublicKey(*big));
    REQUIRE_FALSE(size.ok());
    CHECK_THAT(size.error().message, Catch::Contains("2048-bit"));
    CHECK_FALSE(createTokenRequest(*big, challengeFor("i"), nonceOf(3)).ok());
}
