// SPDX-License-Identifier: EUPL-1.2
#include "shared/directory.h"

#include "shared/bulletin.h"
#include "shared/signeddoc.h"
#include "tests/support/testdata.h"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <catch2/catch.hpp>

#include <functional>

using namespace vigil;
namespace json = boost::json;

namespace {

constexpr std::uint64_t kIssued = 1'750'000'000;
constexpr std::uint64_t kNow = kIssued + 3600;

/// The sample directory's JSON changed by `edit`, signed by the root key as if the registry
/// had published it, so only the decoder's own checks can refuse it.
Bytes signedEdited(const std::function<void(json::object&)>& edit)
{
    json::value v = json::parse(encodeDirectory(test::sampleDirectory(kIssued)));
    edit(v.as_object());
    return signDocument(kDirectoryMagic, json::serialize(v), test::rootKey());
}

/// `d` signed by the root key, so only the consistency checks can refuse it.
Bytes signedDirectory(const Directory& d)
{
    return signDirectory(d, test::rootKey());
}

std::string rejection(ByteView blob, std::uint64_t now = kNow, std::uint32_t minVersion = 0)
{
    auto r = verifyDirectory(blob, test::rootKey().publicKey, now, minVersion);
    REQUIRE_FALSE(r.ok());
    return r.error().message;
}

Bulletin sampleBulletin()
{
    Bulletin b;
    b.sequence = 7;
    b.published = kIssued + 100;
    b.kind = BulletinKind::SafetyAlert;
    b.categories = {Category::HazardousSubstanceTransport, Category::Vehicles};
    b.titleNl = "Jerrycans altijd sjorren";
    b.titleEn = "Always strap jerrycans";
    b.textNl = "Controleer de lading voor vertrek.";
    b.textEn = "Check the load before departure; \"straps\" are not optional.";
    return b;
}

} // namespace

TEST_CASE("a signed directory verifies and equals what was signed", "[directory]")
{
    const Directory d = test::sampleDirectory(kIssued, 5);
    const Bytes blob = signedDirectory(d);
    REQUIRE(std::equal(kDirectoryMagic.begin(), kDirectoryMagic.end(), blob.begin()));
    auto verified = verifyDirectory(blob, test::rootKey().publicKey, kNow, 5);
    REQUIRE(verified.ok());
    CHECK(*verified == d);
    CHECK(verified->group("cma-pool") == nullptr);
    REQUIRE(verified->group("ca-pool") != nullptr);
    CHECK(verified->group("ca-pool")->members.size() == 3);
    REQUIRE(verified->unit("42-battalion") != nullptr);
    CHECK(verified->unit("42-battalion")->parent == "13-brigade");
    CHECK(verified->receiptKeys() == std::vector<PublicKey>{test::relayKey().publicKey});

    // Signing is deterministic (Ed25519) and the encoding canonical.
    CHECK(signedDirectory(test::sampleDirectory(kIssued, 5)) == blob);
    auto decoded = decodeDirectory(encodeDirectory(d));
    REQUIRE(decoded.ok());
    CHECK(encodeDirectory(*decoded) == encodeDirectory(d));
}

TEST_CASE("every single-byte change of a signed directory is rejected", "[directory][tamper]")
{
    const Bytes blob = signedDirectory(test::sampleDirectory(kIssued));
    for (std::size_t i = 0; i < blob.size(); ++i) {
        for (std::uint8_t mask : {std::uint8_t{0x01}, std::uint8_t{0x80}}) {
            Bytes tampered = blob;
            tampered[i] ^= mask;
            INFO("byte " << i << " mask " << int{mask});
            CHECK_FALSE(verifyDirectory(tampered, test::rootKey().publicKey, kNow).ok());
        }
    }
    // Flips inside the payload are caught by the signature, not by a lucky parse error.
    Bytes payloadFlip = blob;
    payloadFlip[8 + 20] ^= 0x01;
    CHECK_THAT(rejection(payloadFlip), Catch::Contains("directory: signature does not verify"));
}

