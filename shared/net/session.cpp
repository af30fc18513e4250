// SPDX-License-Identifier: EUPL-1.2
#include "session.h"

#include "log.h"
#include "metrics.h"
#include "beastnames.h"

#include <boost/asio/ssl/context.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/stream_traits.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>

#include <algorithm>
#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace vigil {

namespace {

constexpr auto kLingerTime = std::chrono::seconds(1);
constexpr std::size_t kLingerBytes = 1024 * 1024;

using PlainStream = beast::tcp_stream;
using TlsStream = beast::ssl_stream<beast::tcp_stream>;

HttpRequest toRequest(http::request<http::string_body>&& in)
{
    HttpRequest out;
    out.method = std::string(in.method_string());
    out.target = std::string(in.target());
    for (const auto& field : in)
        out.headers.emplace_back(std::string(field.name_string()), std::string(field.value()));
    out.body = std::move(in.body());
    return out;
}

http::response<http::string_body> toBeast(HttpResponse&& in, unsigned version, bool keepAlive,
                                          std::string_view serverName)
{
    http::response<http::string_body> out{static_cast<http::status>(in.status), version};
    out.set(http::field::server, serverName);
    if (!in.contentType.empty())
        out.set(http::field::content_type, in.contentType);
    for (auto& [name, value] : in.headers)
        out.insert(name, value);
    out.keep_alive(keepAlive);
    out.body() = std::move(in.body);
    out.prepare_payload();
    return out;
}

/// What a failed read means for the client and the metrics.
struct ReadRefusal {
    unsigned status = 0;   ///< 0: close without an answer
    std::string message;
};

ReadRefusal classifyReadError(const error_code& ec, bool gotSome, HttpMetrics& metrics)
{
    if (ec == http::error::body_limit) {
        metrics.refusedTooLarge.fetch_add(1, std::memory_order_relaxed);
        return {413, "request body exceeds the limit"};
    }
    if (ec == http::error::header_limit) {
        metrics.refusedTooLarge.fetch_add(1, std::memory_order_relaxed);
        return {431, "request header exceeds the limit"};
    }
    if (ec == beast::error::timeout) {
        // An idle keep-alive connection timing out is normal; a half-sent request is not.
        if (gotSome)
            metrics.timeouts.fetch_add(1, std::memory_order_relaxed);
        return {};
    }
    if (ec.category() == http::make_error_code(http::error::bad_method).category() && ec != http::error::end_of_stream
        && ec != http::error::partial_message) {
        metrics.refusedBadRequest.fetch_add(1, std::memory_order_relaxed);
        return {400, "malformed HTTP request: " + ec.message()};
    }
    return {};   // EOF, reset, cancelled: the peer is gone
}

/// RFC 9112 §6.1 and §6.3: a request with Transfer-Encoding is framed by its final coding,
/// which must be chunked, and Content-Length is then ignored. We implement no other coding, so
/// anything but exactly "chunked" cannot be framed safely: framing it by Content-Length (as
/// the parser would) is how requests get smuggled past a proxy that frames it otherwise.
/// 400 when the final coding is not chunked (or chunked twice, or HTTP/1.0), 501 for another
/// coding before it; the connection is closed after either.
template <typename Header>
ReadRefusal framingRefusal(const Header& header)
{
    std::vector<std::string> codings;
    const auto [first, last] = header.equal_range(http::field::transfer_encoding);
    for (auto field = first; field != last; ++field) {
        const auto value = field->value();
        for (const auto& token : http::token_list{value})
            codings.emplace_back(token.data(), token.size());
        // token_list skips empty elements; an empty header is still a coding we cannot frame.
        if (std::string_view(value.data(), value.size()).find_first_not_of(" \t,") == std::string_view::npos)
            codings.emplace_back();
    }
    if (codings.empty())
        return {};
    const auto chunked = [](const std::string& c) { return beast::iequals(c, "chunked"); };
    if (header.version() < 11)
        return {400, "Transfer-Encoding is not allowed in HTTP/1.0"};
    if (!chunked(codings.back()) || std::count_if(codings.begin(), codings.end(), chunked) != 1)
        return {400, "Transfer-Encoding must end in chunked, once (RFC 9112 section 6.3)"};
    if (codings.size() > 1)
        return {501, "transfer coding not implemented; only chunked is"};
    return {};
}

/// Lets the client read our last answer: stop sending, then discard what it still sends
/// for a moment (closing with unread data would reset the connection and lose the answer).
net::awaitable<void> lingeringClose(PlainStream& stream)
{
    error_code ec;
    stream.socket().shutdown(tcp::socket::shutdown_send, ec);
    char scratch[16 * 1024];
    std::size_t discarded = 0;
    stream.expires_after(kLingerTime);
    while (discarded < kLingerBytes) {
        auto [rec, n] = co_await stream.async_read_some(net::buffer(scratch), kTuple);
        if (rec)
            break;
        discarded += n;
    }
    stream.socket().close(ec);
}

net::awaitable<void> lingeringClose(TlsStream& stream)
{
    beast::get_lowest_layer(stream).expires_after(kLingerTime);
    auto [ec] = co_await stream.async_shutdown(kTuple);
    (void)ec;
    error_code ignored;
    beast::get_lowest_layer(stream).socket().close(ignored);
}

template <typename Stream>
net::awaitable<bool> writeResponse(Stream& stream, SessionContext& ctx, HttpResponse response, unsigned version,
                                   bool keepAlive, bool headOnly)
{
    auto message = toBeast(std::move(response), version, keepAlive, ctx.serverName);
    beast::get_lowest_layer(stream).expires_after(ctx.limits.writeTimeout);
    if (headOnly) {
        http::response_serializer<http::string_body> serializer{message};
        auto [ec, n] = co_await http::async_write_header(stream, serializer, kTuple);
        co_return !ec;
    }
    auto [ec, n] = co_await http::async_write(stream, message, kTuple);
    co_return !ec;
}

/// Reads the rest of a request whose header is in `parser`; answers 100 Continue first
/// when the client waits for it (curl does for bodies over 1 KiB).
template <typename Stream>
net::awaitable<error_code> readBody(Stream& stream, beast::flat_buffer& buffer,
                                    http::request_parser<http::string_body>& parser, SessionContext& ctx)
{
    if (parser.is_done())
        co_return error_code{};
    const auto expect = parser.get()[http::field::expect];
    if (beast::iequals(expect, "100-continue")) {
        http::response<http::empty_body> cont{http::status::continue_, parser.get().version()};
        beast::get_lowest_layer(stream).expires_after(ctx.limits.writeTimeout);
        auto [wec, wn] = co_await http::async_write(stream, cont, kTuple);
        if (wec)
            co_return wec;
    }
    beast::get_lowest_layer(stream).expires_after(ctx.limits.bodyTimeout);
    auto [ec, n] = co_await http::async_read(stream, buffer, parser, kTuple);
    co_return ec;
}

net::awaitable<HttpResponse> dispatch(SessionContext& ctx, HttpRequest request)
{
    try {
        co_return co_await ctx.handler.handle(std::move(request));
    } catch (const std::exception& e) {
        ctx.log.error("request handler failed", {{"error", e.what()}});
    }
    HttpResponse r = jsonError(500, "internal error");
    r.close = true;
    co_return r;
}

/// Hands a complete request to the handler and writes the answer; false when the
/// connection is done (closed by either side, or not kept alive).
template <typename Stream>
net::awaitable<bool> answer(Stream& stream, SessionContext& ctx, http::request_parser<http::string_body>& parser)
{
    ctx.inFlight.fetch_add(1);
    const auto started = std::chrono::steady_clock::now();
    const unsigned version = parser.get().version();
    const bool clientKeepAlive = parser.get().keep_alive();
    HttpRequest request = toRequest(parser.release());
    const bool headOnly = request.method == "HEAD";
    HttpResponse response = co_await dispatch(ctx, std::move(request));
    const unsigned status = response.status;
    const bool keepAlive = clientKeepAlive && !response.close && !ctx.stopping.load();
    const bool written = co_await writeResponse(stream, ctx, std::move(response), version, keepAlive, headOnly);
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - started;
    ctx.metrics.observeRequest(took.count());
    ctx.inFlight.fetch_sub(1);
    if (ctx.log.enabled(LogLevel::Debug))   // skip building the fields on the hot path
        ctx.log.debug("request", {{"status", status}, {"ms", took.count() * 1000.0}});
    if (!written)
        co_return false;
    if (keepAlive)
        co_return true;
    if (status >= 400) {
        co_await lingeringClose(stream);
    } else {
        error_code ignored;
        beast::get_lowest_layer(stream).socket().shutdown(tcp::socket::shutdown_send, ignored);
    }
    co_return false;
}

template <typename Stream>
net::awaitable<void> serveRequests(Stream& stream, SessionContext& ctx, bool overloaded)
{
    beast::flat_buffer buffer;
    for (;;) {
        http::request_parser<http::string_body> parser;
        parser.header_limit(static_cast<std::uint32_t>(ctx.limits.maxHeaderBytes));
        parser.body_limit(ctx.limits.maxBodyBytes);
        beast::get_lowest_layer(stream).expires_after(ctx.limits.headerTimeout);
        // Until its header is complete the connection may be closed early for a new client
        // when the table is full (oldest first, listener.cpp); a refusing one frees no slot.
        std::optional<IdleConnections::Guard> idle;
        if (!overloaded)
            idle.emplace(ctx.idle, stream.get_executor(), [&stream] { beast::get_lowest_layer(stream).close(); });
        auto [ec, n] = co_await http::async_read_header(stream, buffer, parser, kTuple);
        idle.reset();
        if (!ec && overloaded) {
            ctx.metrics.refusedOverloaded.fetch_add(1, std::memory_order_relaxed);
            HttpResponse busy = jsonError(503, "too many connections; retry later");
            busy.headers.emplace_back("Retry-After", "5");
            co_await writeResponse(stream, ctx, std::move(busy), parser.get().version(), false, false);
            co_await lingeringClose(stream);
            co_return;
        }
        if (!ec) {
            const ReadRefusal refusal = framingRefusal(parser.get());
            if (refusal.status != 0) {
                ctx.metrics.refusedBadRequest.fetch_add(1, std::memory_order_relaxed);
                HttpResponse refused = jsonError(refusal.status, refusal.message);
                refused.close = true;
                co_await writeResponse(stream, ctx, std::move(refused), 11, false, false);
                co_await lingeringClose(stream);
                co_return;
            }
        }
        if (!ec)
            ec = co_await readBody(stream, buffer, parser, ctx);
        if (ec) {
            const ReadRefusal refusal = classifyReadError(ec, parser.got_some(), ctx.metrics);
            if (refusal.status != 0 && beast::get_lowest_layer(stream).socket().is_open()) {
                ctx.log.debug("request refused", {{"status", refusal.status}, {"reason", refusal.message}});
                HttpResponse refused = jsonError(refusal.status, refusal.message);
                co_await writeResponse(stream, ctx, std::move(refused), 11, false, false);
                co_await lingeringClose(stream);
            }
            co_return;
        }

        if (!co_await answer(stream, ctx, parser))
            co_return;
    }
}

} // namespace

net::awaitable<void> serveConnection(tcp::socket socket, std::shared_ptr<ssl::context> tls, SessionContext& ctx, bool overloaded)
{
    if (!tls) {
        PlainStream stream(std::move(socket));
        co_await serveRequests(stream, ctx, overloaded);
        co_return;
    }
    TlsStream stream(std::move(socket), *tls);
    beast::get_lowest_layer(stream).expires_after(ctx.limits.headerTimeout);
    std::optional<IdleConnections::Guard> idle;
    if (!overloaded)
        idle.emplace(ctx.idle, stream.get_executor(), [&stream] { beast::get_lowest_layer(stream).close(); });
    auto [ec] = co_await stream.async_handshake(ssl::stream_base::server, kTuple);
    idle.reset();
    if (ec) {
        ctx.log.debug("tls handshake failed", {{"error", ec.message()}});
        co_return;
    }
    co_await serveRequests(stream, ctx, overloaded);
}

} // namespace vigil
