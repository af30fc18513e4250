// SPDX-License-Identifier: EUPL-1.2
// Crash consistency: vigil-relay and vigil-registry run as child processes on their own data
// directories; device threads flood them with real sealed envelopes while the main thread
// SIGKILLs the relay, the registry or both at random moments (sometimes again while they are
// starting) and restarts them. At the end every envelope a device holds a receipt for must be a
// case at the registry exactly once, and every receipt must match a durable row.
//
// VIGIL_CRASH_KILLS sets the number of kills (default 100, 60 in the sanitizer build); the long
// local variant is e.g. `VIGIL_CRASH_KILLS=1000 ctest -L crash` (docs/harness.md).
#include "tests/support/deployment.h"

#include "tests/support/relaytest.h"

#include "registry/admin/admin.h"

#include "shared/receipt.h"
#include "shared/storage/sqlite.h"

#include <catch2/catch.hpp>

#include <sodium.h>

#include <atomic>
#include <csignal>
#include <iostream>
#include <map>
#include <mutex>
#include <random>
#include <thread>

using namespace vigil;
using namespace vigil::harness;
namespace rt = vigil::relay::test;

namespace {

#ifdef VIGIL_HARNESS_SANITIZED
constexpr long kDefaultKills = 60;
#else
constexpr long kDefaultKills = 100;
#endif

struct Ack {
    Hash32 envelopeHash{};
    Bytes receipt;
    bool direct = false;   ///< handed straight to the registry, not through the relay
    Bytes relayReceipt;    ///< a direct upload's copy handed to the relay as well
};

/// What the devices were told, and what went wrong on their side.
class Ledger {
public:
    void ack(const ReportId& id, Ack ack, IngestStatus status)
    {
        std::lock_guard lock(m_mutex);
        (status == IngestStatus::Stored ? m_stored : m_duplicates) += 1;
        m_acks.emplace(id, std::move(ack));
    }
    /// A direct upload that the device also handed to the relay, and the relay's receipt.
    void relayCopy(const ReportId& id, Bytes receipt)
    {
        std::lock_guard lock(m_mutex);
        m_acks.at(id).relayReceipt = std::move(receipt);
    }
    void error(std::string text)
    {
        std::lock_guard lock(m_mutex);
        m_errors.push_back(std::move(text));
    }
    void failedRequest()
    {
        std::lock_guard lock(m_mutex);
        ++m_failedRequests;
    }
    std::map<ReportId, Ack> acks() const
    {
        std::lock_guard lock(m_mutex);
        return m_acks;
    }
    std::vector<std::string> errors() const
    {
        std::lock_guard lock(m_mutex);
        return m_errors;
    }
    std::size_t stored() const { return m_stored; }
    std::size_t duplicates() const { return m_duplicates; }
    std::size_t failedRequests() const { return m_failedRequests; }

private:
    mutable std::mutex m_mutex;
    std::map<ReportId, Ack> m_acks;
    std::vector<std::string> m_errors;
    std::size_t m_stored = 0;
    std::size_t m_duplicates = 0;
    std::size_t m_failedRequests = 0;
};

struct DeviceSettings {
    std::string url;
    PublicKey receiptKey{};
    bool direct = false;
    unsigned seed = 0;
};

/// Checks one answered batch against the key that should have signed it; true when every
/// envelope in it is acknowledged with a receipt that verifies.
bool verifyAnswer(const std::vector<SealedReport>& pending, const std::vector<IngestResult>& results,
                  const PublicKey& receiptKey, Ledger& ledger)
{
    const std::array<PublicKey, 1> trusted{receiptKey};
    for (std::size_t i = 0; i < pending.size(); ++i) {
        const SealedEnvelope& e = pending[i].envelope;
        const IngestResult& r = results[i];
        if (r.status != IngestStatus::Stored && r.status != IngestStatus::Duplicate) {
            ledger.error("envelope answered " + std::string(enumName(r.status)) + ": " + r.reason);
            return false;
        }
        auto receipt = decodeReceipt(r.receipt);
        if (!r.reportId || *r.reportId != e.reportId || !receipt
            || !verifyReceipt(*receipt, e.reportId, e.envelopeHash, trusted)) {
            ledger.error("a receipt does not verify for its envelope");
            return false;
        }
    }
    return true;
}

/// Sends the same batch until it is answered with a result per envelope; nullopt when the
/// deadline (set once the kills are over) passed first.
std::optional<std::vector<IngestResult>> uploadUntilAnswered(rt::Client& client, const std::vector<SealedReport>& pending,
                                                             const std::atomic<bool>& stopNew,
                                                             const std::atomic<std::int64_t>& deadline, Ledger& ledger,
                                                             std::mt19937& rng)
{
    std::vector<Bytes> batch;
    for (const auto& p : pending)
        batch.push_back(p.envelope.bytes);
    for (;;) {
        if (stopNew.load() && std::chrono::steady_clock::now().time_since_epoch().count() > deadline.load()) {
            ledger.error("a device could not deliver its last batch before the deadline");
            return std::nullopt;
        }
        auto response = client.postBatch(batch);
        if (response && response->status == 200) {
            if (auto decoded = decodeIngestResults(response->body, batch.size()); decoded && decoded->size() == batch.size())
                return std::move(*decoded);
            ledger.error("a 200 answer that is not a result per envelope");
        }
        // No answer (the server died), or 503 (its commit failed): the same batch again.
        ledger.failedRequest();
        std::this_thread::sleep_for(std::chrono::milliseconds(20 + rng() % 60));
    }
}

/// A device: seals a few reports, uploads them, and retries the same batch until it holds a
/// receipt for each; stops making new reports when `stopNew` is set, and gives up on its last
/// batch only at `deadline` (which is an error). A direct device also hands one batch in four
/// to the relay afterwards, as a device that is unsure and resends by another path does: the
/// relay forwards them and the registry must answer "duplicate", never make a second case.
void runDevice(const ProcessDeployment& d, const DeviceSettings& s, const std::atomic<bool>& stopNew,
               const std::atomic<std::int64_t>& deadline, Ledger& ledger)
{
    HttpClientOptions options;
    options.timeout = std::chrono::milliseconds(3'000);
    rt::Client client(s.url, options);
    rt::Client viaRelay(d.relayUrl(), options);
    std::mt19937 rng(s.seed);
    while (!stopNew.load()) {
        std::vector<SealedReport> pending;
        const auto n = 1 + rng() % 6;
        for (unsigned i = 0; i < n; ++i)
            pending.push_back(d.seal(rng() % 3 == 0));
        auto results = uploadUntilAnswered(client, pending, stopNew, deadline, ledger, rng);
        if (!results || !verifyAnswer(pending, *results, s.receiptKey, ledger))
            return;
        for (std::size_t i = 0; i < pending.size(); ++i)
            ledger.ack(pending[i].envelope.reportId,
                       Ack{pending[i].envelope.envelopeHash, (*results)[i].receipt, s.direct, {}}, (*results)[i].status);
        if (s.direct && rng() % 4 == 0) {
            auto copies = uploadUntilAnswered(viaRelay, pending, stopNew, deadline, ledger, rng);
            if (!copies || !verifyAnswer(pending, *copies, d.relayReceiptKey(), ledger))
                return;
            for (std::size_t i = 0; i < pending.size(); ++i)
                ledger.relayCopy(pending[i].envelope.reportId, (*copies)[i].receipt);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(rng() % 10));
    }
}

struct KillCount {
    int relay = 0;
    int registry = 0;
    int both = 0;
    int duringStart = 0;
    int duringStop = 0;
    int total() const { return relay + registry + 2 * both; }
};

void restartAndWait(ProcessDeployment& d, bool relayToo, bool registryToo)
{
    INFO(d.logTail());
    if (registryToo) {
        REQUIRE(d.spawnRegistry());
        REQUIRE(ProcessDeployment::waitHealthy(d.registryPort(), std::chrono::seconds(30)));
    }
    if (relayToo) {
        REQUIRE(d.spawnRelay());
        REQUIRE(ProcessDeployment::waitHealthy(d.relayPort(), std::chrono::seconds(30)));
    }
}

/// Kills at random moments until `target` kills were survived.
KillCount killRepeatedly(ProcessDeployment& d, long target, std::mt19937& rng)
{
    KillCount k;
    while (k.total() < target) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100 + rng() % 500));
        const auto pick = rng() % 100;
        const bool relayToo = pick < 45 || pick >= 80;
        const bool registryToo = pick >= 45;
        if (relayToo && registryToo) {
            d.relay().kill();
            d.registry().kill();
        } else {
            // One kill in four lands while the server is stopping cleanly (SIGTERM): finishing
            // in-flight commits, checkpointing the WAL.
            ChildProcess& victim = relayToo ? d.relay() : d.registry();
            if (rng() % 4 == 0) {
                victim.signal(SIGTERM);
                std::this_thread::sleep_for(std::chrono::milliseconds(rng() % 30));
                ++k.duringStop;
            }
            victim.kill();
        }
        (relayToo && registryToo ? k.both : relayToo ? k.relay : k.registry) += 1;
        if (rng() % 5 == 0) {
            // Again while it starts: opening the database, recovering the WAL, binding.
            ChildProcess& victim = relayToo ? d.relay() : d.registry();
            (void)(relayToo ? d.spawnRelay() : d.spawnRegistry());
            std::this_thread::sleep_for(std::chrono::milliseconds(rng() % 40));
            victim.kill();
            (relayToo ? k.relay : k.registry) += 1;
            ++k.duringStart;
        }
        restartAndWait(d, relayToo, registryToo);
    }
    return k;
}

