// SPDX-License-Identifier: EUPL-1.2
// The root key set and multi-signed documents (docs/protocol.md §3, §3.5, §3.6): threshold,
// forged, repeated and unknown signatures, the key set a document was prepared for, old
// single-signed documents against a one-key set, and rotation.
#include "shared/rootkeyset.h"

#include "shared/bulletin.h"
#include "shared/directory.h"
#include "shared/keysetrotation.h"
#include "shared/provisioning.h"
#include "shared/signeddoc.h"
#include "tests/support/testdata.h"

#include <catch2/catch.hpp>

using namespace vigil;

namespace {

SigningKeyPair holder(int n)
{
    return SigningKeyPair::fromSeed(test::seed("holder " + std::to_string(n)));
}

/// Holders 1…n, threshold t, serial 1.
RootKeySet keySet(int n, int t, std::uint32_t serial = 1)
{
    RootKeySet set;
    set.serial = serial;
    set.threshold = static_cast<std::uint8_t>(t);
    for (int i = 1; i <= n; ++i)
        set.holders.push_back(holder(i).publicKey);
    return set;
}

constexpr std::uint64_t kNow = 1'750'000'001;

Bytes preparedDirectory(const RootKeySet& set)
{
    return prepareDocument(kDirectoryMagic, encodeDirectory(test::sampleDirectory()), set);
}

Bytes signedBy(Bytes document, std::initializer_list<int> holders)
{
    for (int n : holders) {
        auto next = addHolderSignature(document, holder(n));
        REQUIRE(next.ok());
        document = std::move(*next);
    }
    return document;
}

std::string rejection(ByteView document, const RootKeySet& pinned)
{
    auto r = verifyDirectory(document, pinned, kNow);
    REQUIRE_FALSE(r.ok());
    return r.error().message;
}

} // namespace

TEST_CASE("a directory signed by two of three holders verifies against the 2-of-3 set", "[keyset]")
{
    const RootKeySet set = keySet(3, 2);
    const Bytes doc = signedBy(preparedDirectory(set), {3, 1});
    auto d = verifyDirectory(doc, set, kNow);
    REQUIRE(d.ok());
    CHECK(d->version == test::sampleDirectory().version);
    auto parts = readMultiSigned(doc, "directory");
    REQUIRE(parts.ok());
    REQUIRE(parts->signatures.size() == 2);
    CHECK(parts->signatures[0].holder == 0); // kept in holder order whoever signed first
    CHECK(parts->signatures[1].holder == 2);
}

TEST_CASE("one signature is refused when the set needs two", "[keyset]")
{
    const RootKeySet set = keySet(3, 2);
    CHECK_THAT(rejection(signedBy(preparedDirectory(set), {2}), set),
               Catch::Contains("1 of the 2 holder signatures the key set requires"));
    CHECK_THAT(rejection(preparedDirectory(set), set), Catch::Contains("0 of the 2"));
}

TEST_CASE("a forged second signature is refused even when enough real ones are there", "[keyset]")
{
    const RootKeySet set = keySet(3, 2);
    Bytes doc = signedBy(preparedDirectory(set), {1, 2});
    // Every byte of the second signature changed in turn: each one refused.
    for (std::size_t i = doc.size() - 64; i < doc.size(); ++i) {
        Bytes forged = doc;
        forged[i] ^= 0x01;
        CHECK_THAT(rejection(forged, set), Catch::Contains("holder 1's signature does not verify"));
    }
    // Holder 1 signing with a key outside the set, put at index 1: refused.
    auto parts = readMultiSigned(doc, "directory");
    REQUIRE(parts.ok());
    parts->signatures[1].signature = holder(9).sign(parts->signedBytes);
    CHECK_THAT(rejection(encodeMultiSigned(*parts), set), Catch::Contains("holder 1's signature does not verify"));
    // A third, forged signature next to two good ones still refuses the whole document.
    Bytes three = signedBy(preparedDirectory(set), {1, 2, 3});
    three.back() ^= 0x80;
    CHECK_THAT(rejection(three, set), Catch::Contains("holder 2's signature does not verify"));
}

TEST_CASE("the same holder twice counts once: the document is refused", "[keyset]")
{
    const RootKeySet set = keySet(3, 2);
    const Bytes doc = signedBy(preparedDirectory(set), {1});
    auto parts = readMultiSigned(doc, "directory");
    REQUIRE(parts.ok());
    parts->signatures.push_back(parts->signatures.front());
    CHECK_THAT(rejection(encodeMultiSigned(*parts), set), Catch::Contains("holder 0 signed twice"));
    // And the signing tool will not add it a second time.
    auto again = addHolderSignature(signedBy(preparedDirectory(set), {1}), holder(1));
    REQUIRE_FALSE(again.ok());
    CHECK_THAT(again.error().message, Catch::Contains("signed this document already"));
}

