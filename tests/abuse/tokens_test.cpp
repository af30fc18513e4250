// SPDX-License-Identifier: EUPL-1.2
// Abuse at the door with filing tokens required (issue 17, docs/protocol.md §11.3): a flood of
// envelopes without tokens, with forged ones, with tokens of an expired or unlisted epoch, a
// token moved onto another envelope and a token spent twice are refused by the relay with a
// clear reason before anything reaches its disk, while honest devices are served; a resend is
// still acknowledged as a duplicate; and the registry, verifying again, makes one case of a
// token that two relays forwarded on two envelopes.
#include "abuse.h"

#include "tests/support/relaytest.h"
#include "tests/support/syntheticenvelope.h"
#include "tests/support/tokenmint.h"

#include "registry/admin/admin.h"
#include "shared/receipt.h"

#include <catch2/catch.hpp>

#include <array>
#include <atomic>
#include <iostream>
#include <thread>

using namespace vigil;
using namespace vigil::harness;
namespace rt = vigil::relay::test;

namespace {

std::int64_t relayCount(const ProcessDeployment& d, std::string_view table)
{
    return rt::queryInt(d.relayDir(), "SELECT COUNT(*) FROM " + std::string(table));
}

std::int64_t registryCount(const ProcessDeployment& d, std::string_view table)
{
    auto admin = registry::Admin::open(d.registryDir());
    REQUIRE(admin.ok());
    auto lock = (*admin)->cases().lock();
    return *(*admin)->cases().db().queryInt("SELECT COUNT(*) FROM " + std::string(table));
}

/// A deployment whose relay and registry both require tokens of the test issuer.
/// Both hold the test issuer's keys as a document signed with the deployment's root key
/// (the relay's `issuer_keys`, the registry's `--token-keys` override), so tokens of an
/// expired and an unlisted epoch can be tried on a real clock.
DeploymentOptions tokenOptions(const std::filesystem::path& keyFile)
{
    DeploymentOptions o;
    o.relayRootKey = true;
    o.beforeStart = [keyFile](const SigningKeyPair& root) { test::writeIssuerKeyFile(keyFile, root); };
    o.relayTokens = "require = true\nissuer_keys = \"" + keyFile.string() + "\"\n";
    o.registryArgs = {"--token-keys", keyFile.string(), "--require-tokens"};
    return o;
}

/// An envelope of `source` with its token field replaced (the header no longer matches at the
/// registry, but a relay cannot tell: only the token decides there).
Bytes withTokenField(const Bytes& source, ByteView field)
{
    auto view = parseEnvelope(source);
    REQUIRE(view.ok());
    EnvelopeParts p{view->reportId, Bytes(view->sealedHeader.begin(), view->sealedHeader.end()),
                    Bytes(field.begin(), field.end()), {}, Bytes(view->body.begin(), view->body.end())};
    for (const auto& w : view->wraps)
        p.wraps.emplace_back(w.begin(), w.end());
    return serializeEnvelope(p);
}

Bytes tokenFieldOf(const Bytes& envelope)
{
    const ByteView token = parseEnvelope(envelope).value().token;
    return Bytes(token.begin(), token.end());
}

} // namespace

