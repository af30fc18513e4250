// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Request handling behind the HTTP session: a Handler answers one request, a RouteTable
// dispatches on method and path. The relay (sync-server/relayroutes.h) and the registry
// (registry/server/relayapi.h, advisorapi.h) each install their own routes in a table of their own.

#include "httpmessage.h"

#include <boost/asio/awaitable.hpp>

#include <functional>
#include <string>
#include <vector>

namespace vigil {

namespace net = boost::asio;

class Handler {
public:
    virtual ~Handler() = default;
    /// Answers one request. Expected failures are responses (4xx/5xx with a JSON error);
    /// an exception ends only this request's connection.
    virtual net::awaitable<HttpResponse> handle(HttpRequest request) = 0;
};

class RouteTable final : public Handler {
public:
    /// `tail` is the path after a prefix route's prefix (empty for exact routes).
    using RouteFn = std::function<net::awaitable<HttpResponse>(HttpRequest request, std::string tail)>;

    /// Routes `method` on exactly `path`.
    void add(std::string method, std::string path, RouteFn fn);
    /// Routes `method` on every path that starts with `prefix` (e.g. "/v1/mailbox/").
    void addPrefix(std::string method, std::string prefix, RouteFn fn);

    /// 404 for an unknown path, 405 (with Allow) for a known path and another method.
    net::awaitable<HttpResponse> handle(HttpRequest request) override;

private:
    struct Route {
        std::string method;
        std::string path;
        bool prefix = false;
        RouteFn fn;
    };
    std::vector<Route> m_routes;
};

} // namespace vigil
