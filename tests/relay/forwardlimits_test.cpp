// SPDX-License-Identifier: EUPL-1.2
// Forwarding within the upstream's limits (docs/relay.md, "Forwarding"): batches bounded in
// bytes and count, large envelopes by resumable upload, refusals that shrink the batch instead
// of looking like an outage, and dead letters for what the upstream will never take, so no
// single envelope blocks the queue.
#include "tests/support/relaytest.h"
#include "tests/support/syntheticenvelope.h"

#include "sync-server/forwarder.h"
#include "sync-server/forwardplan.h"
#include "sync-server/metrics.h"
#include "sync-server/upstreamlimits.h"
#include "sync-server/upstreamupload.h"

#include "shared/net/httpserver.h"

#include <catch2/catch.hpp>

#include <atomic>

using namespace vigil;
using namespace vigil::relay;
using namespace vigil::relay::test;
using namespace std::chrono_literals;

namespace {

constexpr std::size_t kLarge = 3'000'000;   // a photo report

RelayConfig withUpstream(const std::filesystem::path& dir, std::uint16_t upstreamPort)
{
    RelayConfig c = testConfig(dir);
    c.upstreamUrl = urlOf(upstreamPort);
    return c;
}

/// Posts `envelopes` to a relay in requests that fit its body limit.
void deliver(Client& client, const std::vector<Bytes>& envelopes)
{
    for (const auto& e : envelopes)
        REQUIRE(ingestResults(client.postBatch(std::span(&e, 1)))[0].status == IngestStatus::Stored);
}

std::vector<Bytes> mixedQueue(std::uint64_t first, std::size_t large, std::size_t small)
{
    std::vector<Bytes> out;
    for (std::size_t i = 0; i < large + small; ++i)
        out.push_back(syntheticEnvelope(first + i, i % 20 == 0 && i / 20 < large ? kLarge : 2048));
    return out;
}

/// An upstream without GET /v1/limits (like the registry) and with a small body limit: it
/// refuses larger requests with 413 and answers "stored" for every envelope it gets.
struct SmallUpstream {
    LogCapture log;
    Metrics metrics;
    RouteTable table;
    std::unique_ptr<HttpServer> server;
    std::atomic<std::size_t> received{0};

    explicit SmallUpstream(std::size_t maxBody)
    {
        table.add("POST", "/v1/envelopes", [this](HttpRequest r, std::string) -> net::awaitable<HttpResponse> {
            auto batch = decodeBatch(asBytes(r.body), 1024, 8u << 20);
            if (!batch)
                co_return jsonError(400, batch.error().message);
            std::vector<IngestResult> results;
            for (ByteView e : *batch) {
                IngestResult one;
                one.status = IngestStatus::Stored;
                one.reportId = ReportId{};
                std::copy(e.begin() + 4, e.begin() + 20, one.reportId->begin());
                one.receipt = toBytes("receipt");
                results.push_back(std::move(one));
            }
            received += results.size();
            co_return jsonResponse(200, encodeIngestResults(results));
        });
        HttpServerOptions options;
        options.threads = 1;
        options.limits.maxBodyBytes = maxBody;
        auto s = HttpServer::create(options, table, log.logger(), metrics);
        REQUIRE(s.ok());
        server = std::move(*s);
        server->start();
    }
    ~SmallUpstream() { server->stopThreads(); }
};

} // namespace

TEST_CASE("a relay serves its limits at GET /v1/limits and a forwarder can read them", "[forward][limits]")
{
    TempDir dir;
    LogCapture log;
    RelayConfig config = testConfig(dir.path());
    config.limits.maxBodyBytes = 2u << 20;
    config.uploads.maxChunkBytes = 4u << 20;   // bounded by the body limit in the answer
    auto relay = startRelay(config, log.logger());
    Client client(urlOf(relay->port()));
    auto answer = client.get("/v1/limits");
    REQUIRE(answer.ok());
    REQUIRE(answer->status == 200);
    auto limits = decodeUpstreamLimits(answer->body);
    REQUIRE(limits.ok());
    CHECK(limits->maxBodyBytes == 2u << 20);
    CHECK(limits->maxEnvelopeBytes == config.limits.maxEnvelopeBytes);
    CHECK(limits->maxBatchEnvelopes == config.limits.maxBatchEnvelopes);
    CHECK(limits->uploadChunkBytes == std::optional<std::size_t>(2u << 20));
    CHECK_FALSE(decodeUpstreamLimits("{\"max_body_bytes\":0}").ok());
    CHECK(decodeUpstreamLimits("{\"max_body_bytes\":9,\"max_envelope_bytes\":9,\"max_batch_envelopes\":9,\"new\":1}").ok());
}

