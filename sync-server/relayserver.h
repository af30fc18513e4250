// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The relay as one object: receipt key, store, routes, HTTP server and (with an upstream)
// the forwarder and cache poller, started and stopped in the right order. main() and the
// tests both run the relay through this class.

#include "config.h"

#include "shared/keys.h"

#include <functional>
#include <memory>

namespace vigil {
class HttpServer;
class RouteTable;
} // namespace vigil

namespace vigil::relay {

class CachePoller;
class EnvelopeStore;
class Forwarder;
class Metrics;
class RelayRoutes;
class UploadRoutes;

class RelayServer {
public:
    /// Starts a relay for `config`; `clock` (unix seconds) replaces the system clock in tests.
    static Result<std::unique_ptr<RelayServer>> start(const RelayConfig& config, Logger& log,
                                                      std::function<std::uint64_t()> clock = {});
    ~RelayServer();
    RelayServer(const RelayServer&) = delete;
    RelayServer& operator=(const RelayServer&) = delete;

    std::uint16_t port() const;
    const PublicKey& receiptKey() const;
    Metrics& metrics() { return *m_metrics; }
    EnvelopeStore& store() { return *m_store; }

    /// Blocks until SIGINT or SIGTERM; a SIGHUP meanwhile reloads the TLS certificate.
    void waitForSignal();
    /// Reads the TLS certificate and key files again for new connections (what SIGHUP does).
    Status reloadTls();
    /// Stops accepting, lets requests in flight (and their commits) finish, stops the
    /// forwarder, commits whatever is queued, closes the database. Idempotent.
    void stop();

private:
    RelayServer(const RelayConfig& config, Logger& log);

    RelayConfig m_config;
    Logger& m_log;
    std::unique_ptr<Metrics> m_metrics;
    std::unique_ptr<EnvelopeStore> m_store;
    std::unique_ptr<RelayRoutes> m_routes;
    std::unique_ptr<UploadRoutes> m_uploads;
    std::unique_ptr<RouteTable> m_table;
    std::unique_ptr<HttpServer> m_http;
    std::unique_ptr<Forwarder> m_forwarder;
    std::unique_ptr<CachePoller> m_poller;
    bool m_stopped = false;
};

} // namespace vigil::relay
