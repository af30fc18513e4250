// SPDX-License-Identifier: EUPL-1.2
#include "listener.h"

#include "log.h"
#include "metrics.h"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/use_awaitable.hpp>

namespace vigil {

using tcp = net::ip::tcp;

Listener::Listener(net::io_context& ioc, TlsSlot* tls, SessionContext& ctx)
    : m_ioc(ioc), m_acceptor(net::make_strand(ioc)), m_tls(tls), m_ctx(ctx)
{
}

Result<std::unique_ptr<Listener>> Listener::open(net::io_context& ioc, const std::string& host, std::uint16_t port,
                                                 TlsSlot* tls, SessionContext& ctx)
{
    std::unique_ptr<Listener> l(new Listener(ioc, tls, ctx));
    boost::system::error_code ec;
    tcp::resolver resolver(ioc);
    auto results = resolver.resolve(host, std::to_string(port), tcp::resolver::passive | tcp::resolver::numeric_service, ec);
    if (ec || results.empty())
        return Error{"listen: cannot resolve " + host + ": " + ec.message()};
    const tcp::endpoint endpoint = results.begin()->endpoint();
    l->m_acceptor.open(endpoint.protocol(), ec);
    if (!ec)
        l->m_acceptor.set_option(net::socket_base::reuse_address(true), ec);
    if (!ec)
        l->m_acceptor.bind(endpoint, ec);
    if (!ec)
        l->m_acceptor.listen(net::socket_base::max_listen_connections, ec);
    if (ec)
        return Error{"listen: cannot listen on " + host + ":" + std::to_string(port) + ": " + ec.message()};
    l->m_port = l->m_acceptor.local_endpoint().port();
    return l;
}

void Listener::start()
{
    net::co_spawn(m_acceptor.get_executor(), acceptLoop(), [this](std::exception_ptr e) {
        if (e)
            m_ctx.log.error("accept loop ended unexpectedly");
    });
}

void Listener::stop()
{
    net::dispatch(m_acceptor.get_executor(), [this] {
        boost::system::error_code ignored;
        m_acceptor.close(ignored);
    });
}

net::awaitable<void> Listener::acceptLoop()
{
    net::steady_timer backoff(m_acceptor.get_executor());
    for (;;) {
        auto [ec, socket] = co_await m_acceptor.async_accept(net::make_strand(m_ioc), net::as_tuple(net::use_awaitable));
        if (!m_acceptor.is_open() || ec == net::error::operation_aborted)
            co_return;
        if (ec) {
            // Out of file descriptors and the like: wait a little instead of spinning.
            m_ctx.log.warn("accept failed", {{"error", ec.message()}});
            backoff.expires_after(std::chrono::milliseconds(50));
            co_await backoff.async_wait(net::as_tuple(net::use_awaitable));
            continue;
        }
        spawnSession(std::move(socket));
    }
}

void Listener::spawnSession(tcp::socket socket)
{
    boost::system::error_code ignored;
    socket.set_option(tcp::no_delay(true), ignored);
    bool overloaded = m_active.load() >= m_ctx.limits.maxConnections;
    // A full table of connections that never send a request must not lock honest clients
    // out until the header timeout: the oldest idle one (idle long enough that it is not a
    // client still sending its first line) makes room, so the attacker has to keep renewing.
    if (overloaded && m_ctx.idle.closeOldest(m_ctx.limits.idleEvictAfter)) {
        m_ctx.metrics.idleClosed.fetch_add(1, std::memory_order_relaxed);
        overloaded = false;   // its slot frees as soon as its strand runs the close
    }
    if (overloaded && m_refusing.load() >= m_ctx.limits.maxConnections) {
        m_ctx.metrics.refusedOverloaded.fetch_add(1, std::memory_order_relaxed);
        return;   // even the polite refusals are saturated: drop
    }
    auto& counter = overloaded ? m_refusing : m_active;
    counter.fetch_add(1);
    m_ctx.metrics.connections.fetch_add(1, std::memory_order_relaxed);
    auto executor = socket.get_executor();
    std::shared_ptr<net::ssl::context> tls = m_tls ? m_tls->load() : nullptr;
    net::co_spawn(executor, serveConnection(std::move(socket), std::move(tls), m_ctx, overloaded),
                  [this, &counter](std::exception_ptr e) {
                      counter.fetch_sub(1);
                      m_ctx.metrics.connections.fetch_sub(1, std::memory_order_relaxed);
                      if (!e)
                          return;
                      try {
                          std::rethrow_exception(e);
                      } catch (const std::exception& ex) {
                          m_ctx.log.error("session failed", {{"error", ex.what()}});
                      } catch (...) {
                          m_ctx.log.error("session failed");
                      }
                  });
}

} // namespace vigil