TEST_CASE("a relay that was offline with three 3 MB envelopes and many small ones delivers all of them once its "
          "upstream relay returns, the large ones by resumable upload",
          "[forward][limits]")
{
    TempDir dirA;
    TempDir dirB;
    LogCapture log;
    const std::uint16_t upstreamPort = freePort();
    auto a = startRelay(withUpstream(dirA.path(), upstreamPort), log.logger());
    Client client(urlOf(a->port()));
    const auto queued = mixedQueue(5000, 3, 120);
    deliver(client, queued);
    REQUIRE(waitUntil([&] { return a->metrics().forwardFailures.load() >= 2; }));

    RelayConfig configB = testConfig(dirB.path());
    configB.listenPort = upstreamPort;
    auto b = startRelay(configB, log.logger());
    INFO(log.text().substr(log.text().size() > 3000 ? log.text().size() - 3000 : 0));
    REQUIRE(waitUntil([&] { return a->metrics().queueDepth.load() == 0; }, 30s));
    CHECK(queryInt(dirB.path(), "SELECT COUNT(*) FROM envelopes") == static_cast<std::int64_t>(queued.size()));
    CHECK(b->metrics().stored.load() + b->metrics().duplicates.load() >= queued.size());
    CHECK(a->metrics().forwardUploads.load() == 3);
    CHECK(queryInt(dirA.path(), "SELECT COUNT(*) FROM dead_letters") == 0);
    CHECK(queryInt(dirB.path(), "SELECT COUNT(*) FROM upload_chunks") == 0);
    CHECK(log.text().find("Broken pipe") == std::string::npos);
}

TEST_CASE("through a chain of two relays that were both offline, multi-MB and small envelopes all reach the top",
          "[forward][limits][chain]")
{
    TempDir dirs[3];
    LogCapture log;
    const std::uint16_t middlePort = freePort();
    const std::uint16_t topPort = freePort();
    auto ship = startRelay(withUpstream(dirs[0].path(), middlePort), log.logger());
    Client client(urlOf(ship->port()));
    const auto queued = mixedQueue(6000, 3, 60);
    deliver(client, queued);
    RelayConfig middleConfig = withUpstream(dirs[1].path(), topPort);
    middleConfig.listenPort = middlePort;
    auto middle = startRelay(middleConfig, log.logger());
    REQUIRE(waitUntil([&] { return ship->metrics().queueDepth.load() == 0; }, 30s));
    REQUIRE(waitUntil([&] { return middle->metrics().forwardFailures.load() >= 2; }));

    RelayConfig topConfig = testConfig(dirs[2].path());
    topConfig.listenPort = topPort;
    auto top = startRelay(topConfig, log.logger());
    REQUIRE(waitUntil([&] { return middle->metrics().queueDepth.load() == 0; }, 30s));
    CHECK(queryInt(dirs[2].path(), "SELECT COUNT(*) FROM envelopes") == static_cast<std::int64_t>(queued.size()));
    CHECK(ship->metrics().forwardUploads.load() == 3);
    CHECK(middle->metrics().forwardUploads.load() == 3);
    const Hash32 h = envelopeHash(queued[0]);   // a large one, byte for byte
    CHECK(queryInt(dirs[2].path(), "SELECT COUNT(*) FROM envelopes WHERE envelope_hash = x'" + toHex(h) + "'") == 1);
}

