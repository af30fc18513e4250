// SPDX-License-Identifier: EUPL-1.2
#include "tests/support/relaytest.h"
#include "tests/support/syntheticenvelope.h"
#include "tests/support/testdata.h"

#include "sync-server/cachestore.h"
#include "sync-server/envelopestore.h"
#include "sync-server/forwarder.h"
#include "sync-server/metrics.h"

#include "shared/bulletin.h"
#include "shared/directory.h"
#include "shared/keysetrotation.h"
#include "shared/signeddoc.h"
#include "shared/net/httpserver.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <mutex>
#include <fstream>

using namespace vigil;
using namespace vigil::relay;
using namespace vigil::relay::test;
using namespace std::chrono_literals;

namespace {

std::uint64_t unixNow()
{
    return static_cast<std::uint64_t>(std::chrono::duration_cast<std::chrono::seconds>(
                                          std::chrono::system_clock::now().time_since_epoch())
                                          .count());
}

std::vector<Bytes> envelopes(std::uint64_t first, std::size_t count)
{
    std::vector<Bytes> out;
    for (std::size_t i = 0; i < count; ++i)
        out.push_back(syntheticEnvelope(first + i));
    return out;
}

RelayConfig withUpstream(const std::filesystem::path& dir, std::uint16_t upstreamPort)
{
    RelayConfig c = testConfig(dir);
    c.upstreamUrl = urlOf(upstreamPort);
    return c;
}

/// An upstream with hand-written routes, on the same HttpServer the relay uses.
struct FakeUpstream {
    LogCapture log;
    Metrics metrics;
    RouteTable table;
    std::unique_ptr<HttpServer> server;

    explicit FakeUpstream(const std::function<void(RouteTable&)>& install)
    {
        install(table);
        HttpServerOptions options;
        options.threads = 1;
        auto s = HttpServer::create(options, table, log.logger(), metrics);
        REQUIRE(s.ok());
        server = std::move(*s);
        server->start();
    }
    ~FakeUpstream() { server->stopThreads(); }
};

} // namespace

TEST_CASE("upstream down: the queue grows, upstream back: it drains exactly once", "[forward]")
{
    TempDir dirA;
    TempDir dirB;
    LogCapture log;
    const std::uint16_t upstreamPort = freePort();
    auto a = startRelay(withUpstream(dirA.path(), upstreamPort), log.logger());
    Client client(urlOf(a->port()));
    const auto sent = envelopes(1000, 30);
    for (std::size_t i = 0; i < sent.size(); i += 10)
        ingestResults(client.postBatch(std::span(sent).subspan(i, 10)));

    REQUIRE(waitUntil([&] { return a->metrics().forwardFailures.load() >= 2; }));
    CHECK(a->metrics().queueDepth.load() == 30);
    CHECK(queryInt(dirA.path(), "SELECT COUNT(*) FROM envelopes WHERE payload IS NOT NULL") == 30);

    RelayConfig configB = testConfig(dirB.path());
    configB.listenPort = upstreamPort;
    auto b = startRelay(configB, log.logger());
    REQUIRE(waitUntil([&] { return a->metrics().queueDepth.load() == 0; }));

    CHECK(queryInt(dirB.path(), "SELECT COUNT(*) FROM envelopes") == 30);
    CHECK(b->metrics().stored.load() == 30);
    CHECK(b->metrics().duplicates.load() == 0);
    CHECK(a->metrics().forwarded.load() == 30);
    // Forwarded payloads are gone; their tombstones (id, hash, receipt) stay.
    CHECK(queryInt(dirA.path(), "SELECT COUNT(*) FROM envelopes WHERE state = 1 AND payload IS NULL") == 30);
    CHECK(queryInt(dirA.path(), "SELECT COUNT(*) FROM envelopes WHERE upstream_receipt IS NOT NULL") == 30);

    // A late re-send is still recognised downstream and never reaches the upstream twice.
    auto again = ingestResults(client.postBatch(std::span(sent).first(1)));
    CHECK(again[0].status == IngestStatus::Duplicate);
    std::this_thread::sleep_for(200ms);
    CHECK(b->metrics().stored.load() + b->metrics().duplicates.load() == 30);
}

