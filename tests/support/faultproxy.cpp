// SPDX-License-Identifier: EUPL-1.2
#include "faultproxy.h"

#include "shared/net/beastnames.h"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/write.hpp>

#include <algorithm>
#include <cctype>
#include <optional>
#include <random>
#include <string>
#include <thread>

namespace vigil::harness {

namespace {

constexpr std::size_t kMaxHeader = 64 * 1024;

enum class Fault { None, Drop, Truncate, Reset };

/// One direction of a connection: where the current HTTP message ends and where to cut it.
struct Direction {
    bool raw = false;                ///< not (or no longer) parseable: relay as is, no faults
    std::string buffered;            ///< received, not yet forwarded
    std::uint64_t left = 0;          ///< bytes of the current message still to forward
    Fault fault = Fault::None;
    std::uint64_t cut = 0;           ///< forward this many more bytes of the message, then fault
};

/// Header length and Content-Length of a complete header; nullopt for chunked messages.
std::optional<std::pair<std::size_t, std::uint64_t>> measure(const std::string& buf, std::size_t end)
{
    std::string header = buf.substr(0, end);
    std::transform(header.begin(), header.end(), header.begin(), [](unsigned char c) { return std::tolower(c); });
    if (header.find("\r\ntransfer-encoding:") != std::string::npos)
        return std::nullopt;
    std::uint64_t length = 0;
    if (const auto at = header.find("\r\ncontent-length:"); at != std::string::npos)
        length = std::strtoull(header.c_str() + at + 17, nullptr, 10);
    return std::make_pair(end + 4, length);
}

} // namespace

struct FaultProxy::Impl {
    net::io_context ioc;
    tcp::acceptor acceptor{ioc};
    std::uint16_t target = 0;
    FaultCounters counters;
    std::mutex ratesMutex;
    FaultRates rates;
    std::mt19937 rng;   // used on the I/O thread only
    std::thread thread;

    FaultRates currentRates()
    {
        std::lock_guard lock(ratesMutex);
        return rates;
    }
    double uniform() { return std::uniform_real_distribution<double>(0.0, 1.0)(rng); }
    std::uint64_t between(std::uint64_t lo, std::uint64_t hi)   // inclusive; hi >= lo
    {
        return std::uniform_int_distribution<std::uint64_t>(lo, hi)(rng);
    }
};

namespace {

/// Both sockets of one proxied connection and what the request side asked the response side
/// to do.
struct Link {
    Link(net::io_context& ioc, tcp::socket c) : client(std::move(c)), server(ioc) {}
    tcp::socket client;
    tcp::socket server;
    bool resetNextResponse = false;
    bool done = false;

