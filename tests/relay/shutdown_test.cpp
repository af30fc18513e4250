// SPDX-License-Identifier: EUPL-1.2
#include "sync-server/relayserver.h"

#include "tests/support/relaytest.h"
#include "tests/support/syntheticenvelope.h"

#include "sync-server/migrations.h"

#include "selfsigned.h"

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <atomic>
#include <fstream>
#include <sstream>
#include <thread>

extern char** environ;

using namespace vigil;
using namespace vigil::relay;
using namespace vigil::relay::test;
using namespace std::chrono_literals;

TEST_CASE("shutdown under load loses nothing that was acknowledged", "[shutdown]")
{
    TempDir dir;
    LogCapture log;
    auto relay = startRelay(testConfig(dir.path()), log.logger());
    const std::uint16_t port = relay->port();
    constexpr int kClients = 4;
    std::vector<std::vector<ReportId>> acknowledged(kClients);
    std::atomic<bool> stop{false};
    std::vector<std::thread> clients;
    for (int c = 0; c < kClients; ++c) {
        clients.emplace_back([&, c] {
            Client client(urlOf(port));
            std::uint64_t next = static_cast<std::uint64_t>(c) << 32;
            while (!stop.load()) {
                std::vector<Bytes> batch;
                for (int i = 0; i < 20; ++i)
                    batch.push_back(syntheticEnvelope(next++));
                auto response = client.postBatch(batch);
                if (!response || response->status != 200)
                    continue;   // refused or cut off while stopping: nothing was promised
                auto results = decodeIngestResults(response->body, batch.size());
                if (!results)
                    continue;
                for (const auto& r : *results)
                    if (r.status == IngestStatus::Stored)
                        acknowledged[static_cast<std::size_t>(c)].push_back(*r.reportId);
            }
        });
    }
    std::this_thread::sleep_for(400ms);
    relay->stop();
    stop = true;
    for (auto& t : clients)
        t.join();
    relay.reset();

    auto db = openRelayDatabase(dir.path() / "relay.db", false);
    REQUIRE(db.ok());
    auto lookup = db->prepare("SELECT COUNT(*) FROM envelopes WHERE report_id = ?1 AND payload IS NOT NULL");
    REQUIRE(lookup.ok());
    std::size_t total = 0;
    std::size_t missing = 0;
    for (const auto& ids : acknowledged) {
        for (const auto& id : ids) {
            lookup->bind(1, id);
            auto row = lookup->step();
            REQUIRE(row.ok());
            if (lookup->int64(0) != 1)
                ++missing;
            lookup->reset();
            ++total;
        }
    }
    INFO("acknowledged " << total);
    CHECK(total > 100);
    CHECK(missing == 0);
    CHECK(log.text().find("\"relay stopped\"") != std::string::npos);
}