TEST_CASE("a restarted relay resumes forwarding its queue", "[forward][restart]")
{
    TempDir dirA;
    TempDir dirB;
    LogCapture log;
    const std::uint16_t upstreamPort = freePort();
    {
        auto a = startRelay(withUpstream(dirA.path(), upstreamPort), log.logger());
        Client client(urlOf(a->port()));
        ingestResults(client.postBatch(envelopes(2000, 12)));
        a->stop();
    }
    RelayConfig configB = testConfig(dirB.path());
    configB.listenPort = upstreamPort;
    auto b = startRelay(configB, log.logger());
    auto a = startRelay(withUpstream(dirA.path(), upstreamPort), log.logger());
    CHECK(waitUntil([&] { return queryInt(dirB.path(), "SELECT COUNT(*) FROM envelopes") == 12; }));
    REQUIRE(waitUntil([&] { return a->metrics().queueDepth.load() == 0; }));
}

TEST_CASE("relays chain: device to ship to base to registry-side relay", "[forward][chain]")
{
    TempDir dirs[3];
    LogCapture log;
    auto top = startRelay(testConfig(dirs[2].path()), log.logger());
    auto middle = startRelay(withUpstream(dirs[1].path(), top->port()), log.logger());
    auto ship = startRelay(withUpstream(dirs[0].path(), middle->port()), log.logger());
    Client client(urlOf(ship->port()));
    const std::vector<Bytes> batch = {sealedEnvelope(), sealedEnvelope()};
    ingestResults(client.postBatch(batch));
    REQUIRE(waitUntil([&] { return queryInt(dirs[2].path(), "SELECT COUNT(*) FROM envelopes") == 2; }));
    CHECK(waitUntil([&] { return middle->metrics().queueDepth.load() == 0 && ship->metrics().queueDepth.load() == 0; }));
    // The top holds the exact bytes the device sealed.
    const Hash32 h = envelopeHash(batch[0]);
    CHECK(queryInt(dirs[2].path(), "SELECT COUNT(*) FROM envelopes WHERE envelope_hash = x'" + toHex(h) + "'") == 1);
}

TEST_CASE("upstream conflict or invalid answers become dead letters, never silently dropped", "[forward][deadletter]")
{
    TempDir dirA;
    TempDir dirB;
    LogCapture log;
    auto b = startRelay(testConfig(dirB.path()), log.logger());
    const Bytes original = syntheticEnvelope(3000);
    Bytes altered = original;
    altered.back() ^= 0x01;
    {
        Client direct(urlOf(b->port()));
        ingestResults(direct.postBatch(std::vector<Bytes>{altered}));   // B already holds another version
    }
    auto a = startRelay(withUpstream(dirA.path(), b->port()), log.logger());
    Client client(urlOf(a->port()));
    ingestResults(client.postBatch(std::vector<Bytes>{original, syntheticEnvelope(3001)}));
    REQUIRE(waitUntil([&] { return a->metrics().queueDepth.load() == 0; }));
    CHECK(queryInt(dirA.path(), "SELECT COUNT(*) FROM dead_letters WHERE status = 'conflict' AND reason <> ''") == 1);
    CHECK(queryInt(dirA.path(), "SELECT COUNT(*) FROM envelopes WHERE state = 2 AND payload IS NOT NULL") == 1);
    CHECK(queryInt(dirB.path(), "SELECT COUNT(*) FROM envelopes") == 2);
    auto metrics = client.get("/metrics");
    REQUIRE(metrics.ok());
    CHECK(metrics->body.find("vigil_relay_dead_letters 1\n") != std::string::npos);
}

