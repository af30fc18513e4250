// SPDX-License-Identifier: EUPL-1.2
#include "shared/authorities.h"

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

Bytes sampleSignedDirectory(std::uint32_t version = 1)
{
    return signDirectory(test::sampleDirectory(kIssued, version), test::rootKey());
}

Authorities sampleAuthorities(ByteView signedDirectory)
{
    Authorities a;
    a.serial = 3;
    a.version = 1;
    a.directoryHash = *directoryPayloadHash(signedDirectory, test::rootKey().publicKey);
    a.issued = kIssued + 60;
    a.expires = kIssued + 30 * 24 * 3600;
    a.roles = {{"m8", "commander", "42-battalion", "group"},
               {"m7", "inspectorate", "", "group"},
               {"m1", "measures", "13-brigade", "grant"}};
    a.acceptance = {{"high", 0, {}}, {"serious", 1, {}}, {"medium", std::nullopt, {}},
                    {"low", std::nullopt, {"commander", "measures"}}};
    return a;
}

/// The sample's JSON changed by `edit`, signed by the root key, so only the decoder can refuse it.
std::string decodeError(const std::function<void(json::object&)>& edit)
{
    const Bytes dir = sampleSignedDirectory();
    json::value v = json::parse(encodeAuthorities(sampleAuthorities(dir)));
    edit(v.as_object());
    auto r = decodeAuthorities(json::serialize(v));
    REQUIRE_FALSE(r.ok());
    return r.error().message;
}

} // namespace

TEST_CASE("an authorities document survives signing and verifying against its directory unchanged",
          "[shared][authorities]")
{
    const Bytes dir = sampleSignedDirectory();
    const Authorities a = sampleAuthorities(dir);
    const Bytes signedDoc = signAuthorities(a, test::rootKey());
    auto back = verifyAuthorities(signedDoc, dir, test::rootKey().publicKey, kNow);
    REQUIRE(back.ok());
    CHECK(*back == a);
    // Canonical: an organisation-wide role carries no unit key, a level without a depth no max_depth.
    const std::string text = encodeAuthorities(a);
    CHECK(text.find(R"({"member":"m7","role":"inspectorate","source":"group"})") != std::string::npos);
    CHECK(text.find(R"({"level":"medium"})") != std::string::npos);
    CHECK(encodeAuthorities(*decodeAuthorities(text)) == text);
}

TEST_CASE("an authorities document refuses every changed byte, another magic and another key", "[shared][authorities]")
{
    const Bytes dir = sampleSignedDirectory();
    const Bytes good = signAuthorities(sampleAuthorities(dir), test::rootKey());
    for (std::size_t i = 0; i < good.size(); ++i) {
        Bytes bad = good;
        bad[i] ^= 0x01;
        INFO("byte " << i);
        CHECK_FALSE(verifyAuthorities(bad, dir, test::rootKey().publicKey, kNow).ok());
    }
    // Signed as a bulletin or a directory, the same payload is no authorities document.
    const std::string payload = encodeAuthorities(sampleAuthorities(dir));
    CHECK_FALSE(verifyAuthorities(signDocument(kBulletinMagic, payload, test::rootKey()), dir,
                                  test::rootKey().publicKey, kNow)
                    .ok());
    const SigningKeyPair other = SigningKeyPair::generate();
    CHECK_FALSE(verifyAuthorities(signDocument(kAuthoritiesMagic, payload, other), dir, test::rootKey().publicKey, kNow)
                    .ok());
}

TEST_CASE("an authorities document only goes with the directory whose payload it names", "[shared][authorities]")
{
    const Bytes dir = sampleSignedDirectory();
    const Bytes doc = signAuthorities(sampleAuthorities(dir), test::rootKey());

    // Another directory of the same version (re-signed with a later issue time) has another payload.
    const Bytes twin = signDirectory(test::sampleDirectory(kIssued + 1, 1), test::rootKey());
    auto r = verifyAuthorities(doc, twin, test::rootKey().publicKey, kNow);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message == "authorities: made for another directory of version 1");

    auto v2 = verifyAuthorities(doc, sampleSignedDirectory(2), test::rootKey().publicKey, kNow);
    REQUIRE_FALSE(v2.ok());
    CHECK(v2.error().message == "authorities: made for directory version 1, not 2");

    Authorities stranger = sampleAuthorities(dir);
    stranger.roles.push_back({"m99", "measures", "", "grant"});
    auto s = verifyAuthorities(signAuthorities(stranger, test::rootKey()), dir, test::rootKey().publicKey, kNow);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message == "authorities: m99 is not a member of the directory");

    Authorities elsewhere = sampleAuthorities(dir);
    elsewhere.roles.push_back({"m1", "measures", "navy", "grant"});
    auto e = verifyAuthorities(signAuthorities(elsewhere, test::rootKey()), dir, test::rootKey().publicKey, kNow);
    REQUIRE_FALSE(e.ok());
    CHECK(e.error().message == "authorities: unit navy is not in the directory");

    auto late = verifyAuthorities(doc, dir, test::rootKey().publicKey, kIssued + 31 * 24 * 3600);
    REQUIRE_FALSE(late.ok());
    CHECK(late.error().message == "authorities: expired");
}

TEST_CASE("an authorities document refuses what this version does not know", "[shared][authorities]")
{
    CHECK(decodeError([](json::object& o) { o["v"] = 2; }) == "authorities.v: format 2 is not supported");
    CHECK(decodeError([](json::object& o) { o["extra"] = 1; }).find("extra") != std::string::npos);
    CHECK(decodeError([](json::object& o) { o["roles"].as_array()[0].as_object()["role"] = "admiral"; })
              .find("expected measures, commander or inspectorate") != std::string::npos);
    CHECK(decodeError([](json::object& o) { o["roles"].as_array()[0].as_object()["source"] = "rumour"; })
              .find("expected group or grant") != std::string::npos);
    CHECK(decodeError([](json::object& o) { o["roles"].as_array()[0].as_object()["rank"] = "col"; })
              .find("rank") != std::string::npos);
    CHECK(decodeError([](json::object& o) { o["roles"].as_array().push_back(o["roles"].as_array()[0]); })
              .find("twice") != std::string::npos);
    CHECK(decodeError([](json::object& o) { o["acceptance"].as_array()[0].as_object()["level"] = "extreme"; })
              .find("expected high, serious, medium or low") != std::string::npos);
    CHECK(decodeError([](json::object& o) { o["acceptance"].as_array()[1].as_object()["level"] = "high"; })
              .find("two rules") != std::string::npos);
    CHECK(decodeError([](json::object& o) {
              o["acceptance"].as_array()[3].as_object()["roles"] = json::array{"inspectorate"};
          }).find("not \"inspectorate\"") != std::string::npos);
    CHECK(decodeError([](json::object& o) { o["expires"] = o["issued"]; }).find("after issued") != std::string::npos);
    CHECK(decodeError([](json::object& o) { o["directory_hash"] = "abc"; }).find("directory_hash") != std::string::npos);
}
