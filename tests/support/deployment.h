// SPDX-License-Identifier: EUPL-1.2
#pragma once

// A registry and a relay as real processes (vigil-registry, vigil-relay), set up the way an
// operator does it (docs/registry.md, scripts/demo): the registry's data directory is
// initialised as registrysetup.h does (registry::Admin, the code behind vigil-admin), the relay is started once to
// learn its receipt key, the key is registered and a directory published. Both listen on fixed
// loopback ports, so either can be killed and restarted on the same data directory while the
// other and the clients keep their addresses. Used by the crash, fault and abuse harnesses.

#include "childprocess.h"
#include "loopback.h"
#include "testenv.h"

#include "shared/directory.h"
#include "shared/seal.h"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace vigil::harness {

using test::envOr;
using test::freePort;
using test::makeTempDir;
using test::probe;
using test::unixNow;
/// What probe() read: status (0: no answer) and body.
using ProbeAnswer = test::RawAnswer;

struct DeploymentOptions {
    /// Extra `key = value` lines for the [limits] table of the relay's --config file (the
    /// harness sets short forwarding intervals in [forward] itself).
    std::string relayLimits;
    /// Extra `key = value` lines for [forward] (keys the harness does not set itself).
    std::string relayForward;
    /// Where the relay forwards to (a fault proxy, say); 0 means straight to the registry.
    std::uint16_t relayUpstreamPort = 0;
    /// The registry's port; 0 picks a free one.
    std::uint16_t registryPort = 0;
    std::string relayLogLevel = "info";
    /// Extra `key = value` lines for the relay's [tokens] table (filing tokens).
    std::string relayTokens;
    /// Extra arguments for vigil-registry (e.g. --token-keys FILE --require-tokens).
    std::vector<std::string> registryArgs;
    /// Give the relay the registry's root key (`[directory] root_key`): it then verifies what
    /// it caches, and takes filing-token issuer keys from the signed document.
    bool relayRootKey = false;
    /// Runs once the registry's keys exist, before either server starts (e.g. to write a
    /// document signed with the root key that a configuration names).
    std::function<void(const SigningKeyPair& rootKey)> beforeStart;
};

class ProcessDeployment {
public:
    /// Creates both data directories, starts both servers and waits until both answer
    /// /healthz. Call from a thread that outlives the servers (see ChildProcess). REQUIREs.
    explicit ProcessDeployment(DeploymentOptions options = {});
    ~ProcessDeployment();
    ProcessDeployment(const ProcessDeployment&) = delete;
    ProcessDeployment& operator=(const ProcessDeployment&) = delete;

    /// Starts (or restarts) a server; does not wait for it to answer.
    bool spawnRelay();
    bool spawnRegistry();
    /// Waits until GET /healthz answers 200 on `port`.
    static bool waitHealthy(std::uint16_t port, std::chrono::milliseconds timeout);

    ChildProcess& relay() { return m_relay; }
    ChildProcess& registry() { return m_registry; }
    std::uint16_t relayPort() const { return m_relayPort; }
    std::uint16_t registryPort() const { return m_registryPort; }
    std::string relayUrl() const;
    std::string registryUrl() const;
    const std::filesystem::path& relayDir() const { return m_relayDir; }
    const std::filesystem::path& registryDir() const { return m_registryDir; }
    const std::filesystem::path& workDir() const { return m_work; }

    const Directory& directory() const { return m_directory; }
    const PublicKey& relayReceiptKey() const { return m_relayKey; }
    const PublicKey& registryReceiptKey() const { return m_registryKey; }
    const SigningKeyPair& rootKey() const { return m_rootKey; }

    /// A freshly sealed near-miss (or, every third call, social-safety) report for this
    /// deployment's directory, as a device would make it. Thread-safe.
    SealedReport seal(bool social = false) const;
    /// The same with `attachments` (photos) in the body.
    SealedReport seal(bool social, std::span<const Bytes> attachments) const;
    /// A near-miss report whose token field `bindToken` fills (docs/protocol.md §11.3).
    SealedReport sealWithToken(const TokenBinder& bindToken) const;

    /// The last lines of both servers' logs, for failure messages.
    std::string logTail() const;

private:
    DeploymentOptions m_options;
    std::filesystem::path m_work;
    std::filesystem::path m_relayDir;
    std::filesystem::path m_registryDir;
    std::uint16_t m_relayPort = 0;
    std::uint16_t m_registryPort = 0;
    ChildProcess m_relay;
    ChildProcess m_registry;
    Directory m_directory;
    PublicKey m_relayKey{};
    PublicKey m_registryKey{};
    SigningKeyPair m_rootKey;
};

} // namespace vigil::harness
