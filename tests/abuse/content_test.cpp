// SPDX-License-Identifier: EUPL-1.2
// Abuse at the door, by content: deep and huge JSON at the registry's sign-in endpoints,
// replayed, swapped and conflicting envelopes at the registry (directly and through a relay),
// forged directories and bulletins, and receipts presented for another envelope. Each must be
// refused clearly, nothing may be stored that should not be, and honest clients stay served.
#include "abuse.h"

#include "tests/support/relaytest.h"
#include "tests/support/testdata.h"

#include "registry/admin/admin.h"

#include "shared/bulletin.h"
#include "shared/identity.h"
#include "shared/receipt.h"
#include "shared/routing.h"

#include <boost/json.hpp>
#include <catch2/catch.hpp>

#include <iostream>

using namespace vigil;
using namespace vigil::harness;
namespace rt = vigil::relay::test;
namespace json = boost::json;

namespace {

std::string signKeyJson(int member)
{
    return R"({"sign_key":")" + toHex(test::memberSignKey(member).publicKey) + R"("})";
}

/// The honest advisor m3 signs in (challenge, then session) and gets a token.
void honestSignIn(const ProcessDeployment& d)
{
    const RawHttp c = postJson(d.registryPort(), "/v1/advisor/challenge", signKeyJson(3));
    REQUIRE(c.status == 200);
    const std::string nonceHex = json::value_to<std::string>(json::parse(c.body).at("nonce"));
    const Signature sig = test::memberSignKey(3).sign(signInStatement(d.rootKey().publicKey, *fromHex(nonceHex)));
    const RawHttp s = postJson(d.registryPort(), "/v1/advisor/session",
                               R"({"sign_key":")" + toHex(test::memberSignKey(3).publicKey) + R"(","nonce":")"
                                   + nonceHex + R"(","signature":")" + toHex(sig) + R"("})");
    REQUIRE(s.status == 200);
    CHECK(json::parse(s.body).at("token").is_string());
}

EnvelopeParts partsOf(const Bytes& envelope)
{
    auto view = parseEnvelope(envelope);
    REQUIRE(view.ok());
    EnvelopeParts p;
    p.reportId = view->reportId;
    p.sealedHeader.assign(view->sealedHeader.begin(), view->sealedHeader.end());
    p.token.assign(view->token.begin(), view->token.end());
    for (const auto& w : view->wraps)
        p.wraps.emplace_back(w.begin(), w.end());
    p.body.assign(view->body.begin(), view->body.end());
    return p;
}

std::int64_t casesAtRegistry(const ProcessDeployment& d)
{
    auto admin = registry::Admin::open(d.registryDir());
    REQUIRE(admin.ok());
    auto lock = (*admin)->cases().lock();
    return *(*admin)->cases().db().queryInt("SELECT COUNT(*) FROM cases");
}

/// Another envelope that claims `original`'s report id: sealed properly, different content.
Bytes conflictingEnvelope(const ProcessDeployment& d, const SealedReport& original)
{
    RoutingHeader header = original.header;
    std::vector<const Group*> groups;
    for (const auto& g : header.groups)
        groups.push_back(d.directory().group(g));
    auto recipients = recipientsFor(groups, {});
    REQUIRE(recipients.ok());
    const std::string_view text = "not the report the first envelope carried";
    const Bytes otherBody(text.begin(), text.end());
    auto sealed = sealEnvelope(otherBody, header, *recipients, d.directory().routingKey);
    REQUIRE(sealed.ok());
    return sealed->bytes;
}

} // namespace

