// SPDX-License-Identifier: EUPL-1.2
#include "tests/support/relaytest.h"
#include "tests/support/syntheticenvelope.h"

#include "sync-server/metrics.h"

#include "shared/net/session.h"

#include <catch2/catch.hpp>

#include <thread>

using namespace vigil;
using namespace vigil::relay;
using namespace vigil::relay::test;
using namespace std::chrono_literals;

namespace {

struct LimitedRelay {
    TempDir dir;
    LogCapture log;
    std::unique_ptr<RelayServer> relay;

    explicit LimitedRelay(const std::function<void(RelayConfig&)>& adjust = {})
    {
        RelayConfig config = testConfig(dir.path());
        config.limits.maxBodyBytes = 64 * 1024;
        config.limits.maxEnvelopeBytes = 32 * 1024;
        config.limits.headerTimeout = 300ms;
        config.limits.bodyTimeout = 300ms;
        if (adjust)
            adjust(config);
        relay = startRelay(config, log.logger());
    }
    std::uint16_t port() const { return relay->port(); }
};

/// An honest device syncing while someone else misbehaves: must be served, quickly.
void requireHonestClientServed(std::uint16_t port, std::uint64_t id)
{
    Client honest(urlOf(port));
    const auto started = std::chrono::steady_clock::now();
    auto results = ingestResults(honest.postBatch(std::vector<Bytes>{syntheticEnvelope(id)}));
    CHECK(std::chrono::steady_clock::now() - started < 1s);
    REQUIRE(results.size() == 1);
    CHECK(results[0].status == IngestStatus::Stored);
}

bool isJsonError(const RawAnswer& a)
{
    return a.body.starts_with("{\"error\":\"") && a.body.ends_with("\"}");
}

} // namespace

TEST_CASE("a malformed HTTP request gets 400 with a JSON error", "[limits]")
{
    LimitedRelay r;
    RawConnection raw(r.port());
    REQUIRE(raw.send("THIS IS NOT HTTP\r\n\r\n"));
    const RawAnswer answer = parseRawAnswer(raw.readAll(2s));
    CHECK(answer.status == 400);
    CHECK(isJsonError(answer));
    requireHonestClientServed(r.port(), 1);
    CHECK(r.relay->metrics().refusedBadRequest.load() == 1);
}

TEST_CASE("a request with a transfer coding other than chunked is refused and the connection closed, never framed "
          "by Content-Length",
          "[limits][framing]")
{
    LimitedRelay r;
    struct Case {
        std::string transferEncoding;
        bool withLength;   // a Content-Length beside it: framed by that if the coding were ignored
        unsigned status;
    };
    // RFC 9112 §6.3: a request whose final coding is not chunked cannot be framed (400), nor
    // one with chunked and Content-Length; §6.1: a coding the server does not know gets 501.
    // Either closes the connection.
    for (const Case& c : {Case{"identity", true, 400u}, Case{"gzip", true, 400u}, Case{"chunked, chunked", true, 400u},
                          Case{"gzip, chunked", true, 400u}, Case{"identity", false, 400u},
                          Case{"gzip, chunked", false, 501u}, Case{"x-unknown, chunked", false, 501u}}) {
        INFO("Transfer-Encoding: " << c.transferEncoding << (c.withLength ? " with Content-Length" : ""));
        RawConnection raw(r.port());
        // A second request follows the first at once: smuggled if the first were framed by CL.
        const std::string body = c.withLength ? "VGT\x01" : "4\r\nVGT\x01\r\n0\r\n\r\n";
        REQUIRE(raw.send("POST /v1/envelopes HTTP/1.1\r\nHost: relay\r\nContent-Type: application/vnd.vigil.batch\r\n"
                         "Transfer-Encoding: " + c.transferEncoding + "\r\n"
                         + (c.withLength ? "Content-Length: 4\r\n" : "") + "\r\n" + body
                         + "GET /healthz HTTP/1.1\r\nHost: relay\r\n\r\n"));
        bool closed = false;
        const std::string text = raw.readAll(3s, &closed);
        const RawAnswer answer = parseRawAnswer(text);
        CHECK(answer.status == c.status);
        CHECK(isJsonError(answer));
        CHECK(closed);
        CHECK(text.find("\"status\":\"ok\"") == std::string::npos);   // the second request was not served
    }
    // Content-Length alone, and chunked alone, still work.
    requireHonestClientServed(r.port(), 40);
    RawConnection chunked(r.port());
    REQUIRE(chunked.send("GET /healthz HTTP/1.1\r\nHost: relay\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"));
    CHECK(parseRawAnswer(chunked.readAll(1s)).status == 200);
}

