// SPDX-License-Identifier: EUPL-1.2
#include "benchdeployment.h"

#include "registrysetup.h"
#include "testdata.h"

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <iostream>

namespace vigil::bench {

namespace fs = std::filesystem;

void die(const std::string& what)
{
    std::cerr << "bench: " << what << "\n";
    std::exit(1);
}

double millis(Clock::duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

void print(const std::string& name, double value, const std::string& unit)
{
    std::cout << name << " " << value << " " << unit << std::endl;
}

std::size_t raiseFileLimit(std::size_t wanted)
{
    rlimit limit{};
    ::getrlimit(RLIMIT_NOFILE, &limit);
    limit.rlim_cur = std::min<rlim_t>(limit.rlim_max, wanted);
    ::setrlimit(RLIMIT_NOFILE, &limit);
    ::getrlimit(RLIMIT_NOFILE, &limit);
    return limit.rlim_cur;
}

Deployment::Deployment(const char* name, DeploymentOptions options)
    : log(LogLevel::Warn, [](std::string_view) {})
{
    work = test::makeTempDir(name);
    const fs::path regDir = work / "registry";
    auto admin = need(test::initRegistry(regDir, unixNow(), options.database), "registry setup");
    registry::RegistryOptions ro;
    ro.dataDir = regDir;
    ro.database = options.database;
    ro.port = 0;
    ro.threads = static_cast<std::size_t>(options.registryThreads);
    registry = need(registry::RegistryServer::start(ro, log), "registry");

    relay::RelayConfig rc;
    rc.dataDir = work / "relay";
    rc.listenPort = 0;
    rc.threads = static_cast<std::size_t>(options.relayThreads);
    rc.upstreamUrl = "http://127.0.0.1:" + std::to_string(registry->port());
    rc.forward.delayMin = std::chrono::milliseconds(0);   // no privacy hold-back: pure latency
    rc.forward.delayMax = std::chrono::milliseconds(0);
    rc.forward.retryBase = std::chrono::milliseconds(20);
    rc.limits.maxConnections = 16384;
    rc.limits.headerTimeout = std::chrono::milliseconds(120'000);
    relay = need(relay::RelayServer::start(rc, log), "relay");
    directory = need(test::publishWithRelay(*admin, "bench", toHex(relay->receiptKey()), unixNow()), "directory");
}

Deployment::~Deployment()
{
    relay.reset();
    registry.reset();
    std::error_code ec;
    fs::remove_all(work, ec);
}

SealedReport Deployment::seal(std::span<const Bytes> attachments) const
{
    return need(test::sealWithPhotos(test::nearMissReport(), attachments, directory, "13-bde"), "seal");
}

std::string Deployment::relayUrl() const
{
    return "http://127.0.0.1:" + std::to_string(relay->port());
}

std::int64_t Deployment::registryCases()
{
    auto lock = registry->store().lock();
    return need(registry->store().db().queryInt("SELECT COUNT(*) FROM cases"), "count cases");
}

} // namespace vigil::bench