struct CaseRow {
    std::int64_t count = 0;
    Hash32 envelopeHash{};
    Bytes receipt;
};

std::map<ReportId, CaseRow> readRows(const std::filesystem::path& db, const std::string& sql)
{
    auto conn = SqliteDb::open(db, false);
    REQUIRE(conn.ok());
    auto stmt = conn->prepare(sql);
    REQUIRE(stmt.ok());
    std::map<ReportId, CaseRow> rows;
    for (;;) {
        auto row = stmt->step();
        REQUIRE(row.ok());
        if (!*row)
            break;
        ReportId id{};
        Hash32 hash{};
        const ByteView idBytes = stmt->blob(0);
        const ByteView hashBytes = stmt->blob(1);
        REQUIRE(idBytes.size() == id.size());
        REQUIRE(hashBytes.size() == hash.size());
        std::copy(idBytes.begin(), idBytes.end(), id.begin());
        std::copy(hashBytes.begin(), hashBytes.end(), hash.begin());
        const ByteView receipt = stmt->blob(2);
        CaseRow& r = rows[id];
        r.count += stmt->int64(3);
        r.envelopeHash = hash;
        r.receipt.assign(receipt.begin(), receipt.end());
    }
    return rows;
}

std::int64_t queryOne(const std::filesystem::path& db, std::string_view sql)
{
    auto conn = SqliteDb::open(db, false);
    REQUIRE(conn.ok());
    auto v = conn->queryInt(sql);
    REQUIRE(v.ok());
    return *v;
}

