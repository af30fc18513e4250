// SPDX-License-Identifier: EUPL-1.2
// The registry's online key (docs/protocol.md §3.7): what it may sign (token issuer keys, the
// inspectorate's report) verifies only when a directory the pinned key holders signed names it;
// after `keyset init` the root key alone signs nothing a reader accepts, and the online key
// never signs a directory, bulletin or support contacts.
#include "shared/onlinesigned.h"

#include "shared/directory.h"
#include "shared/keysetrotation.h"
#include "shared/supportcontacts.h"

#include "tests/support/testdata.h"

#include <catch2/catch.hpp>

using namespace vigil;

namespace {

constexpr std::uint64_t kIssued = 1'750'000'000;
constexpr std::string_view kPayload = R"({"v":1,"period":"2025"})";

SigningKeyPair holder(int n)
{
    return SigningKeyPair::fromSeed(test::seed("holder " + std::to_string(n)));
}

SigningKeyPair onlineKey(int n = 1)
{
    return SigningKeyPair::fromSeed(test::seed("online key " + std::to_string(n)));
}

RootKeySet holderSet(std::initializer_list<int> holders, std::uint32_t serial = 1)
{
    RootKeySet set;
    set.serial = serial;
    set.threshold = 2;
    for (int n : holders)
        set.holders.push_back(holder(n).publicKey);
    return set;
}

Bytes signedBy(Bytes document, std::initializer_list<int> holders)
{
    for (int n : holders)
        document = addHolderSignature(document, holder(n)).value();
    return document;
}

/// The sample directory naming `online` (none: no online key), prepared for `set` and signed by `holders`.
Bytes certifyingDirectory(const RootKeySet& set, std::optional<PublicKey> online, std::initializer_list<int> holders)
{
    Directory d = test::sampleDirectory(kIssued);
    d.onlineKey = online;
    return signedBy(prepareDocument(kDirectoryMagic, encodeDirectory(d), set), holders);
}

} // namespace

TEST_CASE("a directory names the online key only when it has one, and reads it back", "[online]")
{
    Directory d = test::sampleDirectory(kIssued);
    CHECK(encodeDirectory(d).find("online_key") == std::string::npos);
    d.onlineKey = onlineKey().publicKey;
    const std::string json = encodeDirectory(d);
    CHECK(json.find(R"("online_key":")" + toHex(onlineKey().publicKey) + "\"") != std::string::npos);
    auto back = decodeDirectory(json);
    REQUIRE(back.ok());
    CHECK(*back == d);
    std::string bad = json;
    bad.replace(bad.find("\"online_key\":\"") + 14, 2, "zz");
    CHECK_FALSE(decodeDirectory(bad).ok());
}

TEST_CASE("before key holders the root key signs online documents as before, and no online key is accepted",
          "[online]")
{
    const RootKeySet single(test::rootKey().publicKey);
    const Bytes byRoot = signDocument(kVmsReportMagic, kPayload, test::rootKey());
    auto opened = openOnlineSignedDocument(byRoot, kVmsReportMagic, single, "report");
    REQUIRE(opened.ok());
    CHECK(*opened == kPayload);
    // A root-signed directory cannot name an online key into a single-key registry's trust
    // without the root key itself: a stranger's directory certifies nothing.
    const Bytes byOnline = signDocument(kVmsReportMagic, kPayload, onlineKey());
    CHECK_FALSE(openOnlineSignedDocument(byOnline, kVmsReportMagic, single, "report").ok());
    Directory d = test::sampleDirectory(kIssued);
    d.onlineKey = onlineKey().publicKey;
    const Bytes strangers = signDirectory(d, onlineKey());
    CHECK_FALSE(certifiedOnlineKey(strangers, single).has_value());
    CHECK_FALSE(openOnlineSignedDocument(byOnline, kVmsReportMagic, signersFor(single, strangers), "report").ok());
}

