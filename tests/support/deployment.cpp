// SPDX-License-Identifier: EUPL-1.2
#include "deployment.h"

#include "registrysetup.h"
#include "testdata.h"

#include "shared/sealfordirectory.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <thread>

#ifndef VIGIL_RELAY_EXE
#error "VIGIL_RELAY_EXE must name the vigil-relay executable"
#endif
#ifndef VIGIL_REGISTRY_EXE
#error "VIGIL_REGISTRY_EXE must name the vigil-registry executable"
#endif

namespace vigil::harness {

namespace fs = std::filesystem;

namespace {

std::string readFile(const fs::path& file)
{
    std::ifstream in(file);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

} // namespace

bool ProcessDeployment::waitHealthy(std::uint16_t port, std::chrono::milliseconds timeout)
{
    return test::waitUntil([port] { return probe(port, "/healthz", std::chrono::milliseconds(1000)).status == 200; },
                           timeout);
}

ProcessDeployment::ProcessDeployment(DeploymentOptions options) : m_options(std::move(options))
{
    m_work = makeTempDir("vigil-harness");
    m_relayDir = m_work / "relay";
    m_registryDir = m_work / "registry";
    fs::create_directories(m_relayDir);
    m_registryPort = m_options.registryPort != 0 ? m_options.registryPort : freePort();
    m_relayPort = freePort();

    // The registry, as `vigil-admin init`, `unit add`, `advisor add` would set it up.
    auto initialised = test::initRegistry(m_registryDir, unixNow());
    if (!initialised)
        FAIL(initialised.error().message);
    auto admin = std::move(*initialised);
    {
        const KeySeed seed = admin->keys().root.pair->seed();
        m_rootKey = SigningKeyPair::fromSeed(seed.view());
    }
    if (m_options.beforeStart)
        m_options.beforeStart(m_rootKey);
    const std::string rootKeyLine
        = m_options.relayRootKey ? "[directory]\nroot_key = \"" + toHex(m_rootKey.publicKey) + "\"\n" : "";

    // Short forwarding intervals, so a restarted relay drains quickly.
    const std::uint16_t upstream = m_options.relayUpstreamPort != 0 ? m_options.relayUpstreamPort : m_registryPort;
    std::ofstream(m_work / "relay.toml") << "[server]\nthreads = 2\nshutdown_grace_ms = 5000\nlog_level = \""
                                         << m_options.relayLogLevel << "\"\nupstream = \"http://127.0.0.1:" << upstream
                                         << "\"\n[forward]\ndelay_min_ms = 0\ndelay_max_ms = 20\nidle_poll_ms = 50\n"
                                            "retry_base_ms = 20\nretry_max_ms = 250\nrequest_timeout_ms = 3000\n"
                                            "cache_poll_ms = 1000\n"
                                         << m_options.relayForward << "\n[limits]\n" << m_options.relayLimits
                                         << "\n[tokens]\n" << m_options.relayTokens << "\n" << rootKeyLine;

    // The relay makes its receipt key on first start and prints it; the operator registers it.
    REQUIRE(spawnRelay());
    std::string key;
    for (int i = 0; i < 500 && key.empty(); ++i) {
        const std::string out = readFile(m_work / "relay.out");
        constexpr std::string_view prefix = "vigil-relay receipt key: ";
        if (const auto at = out.find(prefix); at != std::string::npos && out.find('\n', at) != std::string::npos)
            key = out.substr(at + prefix.size(), 64);
        else
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    INFO(logTail());
    REQUIRE(key.size() == 64);
    m_relayKey = *fixedFromHex<32>(key);
    auto directory = test::publishWithRelay(*admin, "harness-relay", key, unixNow());
    if (!directory)
        FAIL(directory.error().message);
    m_directory = std::move(*directory);
    m_registryKey = admin->keys().receipt.publicKey;
    admin.reset();   // the registry process owns the database from here on

    REQUIRE(spawnRegistry());
    REQUIRE(waitHealthy(m_registryPort, std::chrono::seconds(30)));
    REQUIRE(waitHealthy(m_relayPort, std::chrono::seconds(30)));
}

ProcessDeployment::~ProcessDeployment()
{
    m_relay.kill();
    m_registry.kill();
    std::error_code ec;
    if (std::getenv("VIGIL_HARNESS_KEEP") == nullptr)
        fs::remove_all(m_work, ec);
}

bool ProcessDeployment::spawnRelay()
{
    return m_relay.start(VIGIL_RELAY_EXE,
                         {"--data", m_relayDir.string(), "--listen", "127.0.0.1:" + std::to_string(m_relayPort),
                          "--config", (m_work / "relay.toml").string()},
                         m_work / "relay.out", m_work / "relay.log");
}

bool ProcessDeployment::spawnRegistry()
{
    std::vector<std::string> args{"--data", m_registryDir.string(), "--listen",
                                  "127.0.0.1:" + std::to_string(m_registryPort)};
    args.insert(args.end(), m_options.registryArgs.begin(), m_options.registryArgs.end());
    return m_registry.start(VIGIL_REGISTRY_EXE, args, m_work / "registry.out", m_work / "registry.log");
}

std::string ProcessDeployment::relayUrl() const
{
    return "http://127.0.0.1:" + std::to_string(m_relayPort);
}

std::string ProcessDeployment::registryUrl() const
{
    return "http://127.0.0.1:" + std::to_string(m_registryPort);
}

SealedReport ProcessDeployment::seal(bool social) const
{
    return seal(social, {});
}

SealedReport ProcessDeployment::seal(bool social, std::span<const Bytes> attachments) const
{
    auto sealed = test::sealWithPhotos(social ? test::socialReport() : test::nearMissReport(), attachments,
                                       m_directory, "13-bde");
    // Sealing with a valid directory cannot fail; if it does, the harness itself is broken.
    if (!sealed)
        std::abort();
    return std::move(*sealed);
}

SealedReport ProcessDeployment::sealWithToken(const TokenBinder& bindToken) const
{
    auto sealed = sealForDirectory(test::nearMissReport(), {}, m_directory, SealAddress{"13-bde", "nl", {}}, bindToken);
    if (!sealed)
        std::abort();
    return std::move(*sealed);
}

std::string ProcessDeployment::logTail() const
{
    return "--- relay.log\n" + tailOfFile(m_work / "relay.log") + "--- registry.log\n"
           + tailOfFile(m_work / "registry.log");
}

} // namespace vigil::harness
