// SPDX-License-Identifier: EUPL-1.2
#include "sync-server/relayserver.h"

#include "tests/support/relaytest.h"
#include "tests/support/syntheticenvelope.h"

#include "sync-server/metrics.h"

#include "shared/receipt.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <thread>

using namespace vigil;
using namespace vigil::relay;
using namespace vigil::relay::test;

namespace {

ReportId idOf(const Bytes& envelope)
{
    auto view = parseEnvelope(envelope);
    REQUIRE(view.ok());
    return view->reportId;
}

void requireValidReceipt(const IngestResult& r, const Bytes& envelope, const PublicKey& relayKey)
{
    REQUIRE_FALSE(r.receipt.empty());
    auto receipt = decodeReceipt(r.receipt);
    REQUIRE(receipt.ok());
    const PublicKey trusted[] = {relayKey};
    auto verified = verifyReceipt(*receipt, idOf(envelope), envelopeHash(envelope), trusted);
    INFO((verified ? "" : verified.error().message));
    CHECK(verified.ok());
}

struct RelayFixture {
    TempDir dir;
    LogCapture log;
    std::unique_ptr<RelayServer> relay = startRelay(testConfig(dir.path()), log.logger());
    Client client{urlOf(relay->port())};
};

} // namespace

TEST_CASE("a batch of sealed envelopes is stored and every receipt verifies", "[ingest]")
{
    RelayFixture f;
    const std::vector<Bytes> batch = {sealedEnvelope(), sealedEnvelope(), sealedEnvelope()};
    auto results = ingestResults(f.client.postBatch(batch));
    REQUIRE(results.size() == 3);
    for (std::size_t i = 0; i < 3; ++i) {
        CHECK(results[i].status == IngestStatus::Stored);
        CHECK(results[i].reportId == idOf(batch[i]));
        CHECK(results[i].reason.empty());
        requireValidReceipt(results[i], batch[i], f.relay->receiptKey());
    }
    CHECK(f.relay->metrics().stored.load() == 3);
    CHECK(f.relay->metrics().queueDepth.load() == 3);
    CHECK(queryInt(f.dir.path(), "SELECT COUNT(*) FROM envelopes WHERE state = 0 AND payload IS NOT NULL") == 3);
}

TEST_CASE("one signature covers a whole committed batch", "[ingest][receipt]")
{
    RelayFixture f;
    std::vector<Bytes> batch;
    for (std::uint64_t i = 0; i < 40; ++i)
        batch.push_back(syntheticEnvelope(i));
    auto results = ingestResults(f.client.postBatch(batch));
    REQUIRE(results.size() == 40);
    auto first = decodeReceipt(results[0].receipt);
    REQUIRE(first.ok());
    CHECK(first->batchSize >= 40);
    for (const auto& r : results) {
        auto receipt = decodeReceipt(r.receipt);
        REQUIRE(receipt.ok());
        CHECK(receipt->signature == first->signature);
        CHECK(receipt->path.size() >= 3);   // a real inclusion path: 3 to 6 levels for 40 leaves
        CHECK(receipt->path.size() <= 6);
    }
    CHECK(f.relay->metrics().commits.load() == 1);
}

TEST_CASE("a malformed envelope is invalid with a reason while its neighbours are stored", "[ingest]")
{
    RelayFixture f;
    Bytes truncated = sealedEnvelope();
    truncated.resize(truncated.size() - 7);
    const Bytes garbage = toBytes("definitely not an envelope");
    const std::vector<Bytes> batch = {sealedEnvelope(), truncated, garbage, sealedEnvelope()};
    auto results = ingestResults(f.client.postBatch(batch));
    REQUIRE(results.size() == 4);
    CHECK(results[0].status == IngestStatus::Stored);
    CHECK(results[1].status == IngestStatus::Invalid);
    REQUIRE(results[1].reportId.has_value());   // named by the id at its fixed offset
    CHECK(std::equal(results[1].reportId->begin(), results[1].reportId->end(), truncated.begin() + 4));
    CHECK_FALSE(results[1].reason.empty());
    CHECK(results[1].receipt.empty());
    CHECK(results[2].status == IngestStatus::Invalid);
    CHECK_FALSE(results[2].reportId.has_value());
    CHECK(results[2].reason.find("magic") != std::string::npos);
    CHECK(results[3].status == IngestStatus::Stored);
    CHECK(f.relay->metrics().invalid.load() == 2);
    CHECK(queryInt(f.dir.path(), "SELECT COUNT(*) FROM envelopes") == 2);
}

