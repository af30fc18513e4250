// SPDX-License-Identifier: EUPL-1.2
#include "shared/supportcontacts.h"

#include "shared/signeddoc.h"
#include "tests/support/testdata.h"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <catch2/catch.hpp>

#include <functional>

using namespace vigil;
namespace json = boost::json;

namespace {

/// The sample's JSON changed by `edit`, signed by the root key, so only the decoder can refuse it.
std::string verifyError(const std::function<void(json::object&)>& edit)
{
    json::value v = json::parse(encodeSupportContacts(test::sampleSupportContacts()));
    edit(v.as_object());
    const Bytes doc = signDocument(kSupportMagic, json::serialize(v), test::rootKey());
    auto r = verifySupportContacts(doc, test::rootKey().publicKey);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == ErrorKind::Invalid);
    return r.error().message;
}

json::object& contact(json::object& doc, std::size_t i)
{
    return doc["contacts"].as_array()[i].as_object();
}

std::vector<std::string> ids(const std::vector<SupportContact>& contacts)
{
    std::vector<std::string> out;
    for (const auto& c : contacts)
        out.push_back(c.id);
    return out;
}

} // namespace

TEST_CASE("support contacts survive signing and verifying unchanged, in canonical form", "[shared][support]")
{
    const SupportContacts d = test::sampleSupportContacts(4);
    const Bytes signedDoc = signSupportContacts(d, test::rootKey());
    auto back = verifySupportContacts(signedDoc, test::rootKey().publicKey, 4);
    REQUIRE(back.ok());
    CHECK(*back == d);
    const std::string text = encodeSupportContacts(d);
    CHECK(text.starts_with(R"({"v":1,"serial":4,"issued":1750000000,"contacts":[{"id":"ca-org")"));
    // Absent optional fields are left out, never written empty.
    CHECK(text.find(R"("hours_nl":"")") == std::string::npos);
    CHECK(text.find(R"("unit":"")") == std::string::npos);
    CHECK(encodeSupportContacts(*decodeSupportContacts(text)) == text);
}

TEST_CASE("support contacts with a bad signature, another magic or another key are refused", "[shared][support]")
{
    const Bytes good = signSupportContacts(test::sampleSupportContacts(), test::rootKey());
    Bytes flipped = good;
    flipped[flipped.size() / 2] ^= 0x01;
    auto bad = verifySupportContacts(flipped, test::rootKey().publicKey);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.find("signature does not verify") != std::string::npos);
    auto other = verifySupportContacts(good, test::relayKey().publicKey);
    REQUIRE_FALSE(other.ok());
    CHECK(other.error().message.find("signature does not verify") != std::string::npos);
    // The same payload under the bulletin magic is not a support document.
    const Bytes asBulletin = signDocument(kBulletinMagic, encodeSupportContacts(test::sampleSupportContacts()),
                                          test::rootKey());
    auto wrongKind = verifySupportContacts(asBulletin, test::rootKey().publicKey);
    REQUIRE_FALSE(wrongKind.ok());
    CHECK(wrongKind.error().message.find("not a signed support contacts") != std::string::npos);
    for (std::size_t i = 0; i < good.size(); i += 7) {
        Bytes b = good;
        b[i] ^= 0x40;
        INFO("byte " << i);
        CHECK_FALSE(verifySupportContacts(b, test::rootKey().publicKey).ok());
    }
}

TEST_CASE("support contacts of another format version or an older serial are refused", "[shared][support]")
{
    CHECK(verifyError([](json::object& o) { o["v"] = 2; }) == "support.v: format 2 is not supported");
    const Bytes older = signSupportContacts(test::sampleSupportContacts(3), test::rootKey());
    auto r = verifySupportContacts(older, test::rootKey().publicKey, 4);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message == "support contacts: serial 3 is older than the 4 already held");
    CHECK(verifySupportContacts(older, test::rootKey().publicKey, 3).ok());
}

