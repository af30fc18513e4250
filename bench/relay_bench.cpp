// SPDX-License-Identifier: EUPL-1.2
// vigil_relay_bench: durable ingest rate of the relay against plain SQLite on the same
// machine, and acknowledgement latency under many concurrent single-envelope clients against
// a trivial handler (answers at once, stores nothing) on the same server stack; and the
// registry's own ingest of the same single-envelope traffic, on SQLite and on PostgreSQL,
// against the relay's rate of the same run.
// Prints `name value unit` lines on stdout (docs/benchmarks.md); progress goes to stderr.

#include "bench/figures.h"
#include "tests/support/benchdeployment.h"
#include "tests/support/syntheticenvelope.h"
#include "tests/support/tempostgres.h"
#include "tests/support/tokenmint.h"

#include "shared/tokens/tokenverifier.h"

#include "sync-server/envelopestore.h"
#include "sync-server/metrics.h"
#include "sync-server/migrations.h"
#include "sync-server/relayserver.h"

#include "shared/batch.h"
#include "shared/net/httpclient.h"
#include "shared/net/httpserver.h"
#include "shared/net/log.h"
#include "shared/receipt.h"
#include "shared/sodiuminit.h"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>

#include <CLI/CLI.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <memory>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

using namespace vigil;
using namespace vigil::relay;
using vigil::bench::print;
using Clock = std::chrono::steady_clock;

