// SPDX-License-Identifier: EUPL-1.2
// Resumable uploads (docs/api.md, /v1/uploads): resume after a cut without resending what
// arrived, 409 with the real offset, hash mismatch, duplicates, limits, expiry, restart.
#include "sync-server/uploadroutes.h"

#include "tests/support/relaytest.h"
#include "tests/support/syntheticenvelope.h"

#include "sync-server/metrics.h"
#include "tests/support/blockingclient.h"

#include "shared/receipt.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <optional>
#include <thread>

using namespace vigil;
using namespace vigil::relay;
using namespace vigil::relay::test;
using namespace std::chrono_literals;

namespace {

constexpr std::size_t kChunk = 64 * 1024;

struct UploadRelay {
    TempDir dir;
    LogCapture log;
    std::atomic<std::uint64_t> clock{1'800'000'000};
    RelayConfig config;
    std::unique_ptr<RelayServer> relay;

    explicit UploadRelay(const std::function<void(RelayConfig&)>& adjust = {})
    {
        config = testConfig(dir.path());
        if (adjust)
            adjust(config);
        start();
    }
    void start() { relay = startRelay(config, log.logger(), [this] { return clock.load(); }); }
    void restart()
    {
        relay->stop();
        relay.reset();
        start();
    }
    tools::BlockingClient client()
    {
        HttpClientOptions options;
        options.timeout = 5s;
        return tools::BlockingClient::connect(urlOf(relay->port()), options).value();
    }
    std::int64_t count(std::string_view sql) { return queryInt(dir.path(), sql); }
};

tools::ResumableOptions fastRetries()
{
    tools::ResumableOptions o;
    o.chunkBytes = kChunk;
    o.retryBase = 5ms;
    o.retryMax = 50ms;
    o.giveUpAfter = 20s;
    return o;
}

std::string createBody(ByteView envelope)
{
    return "{\"size\":" + std::to_string(envelope.size()) + ",\"envelope_hash\":\"" + toHex(envelopeHash(envelope))
           + "\"}";
}

/// POST /v1/uploads; the upload id (REQUIREs 201 or 200).
std::string createUpload(tools::BlockingClient& c, ByteView envelope)
{
    auto r = c.postJson("/v1/uploads", createBody(envelope));
    REQUIRE(r.ok());
    INFO(r->body);
    REQUIRE((r->status == 201 || r->status == 200));
    const auto at = r->body.find("\"upload\":\"");
    REQUIRE(at != std::string::npos);
    return r->body.substr(at + 10, 32);
}

HttpResponse patch(tools::BlockingClient& c, const std::string& id, std::uint64_t offset, ByteView data)
{
    HeaderList headers{{"Upload-Offset", std::to_string(offset)}};
    if (!data.empty())
        headers.emplace_back("Content-Type", std::string(kChunkContentType));
    auto r = c.send(HttpRequest{"PATCH", "/v1/uploads/" + id, std::move(headers), toString(data)});
    REQUIRE(r.ok());
    return std::move(*r);
}

ByteView slice(const Bytes& b, std::size_t from, std::size_t n)
{
    return ByteView(b).subspan(from, std::min(n, b.size() - from));
}

/// uploadResumable(), FAILing with the client's error.
IngestResult uploaded(tools::BlockingClient& c, const Bytes& envelope, tools::ResumableStats* stats = nullptr,
                      tools::ResumableOptions options = fastRetries())
{
    auto r = c.uploadResumable(envelope, options, stats);
    if (!r)
        FAIL(r.error().message);
    return std::move(*r);
}

void requireReceipt(const IngestResult& r, const Bytes& envelope, const PublicKey& relayKey)
{
    REQUIRE((r.status == IngestStatus::Stored || r.status == IngestStatus::Duplicate));
    auto receipt = decodeReceipt(r.receipt);
    REQUIRE(receipt.ok());
    ReportId id{};
    std::copy(envelope.begin() + 4, envelope.begin() + 20, id.begin());
    const std::array<PublicKey, 1> trusted{relayKey};
    CHECK(verifyReceipt(*receipt, id, envelopeHash(envelope), trusted).ok());
}

} // namespace

TEST_CASE("a resumable upload stores one envelope with a verifying receipt and leaves no partial data", "[uploads]")
{
    UploadRelay f;
    auto c = f.client();
    const Bytes envelope = syntheticEnvelope(1, 300 * 1024);
    std::vector<std::uint64_t> progress;
    auto options = fastRetries();
    options.progress = [&progress](std::uint64_t offset, std::uint64_t) { progress.push_back(offset); };
    tools::ResumableStats stats;
    auto result = std::optional<IngestResult>(uploaded(c, envelope, &stats, options));
    CHECK(result->status == IngestStatus::Stored);
    requireReceipt(*result, envelope, f.relay->receiptKey());
    CHECK(stats.chunkBytes == envelope.size());
    CHECK(stats.failures == 0);
    CHECK(progress.front() == 0);
    CHECK(std::is_sorted(progress.begin(), progress.end()));
    CHECK(f.count("SELECT COUNT(*) FROM envelopes") == 1);
    CHECK(f.count("SELECT COUNT(*) FROM upload_chunks") == 0);
    CHECK(f.relay->metrics().uploadsCompleted.load() == 1);
    CHECK(f.relay->metrics().stored.load() == 1);
    const std::string metrics = c.get("/metrics").value().body;
    CHECK(metrics.find("vigil_relay_uploads_total{event=\"completed\"} 1") != std::string::npos);
    CHECK(metrics.find("vigil_relay_uploads_open 0") != std::string::npos);
}

TEST_CASE("a chunk cut mid-body is discarded and the upload resumes from the durable offset", "[uploads]")
{
    UploadRelay f;
    auto c = f.client();
    const Bytes envelope = syntheticEnvelope(2, 5 * kChunk + 123);
    const std::string id = createUpload(c, envelope);
    REQUIRE(patch(c, id, 0, slice(envelope, 0, kChunk)).status == 204);
    {
        // The connection dies after 1000 of 65536 body bytes.
        RawConnection raw(f.relay->port());
        raw.send("PATCH /v1/uploads/" + id + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/offset+octet-stream\r\n"
                 "Upload-Offset: 65536\r\nContent-Length: 65536\r\n\r\n" + std::string(1000, 'x'));
    }
    auto status = c.get("/v1/uploads/" + id);
    REQUIRE(status.ok());
    CHECK(status->status == 200);
    CHECK(status->header("Upload-Offset") == "65536");
    // Asking again for the same envelope (a client that lost the answer) finds the same upload.
    CHECK(createUpload(c, envelope) == id);
    CHECK(f.count("SELECT COUNT(*) FROM uploads") == 1);

    tools::ResumableStats stats;
    auto result = std::optional<IngestResult>(uploaded(c, envelope, &stats));
    CHECK(result->status == IngestStatus::Stored);
    requireReceipt(*result, envelope, f.relay->receiptKey());
    CHECK(stats.chunkBytes == envelope.size() - kChunk);   // nothing that arrived was sent again
}

TEST_CASE("a chunk at another offset than the durable one gets 409 with the real offset", "[uploads]")
{
    UploadRelay f;
    auto c = f.client();
    const Bytes envelope = syntheticEnvelope(3, 3 * kChunk);
    const std::string id = createUpload(c, envelope);
    REQUIRE(patch(c, id, 0, slice(envelope, 0, kChunk)).status == 204);
    for (std::uint64_t wrong : {std::uint64_t{0}, std::uint64_t{2 * kChunk}}) {
        const HttpResponse r = patch(c, id, wrong, slice(envelope, static_cast<std::size_t>(wrong), kChunk));
        CHECK(r.status == 409);
        CHECK(r.header("Upload-Offset") == std::to_string(kChunk));
        CHECK(r.body.find("\"offset\":65536") != std::string::npos);
    }
    CHECK(f.count("SELECT received FROM uploads") == static_cast<std::int64_t>(kChunk));
    CHECK(f.relay->metrics().uploadOffsetMismatches.load() == 2);
    // Past the announced end.
    CHECK(patch(c, id, kChunk, slice(envelope, 0, 3 * kChunk)).status == 400);
}

TEST_CASE("bytes that do not match envelope_hash are invalid and nothing is stored", "[uploads]")
{
    UploadRelay f;
    auto c = f.client();
    const Bytes announced = syntheticEnvelope(4, 2 * kChunk);
    const Bytes sent = syntheticEnvelope(5, 2 * kChunk);
    const std::string id = createUpload(c, announced);
    REQUIRE(patch(c, id, 0, slice(sent, 0, kChunk)).status == 204);
    const HttpResponse last = patch(c, id, kChunk, slice(sent, kChunk, kChunk));
    const auto results = ingestResults(last);
    REQUIRE(results.size() == 1);
    CHECK(results[0].status == IngestStatus::Invalid);
    CHECK(results[0].reason.find("envelope_hash") != std::string::npos);
    CHECK(f.count("SELECT COUNT(*) FROM envelopes") == 0);
    CHECK(f.count("SELECT COUNT(*) FROM uploads") == 0);
    CHECK(f.count("SELECT COUNT(*) FROM upload_chunks") == 0);
}

TEST_CASE("an upload of an envelope already stored is a duplicate with the original receipt", "[uploads]")
{
    UploadRelay f;
    auto c = f.client();
    const Bytes envelope = syntheticEnvelope(6, 200 * 1024);
    const std::vector<ByteView> batch{envelope};
    auto first = c.upload(batch);
    REQUIRE(first.ok());
    REQUIRE(first->at(0).status == IngestStatus::Stored);
    auto again = std::optional<IngestResult>(uploaded(c, envelope));
    CHECK(again->status == IngestStatus::Duplicate);
    CHECK(again->receipt == first->at(0).receipt);
    // The completed upload keeps its answer: asking once more costs no chunk at all.
    tools::ResumableStats stats;
    auto third = std::optional<IngestResult>(uploaded(c, envelope, &stats));
    CHECK(third->receipt == first->at(0).receipt);
    CHECK(stats.chunkBytes == 0);
    CHECK(f.count("SELECT COUNT(*) FROM envelopes") == 1);

    // Same report id, other bytes: conflict, nothing overwritten.
    Bytes other = syntheticEnvelope(7, 200 * 1024);
    setSyntheticId(other, 6);
    auto conflict = std::optional<IngestResult>(uploaded(c, other));
    CHECK(conflict->status == IngestStatus::Conflict);
}

TEST_CASE("uploads are refused clearly over their limits", "[uploads]")
{
    UploadRelay f([](RelayConfig& c) {
        c.limits.maxEnvelopeBytes = 512 * 1024;
        c.uploads.maxOpen = 2;
        c.uploads.maxPartialBytes = 600 * 1024;
        c.uploads.maxChunkBytes = 128 * 1024;
    });
    auto c = f.client();
    auto tooBig = c.postJson("/v1/uploads", createBody(syntheticEnvelope(10, 513 * 1024)));
    CHECK(tooBig.value().status == 413);
    CHECK(tooBig.value().body.starts_with("{\"error\":"));

    const Bytes a = syntheticEnvelope(11, 400 * 1024);
    const Bytes b = syntheticEnvelope(12, 100 * 1024);
    const std::string idA = createUpload(c, a);
    createUpload(c, b);
    auto tooMany = c.postJson("/v1/uploads", createBody(syntheticEnvelope(13, 1024)));
    CHECK(tooMany.value().status == 429);
    CHECK(tooMany.value().header("Retry-After") == "60");
    CHECK(patch(c, idA, 0, slice(a, 0, 129 * 1024)).status == 413);

    // Completing one frees its room; the partial bytes are reserved at the announced size.
    uploaded(c, b);
    auto noRoom = c.postJson("/v1/uploads", createBody(syntheticEnvelope(14, 300 * 1024)));
    CHECK(noRoom.value().status == 429);
    CHECK(c.postJson("/v1/uploads", createBody(syntheticEnvelope(15, 100 * 1024))).value().status == 201);
    CHECK(f.relay->metrics().uploadsRefused.load() == 3);

    CHECK(c.postJson("/v1/uploads", "{\"size\":10}").value().status == 400);
    CHECK(c.postJson("/v1/uploads", "{\"size\":-1,\"envelope_hash\":\"00\"}").value().status == 400);
    CHECK(c.send(HttpRequest{"POST", "/v1/uploads", {{"Content-Type", "text/plain"}}, "x"}).value().status == 415);
    CHECK(c.send(HttpRequest{"PATCH", "/v1/uploads/" + idA, {{"Upload-Offset", "0"}}, "x"}).value().status == 415);
    CHECK(c.send(HttpRequest{"PATCH", "/v1/uploads/" + idA, {}, ""}).value().status == 400);
    CHECK(c.get("/v1/uploads/" + std::string(32, '0')).value().status == 404);
    CHECK(c.get("/v1/uploads/nothex").value().status == 404);
    // A different size for a known envelope hash.
    auto mismatch = c.postJson("/v1/uploads", "{\"size\":5,\"envelope_hash\":\"" + toHex(envelopeHash(a)) + "\"}");
    CHECK(mismatch.value().status == 409);
}

TEST_CASE("an abandoned partial upload expires and stops counting", "[uploads]")
{
    UploadRelay f([](RelayConfig& c) {
        c.uploads.expiry = std::chrono::hours(24);
        c.uploads.maxOpen = 1;
    });
    auto c = f.client();
    const Bytes envelope = syntheticEnvelope(20, 2 * kChunk);
    const std::string id = createUpload(c, envelope);
    REQUIRE(patch(c, id, 0, slice(envelope, 0, kChunk)).status == 204);
    f.clock += 23 * 3600;   // still alive: a chunk or a re-create keeps it so
    CHECK(c.get("/v1/uploads/" + id).value().status == 200);
    f.clock += 2 * 3600;
    CHECK(c.get("/v1/uploads/" + id).value().status == 404);
    CHECK(patch(c, id, kChunk, slice(envelope, kChunk, kChunk)).status == 404);
    // The next create purges it, so it no longer holds the only slot.
    const Bytes next = syntheticEnvelope(21, kChunk);
    CHECK(createUpload(c, next) != id);
    CHECK(f.count("SELECT COUNT(*) FROM uploads") == 1);
    CHECK(f.count("SELECT COUNT(*) FROM upload_chunks") == 0);
    CHECK(f.relay->metrics().uploadsExpired.load() == 1);
    CHECK(f.log.text().find(toHex(envelopeHash(envelope))) == std::string::npos);
}

TEST_CASE("a relay restarted mid-upload keeps the durable offset", "[uploads]")
{
    UploadRelay f;
    const Bytes envelope = syntheticEnvelope(30, 4 * kChunk + 7);
    std::string id;
    {
        auto c = f.client();
        id = createUpload(c, envelope);
        REQUIRE(patch(c, id, 0, slice(envelope, 0, kChunk)).status == 204);
        REQUIRE(patch(c, id, kChunk, slice(envelope, kChunk, kChunk)).status == 204);
    }
    f.restart();
    auto c = f.client();
    auto status = c.get("/v1/uploads/" + id);
    REQUIRE(status.ok());
    CHECK(status->header("Upload-Offset") == std::to_string(2 * kChunk));
    {
        // HEAD answers the same headers without a body.
        RawConnection raw(f.relay->port());
        raw.send("HEAD /v1/uploads/" + id + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        const std::string head = raw.readAll(2s);
        CHECK(head.starts_with("HTTP/1.1 200"));
        CHECK(head.find("Upload-Offset: " + std::to_string(2 * kChunk) + "\r\n") != std::string::npos);
        CHECK(head.ends_with("\r\n\r\n"));
    }
    tools::ResumableStats stats;
    auto result = std::optional<IngestResult>(uploaded(c, envelope, &stats));
    CHECK(result->status == IngestStatus::Stored);
    requireReceipt(*result, envelope, f.relay->receiptKey());
    CHECK(stats.chunkBytes == envelope.size() - 2 * kChunk);
    CHECK(f.count("SELECT COUNT(*) FROM envelopes") == 1);
}

TEST_CASE("the last chunk racing many empty re-asks at offset = size gives every client the same answer, and the "
          "result stays retrievable",
          "[uploads][race]")
{
    UploadRelay r;
    constexpr int kRounds = 12;
    constexpr int kAskers = 6;
    for (int round = 0; round < kRounds; ++round) {
        const Bytes envelope = syntheticEnvelope(9000 + static_cast<std::uint64_t>(round), 3 * kChunk + 100);
        auto c = r.client();
        const std::string id = createUpload(c, envelope);
        for (std::size_t at = 0; at < 3 * kChunk; at += kChunk)
            REQUIRE(patch(c, id, at, slice(envelope, at, kChunk)).status == 204);

        // Each asker re-asks with an empty PATCH at size until it gets an answer that is not
        // "not there yet" (409); the main thread sends the last chunk meanwhile.
        std::atomic<bool> go{false};
        std::vector<std::string> answers(kAskers + 1);
        std::vector<std::thread> askers;
        for (int k = 0; k < kAskers; ++k) {
            askers.emplace_back([&, k] {
                auto ask = tools::BlockingClient::connect(urlOf(r.relay->port())).value();
                while (!go.load())
                    std::this_thread::yield();
                for (int attempt = 0; attempt < 2000; ++attempt) {
                    auto a = ask.send(HttpRequest{"PATCH", "/v1/uploads/" + id,
                                                  {{"Upload-Offset", std::to_string(envelope.size())}}, {}});
                    if (!a) {
                        answers[static_cast<std::size_t>(k)] = "no answer: " + a.error().message;
                        return;
                    }
                    if (a->status != 409) {
                        answers[static_cast<std::size_t>(k)] = std::to_string(a->status) + " " + a->body;
                        return;
                    }
                }
            });
        }
        go.store(true);
        const HttpResponse last = patch(c, id, 3 * kChunk, slice(envelope, 3 * kChunk, kChunk));
        answers[kAskers] = std::to_string(last.status) + " " + last.body;
        for (auto& t : askers)
            t.join();

        INFO("round " << round);
        // Stored, or duplicate when a re-ask's completion ingested first (with the same
        // receipt): either way acknowledged, and the same for everyone.
        CHECK(answers[kAskers].starts_with("200 "));
        auto results = decodeIngestResults(answers[kAskers].substr(4), 1);
        REQUIRE(results.ok());
        REQUIRE(results->size() == 1);
        requireReceipt(results->front(), envelope, r.relay->receiptKey());
        for (int k = 0; k < kAskers; ++k)
            CHECK(answers[static_cast<std::size_t>(k)] == answers[kAskers]);
        // Retrievable afterwards, with the same answer again.
        auto state = c.get("/v1/uploads/" + id);
        REQUIRE(state.ok());
        CHECK(state->status == 200);
        const HttpResponse again = patch(c, id, envelope.size(), {});
        CHECK(std::to_string(again.status) + " " + again.body == answers[kAskers]);
    }
    CHECK(r.count("SELECT COUNT(*) FROM envelopes") == kRounds);
    CHECK(r.count("SELECT COUNT(*) FROM upload_chunks") == 0);
}