TEST_CASE("a batch the upstream refuses as too large is split instead of being retried as an outage, and an "
          "envelope it refuses on its own becomes a dead letter while the rest goes on",
          "[forward][limits][deadletter]")
{
    SmallUpstream upstream(64 * 1024);
    TempDir dir;
    LogCapture log;
    RelayConfig config = withUpstream(dir.path(), upstream.server->port());
    config.forward.batchBytes = 1u << 20;   // far above what the upstream takes
    auto relay = startRelay(config, log.logger());
    Client client(urlOf(relay->port()));
    std::vector<Bytes> queued;
    for (std::uint64_t i = 0; i < 40; ++i)
        queued.push_back(syntheticEnvelope(7000 + i, 8 * 1024));
    queued.insert(queued.begin() + 10, syntheticEnvelope(7999, 200 * 1024));   // over 64 KiB alone
    ingestResults(client.postBatch(queued));

    REQUIRE(waitUntil([&] { return relay->metrics().queueDepth.load() == 0; }, 20s));
    CHECK(upstream.received.load() == 40);
    CHECK(relay->metrics().forwardRefusals.load() >= 2);
    CHECK(relay->metrics().deadLettered.load() == 1);
    CHECK(queryInt(dir.path(), "SELECT COUNT(*) FROM dead_letters WHERE reason LIKE '%413%'") == 1);
    CHECK(queryInt(dir.path(), "SELECT COUNT(*) FROM envelopes WHERE state = 2 AND payload IS NOT NULL") == 1);
    const std::string text = log.text();
    CHECK(text.find("upstream unreachable") == std::string::npos);
    CHECK(text.find("envelope kept as dead letter") != std::string::npos);
    CHECK(text.find("127.0.0.1") == std::string::npos);
    auto metrics = client.get("/metrics");
    REQUIRE(metrics.ok());
    CHECK(metrics->body.find("vigil_relay_dead_letters 1\n") != std::string::npos);
}

TEST_CASE("an envelope over the upstream's envelope limit becomes a dead letter at once and the rest goes on",
          "[forward][limits][deadletter]")
{
    TempDir dirA;
    TempDir dirB;
    LogCapture log;
    RelayConfig configB = testConfig(dirB.path());
    configB.limits.maxEnvelopeBytes = 16 * 1024;
    auto b = startRelay(configB, log.logger());
    auto a = startRelay(withUpstream(dirA.path(), b->port()), log.logger());
    Client client(urlOf(a->port()));
    ingestResults(client.postBatch(std::vector<Bytes>{syntheticEnvelope(8000, 64 * 1024), syntheticEnvelope(8001),
                                                      syntheticEnvelope(8002)}));
    REQUIRE(waitUntil([&] { return a->metrics().queueDepth.load() == 0; }));
    CHECK(queryInt(dirB.path(), "SELECT COUNT(*) FROM envelopes") == 2);
    CHECK(queryInt(dirA.path(), "SELECT COUNT(*) FROM dead_letters WHERE reason LIKE 'larger than the upstream%'") == 1);
}

TEST_CASE("only what the upstream says about what was sent is a refusal, everything else is retried later",
          "[forward][limits][unit]")
{
    CHECK(classifyStatus(200) == UpstreamVerdict::Answered);
    CHECK(classifyStatus(204) == UpstreamVerdict::Answered);
    CHECK(classifyStatus(413) == UpstreamVerdict::TooLarge);
    for (unsigned status : {400u, 409u, 422u})
        CHECK(classifyStatus(status) == UpstreamVerdict::Refused);
    // A wrong upstream path or a proxy's login page is not the envelopes' fault.
    for (unsigned status : {301u, 401u, 403u, 404u, 405u, 408u, 429u, 500u, 502u, 503u})
        CHECK(classifyStatus(status) == UpstreamVerdict::Transient);
}

