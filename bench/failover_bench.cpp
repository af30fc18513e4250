// SPDX-License-Identifier: EUPL-1.2
// The failover figure (issue 18; docs/benchmarks.md, docs/deployment.md): a registry in this
// process on a PostgreSQL primary with a synchronous hot standby (tests/support/pgstandbypair.h),
// reached through a host list with target_session_attrs=read-write, under steady load from
// clients posting one envelope per request straight to its ingest. Measured from the SIGKILL of
// the primary to the first envelope the registry acknowledges afterwards:
// - baseline: the primary restarted in place (crash recovery on the same machine);
// - failover: the primary gone for good, the standby promoted at once (pg_ctl promote).
// The registry is never restarted: it reconnects by itself (shared/storage/postgres.h).
#include "bench/figures.h"

#include "registry/admin/admin.h"
#include "registry/server/registryserver.h"

#include "tests/support/loopback.h"
#include "tests/support/pgstandbypair.h"
#include "tests/support/testdata.h"
#include "tests/support/testenv.h"

#include "shared/batch.h"
#include "shared/directory.h"
#include "shared/identity.h"
#include "shared/net/log.h"

#include <CLI/CLI.hpp>

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

using namespace vigil;
using namespace vigil::bench;
using Steady = std::chrono::steady_clock;

