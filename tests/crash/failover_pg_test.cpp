// SPDX-License-Identifier: EUPL-1.2
// Failover under load (docs/postgres-plan.md, "Slice 4"): a real vigil-registry on a PostgreSQL
// primary with a synchronous hot standby (tests/support/pgstandbypair.h), reached through a host
// list with target_session_attrs=read-write; a vigil-relay in front of it. Devices post sealed
// envelopes to the relay and straight to the registry and keep every acknowledgement. Mid-load
// the primary is SIGKILLed and the standby promoted; the registry is not restarted. Afterwards
// every acknowledged envelope is a case exactly once on the promoted standby, nothing else is,
// and `vigil-admin audit verify` passes there.
#include "tests/registry/pgdeployment.h"

#include "tests/support/loopback.h"
#include "tests/support/pgstandbypair.h"
#include "tests/support/testdata.h"
#include "tests/support/testenv.h"

#include "shared/batch.h"
#include "shared/enumtable.h"
#include "shared/receipt.h"
#include "shared/storage/postgres.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <iostream>
#include <limits>
#include <map>
#include <mutex>
#include <random>
#include <thread>

using namespace vigil;
using namespace vigil::test;

namespace {

using Steady = std::chrono::steady_clock;

/// What the devices were told, and what went wrong on their side (Catch2 asserts on the main
/// thread only).
class Ledger {
public:
    /// An acknowledgement of a request sent at `sent`: it counts as after the kill only when
    /// the request went out after it (one under way may have committed just before).
    void ack(const ReportId& id, const Hash32& hash, bool direct, Steady::time_point sent)
    {
        std::lock_guard lock(m_mutex);
        m_acks.emplace(id, hash);
        const bool after = m_killedAt && sent > *m_killedAt;
        if (direct && after && !m_firstDirectAfter)
            m_firstDirectAfter = Steady::now();
        (after ? m_after : m_before) += 1;
    }
    void error(std::string text)
    {
        std::lock_guard lock(m_mutex);
        m_errors.push_back(std::move(text));
    }
    void failed() { ++m_failed; }
    void killed()
    {
        std::lock_guard lock(m_mutex);
        m_killedAt = Steady::now();
    }
    std::map<ReportId, Hash32> acks() const
    {
        std::lock_guard lock(m_mutex);
        return m_acks;
    }
    std::vector<std::string> errors() const
    {
        std::lock_guard lock(m_mutex);
        return m_errors;
    }
    std::size_t before() const { return m_before; }
    std::size_t after() const { return m_after; }
    std::size_t failedRequests() const { return m_failed; }
    /// Seconds from the kill to the first envelope the registry itself acknowledged after it.
    std::optional<double> secondsToFirstDirectAck() const
    {
        std::lock_guard lock(m_mutex);
        if (!m_killedAt || !m_firstDirectAfter)
            return std::nullopt;
        return std::chrono::duration<double>(*m_firstDirectAfter - *m_killedAt).count();
    }

private:
    mutable std::mutex m_mutex;
    std::map<ReportId, Hash32> m_acks;
    std::vector<std::string> m_errors;
    std::optional<Steady::time_point> m_killedAt, m_firstDirectAfter;
    std::size_t m_before = 0, m_after = 0;
    std::atomic<std::size_t> m_failed{0};
};

struct Device {
    std::uint16_t port = 0;
    PublicKey receiptKey{};
    bool direct = false;
    unsigned seed = 0;
};

/// Seals batches of one to four reports and posts each until it is answered with a verified
/// receipt per envelope (a 503 or no answer: the same batch again, as a phone and a relay do).
void runDevice(const Device& device, const Directory& directory, const std::atomic<bool>& stopNew,
               const std::atomic<std::int64_t>& deadline, Ledger& ledger)
{
    HttpClientOptions options;
    options.timeout = std::chrono::milliseconds(3'000);
    Client client(urlOf(device.port), options);
    std::mt19937 rng(device.seed);
    const std::array<PublicKey, 1> trusted{device.receiptKey};
    while (!stopNew.load()) {
        std::vector<SealedReport> pending;
        std::vector<Bytes> batch;
        for (unsigned i = 0, n = 1 + rng() % 4; i < n; ++i) {
            auto sealed = sealWithPhotos(i % 2 ? socialReport() : nearMissReport(), {}, directory, "13-bde");
            if (!sealed) {
                ledger.error("sealing failed: " + sealed.error().message);
                return;
            }
            batch.push_back(sealed->envelope.bytes);
            pending.push_back(std::move(*sealed));
        }
        for (;;) {
            if (stopNew.load() && Steady::now().time_since_epoch().count() > deadline.load()) {
                ledger.error("a device could not deliver its last batch before the deadline");
                return;
            }
            const auto sent = Steady::now();
            auto answer = client.postBatch(batch);
            auto results = answer && answer->status == 200 ? decodeIngestResults(answer->body, batch.size())
                                                           : Result<std::vector<IngestResult>>(Error{"no answer"});
            if (results && results->size() == batch.size()) {
                for (std::size_t i = 0; i < pending.size(); ++i) {
                    const SealedEnvelope& e = pending[i].envelope;
                    const IngestResult& r = (*results)[i];
                    auto receipt = decodeReceipt(r.receipt);
                    if ((r.status != IngestStatus::Stored && r.status != IngestStatus::Duplicate) || !receipt
                        || !verifyReceipt(*receipt, e.reportId, e.envelopeHash, trusted)) {
                        ledger.error("an envelope answered " + std::string(enumName(r.status)) + " without a receipt "
                                     "that verifies: " + r.reason);
                        return;
                    }
                    ledger.ack(e.reportId, e.envelopeHash, device.direct, sent);
                }
                break;
            }
            ledger.failed();
            std::this_thread::sleep_for(std::chrono::milliseconds(20 + rng() % 40));
        }
    }
}

std::int64_t queueDepth(std::uint16_t relayPort)
{
    const RawAnswer a = probe(relayPort, "/healthz", std::chrono::seconds(2));
    constexpr std::string_view key = "\"queue_depth\":";
    const auto at = a.body.find(key);
    if (a.status != 200 || at == std::string::npos)
        return -1;
    return std::atoll(a.body.c_str() + at + key.size());
}

/// report id -> (envelope hash, rows with that id) on the database `url` names.
std::map<ReportId, std::pair<Hash32, int>> casesOn(const std::string& url)
{
    auto db = PgDb::connect(url);
    REQUIRE(db);
    auto stmt = db->prepare("SELECT report_id, envelope_hash FROM cases");
    REQUIRE(stmt);
    std::map<ReportId, std::pair<Hash32, int>> out;
    REQUIRE(stmt->eachRow([&](const PgStmt& row) {
        ReportId id{};
        Hash32 hash{};
        const ByteView idBytes = row.blob(0);
        const ByteView hashBytes = row.blob(1);
        if (idBytes.size() != id.size() || hashBytes.size() != hash.size())
            return;
        std::copy(idBytes.begin(), idBytes.end(), id.begin());
        std::copy(hashBytes.begin(), hashBytes.end(), hash.begin());
        auto& entry = out[id];
        entry.first = hash;
        entry.second += 1;
    }));
    return out;
}

} // namespace

TEST_CASE("a primary SIGKILLed under load and its promoted standby lose no acknowledged envelope and double none",
          "[crash][postgres]")
{
    const auto started = Steady::now();
    PgStandbyPair pair;
    pair.createDatabase("failover");
    PgDeployment d(pair.uri("failover", kDatabasePassword));
    Server& registry = d.startRegistry(d.dataA(), freePort());
    Server& relay = d.startRelay(registry.port);
    d.publish();
    const Directory directory = d.directory(registry.port);

    Ledger ledger;
    std::atomic<bool> stopNew{false};
    std::atomic<std::int64_t> deadline{std::numeric_limits<std::int64_t>::max()};
    std::random_device seeder;
    std::vector<std::thread> devices;
    for (unsigned i = 0; i < 4; ++i) {
        // Two devices sync through the relay (which resends what the registry did not
        // acknowledge), two hand their envelopes straight to the registry.
        const bool direct = i >= 2;
        const Device device{direct ? registry.port : relay.port, direct ? d.receiptKey() : d.relayKeys().at(0), direct,
                            seeder()};
        devices.emplace_back([&, device] { runDevice(device, directory, stopNew, deadline, ledger); });
    }
    auto finish = [&] {
        stopNew = true;
        for (auto& t : devices)
            t.join();
        devices.clear();
    };
    try {
        // Load on the primary, then a machine lost mid-load and the standby promoted at once;
        // the load goes on until the registry has acknowledged envelopes on the new primary.
        REQUIRE(waitUntil([&] { return ledger.before() >= 40; }, std::chrono::seconds(20)));
        pair.killPrimary();
        ledger.killed();
        pair.promoteStandby();
        REQUIRE(waitUntil([&] { return ledger.secondsToFirstDirectAck() && ledger.after() >= 40; },
                          std::chrono::seconds(20)));
    } catch (...) {
        deadline = 0;
        finish();
        throw;
    }
    // No more new reports: every device delivers what it holds, the relay drains.
    deadline = (Steady::now() + std::chrono::seconds(20)).time_since_epoch().count();
    finish();
    INFO(d.logTail());
    REQUIRE(waitUntil([&] { return queueDepth(relay.port) == 0; }, std::chrono::seconds(20)));
    // The registry came through on its own: it was never restarted.
    CHECK(registry.process.running());

    for (const auto& e : ledger.errors())
        FAIL_CHECK(e);
    const auto acks = ledger.acks();
    // The host list now reaches the promoted standby only: the old primary is dead.
    CHECK(queryOn(d.url(), "SELECT CASE WHEN pg_is_in_recovery() THEN 1 ELSE 0 END") == 0);
    const auto cases = casesOn(d.url());
    std::size_t lost = 0, doubled = 0;
    for (const auto& [id, hash] : acks) {
        const auto c = cases.find(id);
        if (c == cases.end() || c->second.first != hash)
            ++lost;
        else if (c->second.second > 1)
            ++doubled;
    }
    const std::int64_t created = d.count("SELECT COUNT(*) FROM audit WHERE action = 'case.created'");
    const harness::CommandRun verify = d.admin({"audit", "verify"});
    const double seconds = std::chrono::duration<double>(Steady::now() - started).count();
    std::cout << "failover: " << acks.size() << " envelopes acknowledged (" << ledger.before() << " before the kill, "
              << ledger.after() << " after), " << ledger.failedRequests() << " requests failed and were sent again; "
              << "the registry acknowledged again " << ledger.secondsToFirstDirectAck().value_or(-1)
              << " s after the kill; cases " << cases.size() << ": lost " << lost << ", doubled " << doubled << "; "
              << seconds << " s in all" << std::endl;
    CHECK(ledger.after() > 0);
    CHECK(lost == 0);
    CHECK(doubled == 0);
    // Every envelope sent was acknowledged in the end, so a case beyond them would be a phantom.
    CHECK(cases.size() == acks.size());
    CHECK(created == static_cast<std::int64_t>(acks.size()));
    INFO(verify.out << verify.err);
    CHECK(verify.code == 0);
    CHECK_THAT(verify.out, Catch::Contains("audit trail intact"));
    CHECK(d.everything().find(kDatabasePassword) == std::string::npos);
}