TEST_CASE("without a valid unspent token the relay stores nothing, says why, and keeps serving honest devices",
          "[abuse][tokens]")
{
    const test::TestTokenIssuer& issuer = test::testTokenIssuer();
    test::TempDir keys;
    ProcessDeployment d(tokenOptions(keys.path() / "issuer-keys.vgi"));
    rt::Client device(d.relayUrl());
    const auto post = [&](std::vector<Bytes> batch) { return rt::ingestResults(device.postBatch(batch)); };

    // An honest device: a token of the current epoch, bound to its envelope.
    const SealedReport honest = d.sealWithToken(test::freshTokenBinder(*issuer.current));
    auto first = post({honest.envelope.bytes});
    REQUIRE(first[0].status == IngestStatus::Stored);

    // The hostile kinds, each with the reason the relay gives.
    test::StockToken spentTwice = test::issueStockToken(*issuer.current);
    const TokenBinder reused = test::binderFor(std::move(spentTwice));
    const SealedReport spender = d.sealWithToken(reused);
    REQUIRE(post({spender.envelope.bytes})[0].status == IngestStatus::Stored);
    Bytes forgedField = tokenFieldOf(honest.envelope.bytes);
    forgedField[2 + 32 + 32 + 32 + 100] ^= 1;   // inside the authenticator
    test::StockToken forgedStock = test::issueStockToken(*issuer.current);
    forgedStock.token.authenticator[100] ^= 1;   // bound properly, but not what the issuer signed
    struct Hostile {
        const char* what;
        Bytes envelope;
        const char* reason;
    };
    const std::vector<Hostile> hostile = {
        {"no token", d.seal().envelope.bytes, "carries no filing token"},
        {"random bytes", d.sealWithToken(test::fixedTokenField(Bytes(450, 0x02))).envelope.bytes, "token"},
        {"forged authenticator", d.sealWithToken(test::binderFor(std::move(forgedStock))).envelope.bytes,
         "does not verify"},
        {"moved to another envelope", withTokenField(d.seal().envelope.bytes, tokenFieldOf(honest.envelope.bytes)),
         "bound to another envelope"},
        {"spent twice", d.sealWithToken(reused).envelope.bytes, "already spent"},
        {"expired epoch", d.sealWithToken(test::freshTokenBinder(*issuer.expired)).envelope.bytes, "has expired"},
        {"unlisted epoch", d.sealWithToken(test::freshTokenBinder(*issuer.unlisted)).envelope.bytes,
         "names no issuer key"},
    };
    for (const Hostile& h : hostile) {
        INFO(h.what);
        auto r = post({h.envelope});
        CHECK(r[0].status == IngestStatus::Invalid);
        CHECK_THAT(r[0].reason, Catch::Contains(h.reason));
        CHECK(r[0].receipt.empty());
    }
    const std::int64_t envelopesBefore = relayCount(d, "envelopes");
    const std::int64_t spentBefore = relayCount(d, "spent_tokens");
    CHECK(envelopesBefore == 2);
    CHECK(spentBefore == 2);

    // A flood of tokenless and forged envelopes from another thread, honest devices meanwhile.
    // (Made here: Catch2's assertions are not for other threads.)
    std::vector<Bytes> floodBatch;
    for (std::uint64_t n = 0; n < 64; ++n)
        floodBatch.push_back(n % 2 == 0 ? rt::syntheticEnvelope(n) : withTokenField(rt::syntheticEnvelope(n), forgedField));
    std::atomic<bool> flooding{true};
    std::atomic<std::size_t> refused{0};
    std::thread flood([&] {
        rt::Client attacker(d.relayUrl());
        for (int round = 0; round < 200 && flooding; ++round) {
            auto answer = attacker.postBatch(floodBatch);
            if (!answer || answer->status != 200)
                continue;
            constexpr std::string_view kInvalid = "\"status\":\"invalid\"";
            for (auto at = answer->body.find(kInvalid); at != std::string::npos; at = answer->body.find(kInvalid, at + 1))
                ++refused;
        }
    });
    std::vector<SealedReport> served;
    for (int i = 0; i < 5; ++i) {
        served.push_back(d.sealWithToken(test::freshTokenBinder(*issuer.current)));
        auto r = post({served.back().envelope.bytes});
        CHECK(r[0].status == IngestStatus::Stored);
        const std::array<PublicKey, 2> trusted{d.relayReceiptKey(), d.registryReceiptKey()};
        CHECK(verifyReceipt(decodeReceipt(r[0].receipt).value(), served.back().envelope.reportId,
                            served.back().envelope.envelopeHash, trusted)
                  .ok());
    }
    flooding = false;
    flood.join();
    CHECK(refused > 0);
    // Nothing of the flood reached the relay's database: only the honest envelopes and their tokens.
    CHECK(relayCount(d, "envelopes") == envelopesBefore + 5);
    CHECK(relayCount(d, "spent_tokens") == spentBefore + 5);

    // A resend of a stored envelope is a duplicate with its original receipt, not "spent".
    auto again = post({honest.envelope.bytes, honest.envelope.bytes});
    CHECK(again[0].status == IngestStatus::Duplicate);
    CHECK(again[0].receipt == first[0].receipt);
    CHECK(again[1].status == IngestStatus::Duplicate);

    // The relay forwards the honest ones; the registry verifies again and makes their cases.
    REQUIRE(rt::waitUntil([&] { return registryCount(d, "cases") == 7; }, std::chrono::seconds(30)));
    CHECK(registryCount(d, "spent_tokens") == 7);
    std::cout << "abuse: tokens: " << hostile.size() << " hostile kinds and a flood of " << refused.load()
              << " envelopes refused at the relay, relay rows " << relayCount(d, "envelopes")
              << " (honest only), 5 honest devices served meanwhile" << std::endl;
    CHECK(d.relay().running());
    CHECK(d.registry().running());
}

TEST_CASE("the registry verifies tokens again and keeps one global spent set across relays", "[abuse][tokens]")
{
    const test::TestTokenIssuer& issuer = test::testTokenIssuer();
    test::TempDir keys;
    ProcessDeployment d(tokenOptions(keys.path() / "issuer-keys.vgi"));
    rt::Client registry(d.registryUrl());   // as a relay forwards; two relays look the same

    // One token on two different envelopes, as two relays (each seeing one) forward them, in one
    // batch and again in two: one case, one refusal.
    const TokenBinder once = test::binderFor(test::issueStockToken(*issuer.current));
    const SealedReport a = d.sealWithToken(once);
    const SealedReport b = d.sealWithToken(once);
    const SealedReport c = d.sealWithToken(once);
    auto together = rt::ingestResults(registry.postBatch(std::vector<Bytes>{a.envelope.bytes, b.envelope.bytes}));
    CHECK(together[0].status == IngestStatus::Stored);
    CHECK(together[1].status == IngestStatus::Invalid);
    CHECK_THAT(together[1].reason, Catch::Contains("already spent"));
    auto later = rt::ingestResults(registry.postBatch(std::vector<Bytes>{c.envelope.bytes, a.envelope.bytes}));
    CHECK(later[0].status == IngestStatus::Invalid);
    CHECK(later[1].status == IngestStatus::Duplicate);   // the duplicate is answered before the spent set
    CHECK(later[1].receipt == together[0].receipt);

    // Around the relay, straight to the registry: no token, and a token of an expired epoch.
    auto around = rt::ingestResults(registry.postBatch(std::vector<Bytes>{
        d.seal().envelope.bytes, d.sealWithToken(test::freshTokenBinder(*issuer.expired)).envelope.bytes}));
    CHECK_THAT(around[0].reason, Catch::Contains("carries no filing token"));
    CHECK_THAT(around[1].reason, Catch::Contains("has expired"));
    CHECK(registryCount(d, "cases") == 1);
    CHECK(registryCount(d, "spent_tokens") == 1);
}