std::int64_t queueDepth(std::uint16_t relayPort)
{
    const ProbeAnswer a = probe(relayPort, "/healthz", std::chrono::seconds(2));
    constexpr std::string_view key = "\"queue_depth\":";
    const auto at = a.body.find(key);
    if (a.status != 200 || at == std::string::npos)
        return -1;
    return std::atoll(a.body.c_str() + at + key.size());
}

} // namespace

TEST_CASE("SIGKILLed relays and registries lose nothing acknowledged and double nothing", "[crash]")
{
    const long targetKills = envOr("VIGIL_CRASH_KILLS", kDefaultKills);
    const auto started = std::chrono::steady_clock::now();
    ProcessDeployment d;
    Ledger ledger;
    std::atomic<bool> stopNew{false};
    std::atomic<std::int64_t> deadline{std::numeric_limits<std::int64_t>::max()};
    std::random_device seeder;
    std::vector<std::thread> devices;
    for (unsigned i = 0; i < 4; ++i) {
        // Three devices sync through the relay, one hands its envelopes straight to the registry.
        const bool direct = i == 3;
        DeviceSettings s{direct ? d.registryUrl() : d.relayUrl(),
                         direct ? d.registryReceiptKey() : d.relayReceiptKey(), direct, seeder()};
        devices.emplace_back([&d, s, &stopNew, &deadline, &ledger] { runDevice(d, s, stopNew, deadline, ledger); });
    }
    std::mt19937 rng(seeder());
    KillCount kills;
    try {
        kills = killRepeatedly(d, targetKills, rng);
    } catch (...) {
        stopNew = true;
        deadline = 0;
        for (auto& t : devices)
            t.join();
        throw;
    }
    // No more kills: every device delivers what it still holds, the relay drains.
    deadline = (std::chrono::steady_clock::now() + std::chrono::seconds(90)).time_since_epoch().count();
    stopNew = true;
    for (auto& t : devices)
        t.join();
    INFO(d.logTail());
    REQUIRE(rt::waitUntil([&] { return queueDepth(d.relayPort()) == 0; }, std::chrono::seconds(90)));
    // A clean stop after all that: both exit 0.
    CHECK(d.relay().terminate(std::chrono::seconds(20)) == 0);
    CHECK(d.registry().terminate(std::chrono::seconds(20)) == 0);

    for (const auto& e : ledger.errors())
        FAIL_CHECK(e);
    const auto acks = ledger.acks();
    REQUIRE(!acks.empty());
    const auto cases = readRows(d.registryDir() / "registry.db",
                                "SELECT report_id, envelope_hash, receipt, COUNT(*) FROM cases GROUP BY report_id");
    const auto relayed = readRows(d.relayDir() / "relay.db",
                                  "SELECT report_id, envelope_hash, receipt, state FROM envelopes");
    std::size_t lost = 0, doubled = 0, wrongReceipt = 0, direct = 0, copies = 0;
    for (const auto& [id, ack] : acks) {
        direct += ack.direct ? 1u : 0u;
        const auto c = cases.find(id);
        if (c == cases.end() || c->second.envelopeHash != ack.envelopeHash) {
            ++lost;
            continue;
        }
        doubled += c->second.count > 1 ? 1u : 0u;
        if (ack.direct) {
            wrongReceipt += c->second.receipt != ack.receipt ? 1u : 0u;
            if (ack.relayReceipt.empty())
                continue;
            ++copies;
        }
        // The relay's row: the same envelope, the very receipt the device holds, forwarded (state 1,
        // `count` holds the state here).
        const Bytes& relayReceipt = ack.direct ? ack.relayReceipt : ack.receipt;
        const auto r = relayed.find(id);
        if (r == relayed.end() || r->second.envelopeHash != ack.envelopeHash || r->second.receipt != relayReceipt
            || r->second.count != 1)
            ++wrongReceipt;
    }
    const std::int64_t deadLetters = queryOne(d.relayDir() / "relay.db", "SELECT COUNT(*) FROM dead_letters");
    auto admin = registry::Admin::open(d.registryDir());
    REQUIRE(admin.ok());
    const auto audit = (*admin)->verifyAudit();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

    std::cout << "crash: " << kills.total() << " kills survived (relay " << kills.relay << ", registry "
              << kills.registry << ", both at once " << kills.both << ", during start-up " << kills.duringStart << ", during a clean stop " << kills.duringStop
              << ") in " << seconds << " s\n"
              << "crash: " << acks.size() << " envelopes acknowledged (" << direct << " straight to the registry, " << copies
              << " of them also through the relay; "
              << ledger.stored() << " stored, " << ledger.duplicates() << " acknowledged again as duplicate after a "
              << "lost answer), " << ledger.failedRequests() << " requests failed and were retried\n"
              << "crash: registry holds " << cases.size() << " cases: lost " << lost << ", doubled " << doubled
              << ", receipt mismatches " << wrongReceipt << ", dead letters " << deadLetters << std::endl;
    CHECK(kills.total() >= targetKills);
    CHECK(lost == 0);
    CHECK(doubled == 0);
    CHECK(wrongReceipt == 0);
    CHECK(deadLetters == 0);
    // Every envelope sent was eventually acknowledged, so a case beyond them would be a phantom.
    CHECK(cases.size() == acks.size());
    CHECK(relayed.size() == acks.size() - direct + copies);
    INFO((audit ? *audit : audit.error().message));
    CHECK(audit.ok());
}

