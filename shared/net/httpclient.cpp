// SPDX-License-Identifier: EUPL-1.2
#include "httpclient.h"

#include "beastnames.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/ssl/host_name_verification.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>

#include <openssl/ssl.h>

#include <charconv>
#include <optional>

namespace vigil {

namespace {

constexpr auto kEarlyAnswerWait = std::chrono::seconds(1);

bool isStaleConnectionError(const error_code& ec)
{
    return ec == http::error::end_of_stream || ec == net::error::eof || ec == net::error::connection_reset
           || ec == net::error::broken_pipe || ec == net::ssl::error::stream_truncated;
}

} // namespace

Result<Url> Url::parse(std::string_view text)
{
    Url url;
    if (text.starts_with("https://")) {
        url.tls = true;
        text.remove_prefix(8);
    } else if (text.starts_with("http://")) {
        text.remove_prefix(7);
    } else {
        return Error{"url: expected http:// or https://"};
    }
    const auto slash = text.find('/');
    std::string_view authority = text.substr(0, slash);
    if (slash != std::string_view::npos) {
        url.basePath = std::string(text.substr(slash));
        while (!url.basePath.empty() && url.basePath.back() == '/')
            url.basePath.pop_back();
    }
    std::string_view portText;
    if (authority.starts_with('[')) {
        const auto close = authority.find(']');
        if (close == std::string_view::npos)
            return Error{"url: unterminated IPv6 address"};
        url.host = std::string(authority.substr(1, close - 1));
        if (close + 1 < authority.size()) {
            if (authority[close + 1] != ':')
                return Error{"url: expected a port after the IPv6 address"};
            portText = authority.substr(close + 2);
        }
    } else {
        const auto colon = authority.rfind(':');
        url.host = std::string(authority.substr(0, colon));
        if (colon != std::string_view::npos)
            portText = authority.substr(colon + 1);
    }
    if (url.host.empty())
        return Error{"url: no host"};
    url.port = url.tls ? 443 : 80;
    if (!portText.empty()) {
        unsigned value = 0;
        auto [end, ec] = std::from_chars(portText.data(), portText.data() + portText.size(), value);
        if (ec != std::errc() || end != portText.data() + portText.size() || value == 0 || value > 65535)
            return Error{"url: bad port"};
        url.port = static_cast<std::uint16_t>(value);
    }
    return url;
}

struct HttpClient::Impl {
    net::any_io_executor executor;
    Url url;
    HttpClientOptions options;
    std::unique_ptr<ssl::context> tls;
    std::optional<beast::tcp_stream> plain;
    std::optional<beast::ssl_stream<beast::tcp_stream>> secure;
    beast::flat_buffer buffer;
    bool busy = false;   // a request is in flight: its coroutine owns the stream objects

    beast::tcp_stream& lowest() { return secure ? beast::get_lowest_layer(*secure) : *plain; }
    bool connected() const { return plain.has_value() || secure.has_value(); }

    void close()
    {
        error_code ignored;
        if (plain)
            plain->socket().close(ignored);
        if (secure)
            beast::get_lowest_layer(*secure).socket().close(ignored);
        plain.reset();
        secure.reset();
        buffer.clear();
    }

    net::awaitable<Status> connect()
    {
        tcp::resolver resolver(executor);
        auto [rec, endpoints] = co_await resolver.async_resolve(url.host, std::to_string(url.port), kTuple);
        if (rec)
            co_return Error{"upstream: cannot resolve host: " + rec.message()};
        beast::tcp_stream stream(executor);
        stream.expires_after(options.timeout);
        auto [cec, ep] = co_await stream.async_connect(endpoints, kTuple);
        if (cec)
            co_return Error{"upstream: cannot connect: " + cec.message()};
        stream.socket().set_option(tcp::no_delay(true), cec);
        if (!url.tls) {
            plain.emplace(std::move(stream));
            co_return Status{};
        }
        secure.emplace(std::move(stream), *tls);
        // SNI and certificate name check against the configured host name.
        // SSL_set_tlsext_host_name() is a macro with a C cast; this is what it expands to.
        SSL_ctrl(secure->native_handle(), SSL_CTRL_SET_TLSEXT_HOSTNAME, TLSEXT_NAMETYPE_host_name,
                 const_cast<char*>(url.host.c_str()));
        secure->set_verify_callback(ssl::host_name_verification(url.host));
        beast::get_lowest_layer(*secure).expires_after(options.timeout);
        auto [hec] = co_await secure->async_handshake(ssl::stream_base::client, kTuple);
        if (hec) {
            close();
            co_return Error{"upstream: TLS handshake failed: " + hec.message()};
        }
        co_return Status{};
    }