TEST_CASE("a signature by a holder index outside the set is refused", "[keyset]")
{
    const RootKeySet set = keySet(2, 2);
    const Bytes doc = signedBy(preparedDirectory(set), {1, 2});
    auto parts = readMultiSigned(doc, "directory");
    REQUIRE(parts.ok());
    parts->signatures.push_back(HolderSignature{2, holder(3).sign(parts->signedBytes)});
    CHECK_THAT(rejection(encodeMultiSigned(*parts), set), Catch::Contains("holder 2, who is not in the key set of 2"));
}

TEST_CASE("a document prepared for another key set is refused, even one with the same holders", "[keyset]")
{
    const RootKeySet pinned = keySet(3, 2);
    RootKeySet lower = pinned;
    lower.threshold = 1; // same people, weaker rule: its one-signature documents must not pass
    CHECK_THAT(rejection(signedBy(preparedDirectory(lower), {1}), pinned), Catch::Contains("prepared for key set"));
    RootKeySet older = pinned;
    older.serial = 0;
    CHECK_THAT(rejection(signedBy(preparedDirectory(older), {1, 2}), pinned), Catch::Contains("serial 0"));
}

TEST_CASE("a holder outside the set cannot sign, and the signer refuses a tampered document", "[keyset]")
{
    const RootKeySet set = keySet(3, 2);
    auto outsider = addHolderSignature(preparedDirectory(set), holder(4));
    REQUIRE_FALSE(outsider.ok());
    CHECK_THAT(outsider.error().message, Catch::Contains("is not one of the holders"));

    Bytes doc = signedBy(preparedDirectory(set), {1});
    auto parts = readMultiSigned(doc, "directory");
    REQUIRE(parts.ok());
    // Flip one payload byte after holder 1 signed: holder 2's tool sees it.
    doc[parts->signedBytes.size() - 10] ^= 0x01;
    auto tampered = addHolderSignature(doc, holder(2));
    REQUIRE_FALSE(tampered.ok());
    CHECK_THAT(tampered.error().message, Catch::Contains("changed after signing"));
}

TEST_CASE("an old single-signed document still verifies against a one-key set, and only there", "[keyset]")
{
    const Bytes old = signDirectory(test::sampleDirectory(), test::rootKey());
    CHECK(verifyDirectory(old, test::rootKey().publicKey, kNow).ok()); // the pinned key converts to a set
    RootKeySet one;
    one.holders = {test::rootKey().publicKey};
    CHECK(verifyDirectory(old, one, kNow).ok());
    // The same key as one holder of a 2-of-2 set: a single signature is not enough.
    RootKeySet two = one;
    two.holders.push_back(holder(1).publicKey);
    two.threshold = 2;
    CHECK_THAT(rejection(old, two), Catch::Contains("signed by one root key, but the pinned key set needs 2 of 2"));
    // A one-key set also takes the new layout.
    CHECK(verifyDirectory(signedBy(preparedDirectory(keySet(1, 1)), {1}), keySet(1, 1), kNow).ok());
}

