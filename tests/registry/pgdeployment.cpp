// SPDX-License-Identifier: EUPL-1.2
#include "pgdeployment.h"

#include "registry/registrykeys.h"

#include "tests/support/loopback.h"
#include "tests/support/tempostgres.h"
#include "tests/support/testdata.h"
#include "tests/support/testenv.h"

#include "shared/identity.h"
#include "shared/storage/postgres.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <thread>

#ifndef VIGIL_ADMIN_EXE
#error "VIGIL_ADMIN_EXE must name the vigil-admin executable"
#endif
#ifndef VIGIL_REGISTRY_EXE
#error "VIGIL_REGISTRY_EXE must name the vigil-registry executable"
#endif
#ifndef VIGIL_RELAY_EXE
#error "VIGIL_RELAY_EXE must name the vigil-relay executable"
#endif

namespace vigil::test {

namespace fs = std::filesystem;

namespace {

std::string readFile(const fs::path& file)
{
    std::ifstream in(file);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

/// A socket folder as a URI query value (its slashes percent-encoded).
std::string encoded(const fs::path& folder)
{
    std::string out;
    for (char c : folder.string())
        out += c == '/' ? std::string("%2F") : std::string(1, c);
    return out;
}

std::string uriFor(const std::string& database, const std::string& hosts, const std::string& ports,
                   const std::string& extra = {})
{
    return "postgresql://postgres:" + std::string(kDatabasePassword) + "@/" + database + "?host=" + hosts
           + "&port=" + ports + extra;
}

std::string nameOf(const std::string& url)
{
    const auto start = url.find("@/") + 2;
    return url.substr(start, url.find('?') - start);
}

} // namespace

std::string newDatabaseUrl()
{
    static int databases = 0;
    const std::string name = "deployment_" + std::to_string(++databases);
    (void)sharedPostgres().createDatabase(name);
    return uriFor(name, encoded(sharedPostgres().folder()), "5432");
}

std::string hostListUrl(const std::string& url)
{
    const fs::path dead = sharedPostgres().folder() / "no-server-here";
    return uriFor(nameOf(url), encoded(dead) + "," + encoded(sharedPostgres().folder()), "5432,5432",
                  "&target_session_attrs=read-write");
}

std::int64_t queryOn(const std::string& url, const std::string& sql)
{
    auto db = PgDb::connect(url);
    REQUIRE(db.ok());
    auto n = db->queryInt(sql);
    INFO(sql);
    REQUIRE(n.ok());
    return *n;
}

PgDeployment::PgDeployment() : PgDeployment(newDatabaseUrl()) {}

PgDeployment::PgDeployment(std::string url) : m_work(makeTempDir("vigil-pg-deployment")), m_url(std::move(url))
{
    m_dataA = m_work / "registry-a";
    auto must = [this](const std::vector<std::string>& args) {
        const harness::CommandRun run = admin(args);
        INFO(args.front() << ": " << run.out << run.err);
        REQUIRE(run.code == 0);
    };
    must({"init"});
    must({"unit", "add", "--id", "13-bde", "--name", "13 Bde", "--parent", "defence", "--with-groups"});
    struct Advisor {
        int n;
        const char* name;
        const char* group;
    };
    for (const Advisor& a : {Advisor{1, "Safety officer Jansen", "so-13-bde"}, Advisor{3, "Advisor Bakker", "ca-pool"},
                             Advisor{4, "Advisor Visser", "ca-pool"}, Advisor{7, "Inspector De Boer", "inspectorate"}})
        must({"advisor", "add", "--id", "m" + std::to_string(a.n), "--name", a.name, "--group", a.group, "--public-key",
              encodeAdvisorIdentity({memberBoxKey(a.n).publicKey, memberSignKey(a.n).publicKey})});
    auto keys = registry::loadRegistryKeys(m_dataA);
    REQUIRE(keys.ok());
    m_root = keys->root.publicKey;
    m_receipt = keys->receipt.publicKey;
}

PgDeployment::~PgDeployment()
{
    for (auto& s : m_servers)
        s->process.kill();
    std::error_code ec;
    if (std::getenv("VIGIL_HARNESS_KEEP") == nullptr)
        fs::remove_all(m_work, ec);
}

harness::CommandRun PgDeployment::admin(const std::vector<std::string>& args, const fs::path& data,
                                        const std::string& url) const
{
    std::vector<std::string> argv{"--data", (data.empty() ? m_dataA : data).string(), "--database",
                                  url.empty() ? m_url : url};
    argv.insert(argv.end(), args.begin(), args.end());
    harness::CommandRun run = harness::runToExit(VIGIL_ADMIN_EXE, argv, m_work);
    m_commands += run.out + run.err;
    return run;
}

fs::path PgDeployment::copyDataFolder(const std::string& name) const
{
    const fs::path copy = m_work / name;
    fs::create_directory(copy);
    fs::permissions(copy, fs::perms::owner_all, fs::perm_options::replace);
    fs::copy(m_dataA / "keys", copy / "keys", fs::copy_options::recursive);
    fs::permissions(copy / "keys", fs::perms::owner_all, fs::perm_options::replace);
    return copy;
}

Server& PgDeployment::startRelay(std::uint16_t upstreamPort)
{
    const std::string id = "relay-" + std::to_string(m_relayKeys.size() + 1);
    auto server = std::make_unique<Server>();
    server->port = freePort();
    server->out = m_work / (id + ".out");
    server->log = m_work / (id + ".log");
    const fs::path data = m_work / id;
    fs::create_directories(data);
    const fs::path config = m_work / (id + ".toml");
    // Short forwarding intervals, as the process harness's (tests/support/deployment.cpp).
    std::ofstream(config) << "[server]\nthreads = 2\nshutdown_grace_ms = 2000\nupstream = \"http://127.0.0.1:"
                          << upstreamPort
                          << "\"\n[forward]\ndelay_min_ms = 0\ndelay_max_ms = 20\nidle_poll_ms = 50\n"
                             "retry_base_ms = 20\nretry_max_ms = 250\nrequest_timeout_ms = 3000\ncache_poll_ms = 1000\n";
    REQUIRE(server->process.start(VIGIL_RELAY_EXE,
                                  {"--data", data.string(), "--listen", "127.0.0.1:" + std::to_string(server->port),
                                   "--config", config.string()},
                                  server->out, server->log));
    // The relay makes its receipt key on first start and prints it; the operator registers it.
    std::string key;
    REQUIRE(waitUntil(
        [&] {
            const std::string out = readFile(server->out);
            constexpr std::string_view prefix = "vigil-relay receipt key: ";
            const auto at = out.find(prefix);
            if (at == std::string::npos || out.find('\n', at) == std::string::npos)
                return false;
            key = out.substr(at + prefix.size(), 64);
            return true;
        },
        std::chrono::seconds(20)));
    m_relayKeys.push_back(*fixedFromHex<32>(key));
    const harness::CommandRun added = admin({"relay", "add", "--id", id, "--receipt-key", key});
    INFO(added.out << added.err);
    REQUIRE(added.code == 0);
    REQUIRE(waitUntil([&] { return probe(server->port, "/healthz", std::chrono::milliseconds(1000)).status == 200; },
                      std::chrono::seconds(30)));
    m_servers.push_back(std::move(server));
    return *m_servers.back();
}

void PgDeployment::publish() const
{
    const harness::CommandRun run = admin({"directory", "publish"});
    INFO(run.out << run.err);
    REQUIRE(run.code == 0);
}

Server& PgDeployment::startRegistry(const fs::path& data, std::uint16_t port, const std::string& url)
{
    auto server = std::make_unique<Server>();
    server->port = port;
    const std::string name = data.filename().string();
    server->out = m_work / (name + ".out");
    server->log = m_work / (name + ".log");
    REQUIRE(server->process.start(VIGIL_REGISTRY_EXE,
                                  {"--data", data.string(), "--database", url.empty() ? m_url : url, "--listen",
                                   "127.0.0.1:" + std::to_string(port)},
                                  server->out, server->log));
    const bool healthy
        = waitUntil([&] { return probe(port, "/healthz", std::chrono::milliseconds(1000)).status == 200; },
                    std::chrono::seconds(30));
    INFO(harness::tailOfFile(server->log));
    REQUIRE(healthy);
    m_servers.push_back(std::move(server));
    return *m_servers.back();
}

Directory PgDeployment::directory(std::uint16_t registryPort) const
{
    Client client(urlOf(registryPort));
    auto blob = client.get("/v1/directory");
    REQUIRE(blob.ok());
    REQUIRE(blob->status == 200);
    auto d = verifyDirectory(asBytes(blob->body), m_root, static_cast<std::uint64_t>(unixNow()));
    REQUIRE(d.ok());
    return std::move(*d);
}

std::int64_t PgDeployment::count(const std::string& sql) const
{
    return queryOn(m_url, sql);
}

std::string PgDeployment::everything() const
{
    std::string all = m_commands;
    for (const auto& s : m_servers)
        all += readFile(s->out) + readFile(s->log);
    return all;
}

std::string PgDeployment::logTail() const
{
    std::string out;
    for (const auto& s : m_servers)
        out += "--- " + s->log.filename().string() + "\n" + harness::tailOfFile(s->log);
    return out;
}

} // namespace vigil::test