TEST_CASE("a signed directory cut short or extended is rejected", "[directory][bad-input]")
{
    const Bytes blob = signedDirectory(test::sampleDirectory(kIssued));
    for (std::size_t len = 0; len < blob.size(); len += (len < 16 ? 1 : 97))
        CHECK_FALSE(verifyDirectory(ByteView(blob).first(len), test::rootKey().publicKey, kNow).ok());
    CHECK_THAT(rejection(ByteView(blob).first(blob.size() - 1)), Catch::Contains("signature at byte"));
    CHECK_THAT(rejection(ByteView(blob).first(6)), Catch::Contains("payload_len at byte 4"));
    Bytes longer = blob;
    longer.push_back(0);
    CHECK_THAT(rejection(longer), Catch::Contains("1 unexpected trailing bytes"));

    Bytes hugeLength = blob;
    hugeLength[4] = 0xff;
    CHECK_THAT(rejection(hugeLength), Catch::Contains("payload_len"));
    CHECK_THAT(rejection(hugeLength), Catch::Contains("exceeds the limit"));
}

TEST_CASE("a directory signed by another key is rejected", "[directory][signature]")
{
    const Directory d = test::sampleDirectory(kIssued);
    const Bytes byRoot = signedDirectory(d);
    auto wrongPin = verifyDirectory(byRoot, test::relayKey().publicKey, kNow);
    REQUIRE_FALSE(wrongPin.ok());
    CHECK_THAT(wrongPin.error().message, Catch::Contains("signature does not verify against the pinned registry key"));

    const Bytes forged = signDirectory(d, test::relayKey());
    CHECK_THAT(rejection(forged), Catch::Contains("signature does not verify"));
}

TEST_CASE("an expired directory is refused from the expiry second on", "[directory][expiry]")
{
    const Directory d = test::sampleDirectory(kIssued);
    const Bytes blob = signedDirectory(d);
    CHECK(verifyDirectory(blob, test::rootKey().publicKey, d.expires - 1).ok());
    CHECK_THAT(rejection(blob, d.expires), Catch::Contains("expired at " + std::to_string(d.expires)));
    CHECK_THAT(rejection(blob, d.expires + 365 * 24 * 3600), Catch::Contains("expired"));

    Directory backwards = d;
    backwards.expires = backwards.issued;
    CHECK_THAT(rejection(signedDirectory(backwards), kIssued - 10), Catch::Contains("directory.expires"));
}

TEST_CASE("a directory older than the trusted version is refused (rollback)", "[directory][rollback]")
{
    const Bytes v3 = signedDirectory(test::sampleDirectory(kIssued, 3));
    CHECK(verifyDirectory(v3, test::rootKey().publicKey, kNow, 0).ok());
    CHECK(verifyDirectory(v3, test::rootKey().publicKey, kNow, 3).ok());
    CHECK_THAT(rejection(v3, kNow, 4), Catch::Contains("rollback refused"));
    CHECK_THAT(rejection(v3, kNow, 4), Catch::Contains("version 3 is older than the version 4"));

    CHECK_THAT(rejection(signedDirectory(test::sampleDirectory(kIssued, 0))), Catch::Contains("directory.version"));
}

TEST_CASE("a directory with an unknown field or a bad value is refused even when signed", "[directory][bad-input]")
{
    CHECK(verifyDirectory(signedEdited([](json::object&) {}), test::rootKey().publicKey, kNow).ok());
    CHECK_THAT(rejection(signedEdited([](json::object& o) { o["mirror"] = "http://example.org"; })),
               Catch::Contains("directory.mirror: is not a known field"));
    CHECK_THAT(rejection(signedEdited([](json::object& o) {
                   o["groups"].as_array()[1].as_object()["members"].as_array()[0].as_object()["phone"] = "112";
               })),
               Catch::Contains("directory.groups[1].members[0].phone"));
    CHECK_THAT(rejection(signedEdited([](json::object& o) { o["units"].as_array()[0].as_object()["x"] = 1; })),
               Catch::Contains("directory.units[0].x"));
    CHECK_THAT(rejection(signedEdited([](json::object& o) { o["v"] = 2; })),
               Catch::Contains("directory.v: format 2 is not supported"));
    CHECK_THAT(rejection(signedEdited([](json::object& o) { o["routing_key"] = "abcd"; })),
               Catch::Contains("directory.routing_key"));
    CHECK_THAT(rejection(signedEdited([](json::object& o) {
                   o["relays"].as_array()[0].as_object()["receipt_key"] = std::string(64, 'x');
               })),
               Catch::Contains("directory.relays[0].receipt_key"));
    CHECK_THAT(rejection(signedEdited([](json::object& o) { o["routes"].as_array()[0].as_object()["target"] = "press"; })),
               Catch::Contains("directory.routes[0].target"));
    CHECK_THAT(rejection(signedEdited([](json::object& o) { o.erase("units"); })),
               Catch::Contains("directory.units: is required"));
    CHECK_THAT(rejection(signDocument(kDirectoryMagic, "[]", test::rootKey())),
               Catch::Contains("expected a JSON object"));
}