TEST_CASE("a signature on one kind of document never verifies as another", "[keyset]")
{
    const RootKeySet set = keySet(2, 2);
    const Bytes bulletin = signedBy(prepareDocument(kBulletinMagic, encodeDirectory(test::sampleDirectory()), set), {1, 2});
    CHECK_THAT(rejection(bulletin, set), Catch::Contains("not a signed directory"));
    Bulletin b{1, 1'750'100'000, BulletinKind::LessonLearned, {Category::LiveFire}, "t", "t", "x", "x"};
    const Bytes real = signedBy(prepareDocument(kBulletinMagic, encodeBulletin(b), set), {1, 2});
    CHECK(verifyBulletin(real, set).ok());
}

TEST_CASE("a key set is 1 to 16 distinct holders with a threshold between 1 and their number", "[keyset]")
{
    CHECK(checkKeySet(keySet(16, 16)).ok());
    CHECK_FALSE(checkKeySet(keySet(17, 2)).ok());
    CHECK_FALSE(checkKeySet(keySet(3, 0)).ok());
    CHECK_FALSE(checkKeySet(keySet(3, 4)).ok());
    RootKeySet twice = keySet(2, 2);
    twice.holders[1] = twice.holders[0];
    CHECK_THAT(checkKeySet(twice).error().message, Catch::Contains("repeats holder 0"));
    auto json = decodeKeySet(encodeKeySet(keySet(3, 2, 7)));
    REQUIRE(json.ok());
    CHECK(*json == keySet(3, 2, 7));
    CHECK_FALSE(decodeKeySet(R"({"serial":1,"threshold":2,"holders":["00"]})").ok());
    CHECK_FALSE(decodeKeySet(R"({"serial":1,"threshold":1,"holders":[],"extra":1})").ok());
}

TEST_CASE("a rotation signed by a threshold of the current set moves to the next set", "[keyset][rotation]")
{
    const RootKeySet current = keySet(3, 2, 1);
    RootKeySet next = keySet(4, 3, 2);
    next.holders[0] = holder(7).publicKey; // holder 1 leaves, 7 joins
    auto prepared = prepareKeySetRotation(current, next);
    REQUIRE(prepared.ok());

    CHECK_FALSE(verifyKeySetRotation(signedBy(*prepared, {1}), current).ok()); // one holder alone cannot
    auto moved = verifyKeySetRotation(signedBy(*prepared, {1, 3}), current);
    REQUIRE(moved.ok());
    CHECK(*moved == next);
    // The new set's own rotation is not accepted by someone still on the old set.
    RootKeySet third = next;
    third.serial = 3;
    auto later = prepareKeySetRotation(next, third);
    REQUIRE(later.ok());
    const Bytes laterSigned = signedBy(*later, {7, 2, 3});
    CHECK_FALSE(verifyKeySetRotation(laterSigned, current).ok());
    // A device that missed both follows the chain; one already there passes the old step over.
    auto followed = followKeySetRotations(current, {signedBy(*prepared, {1, 3}), laterSigned});
    REQUIRE(followed.ok());
    CHECK(*followed == third);
    auto already = followKeySetRotations(next, {signedBy(*prepared, {1, 3}), laterSigned});
    REQUIRE(already.ok());
    CHECK(*already == third);
}

TEST_CASE("a rotation never takes the serial back, and the single root key can hand over to a set", "[keyset][rotation]")
{
    const RootKeySet current = keySet(2, 2, 5);
    RootKeySet back = keySet(2, 1, 5);
    CHECK_FALSE(prepareKeySetRotation(current, back).ok());
    // Forged by hand past prepare: the verifier refuses it too.
    const Bytes forged = signedBy(prepareDocument(kKeySetMagic, encodeKeySetRotation(back), current), {1, 2});
    auto r = verifyKeySetRotation(forged, current);
    REQUIRE_FALSE(r.ok());
    CHECK_THAT(r.error().message, Catch::Contains("a serial never goes back"));

    // Today's registry: one root key, pinned as the set {root} with serial 0.
    const RootKeySet single(test::rootKey().publicKey);
    auto handover = prepareKeySetRotation(single, keySet(3, 2, 1));
    REQUIRE(handover.ok());
    auto signedHandover = addHolderSignature(*handover, test::rootKey());
    REQUIRE(signedHandover.ok());
    auto pinned = verifyKeySetRotation(*signedHandover, single);
    REQUIRE(pinned.ok());
    CHECK(*pinned == keySet(3, 2, 1));
}

TEST_CASE("a provisioning payload pins the key set, and an old one pins the root key alone", "[keyset][provisioning]")
{
    const RootKeySet set = keySet(3, 2);
    Provisioning p{test::rootKey().publicKey, "https://relay.example", "Defensie", {}, signedBy(preparedDirectory(set), {1, 2}),
                   set};
    auto decoded = decodeProvisioning(encodeProvisioning(p), kNow);
    REQUIRE(decoded.ok());
    CHECK(decoded->provisioning == p);
    CHECK(decoded->provisioning.documentKeys() == set);
    REQUIRE(decoded->directory.has_value());

    // The embedded directory is checked against the set: one signature is not enough.
    p.signedDirectory = signedBy(preparedDirectory(set), {3});
    auto refused = decodeProvisioning(encodeProvisioning(p), kNow);
    REQUIRE_FALSE(refused.ok());
    CHECK_THAT(refused.error().message, Catch::Contains("1 of the 2"));
    // Nor by the root key alone, once there are holders.
    p.signedDirectory = signDirectory(test::sampleDirectory(), test::rootKey());
    CHECK_FALSE(decodeProvisioning(encodeProvisioning(p), kNow).ok());

    // A payload from before key holders: no "root_keys", the root key is the set.
    p.keySet.reset();
    const std::string old = encodeProvisioning(p);
    CHECK(old.find("root_keys") == std::string::npos);
    auto legacy = decodeProvisioning(old, kNow);
    REQUIRE(legacy.ok());
    CHECK(legacy->provisioning.documentKeys() == RootKeySet(test::rootKey().publicKey));
}

TEST_CASE("the rotation chain of GET /v1/keyset decodes to the documents it was made of, and nothing else",
          "[keyset][rotation]")
{
    const RootKeySet current = keySet(3, 2, 1);
    const Bytes one = signedBy(*prepareKeySetRotation(current, keySet(3, 3, 2)), {1, 2});
    const Bytes body = encodeRotationChain({one, one});
    auto chain = decodeRotationChain(body);
    REQUIRE(chain.ok());
    CHECK(*chain == std::vector<Bytes>{one, one});
    CHECK(decodeRotationChain(encodeRotationChain({})).value().empty());
    for (std::size_t cut = 0; cut < body.size(); cut += 37)
        CHECK_FALSE(decodeRotationChain(ByteView(body).first(cut)).ok());
    Bytes longer = body;
    longer.push_back(0);
    CHECK_FALSE(decodeRotationChain(longer).ok());
    // Twice the same step: the second is for a set already passed, so it is passed over.
    auto followed = followKeySetRotations(current, *chain);
    REQUIRE(followed.ok());
    CHECK(*followed == keySet(3, 3, 2));
}