TEST_CASE("support contacts refuse unknown fields and kinds with the field's path", "[shared][support]")
{
    CHECK(verifyError([](json::object& o) { o["unit_filter"] = "42-battalion"; }).find("unit_filter")
          != std::string::npos);
    CHECK(verifyError([](json::object& o) { contact(o, 0)["fax"] = "+31 30 1"; }).find("fax") != std::string::npos);
    const std::string kind = verifyError([](json::object& o) { contact(o, 1)["kind"] = "chaplain"; });
    CHECK(kind.find("kind") != std::string::npos);
    CHECK(kind.find("spiritual_counsellor") != std::string::npos);
}

TEST_CASE("support contacts say what is wrong with a contact", "[shared][support]")
{
    CHECK(verifyError([](json::object& o) { contact(o, 1)["id"] = "ca-org"; }).find("the id ca-org is used twice")
          != std::string::npos);
    CHECK(verifyError([](json::object& o) { contact(o, 1).erase("purpose_en"); }).find("purpose_en")
          != std::string::npos);
    CHECK(verifyError([](json::object& o) { contact(o, 1)["hours_nl"] = "altijd"; }).find(
              "hours are given in Dutch and English") != std::string::npos);
    CHECK(verifyError([](json::object& o) { contact(o, 1)["phone"] = "call 030"; }).find("phone")
          != std::string::npos);
    CHECK(verifyError([](json::object& o) { contact(o, 4)["url"] = "http://example.org"; }).find("https://")
          != std::string::npos);
    CHECK(verifyError([](json::object& o) { contact(o, 4).erase("url"); }).find("has no phone, email or url")
          != std::string::npos);
    CHECK(verifyError([](json::object& o) { contact(o, 2).erase("phone"); contact(o, 2)["url"] = "https://x.nl"; })
              .find("emergency contact emergency needs a phone number") != std::string::npos);
    CHECK(verifyError([](json::object& o) { contact(o, 2)["kind"] = "other"; }).find(
              "at least one emergency contact") != std::string::npos);
}

TEST_CASE("a reporter sees emergency numbers first, then their own unit's contacts nearest first",
          "[shared][support]")
{
    const Directory dir = test::sampleDirectory();
    const SupportContacts d = test::sampleSupportContacts();
    using V = std::vector<std::string>;
    CHECK(ids(supportContactsFor(d, &dir, "42-battalion")) == V{"emergency", "doctor-42", "ca-13", "ca-org", "whistle"});
    CHECK(ids(supportContactsFor(d, &dir, "13-brigade")) == V{"emergency", "ca-13", "ca-org", "whistle", "doctor-42"});
    // No unit given, or none known: the organisation's contacts, then the units' in document order.
    CHECK(ids(supportContactsFor(d, &dir, "")) == V{"emergency", "ca-org", "whistle", "doctor-42", "ca-13"});
    CHECK(ids(supportContactsFor(d, nullptr, "42-battalion")) == ids(supportContactsFor(d, &dir, "")));
    CHECK(unknownSupportUnits(d, dir).empty());
    SupportContacts stray = d;
    stray.contacts[1].unit = "99-squadron";
    CHECK(unknownSupportUnits(stray, dir) == V{"99-squadron"});
    CHECK(dialableNumber("+31 6 1234 5678") == "+31612345678");
}

TEST_CASE("an operator's contact list is checked like the document and round-trips", "[shared][support]")
{
    const auto contacts = test::sampleSupportContacts().contacts;
    auto back = decodeSupportContactList(encodeSupportContactList(contacts));
    REQUIRE(back.ok());
    CHECK(*back == contacts);
    // v, serial and issued belong to signing, not to what the operator writes.
    auto serial = decodeSupportContactList(R"({"serial":3,)" + encodeSupportContactList(contacts).substr(1));
    REQUIRE_FALSE(serial.ok());
    CHECK(serial.error().message.find("serial") != std::string::npos);
}