TEST_CASE("with key holders an online-key document verifies only when the holders' directory certifies that key",
          "[online]")
{
    const RootKeySet set = holderSet({1, 2, 3});
    const Bytes report = signDocument(kVmsReportMagic, kPayload, onlineKey());
    const Bytes directory = certifyingDirectory(set, onlineKey().publicKey, {1, 3});

    SECTION("certified by two of three: accepted")
    {
        auto opened = openOnlineSignedDocument(report, kVmsReportMagic, signersFor(set, directory), "report");
        REQUIRE(opened.ok());
        CHECK(*opened == kPayload);
    }
    SECTION("no directory, or one naming no online key: refused")
    {
        CHECK_FALSE(openOnlineSignedDocument(report, kVmsReportMagic, set, "report").ok());
        const Bytes withdrawn = certifyingDirectory(set, std::nullopt, {1, 2});
        CHECK_FALSE(openOnlineSignedDocument(report, kVmsReportMagic, signersFor(set, withdrawn), "report").ok());
    }
    SECTION("a directory signed by one holder certifies nothing")
    {
        const Bytes one = certifyingDirectory(set, onlineKey().publicKey, {2});
        CHECK_FALSE(certifiedOnlineKey(one, set).has_value());
        CHECK_FALSE(openOnlineSignedDocument(report, kVmsReportMagic, signersFor(set, one), "report").ok());
    }
    SECTION("a forged second signature on the directory certifies nothing")
    {
        Bytes forged = directory;
        forged.back() ^= 0x01;
        CHECK_FALSE(certifiedOnlineKey(forged, set).has_value());
        CHECK_FALSE(openOnlineSignedDocument(report, kVmsReportMagic, signersFor(set, forged), "report").ok());
    }
    SECTION("another online key than the certified one: refused")
    {
        const Bytes rogue = signDocument(kVmsReportMagic, kPayload, onlineKey(2));
        CHECK_FALSE(openOnlineSignedDocument(rogue, kVmsReportMagic, signersFor(set, directory), "report").ok());
    }
    SECTION("the root key, which handed over, is refused")
    {
        const Bytes byRoot = signDocument(kVmsReportMagic, kPayload, test::rootKey());
        CHECK_FALSE(openOnlineSignedDocument(byRoot, kVmsReportMagic, signersFor(set, directory), "report").ok());
    }
    SECTION("the holders themselves may still sign one (version 2)")
    {
        const Bytes byHolders = signedBy(prepareDocument(kVmsReportMagic, kPayload, set), {2, 3});
        CHECK(openOnlineSignedDocument(byHolders, kVmsReportMagic, signersFor(set, directory), "report").ok());
        const Bytes byOne = signedBy(prepareDocument(kVmsReportMagic, kPayload, set), {2});
        CHECK_FALSE(openOnlineSignedDocument(byOne, kVmsReportMagic, signersFor(set, directory), "report").ok());
    }
}

TEST_CASE("the online key never signs support contacts or a directory, certified or not", "[online]")
{
    const RootKeySet set = holderSet({1, 2, 3});
    const Bytes directory = certifyingDirectory(set, onlineKey().publicKey, {1, 2});
    const DocumentSigners signers = signersFor(set, directory);
    REQUIRE(signers.onlineKey.has_value());
    const Bytes support = signSupportContacts(test::sampleSupportContacts(), onlineKey());
    CHECK_FALSE(verifySupportContacts(support, signers.keys).ok());
    Directory d = test::sampleDirectory(kIssued, 2);
    const Bytes rogueDirectory = signDirectory(d, onlineKey());
    CHECK_FALSE(verifyDirectory(rogueDirectory, set, kIssued + 1).ok());
    // Support contacts the holders signed are accepted.
    const Bytes byHolders
        = signedBy(prepareDocument(kSupportMagic, encodeSupportContacts(test::sampleSupportContacts()), set), {1, 3});
    CHECK(verifySupportContacts(byHolders, set).ok());
    CHECK_FALSE(verifySupportContacts(signedBy(prepareDocument(kSupportMagic,
                                                               encodeSupportContacts(test::sampleSupportContacts()), set),
                                               {3}),
                                      set)
                    .ok());
}

TEST_CASE("after a rotation the online key is the one the new set's directory names", "[online]")
{
    const RootKeySet first = holderSet({1, 2, 3});
    const RootKeySet second = holderSet({2, 3, 4}, 2);
    const Bytes rotation = signedBy(prepareKeySetRotation(first, second).value(), {1, 2});
    auto reached = followKeySetRotations(first, {rotation});
    REQUIRE(reached.ok());
    REQUIRE(*reached == second);

    const Bytes report = signDocument(kVmsReportMagic, kPayload, onlineKey());
    // The first set's directory is no certificate once the reader follows the second set.
    const Bytes old = certifyingDirectory(first, onlineKey().publicKey, {1, 2});
    CHECK_FALSE(openOnlineSignedDocument(report, kVmsReportMagic, signersFor(*reached, old), "report").ok());
    const Bytes renewed = certifyingDirectory(second, onlineKey().publicKey, {3, 4});
    CHECK(openOnlineSignedDocument(report, kVmsReportMagic, signersFor(*reached, renewed), "report").ok());
    // A holder who left (holder 1) cannot certify a key with the new set.
    Directory d = test::sampleDirectory(kIssued);
    d.onlineKey = onlineKey(2).publicKey;
    CHECK_FALSE(addHolderSignature(prepareDocument(kDirectoryMagic, encodeDirectory(d), second), holder(1)).ok());
}