TEST_CASE("an oversized body gets 413 while an honest client is served", "[limits]")
{
    LimitedRelay r;
    SECTION("declared by Content-Length")
    {
        RawConnection raw(r.port());
        REQUIRE(raw.send("POST /v1/envelopes HTTP/1.1\r\nHost: relay\r\nContent-Type: application/vnd.vigil.batch\r\n"
                         "Content-Length: 10000000\r\n\r\n"));
        raw.send(std::string(128 * 1024, 'x'));   // may fail part-way: the server stops reading
        const RawAnswer answer = parseRawAnswer(raw.readAll(3s));
        CHECK(answer.status == 413);
        CHECK(isJsonError(answer));
    }
    SECTION("sent chunked, so only discovered while reading")
    {
        RawConnection raw(r.port());
        REQUIRE(raw.send("POST /v1/envelopes HTTP/1.1\r\nHost: relay\r\nContent-Type: application/vnd.vigil.batch\r\n"
                         "Transfer-Encoding: chunked\r\n\r\n"));
        const std::string chunk = "8000\r\n" + std::string(0x8000, 'y') + "\r\n";
        for (int i = 0; i < 3; ++i)
            raw.send(chunk);
        const RawAnswer answer = parseRawAnswer(raw.readAll(3s));
        CHECK(answer.status == 413);
        CHECK(isJsonError(answer));
    }
    requireHonestClientServed(r.port(), 2);
    CHECK(r.relay->metrics().refusedTooLarge.load() == 1);
}

TEST_CASE("a header over the limit gets 431", "[limits]")
{
    LimitedRelay r;
    RawConnection raw(r.port());
    REQUIRE(raw.send("GET /healthz HTTP/1.1\r\nHost: relay\r\nX-Padding: " + std::string(32 * 1024, 'p') + "\r\n\r\n"));
    const RawAnswer answer = parseRawAnswer(raw.readAll(2s));
    CHECK(answer.status == 431);
    CHECK(isJsonError(answer));
}

TEST_CASE("a slowloris client is cut off after the header timeout, and others are unaffected", "[limits][slow]")
{
    LimitedRelay r;
    std::atomic<bool> cutOff{false};
    std::chrono::steady_clock::duration lasted{};
    std::thread slow([&] {
        RawConnection raw(r.port());
        const std::string request = "POST /v1/envelopes HTTP/1.1\r\nHost: relay\r\nContent-Type: "
                                    "application/vnd.vigil.batch\r\nContent-Length: 100\r\n\r\n";
        const auto started = std::chrono::steady_clock::now();
        for (char c : request) {
            if (!raw.send(std::string_view(&c, 1)))
                break;
            bool closed = false;
            raw.readAll(40ms, &closed);   // one byte every 40 ms, watching for the close
            if (closed) {
                cutOff = true;
                break;
            }
        }
        lasted = std::chrono::steady_clock::now() - started;
    });
    for (std::uint64_t i = 0; i < 5; ++i) {
        requireHonestClientServed(r.port(), 10 + i);
        std::this_thread::sleep_for(50ms);
    }
    slow.join();
    CHECK(cutOff.load());
    CHECK(lasted < 2s);   // 300 ms header timeout, never the ~4 s the request would take
    // The client sees the close before the relay's session goes on to count it: wait for it.
    CHECK(waitUntil([&] { return r.relay->metrics().timeouts.load() >= 1; }));
}

TEST_CASE("a body that stalls is cut off after the body timeout", "[limits][slow]")
{
    LimitedRelay r;
    RawConnection raw(r.port());
    REQUIRE(raw.send("POST /v1/envelopes HTTP/1.1\r\nHost: relay\r\nContent-Type: application/vnd.vigil.batch\r\n"
                     "Content-Length: 1000\r\n\r\n0123456789"));
    bool closed = false;
    const auto started = std::chrono::steady_clock::now();
    raw.readAll(3s, &closed);
    CHECK(closed);
    CHECK(std::chrono::steady_clock::now() - started < 2s);
    requireHonestClientServed(r.port(), 20);
}

