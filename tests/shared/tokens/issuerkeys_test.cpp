// SPDX-License-Identifier: EUPL-1.2
// The draft issuer key epochs (issuerkeys.h): which key issues, which tokens are still
// accepted during a rotation, and what a directory's key list may not contain.
#include "shared/tokens/issuerkeys.h"

#include "vectorfile.h"

#include <catch2/catch.hpp>

using namespace vigil;
using namespace vigil::tokens;
using vigil::tokens::testing::otherKey;
using vigil::tokens::testing::rfc9578Key;

namespace {

constexpr std::int64_t kWeek = 7 * 24 * 3600;
constexpr std::int64_t kT0 = 1'800'000'000;

/// Epoch 1 on the RFC 9578 key, epoch 2 on the other key; each issues a week and is accepted a
/// week longer, epoch 2 starting as epoch 1 stops issuing.
std::vector<IssuerKeyEpoch> twoEpochs()
{
    std::vector<IssuerKeyEpoch> keys;
    keys.push_back(makeIssuerKeyEpoch(1, kT0, kT0 + kWeek, kT0 + 2 * kWeek,
                                      encodeIssuerPublicKey(rfc9578Key().publicKey())).value());
    keys.push_back(makeIssuerKeyEpoch(2, kT0 + kWeek, kT0 + 2 * kWeek, kT0 + 3 * kWeek,
                                      encodeIssuerPublicKey(otherKey().publicKey())).value());
    return keys;
}

} // namespace

TEST_CASE("During a rotation the new epoch issues while the old one's tokens are still accepted",
          "[tokens][issuerkeys]")
{
    const auto keys = twoEpochs();
    REQUIRE(checkIssuerKeySet(keys).ok());
    const std::int64_t overlap = kT0 + kWeek + 3600;
    CHECK(keyForIssuance(keys, kT0 + 10).value()->epoch == 1);
    CHECK(keyForIssuance(keys, overlap).value()->epoch == 2);
    auto old = keyForRedemption(keys, keys[0].keyId, overlap);
    REQUIRE(old.ok());
    CHECK((*old)->epoch == 1);
    CHECK(keyForIssuance(keys, kT0 + 3 * kWeek).error().kind == ErrorKind::NotFound);
}

TEST_CASE("A token of an expired or not yet valid epoch is refused", "[tokens][issuerkeys]")
{
    const auto keys = twoEpochs();
    auto expired = keyForRedemption(keys, keys[0].keyId, kT0 + 2 * kWeek);
    REQUIRE_FALSE(expired.ok());
    CHECK(expired.error().kind == ErrorKind::Refused);
    CHECK_THAT(expired.error().message, Catch::Contains("epoch 1 has expired"));
    auto early = keyForRedemption(keys, keys[1].keyId, kT0);
    REQUIRE_FALSE(early.ok());
    CHECK_THAT(early.error().message, Catch::Contains("epoch 2 is not valid yet"));
}

TEST_CASE("A token naming a key the directory does not list is refused as unknown", "[tokens][issuerkeys]")
{
    const auto keys = twoEpochs();
    TokenKeyId unknown = keys[0].keyId;
    unknown[0] ^= 1;
    auto found = keyForRedemption(keys, unknown, kT0 + 10);
    REQUIRE_FALSE(found.ok());
    CHECK(found.error().kind == ErrorKind::NotFound);
}

TEST_CASE("A key list with a gap, a reused key or epochs out of order is refused", "[tokens][issuerkeys]")
{
    auto gap = twoEpochs();
    gap[1].notBefore = gap[0].issueUntil + 1;
    CHECK_THAT(checkIssuerKeySet(gap).error().message, Catch::Contains("gap"));

    auto reused = twoEpochs();
    reused[1].keyId = reused[0].keyId;
    CHECK_THAT(checkIssuerKeySet(reused).error().message, Catch::Contains("collides"));

    auto order = twoEpochs();
    order[1].epoch = 1;
    CHECK_THAT(checkIssuerKeySet(order).error().message, Catch::Contains("must increase"));
}

TEST_CASE("An issuer key epoch with an inverted window or a foreign key encoding is refused",
          "[tokens][issuerkeys]")
{
    const Bytes spki = encodeIssuerPublicKey(rfc9578Key().publicKey());
    CHECK_FALSE(makeIssuerKeyEpoch(0, kT0, kT0 + 1, kT0 + 2, spki).ok());
    CHECK_FALSE(makeIssuerKeyEpoch(3, kT0, kT0 + 5, kT0 + 4, spki).ok());
    CHECK_FALSE(makeIssuerKeyEpoch(3, kT0, kT0, kT0 + 4, spki).ok());
    Bytes damaged = spki;
    damaged.pop_back();
    auto bad = makeIssuerKeyEpoch(3, kT0, kT0 + 1, kT0 + 2, damaged);
    REQUIRE_FALSE(bad.ok());
    CHECK_THAT(bad.error().message, Catch::StartsWith("issuer key epoch 3: issuer key"));
}
