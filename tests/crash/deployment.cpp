// SPDX-License-Identifier: EUPL-1.2
#include "deployment.h"

#include "registry/admin.h"

#include "shared/identity.h"
#include "shared/sealfordirectory.h"
#include "testdata.h"

#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

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

sockaddr_in loopback(std::uint16_t port)
{
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return addr;
}

std::string readFile(const fs::path& file)
{
    std::ifstream in(file);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

} // namespace

fs::path makeTempDir(const std::string& prefix)
{
    std::string pattern = (fs::temp_directory_path() / (prefix + "-XXXXXX")).string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    return pattern;
}

std::int64_t unixNow()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

long envOr(const char* name, long fallback)
{
    const char* v = std::getenv(name);
    if (v == nullptr || *v == '\0')
        return fallback;
    const long n = std::strtol(v, nullptr, 10);
    return n > 0 ? n : fallback;
}

std::uint16_t pickFreePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    REQUIRE(fd >= 0);
    sockaddr_in addr = loopback(0);
    REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
    socklen_t len = sizeof addr;
    REQUIRE(::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0);
    ::close(fd);
    return ntohs(addr.sin_port);
}

ProbeAnswer probe(std::uint16_t port, const std::string& target, std::chrono::milliseconds timeout)
{
    ProbeAnswer answer;
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return answer;
    sockaddr_in addr = loopback(port);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
        ::close(fd);
        return answer;
    }
    const std::string request = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
    if (::send(fd, request.data(), request.size(), MSG_NOSIGNAL) != static_cast<ssize_t>(request.size())) {
        ::close(fd);
        return answer;
    }
    std::string text;
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0)
            break;
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, static_cast<int>(left.count())) <= 0)
            break;
        char buf[4096];
        const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
        if (n <= 0)
            break;
        text.append(buf, static_cast<std::size_t>(n));
    }
    ::close(fd);
    if (text.size() >= 12 && text.starts_with("HTTP/1.1 "))
        answer.status = static_cast<unsigned>(std::atoi(text.substr(9, 3).c_str()));
    if (const auto split = text.find("\r\n\r\n"); split != std::string::npos)
        answer.body = text.substr(split + 4);
    return answer;
}

bool ProcessDeployment::waitHealthy(std::uint16_t port, std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
        if (probe(port, "/healthz", std::chrono::milliseconds(1000)).status == 200)
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return false;
}

ProcessDeployment::ProcessDeployment(DeploymentOptions options) : m_options(std::move(options))
{
    m_work = makeTempDir("vigil-harness");
    m_relayDir = m_work / "relay";
    m_registryDir = m_work / "registry";
    fs::create_directories(m_relayDir);
    m_registryPort = m_options.registryPort != 0 ? m_options.registryPort : pickFreePort();
    m_relayPort = pickFreePort();

    // The registry, as `vigil-admin init`, `unit add`, `advisor add` would set it up.
    REQUIRE(registry::Admin::init(m_registryDir, {}, unixNow()).ok());
    auto admin = std::move(*registry::Admin::open(m_registryDir));
    REQUIRE(admin->addUnit(Unit{"13-bde", "13 Bde", "defence"}, true).ok());
    auto identity = [](int n) {
        return encodeAdvisorIdentity({test::memberBoxKey(n).publicKey, test::memberSignKey(n).publicKey});
    };
    REQUIRE(admin->addAdvisor("m1", "Safety officer Jansen", "so-13-bde", identity(1)).ok());
    REQUIRE(admin->addAdvisor("m3", "Advisor Bakker", "ca-pool", identity(3)).ok());
    REQUIRE(admin->addAdvisor("m4", "Advisor Visser", "ca-pool", identity(4)).ok());
    REQUIRE(admin->addAdvisor("m7", "Inspector De Boer", "inspectorate", identity(7)).ok());

    // Short forwarding intervals, so a restarted relay drains quickly.
    const std::uint16_t upstream = m_options.relayUpstreamPort != 0 ? m_options.relayUpstreamPort : m_registryPort;
    std::ofstream(m_work / "relay.toml") << "[server]\nthreads = 2\nshutdown_grace_ms = 5000\nlog_level = \""
                                         << m_options.relayLogLevel << "\"\nupstream = \"http://127.0.0.1:" << upstream
                                         << "\"\n[forward]\ndelay_min_ms = 0\ndelay_max_ms = 20\nidle_poll_ms = 50\n"
                                            "retry_base_ms = 20\nretry_max_ms = 250\nrequest_timeout_ms = 3000\n"
                                            "cache_poll_ms = 1000\n"
                                         << m_options.relayForward << "\n[limits]\n" << m_options.relayLimits << "\n";

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
    REQUIRE(admin->addRelay("harness-relay", key).ok());
    REQUIRE(admin->publishDirectory(unixNow(), 30).ok());
    auto blob = admin->org().latestSignedDirectory();
    REQUIRE(blob.ok());
    auto verified = verifyDirectory(**blob, admin->keys().root.publicKey, static_cast<std::uint64_t>(unixNow()));
    REQUIRE(verified.ok());
    m_directory = std::move(*verified);
    m_registryKey = admin->keys().receipt.publicKey;
    {
        const KeySeed seed = admin->keys().root.seed();
        m_rootKey = SigningKeyPair::fromSeed(seed.view());
    }
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
    return m_registry.start(VIGIL_REGISTRY_EXE,
                            {"--data", m_registryDir.string(), "--listen",
                             "127.0.0.1:" + std::to_string(m_registryPort)},
                            m_work / "registry.out", m_work / "registry.log");
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
    Report report = social ? test::socialReport() : test::nearMissReport();
    for (std::size_t i = 0; i < attachments.size(); ++i)
        report.attachments.push_back({"photo-" + std::to_string(i + 1) + ".jpg", "image/jpeg", attachments[i].size()});
    auto sealed = sealForDirectory(report, attachments, m_directory, SealAddress{"13-bde", "nl", {}});
    // Sealing with a valid directory cannot fail; if it does, the harness itself is broken.
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
