// SPDX-License-Identifier: EUPL-1.2
// Network faults: fault proxies between the devices and the relay and between the relay and
// the registry (both real processes) drop, truncate, reset (mid-body, both directions) and
// delay 30 % of the requests. Devices retry the same envelopes until each holds a receipt; at
// the end every envelope is a case exactly once, and sending everything again is answered
// "duplicate" with the very receipt the device already holds.
#include "tests/support/faultproxy.h"

#include "tests/support/deployment.h"
#include "tests/support/relaytest.h"

#include "shared/receipt.h"
#include "shared/storage/sqlite.h"

#include <catch2/catch.hpp>

#include <iostream>
#include <map>
#include <mutex>
#include <random>
#include <thread>

using namespace vigil;
using namespace vigil::harness;
namespace rt = vigil::relay::test;

namespace {

// VIGIL_FAULTS_ENVELOPES (per device) and VIGIL_FAULTS_LOSS (percent) make the long variant.
#ifdef VIGIL_HARNESS_SANITIZED
constexpr long kEnvelopesPerDevice = 60;
#else
constexpr long kEnvelopesPerDevice = 150;
#endif
constexpr int kDevices = 4;

struct Delivery {
    std::map<ReportId, Bytes> receipts;   ///< what each device was given, by report id
    std::vector<std::string> errors;
    std::uint64_t attempts = 0;
    std::uint64_t failed = 0;
    std::uint64_t payloadBytes = 0;
    std::mutex mutex;
};

/// Uploads `envelopes` in small batches, each retried as a whole until it is answered.
void deliver(const std::string& url, const PublicKey& relayKey, const std::vector<SealedReport>& envelopes,
             std::uint32_t seed, Delivery& out)
{
    HttpClientOptions options;
    options.timeout = std::chrono::milliseconds(5'000);
    rt::Client client(url, options);
    std::mt19937 rng(seed);
    const std::array<PublicKey, 1> trusted{relayKey};
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    std::size_t next = 0;
    while (next < envelopes.size()) {
        const std::size_t n = std::min<std::size_t>(1 + rng() % 5, envelopes.size() - next);
        std::vector<Bytes> batch;
        for (std::size_t i = 0; i < n; ++i)
            batch.push_back(envelopes[next + i].envelope.bytes);
        std::optional<std::vector<IngestResult>> results;
        while (!results) {
            if (std::chrono::steady_clock::now() > deadline) {
                std::lock_guard lock(out.mutex);
                out.errors.push_back("a device gave up after 120 s of retries");
                return;
            }
            auto response = client.postBatch(batch);
            std::lock_guard lock(out.mutex);
            ++out.attempts;
            if (response && response->status == 200)
                if (auto r = decodeIngestResults(response->body, n); r && r->size() == n)
                    results = std::move(*r);
            if (!results)
                ++out.failed;
        }
        std::lock_guard lock(out.mutex);
        for (std::size_t i = 0; i < n; ++i) {
            const SealedEnvelope& e = envelopes[next + i].envelope;
            const IngestResult& r = (*results)[i];
            auto receipt = decodeReceipt(r.receipt);
            const bool acknowledged = r.status == IngestStatus::Stored || r.status == IngestStatus::Duplicate;
            if (!acknowledged || !receipt || !verifyReceipt(*receipt, e.reportId, e.envelopeHash, trusted))
                out.errors.push_back("envelope not acknowledged with a valid receipt: " + std::string(enumName(r.status)));
            out.receipts[e.reportId] = r.receipt;
            out.payloadBytes += e.bytes.size();
        }
        next += n;
    }
}

std::map<ReportId, std::int64_t> casesAtRegistry(const std::filesystem::path& db)
{
    auto conn = SqliteDb::open(db, false);
    REQUIRE(conn.ok());
    auto stmt = conn->prepare("SELECT report_id, COUNT(*) FROM cases GROUP BY report_id");
    REQUIRE(stmt.ok());
    std::map<ReportId, std::int64_t> out;
    for (;;) {
        auto row = stmt->step();
        REQUIRE(row.ok());
        if (!*row)
            break;
        ReportId id{};
        const ByteView b = stmt->blob(0);
        REQUIRE(b.size() == id.size());
        std::copy(b.begin(), b.end(), id.begin());
        out[id] = stmt->int64(1);
    }
    return out;
}

std::int64_t queueDepth(std::uint16_t relayPort)
{
    const ProbeAnswer a = probe(relayPort, "/healthz", std::chrono::seconds(2));
    constexpr std::string_view key = "\"queue_depth\":";
    const auto at = a.body.find(key);
    return a.status == 200 && at != std::string::npos ? std::atoll(a.body.c_str() + at + key.size()) : -1;
}

void printProxy(const char* name, const FaultCounters& c)
{
    std::cout << "faults: " << name << ": " << c.requests << " requests, " << c.faults() << " hit ("
              << (c.requests > 0 ? 100.0 * static_cast<double>(c.faults()) / static_cast<double>(c.requests) : 0.0)
              << " %): dropped " << c.dropped << ", truncated " << c.truncated << ", reset mid-request "
              << c.resetRequest << ", reset mid-answer " << c.resetResponse << "; " << c.delayed
              << " chunks delayed; " << c.connections << " connections\n";
}

} // namespace

TEST_CASE("at 30 % loss with resets mid-body every envelope arrives exactly once, and retries get the same receipt",
          "[faults]")
{
    const auto perDeviceCount = envOr("VIGIL_FAULTS_ENVELOPES", kEnvelopesPerDevice);
    const double loss = static_cast<double>(std::min(envOr("VIGIL_FAULTS_LOSS", 30), 95L)) / 100.0;
    std::random_device seeder;
    FaultRates lossy;
    lossy.loss = loss;
    lossy.delay = 0.20;
    FaultRates uplinkDown = lossy;
    uplinkDown.loss = 1.0;   // the relay's uplink starts out broken: every forward is cut

    const std::uint16_t registryPort = freePort();
    FaultProxy upstream(registryPort, uplinkDown, seeder());
    DeploymentOptions options;
    options.registryPort = registryPort;
    options.relayUpstreamPort = upstream.port();
    options.relayForward = "batch_envelopes = 16";
    ProcessDeployment d(options);
    FaultProxy door(d.relayPort(), lossy, seeder());

    std::vector<std::vector<SealedReport>> perDevice(kDevices);
    for (auto& envelopes : perDevice)
        for (long i = 0; i < perDeviceCount; ++i)
            envelopes.push_back(d.seal(i % 3 == 0));
    const std::string url = "http://127.0.0.1:" + std::to_string(door.port());
    Delivery delivery;
    std::vector<std::thread> devices;
    for (int i = 0; i < kDevices; ++i)
        devices.emplace_back([&, i, seed = seeder()] {
            deliver(url, d.relayReceiptKey(), perDevice[static_cast<std::size_t>(i)], seed, delivery);
        });
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    upstream.setRates(lossy);   // the uplink comes back, lossy
    for (auto& t : devices)
        t.join();
    INFO(d.logTail());
    for (const auto& e : delivery.errors)
        FAIL_CHECK(e);
    REQUIRE(delivery.receipts.size() == static_cast<std::size_t>(kDevices * perDeviceCount));
    REQUIRE(rt::waitUntil([&] { return queueDepth(d.relayPort()) == 0; }, std::chrono::seconds(120)));

    // Every device sends everything again (through the same lossy door): all duplicates,
    // each with the receipt the device already holds, byte for byte.
    Delivery again;
    for (int i = 0; i < kDevices; ++i)
        deliver(url, d.relayReceiptKey(), perDevice[static_cast<std::size_t>(i)], seeder(), again);
    for (const auto& e : again.errors)
        FAIL_CHECK(e);
    std::size_t sameReceipt = 0;
    for (const auto& [id, receipt] : again.receipts)
        sameReceipt += delivery.receipts.at(id) == receipt ? 1u : 0u;
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    CHECK(queueDepth(d.relayPort()) == 0);   // a duplicate never travels upstream again

    CHECK(d.relay().terminate(std::chrono::seconds(20)) == 0);
    CHECK(d.registry().terminate(std::chrono::seconds(20)) == 0);
    const auto cases = casesAtRegistry(d.registryDir() / "registry.db");
    std::size_t once = 0;
    for (const auto& [id, receipt] : delivery.receipts) {
        const auto c = cases.find(id);
        once += c != cases.end() && c->second == 1 ? 1u : 0u;
    }
    const FaultCounters& dc = door.counters();
    const FaultCounters& uc = upstream.counters();
    printProxy("device -> relay", dc);
    printProxy("relay -> registry", uc);
    std::cout << "faults: loss drawn at " << loss * 100 << " % of requests on both links\n";
    std::cout << "faults: " << delivery.receipts.size() << " envelopes delivered in " << delivery.attempts
              << " uploads (" << delivery.failed << " failed and were retried); " << cases.size()
              << " cases, each exactly once: " << (once == cases.size() ? "yes" : "NO") << "; resent: "
              << sameReceipt << " of " << again.receipts.size() << " answered with the same receipt\n"
              << "faults: bytes on the wire device -> relay " << dc.bytesUp << " for " << delivery.payloadBytes
              << " bytes of envelopes (x"
              << static_cast<double>(dc.bytesUp) / static_cast<double>(delivery.payloadBytes + again.payloadBytes)
              << " including the resend)" << std::endl;

    CHECK(once == delivery.receipts.size());
    CHECK(cases.size() == delivery.receipts.size());
    CHECK(sameReceipt == delivery.receipts.size());
    // The faults really happened, on both links and in both directions.
    // Drawn at `loss`; in a run of this size the share hit is never below half of it.
    CHECK(static_cast<double>(dc.faults()) >= 0.5 * loss * static_cast<double>(dc.requests));
    CHECK(dc.resetRequest > 0);
    CHECK(dc.resetResponse > 0);
    CHECK(uc.faults() > 0);
    CHECK(uc.resetRequest + uc.resetResponse > 0);
}