TEST_CASE("a unit's Dutch name travels in the signed directory and is optional", "[directory][i18n]")
{
    Directory d = test::sampleDirectory(kIssued);
    d.units[1].nameNl = "Landmacht";
    const Directory back = *verifyDirectory(signedDirectory(d), test::rootKey().publicKey, kNow);
    CHECK(back == d);
    CHECK(back.units[1].nameIn("nl") == "Landmacht");
    CHECK(back.units[1].nameIn("en") == "Army");
    // Without a Dutch name the field is left out (directories of before stay byte-identical) and
    // the one name serves Dutch readers.
    const json::value plain = json::parse(encodeDirectory(test::sampleDirectory(kIssued)));
    CHECK_FALSE(plain.at("units").at(0).as_object().contains("name_nl"));
    CHECK(back.units[0].nameIn("nl") == back.units[0].name);
    CHECK_THAT(rejection(signedEdited([](json::object& o) {
                   o["units"].as_array()[0].as_object()["name_nl"] = std::string(300, 'x');
               })),
               Catch::Contains("directory.units[0].name_nl"));
}

TEST_CASE("a directory whose ids or references do not resolve is refused", "[directory][consistency]")
{
    SECTION("duplicate unit id")
    {
        Directory d = test::sampleDirectory(kIssued);
        d.units.push_back(Unit{"army", "Army (again)", "defence"});
        CHECK_THAT(rejection(signedDirectory(d)), Catch::Contains("duplicate unit id \"army\""));
    }
    SECTION("duplicate group id")
    {
        Directory d = test::sampleDirectory(kIssued);
        d.groups.push_back(d.groups.front());
        CHECK_THAT(rejection(signedDirectory(d)), Catch::Contains("duplicate group id \"so-13\""));
    }
    SECTION("a member twice in one group")
    {
        Directory d = test::sampleDirectory(kIssued);
        d.groups[1].members.push_back(d.groups[1].members[0]);
        CHECK_THAT(rejection(signedDirectory(d)), Catch::Contains("member \"m3\" appears twice in \"ca-pool\""));
    }
    SECTION("unknown parent")
    {
        Directory d = test::sampleDirectory(kIssued);
        d.units.push_back(Unit{"44-battalion", "44 Battalion", "14-brigade"});
        CHECK_THAT(rejection(signedDirectory(d)), Catch::Contains("unit \"44-battalion\" has unknown parent \"14-brigade\""));
    }
    SECTION("parent cycle")
    {
        Directory d = test::sampleDirectory(kIssued);
        d.units[0].parent = "42-battalion"; // defence > army > 13-brigade > 42-battalion > defence
        CHECK_THAT(rejection(signedDirectory(d)), Catch::Contains("is a cycle"));
    }
    SECTION("a unit that is its own parent")
    {
        Directory d = test::sampleDirectory(kIssued);
        d.units.push_back(Unit{"loop", "Loop", "loop"});
        CHECK_THAT(rejection(signedDirectory(d)), Catch::Contains("\"loop\" is a cycle"));
    }
    SECTION("a group naming an unknown unit")
    {
        Directory d = test::sampleDirectory(kIssued);
        d.groups.back().unit = "43-battalion";
        CHECK_THAT(rejection(signedDirectory(d)), Catch::Contains("group \"cmd-42\" names unknown unit \"43-battalion\""));
    }
    SECTION("the same member in two groups is allowed")
    {
        Directory d = test::sampleDirectory(kIssued);
        d.groups[2].members.push_back(d.groups[1].members[0]);
        CHECK(verifyDirectory(signedDirectory(d), test::rootKey().publicKey, kNow).ok());
    }
}

TEST_CASE("a bulletin signature never verifies as a directory and vice versa", "[directory][bulletin][domain]")
{
    const Bytes bulletin = signBulletin(sampleBulletin(), test::rootKey());
    CHECK_THAT(rejection(bulletin), Catch::Contains("not a signed directory"));

    // Even with the magic swapped, the signature covers the magic.
    Bytes relabelled = bulletin;
    std::copy(kDirectoryMagic.begin(), kDirectoryMagic.end(), relabelled.begin());
    CHECK_THAT(rejection(relabelled), Catch::Contains("signature does not verify"));

    const Bytes directory = signedDirectory(test::sampleDirectory(kIssued));
    auto asBulletin = verifyBulletin(directory, test::rootKey().publicKey);
    REQUIRE_FALSE(asBulletin.ok());
    CHECK_THAT(asBulletin.error().message, Catch::Contains("not a signed bulletin"));
}

