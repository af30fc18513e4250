// SPDX-License-Identifier: EUPL-1.2
#pragma once

// An HTTP/1.1 server around any Handler: the io_context and its thread pool, TLS (when a
// certificate and key are given), the listener, and a staged, graceful stop. The relay and
// the registry each compose it with their own routes.

#include "listener.h"

#include <boost/asio/io_context.hpp>

#include <filesystem>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace vigil {

struct HttpServerOptions {
    std::string host = "127.0.0.1";
    std::uint16_t port = 0;
    std::filesystem::path tlsCert;   ///< PEM chain; TLS when set (with tlsKey)
    std::filesystem::path tlsKey;
    Limits limits;
    std::size_t threads = 0;         ///< 0: one per core
    /// The Server header of every answer. "vigil-relay" unless a server names itself: both
    /// servers answered so before the stack moved here, and the relay still does.
    std::string serverName = "vigil-relay";
};

class HttpServer {
public:
    /// Sets up TLS and binds the listening socket; nothing runs until start().
    static Result<std::unique_ptr<HttpServer>> create(const HttpServerOptions& options, Handler& handler, Logger& log,
                                                      HttpMetrics& metrics);
    ~HttpServer();

    net::io_context& ioContext() { return *m_ioc; }
    std::uint16_t port() const { return m_listener->port(); }
    bool tls() const { return m_tls.load() != nullptr; }

    /// Starts accepting and runs the io_context on the thread pool.
    void start();
    /// Blocks the calling thread until SIGINT or SIGTERM arrives. A SIGHUP meanwhile reloads
    /// the TLS certificate and key (reloadTls) and waits on.
    void waitForSignal();
    /// Reads the certificate chain and key again from their files, for connections from now on
    /// (a renewed certificate without a restart). On a bad file the old ones stay and the error
    /// says why; refused when the server runs plain HTTP.
    Status reloadTls();

    /// Stage 1: close the listening socket; open connections answer with Connection: close.
    void stopAccepting();
    /// Stage 2: wait until no request is between read and answer (e.g. waiting for its
    /// commit); false when `grace` ran out first.
    bool drain(std::chrono::milliseconds grace);
    /// Stage 3: stop the io_context and join the threads. Pending handlers are destroyed
    /// with the server, never run.
    void stopThreads();

private:
    HttpServer(Handler& handler, Logger& log, HttpMetrics& metrics, const HttpServerOptions& options);

    // Destroyed explicitly, after the listener and before the contexts the sessions use.
    std::unique_ptr<net::io_context> m_ioc = std::make_unique<net::io_context>();
    Listener::TlsSlot m_tls;
    std::filesystem::path m_tlsCert;
    std::filesystem::path m_tlsKey;
    SessionContext m_ctx;
    std::unique_ptr<Listener> m_listener;
    std::size_t m_threadCount = 1;
    std::vector<std::thread> m_threads;
};

} // namespace vigil