TEST_CASE("photo reports queued while the registry was down reach it exactly once although the relay is SIGKILLed "
          "during the catch-up",
          "[crash][forwarding]")
{
    const long kills = envOr("VIGIL_CRASH_FORWARD_KILLS", 6);
    const auto started = std::chrono::steady_clock::now();
    DeploymentOptions options;
    options.relayForward = "batch_envelopes = 8";   // many rounds, so the kills land between them
    ProcessDeployment d(options);
    d.registry().kill();
    // Three photo reports of 3 MB (a batch of them is over the registry's 8 MiB body limit)
    // and small ones around them, each acknowledged by the relay.
    std::vector<SealedReport> queued;
    std::map<ReportId, Bytes> relayReceipts;
    {
        rt::Client device(d.relayUrl());
        for (int i = 0; i < 63; ++i) {
            std::vector<Bytes> attachments;
            if (i < 3) {   // the oldest three: a batch of 8 would hold all of them
                attachments.emplace_back(3'000'000);
                randombytes_buf(attachments.back().data(), attachments.back().size());
            }
            queued.push_back(d.seal(false, attachments));
            const std::array<Bytes, 1> one{queued.back().envelope.bytes};
            auto results = rt::ingestResults(device.postBatch(one));
            REQUIRE(results[0].status == IngestStatus::Stored);
            relayReceipts[queued.back().envelope.reportId] = results[0].receipt;
        }
    }
    REQUIRE(d.spawnRegistry());
    REQUIRE(ProcessDeployment::waitHealthy(d.registryPort(), std::chrono::seconds(30)));
    // The catch-up starts; the relay is killed in the middle of it, again and again.
    // Each kill lands right after the relay forwarded something (a batch or a large envelope
    // was recorded), 0–30 ms into whatever it does next.
    std::mt19937 rng(std::random_device{}());
    std::string queuedAtKills;
    long killed = 0;
    std::int64_t last = static_cast<std::int64_t>(queued.size());
    while (killed < kills) {
        (void)rt::waitUntil([&] { return queueDepth(d.relayPort()) < last; }, std::chrono::seconds(5));
        std::this_thread::sleep_for(std::chrono::milliseconds(rng() % 30));
        last = queueDepth(d.relayPort());
        if (last == 0)
            break;   // caught up before all kills were spent
        queuedAtKills += (killed == 0 ? "" : ", ") + std::to_string(last);
        d.relay().kill();
        ++killed;
        restartAndWait(d, true, false);
    }
    INFO(d.logTail());
    REQUIRE(rt::waitUntil([&] { return queueDepth(d.relayPort()) == 0; }, std::chrono::seconds(60)));

    const auto cases = readRows(d.registryDir() / "registry.db",
                                "SELECT report_id, envelope_hash, receipt, COUNT(*) FROM cases GROUP BY report_id");
    const auto relayed = readRows(d.relayDir() / "relay.db", "SELECT report_id, envelope_hash, receipt, state FROM envelopes");
    std::size_t lost = 0, doubled = 0, wrongReceipt = 0;
    for (const auto& r : queued) {
        const auto c = cases.find(r.envelope.reportId);
        if (c == cases.end() || c->second.envelopeHash != r.envelope.envelopeHash)
            ++lost;
        else
            doubled += c->second.count > 1 ? 1u : 0u;
        const auto row = relayed.find(r.envelope.reportId);
        if (row == relayed.end() || row->second.receipt != relayReceipts[r.envelope.reportId] || row->second.count != 1)
            ++wrongReceipt;
    }
    const std::int64_t deadLetters = queryOne(d.relayDir() / "relay.db", "SELECT COUNT(*) FROM dead_letters");
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::cout << "crash: forwarding catch-up: " << queued.size() << " envelopes (3 of 3 MB) queued while the registry "
              << "was down, relay SIGKILLed " << killed << " times during the catch-up (still queued at each kill: "
              << queuedAtKills << "): lost " << lost << ", doubled "
              << doubled << ", receipt mismatches " << wrongReceipt << ", dead letters " << deadLetters << ", in "
              << seconds << " s" << std::endl;
    CHECK(lost == 0);
    CHECK(doubled == 0);
    CHECK(wrongReceipt == 0);
    CHECK(deadLetters == 0);
    CHECK(cases.size() == queued.size());
    CHECK(killed >= 3);   // the kills really landed during the catch-up
}
