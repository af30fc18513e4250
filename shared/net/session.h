// SPDX-License-Identifier: EUPL-1.2
#pragma once

// One coroutine per client connection (plain or TLS): read a request under a deadline and
// a body limit, hand it to the Handler, write the answer, repeat while keep-alive holds.
// Every refusal (malformed, too large, overloaded) is a JSON answer followed by a lingering
// close; a timeout closes the connection. Nothing a client sends can affect another client.

#include "limits.h"
#include "idleconnections.h"
#include "router.h"

#include <boost/asio/awaitable.hpp>
#include <boost/asio/ip/tcp.hpp>

#include <atomic>
#include <memory>
#include <string>

namespace boost::asio::ssl {
class context;
}

namespace vigil {

class Logger;
class HttpMetrics;

/// Shared by all sessions of one listener; outlives them.
struct SessionContext {
    Handler& handler;
    Logger& log;
    HttpMetrics& metrics;
    Limits limits;
    std::string serverName;              ///< the Server header of every answer
    std::atomic<bool> stopping{false};   ///< answer with Connection: close, take no new request
    std::atomic<int> inFlight{0};        ///< requests read and not yet answered
    IdleConnections idle{};              ///< connections waiting for a request header, oldest first
};

/// Serves a connection until the client closes it, a deadline passes or the server stops.
/// With `overloaded`, answers the first request with 503 and closes. `tls` may be null; the
/// connection keeps the context it started with, also when the server reloads its certificate.
net::awaitable<void> serveConnection(net::ip::tcp::socket socket, std::shared_ptr<net::ssl::context> tls, SessionContext& ctx,
                                     bool overloaded);

} // namespace vigil
