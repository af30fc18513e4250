// SPDX-License-Identifier: EUPL-1.2
// Abuse at the door, by connection: thousands of idle connections, a full connection table,
// slowloris on headers and on bodies, and a 1 GB body — against the real vigil-relay (and the
// registry, which runs the same server stack). Each must end in a clear refusal or a cut
// connection, the server must stay up in bounded memory, and an honest device must be served
// meanwhile.
#include "abuse.h"

#include "tests/support/relaytest.h"

#include <catch2/catch.hpp>

#include <poll.h>
#include <unistd.h>

#include <iostream>
#include <thread>

using namespace vigil;
using namespace vigil::harness;

namespace {

/// Sockets closed on scope exit.
struct Sockets {
    std::vector<int> fds;
    ~Sockets()
    {
        for (int fd : fds)
            ::close(fd);
    }
};

const std::string kPostHead = "POST /v1/envelopes HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/vnd.vigil.batch\r\n";

std::string relayMetrics(const ProcessDeployment& d)
{
    return probe(d.relayPort(), "/metrics", std::chrono::seconds(5)).body;
}

/// Streams a body of `claimed` bytes (or chunked, when 0) until the server answers or refuses;
/// returns the answer and how many body bytes went out.
std::pair<RawHttp, std::size_t> streamHugeBody(std::uint16_t port, std::size_t claimed, std::size_t giveUpAfter)
{
    const int fd = connectLoopback(port, std::chrono::seconds(2));
    REQUIRE(fd >= 0);
    std::string head = kPostHead;
    head += claimed > 0 ? "Content-Length: " + std::to_string(claimed) + "\r\n\r\n" : "Transfer-Encoding: chunked\r\n\r\n";
    REQUIRE(sendAll(fd, head));
    const std::string piece(64 * 1024, 'x');
    const std::string chunk = (claimed > 0 ? std::string() : "10000\r\n") + piece + (claimed > 0 ? "" : "\r\n");
    std::size_t sent = 0;
    std::string answer;
    while (sent < giveUpAfter) {
        // An answer already there? Then the server refused: stop, as a client would.
        if (pollfd p{fd, POLLIN, 0}; ::poll(&p, 1, 0) > 0)
            break;
        if (!sendAll(fd, chunk))
            break;
        sent += piece.size();
    }
    answer = readFor(fd, std::chrono::seconds(3));
    ::close(fd);
    return {parseHttp(answer), sent};
}

} // namespace