TEST_CASE("a signed bulletin verifies and equals what was signed", "[bulletin]")
{
    const Bulletin b = sampleBulletin();
    const Bytes blob = signBulletin(b, test::rootKey());
    auto verified = verifyBulletin(blob, test::rootKey().publicKey);
    REQUIRE(verified.ok());
    CHECK(*verified == b);
    auto decoded = decodeBulletin(encodeBulletin(b));
    REQUIRE(decoded.ok());
    CHECK(encodeBulletin(*decoded) == encodeBulletin(b));
}

TEST_CASE("a bulletin forged with another key is rejected", "[bulletin][signature]")
{
    const Bytes forged = signBulletin(sampleBulletin(), test::relayKey());
    auto r = verifyBulletin(forged, test::rootKey().publicKey);
    REQUIRE_FALSE(r.ok());
    CHECK_THAT(r.error().message, Catch::Contains("bulletin: signature does not verify"));
}

TEST_CASE("every single-byte change of a signed bulletin is rejected", "[bulletin][tamper]")
{
    const Bytes blob = signBulletin(sampleBulletin(), test::rootKey());
    for (std::size_t i = 0; i < blob.size(); ++i) {
        Bytes tampered = blob;
        tampered[i] ^= 0x01;
        INFO("byte " << i);
        CHECK_FALSE(verifyBulletin(tampered, test::rootKey().publicKey).ok());
    }
    CHECK_FALSE(verifyBulletin(ByteView(blob).first(blob.size() - 1), test::rootKey().publicKey).ok());
}

TEST_CASE("a bulletin with an unknown category or field is refused even when signed", "[bulletin][bad-input]")
{
    auto signedEditedBulletin = [](const std::function<void(json::object&)>& edit) {
        json::value v = json::parse(encodeBulletin(sampleBulletin()));
        edit(v.as_object());
        return signDocument(kBulletinMagic, json::serialize(v), test::rootKey());
    };
    auto reject = [](const Bytes& blob) {
        auto r = verifyBulletin(blob, test::rootKey().publicKey);
        REQUIRE_FALSE(r.ok());
        return r.error().message;
    };
    CHECK(verifyBulletin(signedEditedBulletin([](json::object&) {}), test::rootKey().publicKey).ok());
    CHECK_THAT(reject(signedEditedBulletin([](json::object& o) { o["categories"].as_array().emplace_back("noise"); })),
               Catch::Contains("bulletin.categories: unknown category \"noise\""));
    CHECK_THAT(reject(signedEditedBulletin([](json::object& o) { o["author"] = "x"; })),
               Catch::Contains("bulletin.author: is not a known field"));
    CHECK_THAT(reject(signedEditedBulletin([](json::object& o) { o["kind"] = "rumour"; })),
               Catch::Contains("bulletin.kind"));
    CHECK_THAT(reject(signedEditedBulletin([](json::object& o) { o["sequence"] = 0; })),
               Catch::Contains("bulletin.sequence"));
    CHECK_THAT(reject(signedEditedBulletin([](json::object& o) { o["v"] = 2; })),
               Catch::Contains("bulletin.v: format 2"));
}

TEST_CASE("a directory with a member whose keys differ between groups, or duplicate relay ids, is refused",
          "[directory][regression]")
{
    Directory d = test::sampleDirectory();
    Member twin = d.groups[0].members[0];
    twin.boxKey = test::memberBoxKey(99).publicKey;
    d.groups[1].members.push_back(twin);
    auto r = decodeDirectory(encodeDirectory(d));
    REQUIRE_FALSE(r.ok());
    CHECK_THAT(r.error().message, Catch::Contains("different keys"));

    Directory same = test::sampleDirectory();
    same.groups[1].members.push_back(same.groups[0].members[0]); // same keys in two groups: fine
    CHECK(decodeDirectory(encodeDirectory(same)).ok());

    Directory relays = test::sampleDirectory();
    relays.relays.push_back(relays.relays[0]);
    CHECK_THAT(decodeDirectory(encodeDirectory(relays)).error().message, Catch::Contains("duplicate relay"));
}