namespace {

struct Process {
    pid_t pid = -1;
    std::filesystem::path out;
    std::filesystem::path err;
};

Process spawnRelay(const std::vector<std::string>& args, const std::filesystem::path& dir)
{
    Process p{-1, dir / "stdout.txt", dir / "stderr.txt"};
    std::vector<std::string> all{VIGIL_RELAY_EXE};
    all.insert(all.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : all)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, p.out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, 2, p.err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    REQUIRE(posix_spawn(&p.pid, VIGIL_RELAY_EXE, &actions, nullptr, argv.data(), environ) == 0);
    posix_spawn_file_actions_destroy(&actions);
    return p;
}

int waitExit(pid_t pid)
{
    int status = 0;
    for (int i = 0; i < 1000; ++i) {
        if (::waitpid(pid, &status, WNOHANG) == pid)
            return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        std::this_thread::sleep_for(10ms);
    }
    ::kill(pid, SIGKILL);
    ::waitpid(pid, &status, 0);
    return -1;
}

std::string readFile(const std::filesystem::path& path)
{
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

TEST_CASE("vigil-relay exits 0 on SIGTERM and SIGINT after a clean stop", "[shutdown][process]")
{
    const int signal = GENERATE(SIGTERM, SIGINT);
    TempDir dir;
    const std::uint16_t port = freePort();
    Process p = spawnRelay({"--data", (dir.path() / "data").string(), "--listen", "127.0.0.1:" + std::to_string(port)},
                           dir.path());
    Client client(urlOf(port));
    REQUIRE(waitUntil([&] {
        auto r = client.get("/healthz");
        return r.ok() && r->status == 200;
    }));
    auto results = ingestResults(client.postBatch(std::vector<Bytes>{syntheticEnvelope(1)}));
    CHECK(results[0].status == IngestStatus::Stored);
    ::kill(p.pid, signal);
    CHECK(waitExit(p.pid) == 0);
    const std::string out = readFile(p.out);
    CHECK(out.starts_with("vigil-relay receipt key: "));
    const std::string err = readFile(p.err);
    CHECK(err.find("\"relay stopped\"") != std::string::npos);
    CHECK(err.find("127.0.0.1") == std::string::npos);
    CHECK(queryInt(dir.path() / "data", "SELECT COUNT(*) FROM envelopes") == 1);
}

TEST_CASE("vigil-relay reloads a renewed TLS certificate on SIGHUP and keeps serving", "[shutdown][process][tls]")
{
    TempDir dir;
    const TestCertificate first = makeSelfSigned(dir.path());
    const std::uint16_t port = freePort();
    Process p = spawnRelay({"--data", (dir.path() / "data").string(), "--listen", "127.0.0.1:" + std::to_string(port),
                            "--tls-cert", first.cert.string(), "--tls-key", first.key.string()},
                           dir.path());
    HttpClientOptions trustsFirst;
    trustsFirst.caFile = dir.path() / "first.pem";
    std::filesystem::copy_file(first.cert, trustsFirst.caFile);
    Client before(urlOf(port, true), trustsFirst);
    REQUIRE(waitUntil([&] {
        auto r = before.get("/healthz");
        return r.ok() && r->status == 200;
    }));

    const auto renewedDir = dir.path() / "renewed";
    std::filesystem::create_directory(renewedDir);
    const TestCertificate renewed = makeSelfSigned(renewedDir);
    std::filesystem::copy_file(renewed.cert, first.cert, std::filesystem::copy_options::overwrite_existing);
    std::filesystem::copy_file(renewed.key, first.key, std::filesystem::copy_options::overwrite_existing);
    ::kill(p.pid, SIGHUP);
    REQUIRE(waitUntil([&] { return readFile(p.err).find("tls certificate reloaded") != std::string::npos; }));

    HttpClientOptions trustsRenewed;
    trustsRenewed.caFile = renewed.cert;
    Client after(urlOf(port, true), trustsRenewed);
    auto results = ingestResults(after.postBatch(std::vector<Bytes>{syntheticEnvelope(7)}));
    CHECK(results[0].status == IngestStatus::Stored);
    Client stale(urlOf(port, true), trustsFirst);
    CHECK_FALSE(stale.get("/healthz").ok());

    ::kill(p.pid, SIGTERM);
    CHECK(waitExit(p.pid) == 0);
    CHECK(queryInt(dir.path() / "data", "SELECT COUNT(*) FROM envelopes") == 1);
}

TEST_CASE("vigil-relay --help and a bad command line", "[shutdown][process][smoke]")
{
    TempDir dir;
    SECTION("--help exits 0 and lists the flags")
    {
        Process p = spawnRelay({"--help"}, dir.path());
        CHECK(waitExit(p.pid) == 0);
        const std::string out = readFile(p.out);
        for (const char* flag : {"--data", "--listen", "--upstream", "--tls-cert", "--tls-key", "--config"})
            CHECK(out.find(flag) != std::string::npos);
    }
    SECTION("no --data is a usage error: exit 2, like every other usage error")
    {
        Process p = spawnRelay({"--listen", "127.0.0.1:0"}, dir.path());
        CHECK(waitExit(p.pid) == 2);
        CHECK(readFile(p.err).find("--data") != std::string::npos);
    }
    SECTION("no arguments at all is a usage error with exit 2, not a CLI11 error number")
    {
        Process p = spawnRelay({}, dir.path());
        CHECK(waitExit(p.pid) == 2);
    }
    SECTION("an unknown flag is a usage error with exit 2")
    {
        Process p = spawnRelay({"--data", dir.path().string(), "--no-such-flag"}, dir.path());
        CHECK(waitExit(p.pid) == 2);
    }
    SECTION("plain HTTP on a public address needs --plain-http")
    {
        Process p = spawnRelay({"--data", dir.path().string(), "--listen", "0.0.0.0:0"}, dir.path());
        CHECK(waitExit(p.pid) == 2);
        CHECK(readFile(p.err).find("--plain-http") != std::string::npos);
    }
}

TEST_CASE("a relay refuses a data folder others can read, and names the fix", "[relay][permissions]")
{
    TempDir dir;
    {
        std::ofstream existing(dir.path() / "relay.key.bak");   // a folder that is not new
        existing << "x\n";
    }
    std::filesystem::permissions(dir.path(), std::filesystem::perms::owner_all | std::filesystem::perms::group_read
                                                 | std::filesystem::perms::group_exec | std::filesystem::perms::others_read
                                                 | std::filesystem::perms::others_exec,
                                 std::filesystem::perm_options::replace);
    LogCapture log;
    auto relay = RelayServer::start(testConfig(dir.path()), log.logger());
    REQUIRE_FALSE(relay);
    CHECK(relay.error().message.find("chmod 700") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir.path() / "relay.db"));   // nothing was created in it

    std::filesystem::permissions(dir.path(), std::filesystem::perms::owner_all, std::filesystem::perm_options::replace);
    auto fixed = RelayServer::start(testConfig(dir.path()), log.logger());
    REQUIRE(fixed);
    (*fixed)->stop();
}

TEST_CASE("a relay makes its own new data folder owner-only", "[relay][permissions]")
{
    TempDir parent;
    const auto dir = parent.path() / "data";
    LogCapture log;
    auto relay = RelayServer::start(testConfig(dir), log.logger());
    REQUIRE(relay);
    const auto perms = std::filesystem::status(dir).permissions();
    CHECK((perms & (std::filesystem::perms::group_all | std::filesystem::perms::others_all)) == std::filesystem::perms::none);
    (*relay)->stop();
}