TEST_CASE("tombstones are kept for the retention period, then purged", "[forward][retention]")
{
    TempDir dirA;
    TempDir dirB;
    LogCapture log;
    std::atomic<std::uint64_t> now{1'800'000'000};
    auto clock = [&now] { return now.load(); };
    auto b = startRelay(testConfig(dirB.path()), log.logger());
    const std::vector<Bytes> one = {syntheticEnvelope(4000)};
    {
        auto a = startRelay(withUpstream(dirA.path(), b->port()), log.logger(), clock);
        Client client(urlOf(a->port()));
        ingestResults(client.postBatch(one));
        REQUIRE(waitUntil([&] { return a->metrics().queueDepth.load() == 0; }));
        a->stop();
    }
    now += 89 * 24 * 3600;   // within the default 90 days: the purge at start keeps it
    {
        auto a = startRelay(withUpstream(dirA.path(), b->port()), log.logger(), clock);
        Client client(urlOf(a->port()));
        CHECK(ingestResults(client.postBatch(one))[0].status == IngestStatus::Duplicate);
        a->stop();
    }
    now += 2 * 24 * 3600;    // past it: the tombstone goes
    auto a = startRelay(withUpstream(dirA.path(), b->port()), log.logger(), clock);
    REQUIRE(waitUntil([&] { return queryInt(dirA.path(), "SELECT COUNT(*) FROM envelopes") == 0; }));
    // A re-send after retention is stored again; the upstream still says duplicate, which acks it.
    Client client(urlOf(a->port()));
    CHECK(ingestResults(client.postBatch(one))[0].status == IngestStatus::Stored);
    REQUIRE(waitUntil([&] { return a->metrics().queueDepth.load() == 0; }));
    CHECK(b->metrics().duplicates.load() == 1);
    CHECK(queryInt(dirB.path(), "SELECT COUNT(*) FROM envelopes") == 1);
}

TEST_CASE("directory, bulletins and mailbox are served from what was fetched upstream", "[forward][cache]")
{
    const SigningKeyPair root = vigil::test::rootKey();
    const Bytes directory = signDirectory(vigil::test::sampleDirectory(unixNow() - 3600, 3), root);
    Bulletin bulletin;
    bulletin.sequence = 1;
    bulletin.published = unixNow();
    bulletin.categories = {Category::HazardousSubstanceTransport};
    bulletin.titleNl = "Lading zekeren voor vertrek";
    bulletin.titleEn = "Secure loads before departure";
    bulletin.textNl = "Controleer spanbanden.";
    bulletin.textEn = "Check the straps.";
    const Bytes goodBulletin = signBulletin(bulletin, root);
    const Bytes forgedBulletin = signBulletin(bulletin, vigil::test::relayKey());   // wrong signer
    FakeUpstream upstream([&](RouteTable& t) {
        t.add("GET", "/v1/directory", [&](HttpRequest, std::string) -> net::awaitable<HttpResponse> {
            HttpResponse r;
            r.contentType = "application/octet-stream";
            r.body = toString(directory);
            co_return r;
        });
        t.add("GET", "/v1/bulletins", [&](HttpRequest req, std::string) -> net::awaitable<HttpResponse> {
            FeedPage page;
            if (req.query("after").value_or("0") == "0")
                page = {{{1, "", goodBulletin}, {2, "", forgedBulletin}}, 2};
            else
                page.next = 2;
            co_return jsonResponse(200, encodeFeedPage(page, Feed::Bulletins));
        });
        t.addPrefix("GET", "/v1/mailbox/", [&](HttpRequest req, std::string) -> net::awaitable<HttpResponse> {
            FeedPage page;
            if (req.query("after").value_or("0") == "0")
                page = {{{5, "ab01", toBytes("reply one")}, {6, "cd02", toBytes("reply two")}}, 6};
            else
                page.next = 6;
            co_return jsonResponse(200, encodeFeedPage(page, Feed::Mailbox));
        });
    });

    TempDir dir;
    LogCapture log;
    RelayConfig config = withUpstream(dir.path(), upstream.server->port());
    config.rootKey = root.publicKey;
    auto relay = startRelay(config, log.logger());
    Client client(urlOf(relay->port()));

    REQUIRE(waitUntil([&] { return client.get("/v1/mailbox/")->status == 200; }));
    auto dir200 = client.get("/v1/directory");
    REQUIRE(dir200.ok());
    REQUIRE(dir200->status == 200);
    CHECK(dir200->contentType == "application/octet-stream");
    CHECK(dir200->body == toString(directory));
    const std::string etag(dir200->header("ETag"));
    CHECK(etag.size() == 34);
    auto dir304 = client.get("/v1/directory", {{"If-None-Match", etag}});
    REQUIRE(dir304.ok());
    CHECK(dir304->status == 304);
    CHECK(dir304->body.empty());

    auto bulletins = client.get("/v1/bulletins?after=0");
    REQUIRE(bulletins.ok());
    auto page = decodeFeedPage(bulletins->body, Feed::Bulletins);
    REQUIRE(page.ok());
    REQUIRE(page->items.size() == 1);   // the forged one was not cached
    CHECK(page->items[0].data == goodBulletin);
    CHECK(page->next == 1);

    auto mailbox = client.get("/v1/mailbox/cd?after=0");
    REQUIRE(mailbox.ok());
    auto box = decodeFeedPage(mailbox->body, Feed::Mailbox);
    REQUIRE(box.ok());
    REQUIRE(box->items.size() == 1);
    CHECK(box->items[0].mailbox == "cd02");
    CHECK(box->items[0].data == toBytes("reply two"));
    auto later = client.get("/v1/mailbox/?after=6");
    REQUIRE(later.ok());
    CHECK(later->body == R"({"items":[],"next":6})");
    CHECK(client.get("/v1/mailbox/XYZ")->status == 400);
    CHECK(client.get("/v1/bulletins?after=-1")->status == 400);
}

namespace {

SigningKeyPair holderKey(int n)
{
    return SigningKeyPair::fromSeed(vigil::test::seed("holder " + std::to_string(n)));
}

Bytes holderSigned(Bytes document, std::initializer_list<int> holders)
{
    for (int n : holders)
        document = addHolderSignature(document, holderKey(n)).value();
    return document;
}

} // namespace

TEST_CASE("a relay pinned on the root key follows its hand-over to 2 of 3 holders and refuses one holder's directory",
          "[forward][cache][keyset]")
{
    RootKeySet holders;
    holders.serial = 1;
    holders.threshold = 2;
    for (int n = 1; n <= 3; ++n)
        holders.holders.push_back(holderKey(n).publicKey);
    const SigningKeyPair root = vigil::test::rootKey();
    const Bytes handover
        = addHolderSignature(prepareKeySetRotation(RootKeySet(root.publicKey), holders).value(), root).value();
    auto directoryBy = [&](std::uint32_t version, std::initializer_list<int> signers) {
        return holderSigned(
            prepareDocument(kDirectoryMagic, encodeDirectory(vigil::test::sampleDirectory(unixNow() - 3600, version)),
                            holders),
            signers);
    };
    // What the upstream serves; the test changes it between polls.
    std::mutex mutex;
    Bytes served = directoryBy(2, {2});
    bool rotated = false;
    FakeUpstream upstream([&](RouteTable& t) {
        t.add("GET", "/v1/keyset", [&](HttpRequest, std::string) -> net::awaitable<HttpResponse> {
            std::lock_guard lock(mutex);
            if (!rotated)
                co_return jsonError(404, "no rotation");
            HttpResponse r;
            r.contentType = "application/octet-stream";
            r.body = toString(encodeRotationChain({handover}));
            co_return r;
        });
        t.add("GET", "/v1/directory", [&](HttpRequest, std::string) -> net::awaitable<HttpResponse> {
            std::lock_guard lock(mutex);
            HttpResponse r;
            r.contentType = "application/octet-stream";
            r.body = toString(served);
            co_return r;
        });
    });
    TempDir dir;
    LogCapture log;
    RelayConfig config = withUpstream(dir.path(), upstream.server->port());
    config.rootKey = root.publicKey;   // enrolled before key holders existed
    auto relay = startRelay(config, log.logger());
    Client client(urlOf(relay->port()));

    // Before the hand-over the relay takes no holder-signed directory at all.
    REQUIRE(waitUntil([&] { return log.text().find("upstream document rejected") != std::string::npos; }));
    CHECK(client.get("/v1/directory")->status == 503);
    CHECK(client.get("/v1/keyset")->status == 404);
    {
        std::lock_guard lock(mutex);
        rotated = true;   // one holder's signature still: refused after the hand-over too
    }
    REQUIRE(waitUntil([&] { return client.get("/v1/keyset")->status == 200; }));
    CHECK(client.get("/v1/keyset")->body == toString(encodeRotationChain({handover})));
    REQUIRE(waitUntil([&] { return log.text().find("1 of the 2 holder signatures") != std::string::npos; }));
    CHECK(client.get("/v1/directory")->status == 503);
    {
        std::lock_guard lock(mutex);
        Bytes forged = directoryBy(2, {1, 2});
        forged.back() ^= 0x01;
        served = forged;
    }
    REQUIRE(waitUntil([&] { return log.text().find("holder 1's signature does not verify") != std::string::npos; }));
    CHECK(client.get("/v1/directory")->status == 503);
    const Bytes good = directoryBy(2, {1, 2});
    {
        std::lock_guard lock(mutex);
        served = good;
    }
    REQUIRE(waitUntil([&] { return client.get("/v1/directory")->status == 200; }));
    CHECK(client.get("/v1/directory")->body == toString(good));
}

TEST_CASE("a relay without uplink serves a signed directory file, verified against the root key", "[cache]")
{
    TempDir dir;
    LogCapture log;
    const Bytes directory = signDirectory(vigil::test::sampleDirectory(unixNow() - 60), vigil::test::rootKey());
    const auto file = dir.path() / "directory.vgd";
    {
        std::ofstream out(file, std::ios::binary);
        out.write(reinterpret_cast<const char*>(directory.data()), static_cast<std::streamsize>(directory.size()));
    }
    RelayConfig config = testConfig(dir.path() / "data");
    config.directoryFile = file;
    SECTION("the right root key")
    {
        config.rootKey = vigil::test::rootKey().publicKey;
        auto relay = startRelay(config, log.logger());
        Client client(urlOf(relay->port()));
        auto r = client.get("/v1/directory");
        REQUIRE(r.ok());
        CHECK(r->status == 200);
        CHECK(r->body == toString(directory));
        CHECK(client.get("/v1/bulletins")->status == 503);   // nothing fetched yet
    }
    SECTION("another root key: the relay refuses to start")
    {
        config.rootKey = vigil::test::relayKey().publicKey;
        auto relay = RelayServer::start(config, log.logger());
        REQUIRE_FALSE(relay.ok());
        CHECK(relay.error().message.find("signature") != std::string::npos);
    }
}

TEST_CASE("before anything was fetched the downstream endpoints answer 503 with a JSON error", "[cache]")
{
    TempDir dir;
    LogCapture log;
    auto relay = startRelay(testConfig(dir.path()), log.logger());
    Client client(urlOf(relay->port()));
    for (const char* target : {"/v1/directory", "/v1/bulletins?after=0", "/v1/mailbox/ab?after=0"}) {
        auto r = client.get(target);
        REQUIRE(r.ok());
        CHECK(r->status == 503);
        CHECK(r->contentType == "application/json");
        CHECK(r->body.starts_with("{\"error\":"));
    }
}
