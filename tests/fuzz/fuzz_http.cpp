// SPDX-License-Identifier: EUPL-1.2
// A relay's request handling on hostile bytes: Beast's parser with the relay's limits, then
// the relay's route table over a real store (batch framing, envelope checks, feeds, metrics).
// The store lives in /dev/shm when it exists, so the fsync of every commit stays cheap.
#include "sync-server/envelopestore.h"
#include "sync-server/metrics.h"
#include "sync-server/relayroutes.h"

#include "shared/keys.h"
#include "shared/net/log.h"
#include "shared/net/router.h"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/beast/http.hpp>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <optional>

namespace {

using namespace vigil;
using namespace vigil::relay;
namespace http = boost::beast::http;

struct Relay {
    Logger log{LogLevel::Error, [](std::string_view) {}};
    Metrics metrics;
    Limits limits;
    std::unique_ptr<EnvelopeStore> store;
    std::unique_ptr<RelayRoutes> routes;
    RouteTable table;
    net::io_context ioc;

    Relay()
    {
        const std::filesystem::path base = std::filesystem::exists("/dev/shm") ? "/dev/shm" : "/tmp";
        std::string dir = (base / "vigil-fuzz-http-XXXXXX").string();
        if (::mkdtemp(dir.data()) == nullptr)
            std::abort();
        StoreOptions options;
        options.path = std::filesystem::path(dir) / "relay.db";
        options.clock = [] { return std::uint64_t{1'750'000'000}; };
        auto opened = EnvelopeStore::open(options, SigningKeyPair::generate(), metrics, log);
        if (!opened)
            std::abort();
        store = std::move(*opened);
        limits.maxBodyBytes = 1u << 20;
        routes = std::make_unique<RelayRoutes>(*store, metrics, log, limits);
        routes->install(table);
    }
};

Relay& sharedRelay()
{
    static Relay r;
    return r;
}

net::awaitable<void> handle(RouteTable& table, HttpRequest request, std::optional<HttpResponse>& out)
{
    out.emplace(co_await table.handle(std::move(request)));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    Relay& r = sharedRelay();
    http::request_parser<http::string_body> parser;
    parser.header_limit(16 * 1024);
    parser.body_limit(r.limits.maxBodyBytes);
    parser.eager(true);
    boost::system::error_code ec;
    parser.put(boost::asio::buffer(data, size), ec);
    if (ec || !parser.is_done())
        return 0;
    auto in = parser.release();
    HttpRequest request;
    request.method = std::string(in.method_string());
    request.target = std::string(in.target());
    for (const auto& field : in)
        request.headers.emplace_back(std::string(field.name_string()), std::string(field.value()));
    request.body = std::move(in.body());

    std::optional<HttpResponse> response;
    net::co_spawn(r.ioc, handle(r.table, std::move(request), response), net::detached);
    r.ioc.restart();
    r.ioc.run();
    if (!response || response->status < 200 || response->status > 599)
        std::abort();
    return 0;
}