TEST_CASE("over the connection cap a client gets 503 with a JSON error", "[limits][cap]")
{
    LimitedRelay r([](RelayConfig& c) {
        c.limits.maxConnections = 2;
        c.limits.headerTimeout = 5s;
    });
    auto idle1 = std::make_unique<RawConnection>(r.port());
    auto idle2 = std::make_unique<RawConnection>(r.port());
    REQUIRE(waitUntil([&] { return r.relay->metrics().connections.load() == 2; }));
    {
        RawConnection third(r.port());
        REQUIRE(third.send("GET /healthz HTTP/1.1\r\nHost: relay\r\n\r\n"));
        const std::string text = third.readAll(2s);
        const RawAnswer answer = parseRawAnswer(text);
        CHECK(answer.status == 503);
        CHECK(isJsonError(answer));
        CHECK(text.find("Retry-After: 5") != std::string::npos);
    }
    CHECK(r.relay->metrics().refusedOverloaded.load() == 1);
    idle1.reset();
    REQUIRE(waitUntil([&] { return r.relay->metrics().connections.load() <= 1; }));
    requireHonestClientServed(r.port(), 30);
}

TEST_CASE("with the table full, the oldest connection idle past idle_evict_ms is closed for a new client instead "
          "of a 503",
          "[limits][cap][idle]")
{
    LimitedRelay r([](RelayConfig& c) {
        c.limits.maxConnections = 2;
        c.limits.headerTimeout = 5s;
        c.limits.idleEvictAfter = 200ms;
    });
    RawConnection oldest(r.port());
    std::this_thread::sleep_for(50ms);
    RawConnection younger(r.port());
    REQUIRE(waitUntil([&] { return r.relay->metrics().connections.load() == 2; }));
    std::this_thread::sleep_for(300ms);   // both idle past idle_evict_ms, long before the header timeout
    requireHonestClientServed(r.port(), 50);
    bool closed = false;
    (void)oldest.readAll(500ms, &closed);
    CHECK(closed);   // the oldest made room
    CHECK(r.relay->metrics().idleClosed.load() >= 1);
    CHECK(r.relay->metrics().refusedOverloaded.load() == 0);
    // A connection that already sent its request header is never the one closed.
    REQUIRE(younger.send("GET /healthz HTTP/1.1\r\nHost: relay\r\n\r\n"));
    CHECK(parseRawAnswer(younger.readAll(500ms)).status == 200);
}

TEST_CASE("unknown endpoints and methods are answered in JSON", "[limits][router]")
{
    LimitedRelay r;
    Client client(urlOf(r.port()));
    auto missing = client.get("/v2/whatever");
    REQUIRE(missing.ok());
    CHECK(missing->status == 404);
    CHECK(missing->body.starts_with("{\"error\":"));
    auto wrong = client.send({"DELETE", "/v1/envelopes", {}, {}});
    REQUIRE(wrong.ok());
    CHECK(wrong->status == 405);
    CHECK(wrong->header("Allow") == "POST");
    CHECK(wrong->body.starts_with("{\"error\":"));
}

TEST_CASE("keep-alive serves pipelined requests on one connection and HEAD has no body", "[limits][http]")
{
    LimitedRelay r;
    RawConnection raw(r.port());
    REQUIRE(raw.send("GET /healthz HTTP/1.1\r\nHost: relay\r\n\r\nHEAD /healthz HTTP/1.1\r\nHost: relay\r\n\r\n"
                     "GET /healthz HTTP/1.1\r\nHost: relay\r\nConnection: close\r\n\r\n"));
    bool closed = false;
    const std::string text = raw.readAll(2s, &closed);
    CHECK(closed);
    std::size_t answers = 0;
    for (auto pos = text.find("HTTP/1.1 200"); pos != std::string::npos; pos = text.find("HTTP/1.1 200", pos + 1))
        ++answers;
    CHECK(answers == 3);
    std::size_t bodies = 0;
    for (auto pos = text.find("{\"status\":\"ok\""); pos != std::string::npos; pos = text.find("{\"status\":\"ok\"", pos + 1))
        ++bodies;
    CHECK(bodies == 2);
    CHECK(r.relay->metrics().connections.load() <= 1);
}