    void close(bool reset)
    {
        done = true;
        boost::system::error_code ignored;
        for (tcp::socket* s : {&client, &server}) {
            if (!s->is_open())
                continue;
            if (reset)
                s->set_option(net::socket_base::linger(true, 0), ignored);
            else
                s->shutdown(tcp::socket::shutdown_both, ignored);
            s->close(ignored);
        }
    }
};

/// Chooses the fault for a new message of `length` bytes whose header is `headerLength` long.
void decide(FaultProxy::Impl& p, Link& link, Direction& d, bool request, std::uint64_t length, std::size_t headerLength)
{
    d.fault = Fault::None;
    // A cut inside the body when there is one ("mid-body"), else inside the header.
    auto cutPoint = [&] {
        return length > headerLength ? p.between(headerLength, length - 1) : p.between(0, length - 1);
    };
    if (!request) {
        if (link.resetNextResponse) {
            link.resetNextResponse = false;
            d.fault = Fault::Reset;
            d.cut = cutPoint();
            p.counters.resetResponse.fetch_add(1);
        }
        return;
    }
    p.counters.requests.fetch_add(1);
    const FaultRates r = p.currentRates();
    if (p.uniform() >= r.loss)
        return;
    const double total = r.drop + r.truncate + r.resetRequest + r.resetResponse;
    double pick = p.uniform() * total;
    if ((pick -= r.drop) < 0) {
        d.fault = Fault::Drop;
        d.cut = 0;
        p.counters.dropped.fetch_add(1);
    } else if ((pick -= r.truncate) < 0) {
        d.fault = Fault::Truncate;
        d.cut = cutPoint();
        p.counters.truncated.fetch_add(1);
    } else if ((pick -= r.resetRequest) < 0) {
        d.fault = Fault::Reset;
        d.cut = cutPoint();
        p.counters.resetRequest.fetch_add(1);
    } else {
        link.resetNextResponse = true;
    }
}

/// Moves what `d` buffered into `out` up to the next fault; returns the fault that fires after
/// `out` was written, if any.
Fault advance(FaultProxy::Impl& p, Link& link, Direction& d, bool request, std::string& out)
{
    while (!d.buffered.empty()) {
        if (d.raw) {
            out += d.buffered;
            d.buffered.clear();
            break;
        }
        if (d.left == 0) {
            const auto end = d.buffered.find("\r\n\r\n");
            if (end == std::string::npos) {
                d.raw = d.buffered.size() > kMaxHeader;
                if (!d.raw)
                    break;   // wait for the rest of the header
                continue;
            }
            const auto measured = measure(d.buffered, end);
            if (!measured) {
                d.raw = true;
                continue;
            }
            d.left = measured->first + measured->second;
            decide(p, link, d, request, d.left, measured->first);
        }
        const std::uint64_t take = std::min<std::uint64_t>(d.left, d.buffered.size());
        if (d.fault != Fault::None && d.cut < take) {
            out.append(d.buffered, 0, d.cut);
            return d.fault;
        }
        out.append(d.buffered, 0, take);
        d.buffered.erase(0, take);
        d.left -= take;
        if (d.fault != Fault::None)
            d.cut -= take;
        if (d.left == 0)
            d.fault = Fault::None;
    }
    return Fault::None;
}

net::awaitable<void> pump(FaultProxy::Impl& p, std::shared_ptr<Link> link, bool request)
{
    tcp::socket& from = request ? link->client : link->server;
    tcp::socket& to = request ? link->server : link->client;
    Direction d;
    net::steady_timer timer(p.ioc);
    char chunk[16 * 1024];
    for (;;) {
        auto [ec, n] = co_await from.async_read_some(net::buffer(chunk), kTuple);
        if (link->done)
            co_return;
        if (ec) {
            // EOF: pass the half-close on; anything else (a reset): end the connection.
            boost::system::error_code ignored;
            if (ec == net::error::eof)
                to.shutdown(tcp::socket::shutdown_send, ignored);
            else
                link->close(true);
            co_return;
        }
        d.buffered.append(chunk, n);
        std::string out;
        const Fault fault = advance(p, *link, d, request, out);
        const FaultRates r = p.currentRates();
        if (r.delay > 0 && p.uniform() < r.delay) {
            p.counters.delayed.fetch_add(1);
            timer.expires_after(std::chrono::milliseconds(p.between(0, static_cast<std::uint64_t>(r.maxDelay.count()))));
            co_await timer.async_wait(kTuple);
        }
        if (!out.empty()) {
            auto [wec, wn] = co_await net::async_write(to, net::buffer(out), kTuple);
            (request ? p.counters.bytesUp : p.counters.bytesDown).fetch_add(wn);
            if (wec) {
                link->close(true);
                co_return;
            }
        }
        if (fault != Fault::None) {
            link->close(fault == Fault::Reset);
            co_return;
        }
    }
}

net::awaitable<void> serve(FaultProxy::Impl& p, std::shared_ptr<Link> link)
{
    const tcp::endpoint target(net::ip::address_v4::loopback(), p.target);
    auto [ec] = co_await link->server.async_connect(target, kTuple);
    if (ec) {
        link->close(true);
        co_return;
    }
    boost::system::error_code ignored;
    link->server.set_option(tcp::no_delay(true), ignored);
    link->client.set_option(tcp::no_delay(true), ignored);
    net::co_spawn(p.ioc, pump(p, link, false), net::detached);
    co_await pump(p, link, true);
}

net::awaitable<void> acceptLoop(FaultProxy::Impl& p)
{
    for (;;) {
        auto [ec, socket] = co_await p.acceptor.async_accept(kTuple);
        if (!p.acceptor.is_open())
            co_return;
        if (ec)
            continue;
        p.counters.connections.fetch_add(1);
        net::co_spawn(p.ioc, serve(p, std::make_shared<Link>(p.ioc, std::move(socket))), net::detached);
    }
}

} // namespace

FaultProxy::FaultProxy(std::uint16_t targetPort, FaultRates rates, std::uint32_t seed, std::uint16_t listenPort)
    : m_impl(std::make_unique<Impl>())
{
    m_impl->target = targetPort;
    m_impl->rates = rates;
    m_impl->rng.seed(seed);
    const tcp::endpoint endpoint(net::ip::address_v4::loopback(), listenPort);
    m_impl->acceptor.open(endpoint.protocol());
    m_impl->acceptor.set_option(net::socket_base::reuse_address(true));
    m_impl->acceptor.bind(endpoint);
    m_impl->acceptor.listen();
    net::co_spawn(m_impl->ioc, acceptLoop(*m_impl), net::detached);
    m_impl->thread = std::thread([impl = m_impl.get()] { impl->ioc.run(); });
}

FaultProxy::~FaultProxy()
{
    m_impl->ioc.stop();
    if (m_impl->thread.joinable())
        m_impl->thread.join();
}

std::uint16_t FaultProxy::port() const
{
    return m_impl->acceptor.local_endpoint().port();
}

const FaultCounters& FaultProxy::counters() const
{
    return m_impl->counters;
}

void FaultProxy::setRates(const FaultRates& rates)
{
    std::lock_guard lock(m_impl->ratesMutex);
    m_impl->rates = rates;
}

} // namespace vigil::harness