namespace {

/// The registry's data folder and database, set up as vigil-admin does it; the published
/// directory a device seals against.
Directory setUp(const std::filesystem::path& data, const std::string& database)
{
    const std::int64_t now = test::unixNow();
    must(registry::Admin::init(data, {}, now, database), "init");
    auto admin = must(registry::Admin::open(data, database), "open");
    must(admin->addUnit(Unit{"13-bde", "13 Bde", "defence"}, true), "unit add");
    for (const auto& [member, group] : {std::pair{1, "so-13-bde"}, std::pair{3, "ca-pool"}, std::pair{7, "inspectorate"}})
        must(admin->addAdvisor("m" + std::to_string(member), "Advisor " + std::to_string(member), group,
                               encodeAdvisorIdentity({test::memberBoxKey(member).publicKey,
                                                      test::memberSignKey(member).publicKey})),
             "advisor add");
    must(admin->publishDirectory(now, 30), "directory publish");
    auto blob = must(admin->org().latestSignedDirectory(), "directory");
    if (!blob)
        fail("directory", "none published");
    return must(verifyDirectory(*blob, admin->keys().root.publicKey, static_cast<std::uint64_t>(now)), "directory");
}

/// Clients posting one envelope per request, each sealed anew; remembers when the registry
/// last acknowledged one (stored, with a receipt).
class Load {
public:
    Load(std::uint16_t port, const Directory& directory, int clients)
    {
        for (int i = 0; i < clients; ++i)
            m_threads.emplace_back([this, port, &directory] { run(port, directory); });
    }
    ~Load()
    {
        m_stop = true;
        for (auto& t : m_threads)
            t.join();
    }
    std::uint64_t acks() const { return m_acks.load(); }
    /// From now on, the first acknowledgement of a request sent after `sentAfter` is kept (a
    /// request already under way may have committed before the kill landed).
    void watchFrom(Steady::time_point sentAfter)
    {
        std::lock_guard lock(m_mutex);
        m_since = sentAfter;
        m_firstAfter.reset();
    }
    /// Seconds from `from` to that first acknowledgement; fails after `timeout`.
    double secondsToFirstAck(Steady::time_point from, std::chrono::seconds timeout) const
    {
        const auto deadline = Steady::now() + timeout;
        while (Steady::now() < deadline) {
            {
                std::lock_guard lock(m_mutex);
                if (m_firstAfter)
                    return std::chrono::duration<double>(*m_firstAfter - from).count();
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
        fail("failover", "no acknowledgement within the timeout");
    }

private:
    void run(std::uint16_t port, const Directory& directory)
    {
        HttpClientOptions options;
        options.timeout = std::chrono::milliseconds(2'000);
        test::Client client(test::urlOf(port), options);
        while (!m_stop) {
            auto sealed = test::sealWithPhotos(test::nearMissReport(), {}, directory, "13-bde");
            if (!sealed)
                fail("seal", sealed.error().message);
            const std::vector<Bytes> batch{sealed->envelope.bytes};
            for (;;) { // the same envelope until it is acknowledged, as a device does
                if (m_stop)
                    return;
                const auto sent = Steady::now();
                auto answer = client.postBatch(batch);
                auto results = answer && answer->status == 200 ? decodeIngestResults(answer->body, 1)
                                                               : Result<std::vector<IngestResult>>(Error{"no answer"});
                if (results && results->size() == 1
                    && ((*results)[0].status == IngestStatus::Stored || (*results)[0].status == IngestStatus::Duplicate)) {
                    const auto at = Steady::now();
                    ++m_acks;
                    std::lock_guard lock(m_mutex);
                    if (!m_firstAfter && m_since && sent > *m_since)
                        m_firstAfter = at;
                    break;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
        }
    }

    std::atomic<bool> m_stop{false};
    std::atomic<std::uint64_t> m_acks{0};
    mutable std::mutex m_mutex;
    std::optional<Steady::time_point> m_since;
    std::optional<Steady::time_point> m_firstAfter;
    std::vector<std::thread> m_threads;
};

void warmUp(const Load& load, double seconds)
{
    const auto before = load.acks();
    std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
    if (load.acks() == before)
        fail("load", "no envelope acknowledged while warming up");
}

} // namespace

int main(int argc, char* argv[])
{
    int clients = 4;
    double warmup = 1.0;
    CLI::App app{"vigil_failover_bench: seconds from a PostgreSQL primary's SIGKILL to the registry's first "
                 "acknowledgement on the promoted standby, against a restart of the primary in place"};
    app.add_option("--clients", clients, "clients posting one envelope per request")->capture_default_str();
    app.add_option("--warmup", warmup, "seconds of load before each kill")->capture_default_str();
    CLI11_PARSE(app, argc, argv);

    test::PgStandbyPair pair;
    pair.createDatabase("failover");
    const auto work = test::makeTempDir("vigil-failover-bench");
    const auto data = work / "registry";
    const Directory directory = setUp(data, pair.conninfo("failover"));

    Logger log(LogLevel::Error, [](std::string_view) {});
    registry::RegistryOptions options;
    options.dataDir = data;
    options.database = pair.conninfo("failover");
    options.port = test::freePort();
    options.threads = 2;
    auto server = must(registry::RegistryServer::start(options, log), "registry");
    double restart = 0, failover = 0, promote = 0;
    std::uint64_t acked = 0;
    {
        Load load(server->port(), directory, clients);
        // Baseline: the same machine comes back (crash recovery), the standby streams again.
        warmUp(load, warmup);
        auto killed = Steady::now();
        pair.killPrimary();
        load.watchFrom(Steady::now());
        pair.primary().start();
        restart = load.secondsToFirstAck(killed, std::chrono::seconds(60));
        // Failover: the primary is lost for good, the standby takes over.
        warmUp(load, warmup);
        killed = Steady::now();
        pair.killPrimary();
        const auto promoting = Steady::now();
        load.watchFrom(promoting);
        pair.promoteStandby();
        promote = std::chrono::duration<double>(Steady::now() - promoting).count();
        failover = load.secondsToFirstAck(killed, std::chrono::seconds(60));
        warmUp(load, 0.2);
        acked = load.acks();
    }
    server->stop();
    std::error_code ec;
    std::filesystem::remove_all(work, ec);

    print("baseline.postgres.restart_in_place.first_ack", restart, "s");
    print("registry.failover.promote", promote, "s");
    print("registry.failover.first_ack", failover, "s");
    print("registry.failover.first_ack.ratio_restart", failover / restart, "x");
    print("registry.failover.envelopes_acked", static_cast<double>(acked), "envelopes");
    return 0;
}