TEST_CASE("an envelope over the size limit is invalid, not the whole batch", "[ingest][limits]")
{
    TempDir dir;
    LogCapture log;
    RelayConfig config = testConfig(dir.path());
    config.limits.maxEnvelopeBytes = 2048;
    auto relay = startRelay(config, log.logger());
    Client client(urlOf(relay->port()));
    const std::vector<Bytes> batch = {syntheticEnvelope(1, 1024), syntheticEnvelope(2, 4096)};
    auto results = ingestResults(client.postBatch(batch));
    REQUIRE(results.size() == 2);
    CHECK(results[0].status == IngestStatus::Stored);
    CHECK(results[1].status == IngestStatus::Invalid);
    CHECK(results[1].reason.find("exceeds the limit") != std::string::npos);
}

TEST_CASE("a re-sent envelope is a duplicate and carries the original receipt", "[ingest][dedup]")
{
    RelayFixture f;
    const std::vector<Bytes> batch = {sealedEnvelope()};
    auto first = ingestResults(f.client.postBatch(batch));
    auto second = ingestResults(f.client.postBatch(batch));
    REQUIRE(first.size() == 1);
    REQUIRE(second.size() == 1);
    CHECK(first[0].status == IngestStatus::Stored);
    CHECK(second[0].status == IngestStatus::Duplicate);
    CHECK(second[0].receipt == first[0].receipt);
    CHECK(f.relay->metrics().duplicates.load() == 1);
    CHECK(queryInt(f.dir.path(), "SELECT COUNT(*) FROM envelopes") == 1);
}

TEST_CASE("same report id with another envelope is a conflict and overwrites nothing", "[ingest][dedup]")
{
    RelayFixture f;
    const Bytes original = sealedEnvelope();
    Bytes altered = original;
    altered.back() ^= 0x01;   // same report id, different bytes
    auto stored = ingestResults(f.client.postBatch(std::vector<Bytes>{original}));
    auto conflict = ingestResults(f.client.postBatch(std::vector<Bytes>{altered}));
    REQUIRE(conflict.size() == 1);
    CHECK(conflict[0].status == IngestStatus::Conflict);
    CHECK(conflict[0].reportId == idOf(original));
    CHECK(conflict[0].receipt.empty());
    CHECK_FALSE(conflict[0].reason.empty());
    // The original is untouched: re-sending it is still a duplicate with its first receipt.
    auto again = ingestResults(f.client.postBatch(std::vector<Bytes>{original}));
    CHECK(again[0].status == IngestStatus::Duplicate);
    CHECK(again[0].receipt == stored[0].receipt);
    const Hash32 hash = envelopeHash(original);
    CHECK(queryInt(f.dir.path(), "SELECT COUNT(*) FROM envelopes WHERE envelope_hash = x'" + toHex(hash) + "'") == 1);
    CHECK(f.relay->metrics().conflicts.load() == 1);
}

TEST_CASE("duplicates and conflicts inside one batch are judged like stored ones", "[ingest][dedup]")
{
    RelayFixture f;
    const Bytes a = syntheticEnvelope(10);
    Bytes aAltered = a;
    aAltered.back() ^= 0x01;
    const std::vector<Bytes> batch = {a, a, aAltered};
    auto results = ingestResults(f.client.postBatch(batch));
    REQUIRE(results.size() == 3);
    CHECK(results[0].status == IngestStatus::Stored);
    CHECK(results[1].status == IngestStatus::Duplicate);
    CHECK(results[1].receipt == results[0].receipt);
    CHECK(results[2].status == IngestStatus::Conflict);
    CHECK(queryInt(f.dir.path(), "SELECT COUNT(*) FROM envelopes") == 1);
}

