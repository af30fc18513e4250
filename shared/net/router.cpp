// SPDX-License-Identifier: EUPL-1.2
#include "router.h"

namespace vigil {

void RouteTable::add(std::string method, std::string path, RouteFn fn)
{
    m_routes.push_back({std::move(method), std::move(path), false, std::move(fn)});
}

void RouteTable::addPrefix(std::string method, std::string prefix, RouteFn fn)
{
    m_routes.push_back({std::move(method), std::move(prefix), true, std::move(fn)});
}

net::awaitable<HttpResponse> RouteTable::handle(HttpRequest request)
{
    const std::string path(request.path());
    std::string allowed;
    for (const auto& route : m_routes) {
        const bool matches = route.prefix ? path.starts_with(route.path) : path == route.path;
        if (!matches)
            continue;
        // HEAD is answered like GET; the session drops the body.
        if (route.method == request.method || (request.method == "HEAD" && route.method == "GET")) {
            std::string tail = route.prefix ? path.substr(route.path.size()) : std::string();
            co_return co_await route.fn(std::move(request), std::move(tail));
        }
        if (!allowed.empty())
            allowed += ", ";
        allowed += route.method;
    }
    if (allowed.empty())
        co_return jsonError(404, "no such endpoint: " + path);
    HttpResponse r = jsonError(405, "method " + request.method + " is not allowed on " + path);
    r.headers.emplace_back("Allow", allowed);
    co_return r;
}

} // namespace vigil
