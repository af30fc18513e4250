// SPDX-License-Identifier: EUPL-1.2
#include "tests/support/relaytest.h"
#include "tests/support/syntheticenvelope.h"

#include "sync-server/metrics.h"

#include "shared/net/log.h"

#include <boost/json/parse.hpp>

#include <catch2/catch.hpp>

#include <sstream>
#include <thread>

using namespace vigil;
using namespace vigil::relay;
using namespace vigil::relay::test;
using namespace std::chrono_literals;

TEST_CASE("log lines are JSON objects with a level", "[privacy][log]")
{
    std::string captured;
    Logger log(LogLevel::Info, [&](std::string_view line) { captured.append(line); });
    log.debug("hidden");
    log.info("shown", {{"count", 3}});
    log.error("bad", {{"error", "quote \" and newline \n inside"}});
    std::istringstream lines(captured);
    std::string line;
    int n = 0;
    while (std::getline(lines, line)) {
        auto v = boost::json::parse(line);
        REQUIRE(v.is_object());
        CHECK(v.as_object().contains("ts"));
        CHECK(v.as_object().contains("level"));
        CHECK(v.as_object().contains("event"));
        ++n;
    }
    CHECK(n == 2);
    CHECK(captured.find("hidden") == std::string::npos);
}

TEST_CASE("no log line carries a client address, envelope content or a key", "[privacy][log]")
{
    TempDir dirA;
    TempDir dirB;
    LogCapture log;   // debug level: every line the relay can write
    const std::uint16_t upstreamPort = freePort();
    RelayConfig config = testConfig(dirA.path());
    config.upstreamUrl = urlOf(upstreamPort);
    config.limits.maxBodyBytes = 64 * 1024;
    config.limits.headerTimeout = 200ms;
    config.limits.maxConnections = 3;
    auto relay = startRelay(config, log.logger());

    // Every path that logs: stored, duplicate, conflict, invalid, refusals, timeouts,
    // overload, an unreachable upstream, then a successful forward.
    Client client(urlOf(relay->port()));
    const Bytes sealed = sealedEnvelope();
    Bytes altered = sealed;
    altered.back() ^= 1;
    std::vector<Bytes> batch = {sealed, sealed, altered, toBytes("junk")};
    const auto results = ingestResults(client.postBatch(batch));
    {
        RawConnection bad(relay->port());
        bad.send("NONSENSE\r\n\r\n");
        bad.readAll(1s);
    }
    {
        RawConnection big(relay->port());
        big.send("POST /v1/envelopes HTTP/1.1\r\nContent-Length: 99999999\r\n\r\n");
        big.readAll(1s);
    }
    {
        RawConnection slow(relay->port());
        slow.send("GET /heal");
        slow.readAll(1s);
    }
    {
        RawConnection c1(relay->port()), c2(relay->port()), c3(relay->port()), c4(relay->port());
        c4.send("GET /healthz HTTP/1.1\r\n\r\n");
        c4.readAll(500ms);
    }
    REQUIRE(waitUntil([&] { return relay->metrics().forwardFailures.load() >= 1; }));
    RelayConfig upstream = testConfig(dirB.path());
    upstream.listenPort = upstreamPort;
    auto b = startRelay(upstream, log.logger());
    REQUIRE(waitUntil([&] { return relay->metrics().queueDepth.load() == 0; }));
    CHECK(client.get("/metrics").ok());
    relay->stop();
    b->stop();

    const std::string text = log.text();
    INFO(text);
    CHECK(text.find("127.0.0.1") == std::string::npos);
    CHECK(text.find("localhost") == std::string::npos);
    CHECK(text.find(std::to_string(upstreamPort)) != std::string::npos);   // ports are fine (the upstream's own log)
    for (const auto& r : results) {
        if (r.reportId)
            CHECK(text.find(toHex(*r.reportId)) == std::string::npos);
        if (!r.receipt.empty())
            CHECK(text.find(toBase64Url(r.receipt).substr(0, 24)) == std::string::npos);
    }
    CHECK(text.find(toHex(ByteView(sealed).subspan(100, 24))) == std::string::npos);
    CHECK(text.find(toBase64Url(ByteView(sealed).subspan(100, 24))) == std::string::npos);
    std::istringstream lines(text);
    std::string line;
    while (std::getline(lines, line)) {
        auto v = boost::json::parse(line);
        REQUIRE(v.is_object());
        CHECK(v.as_object().contains("level"));
    }
}