    template <typename Stream>
    net::awaitable<error_code> exchange(Stream& stream, http::request<http::string_body>& req,
                                        http::response_parser<http::string_body>& parser)
    {
        beast::get_lowest_layer(stream).expires_after(options.timeout);
        auto [wec, wn] = co_await http::async_write(stream, req, kTuple);
        if (wec && isStaleConnectionError(wec)) {
            // A server may answer before it has read the whole body (413 on Content-Length)
            // and close: its answer then waits in our receive buffer. Read it, so a refusal
            // is never mistaken for an unreachable upstream.
            beast::get_lowest_layer(stream).expires_after(kEarlyAnswerWait);
            auto [rec, rn] = co_await http::async_read(stream, buffer, parser, kTuple);
            if (rec)
                co_return wec;
            parser.get().keep_alive(false);   // half a request went out: this connection is done
            co_return error_code{};
        }
        if (wec)
            co_return wec;
        beast::get_lowest_layer(stream).expires_after(options.timeout);
        auto [rec, rn] = co_await http::async_read(stream, buffer, parser, kTuple);
        co_return rec;
    }

    /// Closes the socket so a pending operation fails; the stream objects stay until the
    /// coroutine that uses them has unwound (destroying them under it would be a use after free).
    void cancel()
    {
        error_code ignored;
        if (plain)
            plain->socket().close(ignored);
        if (secure)
            beast::get_lowest_layer(*secure).socket().close(ignored);
    }

    net::awaitable<Result<HttpResponse>> attempt(http::request<http::string_body>& req, bool& stale)
    {
        const bool reused = connected();
        if (!reused) {
            if (auto s = co_await connect(); !s)
                co_return s.error();
        }
        http::response_parser<http::string_body> parser;
        parser.body_limit(options.maxResponseBytes);
        const error_code ec = secure ? co_await exchange(*secure, req, parser) : co_await exchange(*plain, req, parser);
        if (ec) {
            close();
            stale = reused && isStaleConnectionError(ec);
            co_return Error{"upstream: " + ec.message()};
        }
        auto msg = parser.release();
        HttpResponse out;
        out.status = msg.result_int();
        out.contentType = std::string(msg[http::field::content_type]);
        for (const auto& field : msg)
            out.headers.emplace_back(std::string(field.name_string()), std::string(field.value()));
        out.body = std::move(msg.body());
        if (!msg.keep_alive())
            close();
        co_return out;
    }
};

HttpClient::HttpClient(net::any_io_executor executor, Url url, HttpClientOptions options)
    : m_impl(std::make_unique<Impl>())
{
    m_impl->executor = std::move(executor);
    m_impl->url = std::move(url);
    m_impl->options = std::move(options);
    if (m_impl->url.tls) {
        m_impl->tls = std::make_unique<ssl::context>(ssl::context::tls_client);
        error_code ec;
        m_impl->tls->set_options(ssl::context::no_sslv2 | ssl::context::no_sslv3 | ssl::context::no_tlsv1
                                 | ssl::context::no_tlsv1_1 | ssl::context::no_compression);
        if (m_impl->options.caFile.empty())
            m_impl->tls->set_default_verify_paths(ec);
        else
            m_impl->tls->load_verify_file(m_impl->options.caFile.string(), ec);
        m_impl->tls->set_verify_mode(ssl::verify_peer);
    }
}

HttpClient::~HttpClient() = default;

void HttpClient::close()
{
    if (m_impl->busy)
        m_impl->cancel();
    else
        m_impl->close();
}

net::awaitable<Result<HttpResponse>> HttpClient::send(HttpRequest request)
{
    auto result = co_await exchange(std::move(request), 2);
    co_return result;
}

net::awaitable<Result<HttpResponse>> HttpClient::sendOnce(HttpRequest request)
{
    auto result = co_await exchange(std::move(request), 1);
    co_return result;
}

net::awaitable<Result<HttpResponse>> HttpClient::exchange(HttpRequest request, int attempts)
{
    http::request<http::string_body> req;
    req.method_string(request.method);
    req.target(m_impl->url.basePath + request.target);
    req.version(11);
    req.set(http::field::host, m_impl->url.host);
    req.set(http::field::user_agent, "vigil-relay");
    for (auto& [name, value] : request.headers)
        req.insert(name, value);
    req.keep_alive(true);
    req.body() = std::move(request.body);
    req.prepare_payload();
    m_impl->busy = true;
    for (int i = 0; i < attempts; ++i) {
        bool stale = false;
        auto result = co_await m_impl->attempt(req, stale);
        if (result || !stale || i + 1 == attempts) {
            m_impl->busy = false;
            co_return result;
        }
    }
    m_impl->busy = false;
    co_return Error{"upstream: connection closed twice"};
}

} // namespace vigil
