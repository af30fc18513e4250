// SPDX-License-Identifier: EUPL-1.2
// Every test vector of RFC 9578 Appendix A.2 (token type 0x0002, tests/data/tokens/
// rfc9578-vectors.json): issuer key encoding and token_key_id, TokenChallenge, TokenRequest,
// TokenResponse and Token byte for byte, and the token's verification.
#include "shared/tokens/privacypass.h"

#include "vectorfile.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace vigil;
using namespace vigil::tokens;
using vigil::tokens::testing::hexField;

TEST_CASE("Every RFC 9578 token type 2 vector is reproduced byte for byte", "[tokens][vectors]")
{
    const auto vectors = vigil::tokens::testing::loadVectors("rfc9578-vectors.json");
    REQUIRE(vectors.size() == 5);
    int index = 0;
    for (const auto& v : vectors) {
        INFO("vector " << ++index);
        auto sk = RsaPrivateKey::fromPkcs8Pem(toString(hexField(v, "skS")));
        REQUIRE(sk.ok());
        const RsaPublicKey& pk = sk->publicKey();

        // The issuer key's SPKI (RFC 9578 §6.5) and its key id.
        const Bytes pkS = hexField(v, "pkS");
        CHECK(encodeIssuerPublicKey(pk) == pkS);
        auto decoded = decodeIssuerPublicKey(pkS);
        REQUIRE(decoded.ok());
        CHECK(decoded->modulus() == pk.modulus());

        const Bytes challenge = hexField(v, "token_challenge");
        auto parsed = decodeTokenChallenge(challenge);
        REQUIRE(parsed.ok());
        CHECK(parsed->tokenType == kTokenTypeBlindRsa);
        CHECK(parsed->issuerName == "issuer.example");
        CHECK(encodeTokenChallenge(*parsed).value() == challenge);

        auto nonce = fixedFromHex<kNonceLength>(std::string(v.as_object().at("nonce").as_string()));
        REQUIRE(nonce.ok());
        // The appendix gives the blind r itself; Blind is driven by its inverse.
        auto inv = inverseOfBlind(pk, hexField(v, "blind"));
        REQUIRE(inv.ok());
        auto pending = createTokenRequestWith(pk, challenge, *nonce, hexField(v, "salt"), inv->view());
        REQUIRE(pending.ok());
        const Bytes requestBytes = encodeTokenRequest(pending->request);
        CHECK(requestBytes == hexField(v, "token_request"));
        CHECK(pending->request.truncatedTokenKeyId == tokenKeyId(pk).back());

        auto request = decodeTokenRequest(requestBytes);
        REQUIRE(request.ok());
        auto response = issueTokenResponse(*sk, *request);
        REQUIRE(response.ok());
        CHECK(encodeTokenResponse(*response) == hexField(v, "token_response"));

        auto token = finalizeToken(pk, pending->state, *decodeTokenResponse(hexField(v, "token_response")));
        REQUIRE(token.ok());
        const Bytes expectedToken = hexField(v, "token");
        CHECK(encodeToken(*token) == expectedToken);
        CHECK(std::equal(token->tokenKeyId.begin(), token->tokenKeyId.end(), expectedToken.begin() + 66));

        // A verifier holding only pkS and the token bytes.
        auto published = decodeToken(expectedToken);
        REQUIRE(published.ok());
        CHECK(verifyToken(*decoded, *published).ok());
    }
}
