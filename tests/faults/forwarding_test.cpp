// SPDX-License-Identifier: EUPL-1.2
// Forwarding after an outage (docs/harness.md, "Forwarding"): a relay that was cut off from
// the registry while devices handed it photo reports of several MB and many small ones
// delivers every one of them once the registry is back — whose body limit (8 MiB) a batch of
// three such reports exceeds — directly and through a chain of two relays. The real
// vigil-relay and vigil-registry run as processes (tests/support/deployment.h).
#include "tests/support/deployment.h"
#include "tests/support/relaytest.h"

#include "sync-server/metrics.h"

#include "shared/storage/sqlite.h"

#include <catch2/catch.hpp>

#include <sodium.h>

#include <iostream>

using namespace vigil;
using namespace vigil::harness;
namespace rt = vigil::relay::test;

namespace {

constexpr std::size_t kPhotoBytes = 3'000'000;

Bytes photo()
{
    Bytes b(kPhotoBytes);
    randombytes_buf(b.data(), b.size());   // incompressible, like a JPEG
    return b;
}

/// Three photo reports and `small` plain ones, in the order a ship's devices might sync them.
std::vector<SealedReport> outageQueue(const ProcessDeployment& d, std::size_t small)
{
    std::vector<SealedReport> out;
    const std::size_t n = small + 3;
    for (std::size_t i = 0; i < n; ++i) {
        if (i == 0 || i == n / 3 || i == 2 * n / 3) {
            const std::array<Bytes, 1> attachments{photo()};
            out.push_back(d.seal(false, attachments));
        } else {
            out.push_back(d.seal(i % 3 == 0));
        }
    }
    return out;
}

/// Hands every envelope to the relay at `url`, one request each (a device's sync).
void handOver(const std::string& url, const std::vector<SealedReport>& reports)
{
    rt::Client client(url);
    for (const auto& r : reports) {
        const std::array<Bytes, 1> one{r.envelope.bytes};
        REQUIRE(rt::ingestResults(client.postBatch(one))[0].status == IngestStatus::Stored);
    }
}

std::int64_t queueDepth(std::uint16_t port)
{
    const ProbeAnswer a = probe(port, "/healthz", std::chrono::seconds(2));
    constexpr std::string_view key = "\"queue_depth\":";
    const auto at = a.body.find(key);
    return a.status == 200 && at != std::string::npos ? std::atoll(a.body.c_str() + at + key.size()) : -1;
}

/// How many of `reports` are cases at the registry, each exactly once with its hash.
std::size_t casesHeld(const ProcessDeployment& d, const std::vector<SealedReport>& reports)
{
    auto db = SqliteDb::open(d.registryDir() / "registry.db", false);
    REQUIRE(db.ok());
    std::size_t held = 0;
    for (const auto& r : reports) {
        const auto n = db->queryInt("SELECT COUNT(*) FROM cases WHERE report_id = x'" + toHex(r.envelope.reportId)
                                    + "' AND envelope_hash = x'" + toHex(r.envelope.envelopeHash) + "'");
        REQUIRE(n.ok());
        held += *n == 1 ? 1u : 0u;
    }
    return held;
}

} // namespace

TEST_CASE("a relay that was offline with three 3 MB reports and many small ones delivers all of them once the "
          "registry returns",
          "[faults][forwarding]")
{
    ProcessDeployment d;
    d.registry().kill();
    const auto reports = outageQueue(d, 60);
    handOver(d.relayUrl(), reports);
    REQUIRE(queueDepth(d.relayPort()) == static_cast<std::int64_t>(reports.size()));

    const auto started = std::chrono::steady_clock::now();
    REQUIRE(d.spawnRegistry());
    REQUIRE(ProcessDeployment::waitHealthy(d.registryPort(), std::chrono::seconds(30)));
    INFO(d.logTail());
    REQUIRE(rt::waitUntil([&] { return queueDepth(d.relayPort()) == 0; }, std::chrono::seconds(60)));
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::cout << "faults: forwarding after an outage: " << reports.size() << " envelopes (3 of 3 MB) reached the "
              << "registry " << seconds << " s after it returned" << std::endl;
    CHECK(casesHeld(d, reports) == reports.size());
    const std::string metrics = probe(d.relayPort(), "/metrics", std::chrono::seconds(2)).body;
    CHECK(metrics.find("vigil_relay_dead_letters 0\n") != std::string::npos);
    CHECK(tailOfFile(d.workDir() / "relay.log", 400).find("Broken pipe") == std::string::npos);
}

TEST_CASE("through a chain of two relays that were offline, three 3 MB reports and many small ones all reach the "
          "registry",
          "[faults][forwarding][chain]")
{
    ProcessDeployment d;
    d.relay().kill();
    d.registry().kill();
    rt::TempDir shipDir;
    rt::LogCapture log;
    relay::RelayConfig shipConfig = rt::testConfig(shipDir.path());
    shipConfig.upstreamUrl = d.relayUrl();
    auto ship = rt::startRelay(shipConfig, log.logger());
    const auto reports = outageQueue(d, 45);
    handOver(rt::urlOf(ship->port()), reports);

    REQUIRE(d.spawnRegistry());
    REQUIRE(ProcessDeployment::waitHealthy(d.registryPort(), std::chrono::seconds(30)));
    REQUIRE(d.spawnRelay());
    REQUIRE(ProcessDeployment::waitHealthy(d.relayPort(), std::chrono::seconds(30)));
    INFO(d.logTail());
    REQUIRE(rt::waitUntil([&] { return ship->metrics().queueDepth.load() == 0; }, std::chrono::seconds(60)));
    REQUIRE(rt::waitUntil([&] { return queueDepth(d.relayPort()) == 0; }, std::chrono::seconds(60)));
    CHECK(casesHeld(d, reports) == reports.size());
    CHECK(ship->metrics().forwardUploads.load() == 3);   // the photo reports went by resumable upload
    CHECK(ship->metrics().deadLettered.load() == 0);
}