TEST_CASE("concurrent clients sending the same envelope get one stored and the same receipt", "[ingest][dedup]")
{
    RelayFixture f;
    const Bytes envelope = syntheticEnvelope(77);
    constexpr int kClients = 8;
    std::vector<std::vector<IngestResult>> answers(kClients);
    std::vector<std::thread> threads;
    for (int i = 0; i < kClients; ++i)
        threads.emplace_back([&, i] {
            Client c(urlOf(f.relay->port()));
            auto r = c.postBatch(std::vector<Bytes>{envelope});
            if (r && r->status == 200)
                answers[static_cast<std::size_t>(i)] = decodeIngestResults(r->body, 1).value();
        });
    for (auto& t : threads)
        t.join();
    int stored = 0;
    for (const auto& a : answers) {
        REQUIRE(a.size() == 1);
        stored += a[0].status == IngestStatus::Stored;
        CHECK((a[0].status == IngestStatus::Stored || a[0].status == IngestStatus::Duplicate));
        CHECK(a[0].receipt == answers[0][0].receipt);
    }
    CHECK(stored == 1);
}

TEST_CASE("batch framing errors and a wrong content type are refused as a whole", "[ingest]")
{
    RelayFixture f;
    SECTION("not a batch")
    {
        auto r = f.client.send({"POST", "/v1/envelopes", {{"Content-Type", "application/vnd.vigil.batch"}}, "nope"});
        REQUIRE(r.ok());
        CHECK(r->status == 400);
        CHECK(r->contentType == "application/json");
        CHECK(r->body.find("\"error\":") != std::string::npos);
    }
    SECTION("a length that runs past the end")
    {
        Bytes body = encodeBatch(std::vector<ByteView>{ByteView(syntheticEnvelope(1))});
        body.resize(body.size() - 10);
        auto r = f.client.send({"POST", "/v1/envelopes", {{"Content-Type", "application/vnd.vigil.batch"}}, toString(body)});
        REQUIRE(r.ok());
        CHECK(r->status == 400);
    }
    SECTION("an empty batch")
    {
        const Bytes body = encodeBatch(std::vector<ByteView>{});
        auto r = f.client.send({"POST", "/v1/envelopes", {{"Content-Type", "application/vnd.vigil.batch"}}, toString(body)});
        REQUIRE(r.ok());
        CHECK(r->status == 400);
    }
    SECTION("wrong content type")
    {
        const Bytes body = encodeBatch(std::vector<ByteView>{ByteView(syntheticEnvelope(2))});
        auto r = f.client.send({"POST", "/v1/envelopes", {{"Content-Type", "application/json"}}, toString(body)});
        REQUIRE(r.ok());
        CHECK(r->status == 415);
    }
    CHECK(queryInt(f.dir.path(), "SELECT COUNT(*) FROM envelopes") == 0);
}

TEST_CASE("a restarted relay still knows everything it acknowledged", "[ingest][restart]")
{
    TempDir dir;
    LogCapture log;
    const std::vector<Bytes> batch = {sealedEnvelope(), sealedEnvelope(), syntheticEnvelope(5)};
    std::vector<IngestResult> before;
    PublicKey keyBefore{};
    {
        auto relay = startRelay(testConfig(dir.path()), log.logger());
        keyBefore = relay->receiptKey();
        Client client(urlOf(relay->port()));
        before = ingestResults(client.postBatch(batch));
        relay->stop();
    }
    auto relay = startRelay(testConfig(dir.path()), log.logger());
    CHECK(relay->receiptKey() == keyBefore);   // relay.key was reused, not regenerated
    CHECK(relay->metrics().queueDepth.load() == 3);
    Client client(urlOf(relay->port()));
    auto after = ingestResults(client.postBatch(batch));
    REQUIRE(after.size() == batch.size());
    for (std::size_t i = 0; i < batch.size(); ++i) {
        CHECK(before[i].status == IngestStatus::Stored);
        CHECK(after[i].status == IngestStatus::Duplicate);
        CHECK(after[i].receipt == before[i].receipt);
    }
}

TEST_CASE("the receipt key is created once, owner-readable only", "[ingest][key]")
{
    TempDir dir;
    LogCapture log;
    auto relay = startRelay(testConfig(dir.path()), log.logger());
    const auto perms = std::filesystem::status(dir.path() / "relay.key").permissions();
    CHECK((perms & (std::filesystem::perms::group_all | std::filesystem::perms::others_all))
          == std::filesystem::perms::none);
    // The public key is logged (for the operator); the secret seed never is.
    const std::string logged = log.text();
    CHECK(logged.find(toHex(relay->receiptKey())) != std::string::npos);
    std::ifstream keyFile(dir.path() / "relay.key");
    std::string seedHex;
    keyFile >> seedHex;
    REQUIRE(seedHex.size() == 64);
    CHECK(logged.find(seedHex) == std::string::npos);
}