TEST_CASE("10,000 idle connections cost bounded memory, and an honest device is still served", "[abuse]")
{
    constexpr std::size_t kWanted = 10'000;
    const std::size_t limit = raiseFdLimit(kWanted + 1'000);
    const std::size_t target = std::min(kWanted, limit > 1'000 ? limit - 1'000 : 0);
    if (target < kWanted)
        std::cout << "abuse: the file-descriptor limit is " << limit << " and cannot be raised; testing " << target
                  << " idle connections instead of " << kWanted << std::endl;
    DeploymentOptions options;
    options.relayLimits = "max_connections = 16384\nheader_timeout_ms = 60000";
    ProcessDeployment d(options);
    (void)honestUpload(d, d.relayUrl());   // warm: the first commit allocates its caches
    const long before = d.relay().rssKiB();

    Sockets idle;
    for (std::size_t i = 0; i < target; ++i) {
        const int fd = connectLoopback(d.relayPort());
        if (fd < 0)
            break;
        idle.fds.push_back(fd);
    }
    REQUIRE(idle.fds.size() == target);
    REQUIRE(relay::test::waitUntil(
        [&] { return metricValue(relayMetrics(d), "vigil_relay_connections") >= static_cast<double>(target); },
        std::chrono::seconds(30)));
    const long after = d.relay().rssKiB();
    const auto honest = honestUpload(d, d.relayUrl());
    const double perThousand = static_cast<double>(after - before) / (static_cast<double>(target) / 1000.0);
    std::cout << "abuse: " << target << " idle connections: relay RSS " << before / 1024 << " MiB -> " << after / 1024
              << " MiB, " << perThousand << " KiB per 1000 idle connections; honest upload served in "
              << honest.count() << " ms" << std::endl;
    std::cout << "relay.idle_connections.memory_per_1000 " << perThousand << " KiB" << std::endl;
    CHECK(honest < std::chrono::seconds(2));
    CHECK(perThousand < 64.0 * 1024);   // under 64 KiB per connection (measured: far less)
    CHECK(d.relay().running());
    idle.fds.clear();
}

TEST_CASE("a full connection table refuses politely with 503 until idle connections time out", "[abuse]")
{
    DeploymentOptions options;
    options.relayLimits = "max_connections = 64\nheader_timeout_ms = 1500";
    ProcessDeployment d(options);
    Sockets idle;
    for (int i = 0; i < 64; ++i) {
        idle.fds.push_back(connectLoopback(d.relayPort()));
        REQUIRE(idle.fds.back() >= 0);
    }
    // Over the cap, the honest device gets a clear refusal it can act on, not a hang.
    RawHttp busy;
    REQUIRE(relay::test::waitUntil(
        [&] {
            busy = rawRequest(d.relayPort(), "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n", std::chrono::seconds(3));
            return busy.status == 503;
        },
        std::chrono::seconds(5)));
    CHECK(busy.status == 503);
    CHECK_THAT(busy.body, Catch::Contains("too many connections"));
    CHECK_THAT(busy.headers, Catch::Contains("Retry-After"));
    // The idle ones are cut at header_timeout_ms; then it is served again.
    REQUIRE(relay::test::waitUntil([&] { return peerClosed(idle.fds.front(), std::chrono::milliseconds(50)); },
                                   std::chrono::seconds(5)));
    CHECK(honestUpload(d, d.relayUrl()) < std::chrono::seconds(2));
    CHECK(d.relay().running());
}

TEST_CASE("slowloris on headers and on bodies is cut at the read deadlines while honest devices are served",
          "[abuse]")
{
    DeploymentOptions options;
    options.relayLimits = "header_timeout_ms = 1500\nbody_timeout_ms = 1500";
    ProcessDeployment d(options);
    Sockets slowHeaders;
    Sockets slowBodies;
    for (int i = 0; i < 100; ++i) {
        slowHeaders.fds.push_back(connectLoopback(d.relayPort()));
        slowBodies.fds.push_back(connectLoopback(d.relayPort()));
        REQUIRE(slowHeaders.fds.back() >= 0);
        REQUIRE(slowBodies.fds.back() >= 0);
        REQUIRE(sendAll(slowHeaders.fds.back(), "POST /v1/envelopes HTTP/1.1\r\n"));
        REQUIRE(sendAll(slowBodies.fds.back(), kPostHead + "Content-Length: 100000\r\n\r\n"));
    }
    const auto start = std::chrono::steady_clock::now();
    std::chrono::milliseconds slowest{0};
    std::size_t cut = 0;
    int uploads = 0;
    // One byte per connection every 200 ms — each one keeps "sending", none finishes.
    while (std::chrono::steady_clock::now() - start < std::chrono::seconds(4)) {
        for (int fd : slowHeaders.fds)
            (void)sendAll(fd, "X");
        for (int fd : slowBodies.fds)
            (void)sendAll(fd, "x");
        slowest = std::max(slowest, honestUpload(d, d.relayUrl()));
        ++uploads;
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
    for (const Sockets* s : {&slowHeaders, &slowBodies})
        for (int fd : s->fds)
            cut += peerClosed(fd, std::chrono::milliseconds(10)) ? 1u : 0u;
    const std::string metrics = relayMetrics(d);
    std::cout << "abuse: slowloris: " << cut << " of 200 slow connections cut within 4 s (deadlines 1.5 s); "
              << uploads << " honest uploads meanwhile, slowest " << slowest.count() << " ms" << std::endl;
    CHECK(cut == 200);
    CHECK(slowest < std::chrono::seconds(1));
    CHECK(metricValue(metrics, "vigil_relay_refusals_total{reason=\"timeout\"}") >= 200);
    CHECK(d.relay().running());
}

TEST_CASE("a 1 GB body is refused with 413 before it is read, at the relay and at the registry", "[abuse]")
{
    ProcessDeployment d;
    const long relayBefore = d.relay().rssKiB();
    const long registryBefore = d.registry().rssKiB();
    struct Attempt {
        const char* what;
        std::uint16_t port;
        std::size_t claimed;
    };
    constexpr std::size_t kGiB = std::size_t{1} << 30;
    for (const Attempt& a : {Attempt{"relay, Content-Length 1 GiB", d.relayPort(), kGiB},
                             Attempt{"relay, chunked without end", d.relayPort(), 0},
                             Attempt{"registry, Content-Length 1 GiB", d.registryPort(), kGiB},
                             Attempt{"registry, chunked without end", d.registryPort(), 0}}) {
        INFO(a.what);
        const auto [answer, sent] = streamHugeBody(a.port, a.claimed, 256u * 1024 * 1024);
        std::cout << "abuse: huge body (" << a.what << "): " << answer.status << " after " << sent / 1024
                  << " KiB sent" << std::endl;
        CHECK(answer.status == 413);
        CHECK_THAT(answer.body, Catch::Contains("exceeds the limit"));
        // Content-Length is refused at the header, chunked at the 8 MiB body limit; what was sent
        // beyond that sat in loopback socket buffers (several MiB) when the answer came.
        CHECK(sent < (a.claimed > 0 ? 16u : 48u) * 1024 * 1024);
    }
    const long relayAfter = d.relay().rssKiB();
    const long registryAfter = d.registry().rssKiB();
    std::cout << "abuse: RSS after huge bodies: relay " << relayBefore / 1024 << " -> " << relayAfter / 1024
              << " MiB, registry " << registryBefore / 1024 << " -> " << registryAfter / 1024 << " MiB" << std::endl;
    CHECK(relayAfter - relayBefore < 64 * 1024);
    CHECK(registryAfter - registryBefore < 64 * 1024);
    CHECK(honestUpload(d, d.relayUrl()) < std::chrono::seconds(2));
    CHECK(honestUpload(d, d.registryUrl()) < std::chrono::seconds(2));
    CHECK(d.relay().running());
    CHECK(d.registry().running());
}

TEST_CASE("520 half-open connections held and renewed do not lock honest devices out: the oldest idle ones are closed "
          "for them, at the relay and at the registry",
          "[abuse][idle]")
{
    constexpr std::size_t kIdle = 520;   // over the default table of 512
    constexpr int kHonest = 20;
    REQUIRE(raiseFdLimit(2 * kIdle + 200) >= 2 * kIdle + 100);
    ProcessDeployment d;   // default limits: 512 connections, 10 s header timeout
    struct Server {
        const char* name;
        std::uint16_t port;
    };
    for (const Server& server : {Server{"relay", d.relayPort()}, Server{"registry", d.registryPort()}}) {
        INFO(server.name);
        Sockets idle;
        for (std::size_t i = 0; i < kIdle; ++i)
            idle.fds.push_back(connectLoopback(server.port));
        // Older than the eviction age (1 s), as an attacker's table of sockets would be.
        std::this_thread::sleep_for(std::chrono::milliseconds(1'200));
        int served = 0;
        std::size_t renewed = 0;
        std::chrono::milliseconds slowest{0};
        for (int i = 0; i < kHonest; ++i) {
            const auto started = std::chrono::steady_clock::now();
            const RawHttp a = rawRequest(server.port, "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                                         std::chrono::seconds(3));
            slowest = std::max(slowest, std::chrono::duration_cast<std::chrono::milliseconds>(
                                            std::chrono::steady_clock::now() - started));
            served += a.status == 200 ? 1 : 0;
            // The attacker notices which sockets were closed and opens new ones at once.
            for (int& fd : idle.fds) {
                if (fd < 0 || peerClosed(fd, std::chrono::milliseconds(0))) {
                    if (fd >= 0)
                        ::close(fd);
                    fd = connectLoopback(server.port);
                    ++renewed;
                }
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        const ProbeAnswer metrics = probe(server.port, "/metrics", std::chrono::seconds(3));
        std::cout << "abuse: " << server.name << ": " << kIdle << " idle connections held (" << renewed
                  << " renewed after being closed): " << served << " of " << kHonest
                  << " honest requests served, slowest " << slowest.count() << " ms" << std::endl;
        CHECK(served == kHonest);
        CHECK(slowest < std::chrono::seconds(1));
        if (server.port == d.relayPort())
            CHECK(metricValue(metrics.body, "vigil_relay_idle_closed_total") >= kHonest);
    }
    CHECK(honestUpload(d, d.relayUrl()) < std::chrono::seconds(2));
    CHECK(d.relay().running());
    CHECK(d.registry().running());
}

TEST_CASE("a Transfer-Encoding other than chunked is refused and the connection closed at the relay and at the "
          "registry, so nothing is smuggled behind it",
          "[abuse][framing]")
{
    ProcessDeployment d;
    for (const std::uint16_t port : {d.relayPort(), d.registryPort()}) {
        for (const char* coding : {"identity", "gzip"}) {
            INFO((port == d.relayPort() ? "relay" : "registry") << ", Transfer-Encoding: " << coding);
            const RawHttp a = rawRequest(port,
                                         kPostHead + "Transfer-Encoding: " + coding
                                             + "\r\nContent-Length: 6\r\n\r\nVGT\x01"
                                               "ABGET /healthz HTTP/1.1\r\nHost: x\r\n\r\n",
                                         std::chrono::seconds(3));
            CHECK(a.status == 400);
            CHECK_THAT(a.body, Catch::Contains("Transfer-Encoding"));
            CHECK(a.body.find("\"status\":\"ok\"") == std::string::npos);
        }
    }
    CHECK(honestUpload(d, d.relayUrl()) < std::chrono::seconds(2));
    CHECK(honestUpload(d, d.registryUrl()) < std::chrono::seconds(2));
}
