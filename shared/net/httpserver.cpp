// SPDX-License-Identifier: EUPL-1.2
#include "httpserver.h"

#include "log.h"

#include <boost/asio/signal_set.hpp>
#include <boost/asio/ssl/context.hpp>

#include <functional>
#include <future>

namespace vigil {

namespace ssl = net::ssl;

namespace {

Result<std::shared_ptr<ssl::context>> makeTlsContext(const std::filesystem::path& cert, const std::filesystem::path& key)
{
    auto ctx = std::make_shared<ssl::context>(ssl::context::tls_server);
    boost::system::error_code ec;
    // TLS 1.2 or newer only; compression and renegotiation off.
    ctx->set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 | ssl::context::no_sslv3
                         | ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1 | ssl::context::no_compression
                         | ssl::context::single_dh_use,
                     ec);
    if (!ec)
        ctx->use_certificate_chain_file(cert.string(), ec);
    if (ec)
        return Error{"tls: cannot load certificate " + cert.string() + ": " + ec.message()};
    // OpenSSL also refuses here a key that does not belong to the certificate ("key values
    // mismatch"): a renewal that wrote one file and not the other keeps the old pair.
    ctx->use_private_key_file(key.string(), ssl::context::pem, ec);
    if (ec)
        return Error{"tls: cannot load private key " + key.string() + ": " + ec.message()};
    return ctx;
}

} // namespace

HttpServer::HttpServer(Handler& handler, Logger& log, HttpMetrics& metrics, const HttpServerOptions& options)
    : m_ctx{handler, log, metrics, options.limits, options.serverName}
{
}

Result<std::unique_ptr<HttpServer>> HttpServer::create(const HttpServerOptions& options, Handler& handler, Logger& log,
                                                       HttpMetrics& metrics)
{
    std::unique_ptr<HttpServer> server(new HttpServer(handler, log, metrics, options));
    if (!options.tlsCert.empty()) {
        auto tls = makeTlsContext(options.tlsCert, options.tlsKey);
        if (!tls)
            return tls.error();
        server->m_tls.store(std::move(*tls));
        server->m_tlsCert = options.tlsCert;
        server->m_tlsKey = options.tlsKey;
    }
    auto listener = Listener::open(*server->m_ioc, options.host, options.port,
                                   options.tlsCert.empty() ? nullptr : &server->m_tls, server->m_ctx);
    if (!listener)
        return listener.error();
    server->m_listener = std::move(*listener);
    const auto cores = static_cast<std::size_t>(std::thread::hardware_concurrency());
    server->m_threadCount = options.threads ? options.threads : std::max<std::size_t>(1, cores);
    return server;
}

HttpServer::~HttpServer()
{
    stopThreads();
    // The listener's acceptor must go before its io_context; the io_context (and with it
    // every suspended session) before the session context and TLS context they refer to.
    m_listener.reset();
    m_ioc.reset();
}

void HttpServer::start()
{
    m_listener->start();
    m_threads.reserve(m_threadCount);
    for (std::size_t i = 0; i < m_threadCount; ++i)
        m_threads.emplace_back([this] { m_ioc->run(); });
}

void HttpServer::waitForSignal()
{
    std::promise<int> caught;
    auto future = caught.get_future();
    net::signal_set signals(*m_ioc, SIGINT, SIGTERM, SIGHUP);
    std::function<void(const boost::system::error_code&, int)> onSignal;
    onSignal = [&](const boost::system::error_code& ec, int signal) {
        if (ec)
            return;
        if (signal != SIGHUP) {
            caught.set_value(signal);
            return;
        }
        if (auto s = reloadTls(); !s)
            m_ctx.log.error("tls reload failed; the old certificate stays", {{"error", s.error().message}});
        signals.async_wait(onSignal);
    };
    signals.async_wait(onSignal);
    const int signal = future.get();
    m_ctx.log.info("shutdown requested", {{"signal", signal == SIGINT ? "SIGINT" : "SIGTERM"}});
}

Status HttpServer::reloadTls()
{
    if (m_tlsCert.empty())
        return Error{"tls: this server runs plain HTTP; there is no certificate to reload", ErrorKind::Refused};
    auto fresh = makeTlsContext(m_tlsCert, m_tlsKey);
    if (!fresh)
        return fresh.error();
    m_tls.store(std::move(*fresh));
    m_ctx.log.info("tls certificate reloaded");
    return {};
}

void HttpServer::stopAccepting()
{
    m_ctx.stopping.store(true);
    m_listener->stop();
}

bool HttpServer::drain(std::chrono::milliseconds grace)
{
    const auto deadline = std::chrono::steady_clock::now() + grace;
    while (m_ctx.inFlight.load() > 0) {
        if (std::chrono::steady_clock::now() >= deadline)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return true;
}

void HttpServer::stopThreads()
{
    if (!m_ioc)
        return;
    m_ioc->stop();
    for (auto& t : m_threads)
        if (t.joinable())
            t.join();
    m_threads.clear();
}

} // namespace vigil
