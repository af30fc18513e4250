// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The registry's handlers are plain functions over short SQLite work, run on the HTTP server's
// thread pool; this adapts one to a route of the RouteTable and counts the request.

#include "shared/net/router.h"

#include <atomic>
#include <cstdint>
#include <string>
#include <utility>

namespace vigil::registry {

/// A route that counts into `requests` and answers with `fn(request, tail)`. The route keeps
/// `fn`; `requests` must outlive the route table.
template <typename Fn>
RouteTable::RouteFn syncRoute(std::atomic<std::uint64_t>& requests, Fn fn)
{
    return [&requests, fn = std::move(fn)](HttpRequest request, std::string tail) -> net::awaitable<HttpResponse> {
        ++requests;
        co_return fn(request, tail);
    };
}

} // namespace vigil::registry
