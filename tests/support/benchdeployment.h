// SPDX-License-Identifier: EUPL-1.2
#pragma once

// What the end-to-end benches share: a registry (initialised as vigil-admin does) with a relay
// in front of it, both in this process on loopback with real SQLite files (the registry's on
// PostgreSQL when asked), a device-side
// sealer against the published directory, and the `name value unit` output helpers.

#include "registry/server/registryserver.h"

#include "sync-server/relayserver.h"

#include "shared/net/log.h"
#include "shared/seal.h"

#include "testenv.h"

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace vigil::bench {

using Clock = std::chrono::steady_clock;

[[noreturn]] void die(const std::string& what);

template <typename T>
T need(Result<T> r, const char* what)
{
    if (!r)
        die(std::string(what) + ": " + r.error().message);
    return std::move(*r);
}

using test::unixNow;
double millis(Clock::duration d);
/// The p-quantile (0..1) of `v` (nearest rank).
double percentile(std::vector<double> v, double p);
void print(const std::string& name, double value, const std::string& unit);
/// Raises this process's open-file limit towards `wanted`; returns what it got.
std::size_t raiseFileLimit(std::size_t wanted);

struct DeploymentOptions {
    int relayThreads = 2;
    int registryThreads = 2;
    /// The registry's database on PostgreSQL (a connection string); empty: SQLite in its folder.
    std::string database;
};

struct Deployment {
    explicit Deployment(const char* name, DeploymentOptions options = {});
    ~Deployment();
    Deployment(const Deployment&) = delete;
    Deployment& operator=(const Deployment&) = delete;

    /// Seals the near-miss test report as a device at 13-bde would (attachments as photos).
    SealedReport seal(std::span<const Bytes> attachments = {}) const;
    std::string relayUrl() const;
    /// Cases at the registry (read from its database).
    std::int64_t registryCases();

    std::filesystem::path work;
    Logger log;
    std::unique_ptr<registry::RegistryServer> registry;
    std::unique_ptr<relay::RelayServer> relay;
    Directory directory;
};

} // namespace vigil::bench