TEST_CASE("deep, huge and malformed JSON at the registry's sign-in endpoints is refused with 400, 403 or 413",
          "[abuse]")
{
    ProcessDeployment d;
    const long before = d.registry().rssKiB();
    const std::string deep = std::string(100'000, '[') + std::string(100'000, ']');
    std::string manyKeys = "{";
    for (int i = 0; i < 30'000; ++i)
        manyKeys += "\"k" + std::to_string(i) + "\":" + std::to_string(i) + ",";
    manyKeys += "\"sign_key\":\"00\"}";
    struct Case {
        const char* what;
        std::string target;
        std::string body;
        unsigned status;
    };
    const std::vector<Case> cases = {
        {"nested 100,000 deep", "/v1/advisor/challenge", R"({"sign_key":)" + deep + "}", 400},
        {"nested objects", "/v1/advisor/session", std::string(50'000, '{'), 400},
        {"600 KiB string", "/v1/advisor/challenge", R"({"sign_key":")" + std::string(600 * 1024, 'a') + R"("})", 400},
        {"30,000 keys", "/v1/advisor/challenge", manyKeys, 400},
        {"9 MiB document", "/v1/advisor/session", R"({"x":")" + std::string(9u << 20, 'a') + R"("})", 413},
        {"not JSON", "/v1/advisor/challenge", "\xff\xfe{{{", 400},
        {"wrong types", "/v1/advisor/session", R"({"sign_key":1,"nonce":[],"signature":{}})", 400},
        {"an unknown advisor", "/v1/advisor/challenge", signKeyJson(2), 403},
        {"a forged signature", "/v1/advisor/session",
         R"({"sign_key":")" + toHex(test::memberSignKey(3).publicKey) + R"(","nonce":")" + std::string(64, '0')
             + R"(","signature":")" + std::string(128, '1') + R"("})",
         403},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        const RawHttp answer = postJson(d.registryPort(), c.target, c.body);
        CHECK(answer.status == c.status);
        CHECK_THAT(answer.headers, Catch::Contains("application/json"));
        CHECK(json::parse(answer.body).at("error").is_string());
        honestSignIn(d);   // served in between, every time
    }
    const long after = d.registry().rssKiB();
    std::cout << "abuse: hostile JSON: " << cases.size() << " kinds refused; registry RSS " << before / 1024 << " -> "
              << after / 1024 << " MiB" << std::endl;
    CHECK(after - before < 64 * 1024);
    CHECK(d.registry().running());
}

TEST_CASE("swapped, replayed and conflicting envelopes never become cases, but their neighbours do", "[abuse]")
{
    ProcessDeployment d;
    const SealedReport a = d.seal();
    const SealedReport b = d.seal(true);
    const SealedReport c = d.seal();
    EnvelopeParts swapHeader = partsOf(a.envelope.bytes);   // a's id and body, b's sealed header
    swapHeader.sealedHeader = partsOf(b.envelope.bytes).sealedHeader;
    EnvelopeParts swapBody = partsOf(b.envelope.bytes);     // b's id and header, a's wraps and body
    swapBody.wraps = partsOf(a.envelope.bytes).wraps;
    swapBody.body = partsOf(a.envelope.bytes).body;
    EnvelopeParts renamed = partsOf(c.envelope.bytes);      // c under a fresh report id
    renamed.reportId[0] ^= 0x5a;
    const std::vector<Bytes> hostile = {serializeEnvelope(swapHeader), serializeEnvelope(swapBody),
                                        serializeEnvelope(renamed)};

    // Straight to the registry, each between two honest envelopes.
    rt::Client registry(d.registryUrl());
    auto results = rt::ingestResults(registry.postBatch(
        std::vector<Bytes>{a.envelope.bytes, hostile[0], hostile[1], hostile[2], b.envelope.bytes}));
    REQUIRE(results.size() == 5);
    CHECK(results[0].status == IngestStatus::Stored);
    for (std::size_t i = 1; i <= 3; ++i) {
        INFO(i << ": " << results[i].reason);
        CHECK(results[i].status == IngestStatus::Invalid);
        CHECK(!results[i].reason.empty());
    }
    CHECK(results[4].status == IngestStatus::Stored);

    // Replayed: the same answer and receipt again, no second case; a rival envelope for the same
    // report id is a conflict and overwrites nothing.
    auto replay = rt::ingestResults(
        registry.postBatch(std::vector<Bytes>{a.envelope.bytes, conflictingEnvelope(d, a), a.envelope.bytes}));
    CHECK(replay[0].status == IngestStatus::Duplicate);
    CHECK(replay[0].receipt == results[0].receipt);
    CHECK(replay[1].status == IngestStatus::Conflict);
    CHECK(replay[2].status == IngestStatus::Duplicate);
    CHECK(casesAtRegistry(d) == 2);

    // Through a relay: it cannot open envelopes, so it stores and forwards them; the registry
    // refuses the hostile ones, and the relay keeps them as dead letters instead of retrying forever.
    rt::Client device(d.relayUrl());
    auto relayed = rt::ingestResults(device.postBatch(std::vector<Bytes>{hostile[0], c.envelope.bytes, hostile[1]}));
    CHECK(relayed[1].status == IngestStatus::Stored);
    REQUIRE(rt::waitUntil(
        [&] {
            return metricValue(probe(d.relayPort(), "/metrics", std::chrono::seconds(2)).body, "vigil_relay_dead_letters")
                   == 2;
        },
        std::chrono::seconds(20)));
    REQUIRE(rt::waitUntil([&] { return casesAtRegistry(d) == 3; }, std::chrono::seconds(20)));
    CHECK(a.envelope.reportId != b.envelope.reportId);
    std::cout << "abuse: envelopes: swapped header, swapped body and renamed refused as invalid, replays "
                 "acknowledged once with the same receipt, a rival envelope refused as conflict; via the relay 2 "
                 "dead letters, 0 cases from hostile envelopes"
              << std::endl;
    CHECK(d.registry().running());
    CHECK(d.relay().running());
}

TEST_CASE("a forged directory or bulletin and a receipt for another envelope do not verify", "[abuse]")
{
    ProcessDeployment d;
    const PublicKey root = d.rootKey().publicKey;
    const auto now = static_cast<std::uint64_t>(unixNow());
    const SigningKeyPair forger = SigningKeyPair::generate();

    // Directory, as devices fetch it.
    const ProbeAnswer fetched = probe(d.registryPort(), "/v1/directory", std::chrono::seconds(5));
    REQUIRE(fetched.status == 200);
    const Bytes signedDirectory(fetched.body.begin(), fetched.body.end());
    auto directory = verifyDirectory(signedDirectory, root, now);
    REQUIRE(directory.ok());
    Directory tampered = *directory;
    tampered.groups.front().members.push_back(Member{"mallory", "Mallory", forger.publicKey, forger.publicKey});
    CHECK_FALSE(verifyDirectory(signDirectory(tampered, forger), root, now).ok());   // signed by another key
    for (std::size_t at : {std::size_t{5}, signedDirectory.size() / 2, signedDirectory.size() - 1}) {
        Bytes flipped = signedDirectory;
        flipped[at] ^= 0x01;
        CHECK_FALSE(verifyDirectory(flipped, root, now).ok());
    }
    CHECK_FALSE(verifyDirectory(signedDirectory, root, now, directory->version + 1).ok());   // rollback refused

    // Bulletin, published by the operator, fetched from the registry's feed.
    {
        auto admin = registry::Admin::open(d.registryDir());
        REQUIRE(admin.ok());
        registry::BulletinOptions b;
        b.titleNl = b.titleEn = "Jerrycans";
        b.textNl = b.textEn = "Check the caps.";
        REQUIRE((*admin)->publishBulletin(b, unixNow()).ok());
    }
    const ProbeAnswer feed = probe(d.registryPort(), "/v1/bulletins?after=0", std::chrono::seconds(5));
    REQUIRE(feed.status == 200);
    const auto items = json::parse(feed.body).at("items").as_array();
    REQUIRE(items.size() == 1);
    const Bytes signedBulletin = *fromBase64Url(json::value_to<std::string>(items[0].at("data")));
    auto bulletin = verifyBulletin(signedBulletin, root);
    REQUIRE(bulletin.ok());
    Bulletin forgedBulletin = *bulletin;
    forgedBulletin.textEn = "Caps are fine, no need to check.";
    CHECK_FALSE(verifyBulletin(signBulletin(forgedBulletin, forger), root).ok());
    Bytes flippedBulletin = signedBulletin;
    flippedBulletin[flippedBulletin.size() / 2] ^= 0x20;
    CHECK_FALSE(verifyBulletin(flippedBulletin, root).ok());

    // Receipts: each is bound to its envelope and to a listed key.
    const SealedReport a = d.seal();
    const SealedReport b = d.seal();
    rt::Client device(d.relayUrl());
    auto results = rt::ingestResults(device.postBatch(std::vector<Bytes>{a.envelope.bytes, b.envelope.bytes}));
    const auto trusted = directory->receiptKeys();
    auto ra = decodeReceipt(results[0].receipt);
    REQUIRE(ra.ok());
    CHECK(verifyReceipt(*ra, a.envelope.reportId, a.envelope.envelopeHash, trusted).ok());
    CHECK_FALSE(verifyReceipt(*ra, b.envelope.reportId, b.envelope.envelopeHash, trusted).ok());
    CHECK_FALSE(verifyReceipt(*ra, a.envelope.reportId, b.envelope.envelopeHash, trusted).ok());
    CHECK_FALSE(verifyReceipt(*ra, b.envelope.reportId, a.envelope.envelopeHash, trusted).ok());
    const ReceiptLeaf leaf{a.envelope.reportId, a.envelope.envelopeHash};
    const auto forged = signReceiptBatch(forger, std::span<const ReceiptLeaf>(&leaf, 1), now);
    CHECK_FALSE(verifyReceipt(forged[0], a.envelope.reportId, a.envelope.envelopeHash, trusted).ok());
    Receipt moved = *ra;   // a's receipt re-pointed at b: the inclusion path no longer fits the signed root
    moved.reportId = b.envelope.reportId;
    moved.envelopeHash = b.envelope.envelopeHash;
    CHECK_FALSE(verifyReceipt(moved, b.envelope.reportId, b.envelope.envelopeHash, trusted).ok());
    std::cout << "abuse: forged directory (other key, 3 flipped bytes, rollback), forged bulletin (other key, flipped "
                 "byte), receipts for another envelope or from an unlisted key: all refused by the verifiers"
              << std::endl;
}