TEST_CASE("a round is planned within the byte and count caps, and a large envelope goes by upload, alone, or is "
          "refused when the upstream can never take it",
          "[forward][limits][unit]")
{
    auto heads = [] {
        std::vector<PendingEnvelope> out;
        std::int64_t id = 0;
        for (std::size_t size : {300u, 400u, 5000u, 200u, 300u})
            out.push_back(PendingEnvelope{++id, {}, size, {}});
        return out;
    };
    auto ids = [](const std::vector<PendingEnvelope>& v) {
        std::vector<std::int64_t> out;
        for (const auto& p : v)
            out.push_back(p.id);
        return out;
    };
    ForwardCaps caps;
    caps.batchBytes = batchBodyBytes(3, 900);   // room for 300 + 400 + 200
    caps.batchEnvelopes = 10;

    SECTION("with uploads the large one goes alone by upload, the small ones fill the batch")
    {
        caps.uploads = true;
        const ForwardPlan plan = planForward(heads(), caps);
        CHECK(ids(plan.batch) == std::vector<std::int64_t>{1, 2, 4});
        REQUIRE(plan.upload);
        CHECK(plan.upload->id == 3);
        CHECK(plan.refused.empty());
    }
    SECTION("without uploads it waits for a round of its own, then goes alone")
    {
        CHECK(ids(planForward(heads(), caps).batch) == std::vector<std::int64_t>{1, 2, 4});
        auto rest = heads();
        rest.erase(rest.begin(), rest.begin() + 2);
        const ForwardPlan plan = planForward(std::move(rest), caps);
        CHECK(ids(plan.batch) == std::vector<std::int64_t>{3});
        CHECK_FALSE(plan.upload);
    }
    SECTION("over what the upstream takes, it is refused at once and the rest goes on")
    {
        caps.upstreamMaxBody = 4096;
        const ForwardPlan plan = planForward(heads(), caps);
        REQUIRE(plan.refused.size() == 1);
        CHECK(plan.refused[0].id == 3);
        CHECK(plan.refused[0].reason.starts_with("larger than the upstream's request limit"));
        CHECK(ids(plan.batch) == std::vector<std::int64_t>{1, 2, 4});
    }
    SECTION("the count cap holds as well")
    {
        caps.batchEnvelopes = 2;
        caps.uploads = true;
        CHECK(ids(planForward(heads(), caps).batch) == std::vector<std::int64_t>{1, 2});
    }
}

TEST_CASE("an envelope that makes the upstream fail without a usable answer is tried after all the others, "
          "which go on",
          "[forward][limits][poison]")
{
    const std::uint64_t poison = 9900;
    const Bytes poisonEnvelope = syntheticEnvelope(poison);
    ReportId poisonId{};
    std::copy(poisonEnvelope.begin() + 4, poisonEnvelope.begin() + 20, poisonId.begin());
    std::atomic<std::size_t> received{0};
    // An upstream whose handler fails (500) on any batch that holds the poison envelope.
    LogCapture upstreamLog;
    Metrics upstreamMetrics;
    RouteTable table;
    table.add("POST", "/v1/envelopes", [&](HttpRequest r, std::string) -> net::awaitable<HttpResponse> {
        auto batch = decodeBatch(asBytes(r.body), 1024, 1u << 20);
        if (!batch)
            co_return jsonError(400, batch.error().message);
        std::vector<IngestResult> results;
        for (ByteView e : *batch) {
            IngestResult one;
            one.status = IngestStatus::Stored;
            one.reportId = ReportId{};
            std::copy(e.begin() + 4, e.begin() + 20, one.reportId->begin());
            if (*one.reportId == poisonId)
                throw std::runtime_error("the upstream cannot handle this envelope");
            one.receipt = toBytes("receipt");
            results.push_back(std::move(one));
        }
        received += results.size();
        co_return jsonResponse(200, encodeIngestResults(results));
    });
    HttpServerOptions options;
    options.threads = 1;
    auto upstream = HttpServer::create(options, table, upstreamLog.logger(), upstreamMetrics);
    REQUIRE(upstream.ok());
    (*upstream)->start();

    TempDir dir;
    LogCapture log;
    auto relay = startRelay(withUpstream(dir.path(), (*upstream)->port()), log.logger());
    Client client(urlOf(relay->port()));
    std::vector<Bytes> queued{poisonEnvelope};   // the oldest: the first batch holds it
    for (std::uint64_t i = 1; i <= 20; ++i)
        queued.push_back(syntheticEnvelope(poison + i));
    ingestResults(client.postBatch(queued));

    REQUIRE(waitUntil([&] { return relay->metrics().queueDepth.load() == 1; }, 20s));
    CHECK(received.load() == 20);   // the poison one still waits; never dropped
    CHECK(queryInt(dir.path(), "SELECT COUNT(*) FROM envelopes WHERE state = 0 AND payload IS NOT NULL") == 1);
    CHECK(queryInt(dir.path(), "SELECT COUNT(*) FROM dead_letters") == 0);
    relay->stop();
    (*upstream)->stopThreads();
}
