// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Accepts connections and starts a session coroutine for each, on its own strand. Over the
// connection cap a connection still gets an answer (503, JSON) instead of a silent drop,
// unless even the refusals are over the cap.

#include "session.h"

#include "shared/result.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>

#include <atomic>
#include <memory>

namespace vigil {

class Listener {
public:
    /// The TLS context new connections take; replaced whole when the certificate is reloaded
    /// (connections keep the one they started with).
    using TlsSlot = std::atomic<std::shared_ptr<net::ssl::context>>;

    /// Binds `host`:`port` (port 0: the system picks; see port()). `tls` may be null (plain
    /// HTTP); otherwise it must outlive the listener.
    static Result<std::unique_ptr<Listener>> open(net::io_context& ioc, const std::string& host, std::uint16_t port,
                                                  TlsSlot* tls, SessionContext& ctx);

    std::uint16_t port() const { return m_port; }
    /// Starts the accept loop on the io_context.
    void start();
    /// Closes the acceptor; running sessions continue. Thread-safe.
    void stop();

private:
    Listener(net::io_context& ioc, TlsSlot* tls, SessionContext& ctx);
    net::awaitable<void> acceptLoop();
    void spawnSession(net::ip::tcp::socket socket);

    net::io_context& m_ioc;
    net::ip::tcp::acceptor m_acceptor;
    TlsSlot* m_tls;
    SessionContext& m_ctx;
    std::uint16_t m_port = 0;
    std::atomic<std::size_t> m_active{0};
    std::atomic<std::size_t> m_refusing{0};
};

} // namespace vigil
