// SPDX-License-Identifier: EUPL-1.2
// Token issuance on the wire (issuance.h) and the signed issuer-key document (issuerdoc.h):
// what a device sends, what the registry answers, and what a relay or device accepts.
#include "shared/tokens/issuance.h"
#include "shared/tokens/issuerdoc.h"
#include "shared/tokens/tokenbinding.h"

#include "shared/signeddoc.h"

#include "vectorfile.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace vigil;
using namespace vigil::tokens;
using vigil::tokens::testing::otherKey;
using vigil::tokens::testing::rfc9578Key;

namespace {

constexpr std::int64_t kWeek = 7 * 24 * 3600;
constexpr std::int64_t kT0 = 1'800'000'000;

IssuerKeyDocument twoEpochDocument()
{
    IssuerKeyDocument d;
    d.serial = 3;
    d.issued = kT0;
    d.name = "vigil:0123456789abcdef";
    d.keys.push_back(makeIssuerKeyEpoch(1, kT0, kT0 + kWeek, kT0 + 2 * kWeek,
                                        encodeIssuerPublicKey(rfc9578Key().publicKey())).value());
    d.keys.push_back(makeIssuerKeyEpoch(2, kT0 + kWeek, kT0 + 2 * kWeek, kT0 + 3 * kWeek,
                                        encodeIssuerPublicKey(otherKey().publicKey())).value());
    return d;
}

} // namespace

TEST_CASE("The issuer-key document round-trips signed with the root key and refuses rollback and forgery",
          "[tokens][issuerdoc]")
{
    const SigningKeyPair root = SigningKeyPair::generate();
    const IssuerKeyDocument d = twoEpochDocument();
    const Bytes blob = signIssuerKeyDocument(d, root);
    CHECK(std::equal(kIssuerKeysMagic.begin(), kIssuerKeysMagic.end(), blob.begin()));
    auto back = verifyIssuerKeyDocument(blob, root.publicKey, 3);
    REQUIRE(back.ok());
    CHECK(back->serial == 3);
    CHECK(back->name == d.name);
    REQUIRE(back->keys.size() == 2);
    CHECK(back->keys[1].keyId == d.keys[1].keyId);
    CHECK(back->keys[0].issueUntil == kT0 + kWeek);

    auto older = verifyIssuerKeyDocument(blob, root.publicKey, 4);
    REQUIRE_FALSE(older.ok());
    CHECK_THAT(older.error().message, Catch::Contains("serial 3 is older than the 4 already held"));
    CHECK_FALSE(verifyIssuerKeyDocument(blob, SigningKeyPair::generate().publicKey).ok());
    // A support document's signature never passes as issuer keys (another magic).
    const Bytes other = signDocument(kSupportMagic, encodeIssuerKeyDocument(d), root);
    CHECK_FALSE(verifyIssuerKeyDocument(other, root.publicKey).ok());
}

TEST_CASE("An issuer-key document with a gap between epochs, no keys or an unknown field is refused",
          "[tokens][issuerdoc]")
{
    IssuerKeyDocument d = twoEpochDocument();
    d.keys[1].notBefore = kT0 + kWeek + 1;   // starts after epoch 1 stops issuing
    auto gap = decodeIssuerKeyDocument(encodeIssuerKeyDocument(d));
    REQUIRE_FALSE(gap.ok());
    CHECK_THAT(gap.error().message, Catch::Contains("a gap"));
    d.keys.clear();
    CHECK_THAT(decodeIssuerKeyDocument(encodeIssuerKeyDocument(d)).error().message,
               Catch::Contains("at least one key"));
    std::string text = encodeIssuerKeyDocument(twoEpochDocument());
    text.insert(text.size() - 1, R"(,"extra":1)");
    CHECK_THAT(decodeIssuerKeyDocument(text).error().message, Catch::Contains("extra"));
}

TEST_CASE("A device registration is signed by its credential over the enrolment code", "[tokens][issuance]")
{
    const SigningKeyPair credential = SigningKeyPair::generate();
    const DeviceRegistration r = makeDeviceRegistration(credential, "q7Zk0a-_x3mN4bV5cX6zLw");
    auto back = decodeDeviceRegistration(encodeDeviceRegistration(r));
    REQUIRE(back.ok());
    CHECK(back->credential == credential.publicKey);
    CHECK(back->enrolCode == "q7Zk0a-_x3mN4bV5cX6zLw");
    // Another code under the same signature: the statement no longer matches.
    DeviceRegistration moved = r;
    moved.enrolCode = "AAAAAAAAAAAAAAAAAAAAAA";
    auto refused = decodeDeviceRegistration(encodeDeviceRegistration(moved));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Refused);
}

TEST_CASE("A token request batch round-trips, is refused when altered, and finalises into bound tokens",
          "[tokens][issuance]")
{
    const SigningKeyPair credential = SigningKeyPair::generate();
    const RsaPrivateKey& issuer = rfc9578Key();
    const Bytes challenge = envelopeTokenChallenge("vigil:0123456789abcdef").value();
    std::vector<BoundTokenRequest> pending;
    std::vector<TokenRequest> requests;
    for (int i = 0; i < 3; ++i) {
        pending.push_back(makeBoundTokenRequest(issuer.publicKey(), challenge).value());
        requests.push_back(pending.back().pending.request);
    }
    const IssuanceRequest q = makeIssuanceRequest(credential, 7, kT0, requests);
    auto decoded = decodeIssuanceRequest(encodeIssuanceRequest(q));
    REQUIRE(decoded.ok());
    CHECK(decoded->epoch == 7);
    CHECK(decoded->requests.size() == 3);

    IssuanceRequest altered = q;
    altered.epoch = 8;   // a relay cannot move a request to another epoch (or alter anything)
    CHECK(decodeIssuanceRequest(encodeIssuanceRequest(altered)).error().kind == ErrorKind::Refused);
    CHECK(issuanceTimeOk(kT0 + 300, kT0));
    CHECK_FALSE(issuanceTimeOk(kT0 + 301, kT0));

    IssuanceResponse answer{7, {}, 47};
    for (const auto& r : decoded->requests)
        answer.responses.push_back(issueTokenResponse(issuer, r).value());
    auto got = decodeIssuanceResponse(encodeIssuanceResponse(answer));
    REQUIRE(got.ok());
    CHECK(got->remaining == 47);
    REQUIRE(got->responses.size() == 3);
    const tokens::ReportId reportId{};
    const Hash32 hash{};
    for (std::size_t i = 0; i < 3; ++i) {
        auto token = finalizeToken(issuer.publicKey(), pending[i].pending.state, got->responses[i]);
        REQUIRE(token.ok());
        auto bound = bindToken(*token, pending[i].bindingKey, reportId, hash);
        REQUIRE(bound.ok());
        CHECK(verifyEnvelopeToken(issuer.publicKey(), challenge, *bound, reportId, hash).ok());
    }
    // A response for another request does not finalise.
    CHECK_FALSE(finalizeToken(issuer.publicKey(), pending[0].pending.state, got->responses[1]).ok());
}