namespace {

struct Options {
    std::size_t envelopeBytes = 1024;
    std::size_t batch = 256;
    std::size_t batchClients = 8;
    std::size_t singleClients = 256;
    double seconds = 5.0;
    double warmup = 1.0;
    std::size_t serverThreads = 0;
    std::filesystem::path dir = std::filesystem::temp_directory_path();
    bool singleOnly = false;
    std::size_t rounds = 3;
    std::size_t registryPool = 60000;
    std::size_t tokenPool = 8192;
    /// The registry's engines for its single-envelope run, in this order ("sqlite", "postgres").
    std::vector<std::string> registryEngines{"sqlite", "postgres"};
    bool registryOnly = false;
};

struct ScratchDir {
    std::filesystem::path path;
    explicit ScratchDir(const std::filesystem::path& parent)
    {
        std::string pattern = (parent / "vigil-bench-XXXXXX").string();
        if (!::mkdtemp(pattern.data())) {
            std::perror("mkdtemp");
            std::exit(1);
        }
        path = pattern;
    }
    ~ScratchDir()
    {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
};

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// --- Baseline: the same rows committed straight into SQLite -------------------------------

/// The rows the relay would write for `count` envelopes: same schema, same pragmas, the same
/// 256 rows per transaction, precomputed so only SQLite's work is timed.
double baselineRowsPerSecond(const Options& o)
{
    ScratchDir dir(o.dir);
    auto db = openRelayDatabase(dir.path / "baseline.db", true);
    if (!db) {
        std::cerr << db.error().message << "\n";
        std::exit(1);
    }
    auto insert = db->prepare("INSERT INTO envelopes (report_id, envelope_hash, receipt, received_at, state, payload) "
                              "VALUES (?1, ?2, ?3, ?4, 0, ?5)")
                      .value();
    const SigningKeyPair key = SigningKeyPair::generate();
    Bytes envelope = relay::test::syntheticEnvelope(0, o.envelopeBytes);
    // A representative receipt (its size depends on the batch size through the path length).
    std::vector<ReceiptLeaf> leaves(o.batch);
    const Bytes receipt = encodeReceipt(signReceiptBatch(key, leaves, 1).front());
    std::uint64_t n = 0;
    std::uint64_t rows = 0;
    auto runFor = [&](double seconds) {
        const auto start = Clock::now();
        std::uint64_t done = 0;
        while (secondsSince(start) < seconds) {
            (void)db->exec("BEGIN IMMEDIATE");
            for (std::size_t i = 0; i < o.batch; ++i) {
                relay::test::setSyntheticId(envelope, ++n);
                const Hash32 hash = envelopeHash(envelope);
                insert.bind(1, ByteView(envelope).subspan(4, 16)).bind(2, hash).bind(3, receipt).bind(4, 1).bind(5, envelope);
                if (auto s = insert.run(); !s) {
                    std::cerr << s.error().message << "\n";
                    std::exit(1);
                }
                insert.reset();
            }
            (void)db->exec("COMMIT");
            done += o.batch;
        }
        return static_cast<double>(done) / secondsSince(start);
    };
    runFor(o.warmup);
    const double rate = runFor(o.seconds);
    rows = n;
    std::cerr << "baseline: " << rows << " rows in total\n";
    return rate;
}

// --- Relay clients ---------------------------------------------------------------------------

struct Shared {
    std::atomic<bool> measuring{false};
    std::atomic<bool> stop{false};
    std::atomic<std::uint64_t> nextId{1};
    std::atomic<std::uint64_t> stored{0};
    std::atomic<std::uint64_t> failures{0};
    std::mutex latencyMutex;
    std::vector<double> latencies;   // milliseconds, single-envelope runs only
};

std::size_t countStored(std::string_view body)
{
    std::size_t n = 0;
    for (auto pos = body.find("\"status\":\"stored\""); pos != std::string_view::npos;
         pos = body.find("\"status\":\"stored\"", pos + 1))
        ++n;
    return n;
}

/// What a client posts next: fills `body` with a batch; false when there is nothing left to send.
using NextBody = std::function<bool(Bytes& body)>;

/// Batches of `batchSize` fresh synthetic envelopes (the relay checks shape, not content).
NextBody syntheticBatches(Shared& shared, std::size_t batchSize, std::size_t envelopeBytes)
{
    auto envelopes = std::make_shared<std::vector<Bytes>>();
    for (std::size_t i = 0; i < batchSize; ++i)
        envelopes->push_back(relay::test::syntheticEnvelope(0, envelopeBytes));
    return [&shared, envelopes](Bytes& body) {
        const std::uint64_t first = shared.nextId.fetch_add(envelopes->size());
        for (std::size_t i = 0; i < envelopes->size(); ++i)
            relay::test::setSyntheticId((*envelopes)[i], first + i);
        const std::vector<ByteView> views(envelopes->begin(), envelopes->end());
        body = encodeBatch(views);
        return true;
    };
}

/// One device-like client: posts what `next` gives, waits for the answer, again.
net::awaitable<void> client(std::uint16_t port, Shared& shared, NextBody next, bool recordLatency)
{
    // No temporaries in a co_await expression (GCC 12 coroutine bugs, docs/relay.md).
    auto executor = co_await net::this_coro::executor;
    const Url url = Url::parse("http://127.0.0.1:" + std::to_string(port)).value();
    HttpClient http(executor, url);
    std::vector<double> latencies;
    Bytes body;
    while (!shared.stop.load() && next(body)) {
        HttpRequest request{"POST", "/v1/envelopes", {{"Content-Type", std::string(kBatchContentType)}}, toString(body)};
        const auto sent = Clock::now();
        auto response = co_await http.send(std::move(request));
        const double ms = std::chrono::duration<double, std::milli>(Clock::now() - sent).count();
        if (!response || response->status != 200) {
            shared.failures.fetch_add(1);
            continue;
        }
        if (!shared.measuring.load())
            continue;
        shared.stored.fetch_add(countStored(response->body));
        if (recordLatency)
            latencies.push_back(ms);
    }
    std::lock_guard lock(shared.latencyMutex);
    shared.latencies.insert(shared.latencies.end(), latencies.begin(), latencies.end());
}

struct RunResult {
    double envelopesPerSecond = 0;
    std::vector<double> latencies;
    std::uint64_t failures = 0;
    double envelopesPerCommit = 0;
};

/// The baseline server: the relay's HTTP stack (listener, session, limits) with a handler that
/// answers every request at once as if its one envelope were stored, without touching a disk.
class TrivialHandler final : public Handler {
public:
    net::awaitable<HttpResponse> handle(HttpRequest) override
    {
        co_return jsonResponse(200, R"({"results":[{"status":"stored"}]})");
    }
};

/// Runs `clients` clients against the server on `port` for o.seconds after o.warmup; each
/// client posts what `source(shared)` makes for it (default: synthetic batches of `batchSize`).
RunResult measureClients(const Options& o, std::uint16_t port, std::size_t clients, std::size_t batchSize,
                         bool recordLatency, const std::function<NextBody(Shared&)>& source = {})
{
    Shared shared;
    net::io_context ioc;
    for (std::size_t i = 0; i < clients; ++i) {
        NextBody next = source ? source(shared) : syntheticBatches(shared, batchSize, o.envelopeBytes);
        net::co_spawn(ioc, client(port, shared, std::move(next), recordLatency), net::detached);
    }
    std::thread clientThread([&ioc] { ioc.run(); });

    std::this_thread::sleep_for(std::chrono::duration<double>(o.warmup));
    shared.measuring = true;
    const auto start = Clock::now();
    std::this_thread::sleep_for(std::chrono::duration<double>(o.seconds));
    shared.measuring = false;
    const double elapsed = secondsSince(start);
    RunResult result;
    result.envelopesPerSecond = static_cast<double>(shared.stored.load()) / elapsed;
    shared.stop = true;
    clientThread.join();
    result.latencies = std::move(shared.latencies);
    result.failures = shared.failures.load();
    return result;
}

RunResult runClients(const Options& o, std::size_t clients, std::size_t batchSize, bool recordLatency)
{
    ScratchDir dir(o.dir);
    Logger log(std::getenv("VIGIL_BENCH_DEBUG") ? LogLevel::Debug : LogLevel::Warn);
    RelayConfig config;
    config.dataDir = dir.path / "relay";
    config.listenPort = 0;
    config.threads = o.serverThreads;
    config.limits.maxConnections = clients + 64;
    auto relay = RelayServer::start(config, log);
    if (!relay) {
        std::cerr << relay.error().message << "\n";
        std::exit(1);
    }
    // Commits counted from the end of the warm-up would need a hook in measureClients; the
    // whole run's commits over the whole run's envelopes give the same envelopes per commit.
    const auto storedBefore = (*relay)->metrics().stored.load();
    const auto commitsBefore = (*relay)->metrics().commits.load();
    RunResult result = measureClients(o, (*relay)->port(), clients, batchSize, recordLatency);
    const auto stored = (*relay)->metrics().stored.load() - storedBefore;
    const auto commits = (*relay)->metrics().commits.load() - commitsBefore;
    result.envelopesPerCommit = commits ? static_cast<double>(stored) / static_cast<double>(commits) : 0;
    (*relay)->stop();
    return result;
}

RunResult runTrivial(const Options& o, std::size_t clients)
{
    Logger log(LogLevel::Warn);
    Metrics metrics;
    TrivialHandler handler;
    HttpServerOptions options;
    options.threads = o.serverThreads;
    options.limits.maxConnections = clients + 64;
    auto server = HttpServer::create(options, handler, log, metrics);
    if (!server) {
        std::cerr << server.error().message << "\n";
        std::exit(1);
    }
    (*server)->start();
    RunResult result = measureClients(o, (*server)->port(), clients, 1, true);
    (*server)->stopAccepting();
    (void)(*server)->drain(std::chrono::milliseconds(1000));
    (*server)->stopThreads();
    return result;
}

/// The registry receiving the relay's single-envelope traffic directly (devices and small sites
/// do): real sealed envelopes, since the registry opens every routing header. They are sealed
/// before the clock starts (sealing is the devices' work) into a pool sized for the rate the
/// run may reach; running out stops the clients early and is reported on stderr.
/// `database` empty: the registry on SQLite; otherwise its PostgreSQL connection string.
RunResult runRegistrySingle(const Options& o, std::size_t clients, std::size_t poolSize, const std::string& database)
{
    bench::DeploymentOptions options;
    options.registryThreads = static_cast<int>(o.serverThreads == 0 ? std::thread::hardware_concurrency() : o.serverThreads);
    options.database = database;
    bench::Deployment deployment("vigil-bench-registry-ingest", options);
    // Sealed on every core at once: a pool big enough for the registry's rate takes a while.
    const std::size_t workers = std::max(1u, std::thread::hardware_concurrency());
    std::cerr << "registry: sealing " << poolSize << " envelopes on " << workers << " threads\n";
    auto pool = std::make_shared<std::vector<Bytes>>(poolSize);
    {
        std::vector<std::jthread> sealers;
        for (std::size_t w = 0; w < workers; ++w)
            sealers.emplace_back([&, w] {
                for (std::size_t i = w; i < poolSize; i += workers)
                    (*pool)[i] = deployment.seal().envelope.bytes;
            });
    }
    auto taken = std::make_shared<std::atomic<std::size_t>>(0);
    auto source = [pool, taken](Shared&) -> NextBody {
        return [pool, taken](Bytes& body) {
            const std::size_t i = taken->fetch_add(1);
            if (i >= pool->size())
                return false;
            const ByteView one((*pool)[i]);
            body = encodeBatch(std::span(&one, 1));
            return true;
        };
    };
    const auto& intake = deployment.registry->intake();
    const auto commitsBefore = intake.commits();
    const auto envelopesBefore = intake.committedEnvelopes();
    RunResult result = measureClients(o, deployment.registry->port(), clients, 1, true, source);
    const auto commits = intake.commits() - commitsBefore;
    result.envelopesPerCommit = commits ? static_cast<double>(intake.committedEnvelopes() - envelopesBefore) / static_cast<double>(commits) : 0;
    if (taken->load() >= pool->size())
        std::cerr << "warning: the registry used up all " << pool->size() << " sealed envelopes before the run ended; "
                  << "its rate is understated (raise --registry-pool)\n";
    return result;
}

// --- Filing tokens (docs/protocol.md §11.3) -------------------------------------------------

/// Microseconds per call of `fn`, over at least `seconds`.
double microsPer(double seconds, const std::function<void()>& fn)
{
    std::uint64_t calls = 0;
    const auto start = Clock::now();
    do {
        for (int i = 0; i < 64; ++i)
            fn();
        calls += 64;
    } while (secondsSince(start) < seconds);
    return 1e6 * secondsSince(start) / static_cast<double>(calls);
}

/// What the relay does per envelope on the connection's thread, without and with the token:
/// the shape checks and dedup key (parse, BLAKE2b of the whole envelope), then the token
/// (§11.3 steps 1–6); and the refusals of a real token moved onto another envelope (the RSA
/// check passes, the binding fails) and of a made-up one (refused at the RSA check).
struct TokenCheckCost {
    double shapeMicros = 0;
    double verifyMicros = 0;
    double movedMicros = 0;
    double forgedMicros = 0;
};

TokenCheckCost tokenCheckCost(const Options& o, const tokens::IssuerKeySet& keys, std::int64_t now)
{
    const vigil::test::TestTokenIssuer& issuer = vigil::test::testTokenIssuer();
    const Bytes envelope = vigil::test::withBoundToken(relay::test::syntheticEnvelope(1, o.envelopeBytes),
                                                vigil::test::freshTokenBinder(*issuer.current));
    EnvelopeParts moved{};
    {
        const EnvelopeView v = parseEnvelope(envelope).value();
        const Bytes other = relay::test::syntheticEnvelope(2, o.envelopeBytes);
        const EnvelopeView w = parseEnvelope(other).value();
        moved = EnvelopeParts{w.reportId, Bytes(w.sealedHeader.begin(), w.sealedHeader.end()),
                              Bytes(v.token.begin(), v.token.end()), {}, Bytes(w.body.begin(), w.body.end())};
        for (const auto& wrap : w.wraps)
            moved.wraps.emplace_back(wrap.begin(), wrap.end());
    }
    const Bytes movedEnvelope = serializeEnvelope(moved);
    // A made-up token: the envelope's own, its authenticator's last byte changed. Its binding
    // still verifies (the binding hash leaves the token field out), as a flooder's would.
    EnvelopeParts forged{};
    {
        const EnvelopeView v = parseEnvelope(envelope).value();
        forged = EnvelopeParts{v.reportId, Bytes(v.sealedHeader.begin(), v.sealedHeader.end()),
                               Bytes(v.token.begin(), v.token.end()), {}, Bytes(v.body.begin(), v.body.end())};
        for (const auto& wrap : v.wraps)
            forged.wraps.emplace_back(wrap.begin(), wrap.end());
        forged.token[tokens::kTokenLength - 1] ^= 0x01;
    }
    const Bytes forgedEnvelope = serializeEnvelope(forged);
    const double seconds = std::max(0.05, o.seconds / 5);
    TokenCheckCost cost;
    volatile std::uint8_t sink = 0;   // keeps the hash from being optimised away
    cost.shapeMicros = microsPer(seconds, [&] {
        auto view = parseEnvelope(envelope, o.envelopeBytes + 1024);
        if (!view)
            std::exit(1);
        sink = static_cast<std::uint8_t>(sink ^ envelopeHash(envelope)[0]);
    });
    const EnvelopeView view = parseEnvelope(envelope).value();
    cost.verifyMicros = microsPer(seconds, [&] {
        if (!tokens::verifyEnvelopeTokenField(view, keys, now))
            std::exit(1);
    });
    const EnvelopeView movedView = parseEnvelope(movedEnvelope).value();
    cost.movedMicros = microsPer(seconds, [&] {
        if (tokens::verifyEnvelopeTokenField(movedView, keys, now))
            std::exit(1);
    });
    const EnvelopeView forgedView = parseEnvelope(forgedEnvelope).value();
    cost.forgedMicros = microsPer(seconds, [&] {
        if (tokens::verifyEnvelopeTokenField(forgedView, keys, now))
            std::exit(1);
    });
    return cost;
}

/// `count` synthetic envelopes, each with its own token of the test issuer's current epoch
/// (issued blindly, as devices do, before the clock starts).
std::shared_ptr<const std::vector<Bytes>> tokenedPool(const Options& o, std::size_t count)
{
    const vigil::test::TestTokenIssuer& issuer = vigil::test::testTokenIssuer();
    const TokenBinder fresh = vigil::test::freshTokenBinder(*issuer.current);
    auto pool = std::make_shared<std::vector<Bytes>>();
    pool->reserve(count);
    for (std::size_t i = 0; i < count; ++i)
        pool->push_back(vigil::test::withBoundToken(relay::test::syntheticEnvelope(i + 1, o.envelopeBytes), fresh));
    return pool;
}

/// The batched run over a fixed pool: o.batchClients clients post batches of o.batch until the
/// pool is used up; envelopes stored per second from the first request to the last answer.
/// With `verify`, the relay requires tokens and checks each one (and its spent set).
double poolRate(const Options& o, const std::shared_ptr<const std::vector<Bytes>>& pool, bool verify)
{
    ScratchDir dir(o.dir);
    Logger log(LogLevel::Warn);
    RelayConfig config;
    config.dataDir = dir.path / "relay";
    config.listenPort = 0;
    config.threads = o.serverThreads;
    config.limits.maxConnections = o.batchClients + 64;
    if (verify) {
        const SigningKeyPair root = SigningKeyPair::generate();
        config.rootKey = root.publicKey;
        config.tokens.require = tokens::TokenRequirement::Always;
        config.tokens.issuerKeys = dir.path / "issuer-keys.vgi";
        vigil::test::writeIssuerKeyFile(config.tokens.issuerKeys, root);
    }
    auto relay = RelayServer::start(config, log);
    if (!relay) {
        std::cerr << relay.error().message << "\n";
        std::exit(1);
    }
    Shared shared;
    shared.measuring = true;
    auto taken = std::make_shared<std::atomic<std::size_t>>(0);
    net::io_context ioc;
    for (std::size_t c = 0; c < o.batchClients; ++c) {
        NextBody next = [pool, taken, batch = o.batch](Bytes& body) {
            const std::size_t first = taken->fetch_add(batch);
            if (first >= pool->size())
                return false;
            const auto end = pool->begin() + static_cast<std::ptrdiff_t>(std::min(first + batch, pool->size()));
            const std::vector<ByteView> views(pool->begin() + static_cast<std::ptrdiff_t>(first), end);
            body = encodeBatch(views);
            return true;
        };
        net::co_spawn(ioc, client((*relay)->port(), shared, std::move(next), false), net::detached);
    }
    const auto start = Clock::now();
    ioc.run();
    const double rate = static_cast<double>(shared.stored.load()) / secondsSince(start);
    if (shared.stored.load() != pool->size())
        std::cerr << "warning: " << shared.stored.load() << " of " << pool->size() << " envelopes stored\n";
    (*relay)->stop();
    return rate;
}

double percentile(std::vector<double>& values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

} // namespace

int main(int argc, char** argv)
{
    Options o;
    CLI::App app{"vigil_relay_bench: relay ingest rate vs SQLite, and acknowledgement latency"};
    app.add_option("--envelope-bytes", o.envelopeBytes, "Size of each envelope")->check(CLI::Range(512, 1 << 20));
    app.add_option("--batch", o.batch, "Envelopes per batched request")->check(CLI::Range(1, 4096));
    app.add_option("--clients", o.batchClients, "Concurrent clients in the batched run");
    app.add_option("--single-clients", o.singleClients, "Concurrent clients in the single-envelope run");
    app.add_option("--seconds", o.seconds, "Measured time per run");
    app.add_option("--warmup", o.warmup, "Unmeasured time before each run");
    app.add_option("--server-threads", o.serverThreads, "Relay I/O threads (0: one per core)");
    app.add_option("--dir", o.dir, "Where the scratch databases go (same disk as a real relay)");
    app.add_option("--rounds", o.rounds, "Rounds; medians are printed")->check(CLI::Range(1, 100));
    app.add_flag("--single-only", o.singleOnly, "Run only the single-envelope latency run");
    app.add_option("--registry-pool", o.registryPool, "Envelopes sealed for the registry's single-envelope run (0: skip it)");
    app.add_option("--token-pool", o.tokenPool, "Envelopes with tokens for the batched run with verification on and off (0: skip it)");
    app.add_option("--registry-engines", o.registryEngines, "The registry's engines for its single-envelope run")
        ->delimiter(',')
        ->check(CLI::IsMember({"sqlite", "postgres"}))
        ->capture_default_str();
    app.add_flag("--registry-only", o.registryOnly,
                 "Run only the registry's single-envelope runs (no relay rounds, so no ratio to the relay)");
    CLI11_PARSE(app, argc, argv);
    ensureSodium();
    if (o.singleOnly) {
        RunResult single = runClients(o, o.singleClients, 1, true);
        print("relay.ack.single.p50", percentile(single.latencies, 0.50), "ms");
        print("relay.ack.single.p99", percentile(single.latencies, 0.99), "ms");
        print("relay.ack.single.rate", single.envelopesPerSecond, "envelopes/s");
        return 0;
    }

    // Rounds interleave baseline and relay runs, and the medians are printed, so a burst of
    // load from something else on the machine moves one round, not the result.
    std::vector<double> baselines, batchedRates, ratios, perCommit, p50s, p99s, maxima, singleRates, singlePerCommit;
    std::vector<double> trivialP50s, trivialP99s, trivialRates, p50Ratios, rateRatios;
    std::uint64_t failures = 0;
    for (std::size_t round = 1; round <= (o.registryOnly ? 0 : o.rounds); ++round) {
        std::cerr << "round " << round << "/" << o.rounds << ": baseline (SQLite, WAL, synchronous=FULL, " << o.batch
                  << " rows per transaction)\n";
        const double baseline = baselineRowsPerSecond(o);
        std::cerr << "round " << round << ": relay, " << o.batchClients << " clients, batches of " << o.batch << "\n";
        RunResult batched = runClients(o, o.batchClients, o.batch, false);
        std::cerr << "round " << round << ": trivial handler, " << o.singleClients << " clients, one request each\n";
        RunResult trivial = runTrivial(o, o.singleClients);
        std::cerr << "round " << round << ": relay, " << o.singleClients << " clients, one envelope per request\n";
        RunResult single = runClients(o, o.singleClients, 1, true);
        std::cerr << "round " << round << ": baseline " << baseline << " rows/s, relay " << batched.envelopesPerSecond
                  << " envelopes/s, single p99 " << percentile(single.latencies, 0.99) << " ms (trivial "
                  << percentile(trivial.latencies, 0.99) << " ms)\n";
        baselines.push_back(baseline);
        batchedRates.push_back(batched.envelopesPerSecond);
        ratios.push_back(batched.envelopesPerSecond / baseline);
        perCommit.push_back(batched.envelopesPerCommit);
        p50s.push_back(percentile(single.latencies, 0.50));
        p99s.push_back(percentile(single.latencies, 0.99));
        maxima.push_back(percentile(single.latencies, 1.0));
        singleRates.push_back(single.envelopesPerSecond);
        singlePerCommit.push_back(single.envelopesPerCommit);
        trivialP50s.push_back(percentile(trivial.latencies, 0.50));
        trivialP99s.push_back(percentile(trivial.latencies, 0.99));
        trivialRates.push_back(trivial.envelopesPerSecond);
        p50Ratios.push_back(trivialP50s.back() > 0 ? p50s.back() / trivialP50s.back() : 0);
        rateRatios.push_back(trivial.envelopesPerSecond > 0 ? single.envelopesPerSecond / trivial.envelopesPerSecond : 0);
        failures += batched.failures + single.failures + trivial.failures;
    }
    if (!o.registryOnly) {
        print("baseline.sqlite.batched", percentile(baselines, 0.5), "rows/s");
        print("relay.ingest.batched", percentile(batchedRates, 0.5), "envelopes/s");
        print("relay.ingest.batched.ratio", percentile(ratios, 0.5), "x");
        print("relay.ingest.batched.clients", static_cast<double>(o.batchClients), "clients");
        print("relay.ingest.batched.per_commit", percentile(perCommit, 0.5), "envelopes");
        print("baseline.http.trivial.p50", percentile(trivialP50s, 0.5), "ms");
        print("baseline.http.trivial.p99", percentile(trivialP99s, 0.5), "ms");
        print("baseline.http.trivial.rate", percentile(trivialRates, 0.5), "requests/s");
        print("relay.ack.single.clients", static_cast<double>(o.singleClients), "clients");
        print("relay.ack.single.p50", percentile(p50s, 0.5), "ms");
        print("relay.ack.single.p50.ratio", percentile(p50Ratios, 0.5), "x");
        print("relay.ack.single.p99", percentile(p99s, 0.5), "ms");
        print("relay.ack.single.max", percentile(maxima, 0.5), "ms");
        print("relay.ack.single.rate", percentile(singleRates, 0.5), "envelopes/s");
        print("relay.ack.single.rate.ratio", percentile(rateRatios, 0.5), "x");
        print("relay.ack.single.per_commit", percentile(singlePerCommit, 0.5), "envelopes");
    }
    if (o.tokenPool > 0 && !o.registryOnly) {
        // Once, after the rounds: issuing the tokens is the expensive part. The same pool goes
        // to a relay that checks every token (and its spent set) and to one that does not.
        const vigil::test::TestTokenIssuer& issuer = vigil::test::testTokenIssuer();
        const TokenCheckCost cost = tokenCheckCost(o, issuer.keys, static_cast<std::int64_t>(std::time(nullptr)));
        print("baseline.relay.shape_checks.time", cost.shapeMicros, "us");
        print("relay.tokens.verify.time", cost.verifyMicros, "us");
        print("relay.tokens.verify.ratio", cost.verifyMicros / cost.shapeMicros, "x");
        print("relay.tokens.refuse_moved.time", cost.movedMicros, "us");
        print("relay.tokens.refuse_forged.time", cost.forgedMicros, "us");
        std::cerr << "tokens: issuing " << o.tokenPool << " tokens for the pool\n";
        const auto pool = tokenedPool(o, o.tokenPool);
        std::cerr << "tokens: batched run, verification off, then on\n";
        const double off = poolRate(o, pool, false);
        const double on = poolRate(o, pool, true);
        const double baseline = percentile(baselines, 0.5);
        print("relay.ingest.batched.tokens_off", off, "envelopes/s");
        print("relay.ingest.batched.tokens_on", on, "envelopes/s");
        print("relay.ingest.batched.ratio.tokens_off", baseline > 0 ? off / baseline : 0, "x");
        print("relay.ingest.batched.ratio.tokens_on", baseline > 0 ? on / baseline : 0, "x");
        print("relay.ingest.batched.tokens.on_off.ratio", off > 0 ? on / off : 0, "x");
    }
    // Once per engine, after the rounds: sealing the pool is the expensive part, and the ratio
    // is against the relay's median single-envelope rate of this run. PostgreSQL is a server
    // of the bench's own (fsync and synchronous_commit on, as shipped), on its Unix socket.
    for (const std::string& engine : o.registryPool > 0 ? o.registryEngines : std::vector<std::string>{}) {
        std::unique_ptr<vigil::test::TempPostgres> postgres;
        std::string database;
        if (engine == "postgres") {
            std::cerr << "registry: starting PostgreSQL\n";
            postgres = std::make_unique<vigil::test::TempPostgres>();
            database = postgres->createDatabase("ingest");
        }
        std::cerr << "registry (" << engine << "): " << o.singleClients
                  << " clients, one envelope per request, straight to the registry\n";
        RunResult registry = runRegistrySingle(o, o.singleClients, o.registryPool, database);
        // The SQLite figures keep their names from before PostgreSQL was measured.
        const std::string name = engine == "sqlite" ? "registry.ingest.single" : "registry.ingest.single." + engine;
        print(name + ".rate", registry.envelopesPerSecond, "envelopes/s");
        print(name + ".p50", percentile(registry.latencies, 0.50), "ms");
        print(name + ".p99", percentile(registry.latencies, 0.99), "ms");
        print(name + ".per_commit", registry.envelopesPerCommit, "envelopes");
        if (!singleRates.empty())
            print(name + ".ratio_relay", registry.envelopesPerSecond / percentile(singleRates, 0.5), "x");
        failures += registry.failures;
    }
    print("bench.rounds", static_cast<double>(o.rounds), "rounds");
    if (failures > 0)
        std::cerr << "warning: " << failures << " requests failed\n";
    return 0;
}
