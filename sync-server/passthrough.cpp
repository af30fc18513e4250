// SPDX-License-Identifier: EUPL-1.2
#include "passthrough.h"

#include "shared/net/log.h"

#include <boost/asio/post.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>

namespace vigil::relay {

PassThroughRoutes::PassThroughRoutes(std::optional<Url> upstream, ForwardSettings settings, Logger& log)
    : m_upstream(std::move(upstream)), m_settings(std::move(settings)), m_log(log)
{
}

void PassThroughRoutes::install(RouteTable& table)
{
    for (const char* target : {"/v1/devices", "/v1/tokens"})
        table.add("POST", target, [self = shared_from_this(), target](HttpRequest r, std::string) {
            return self->pass(std::move(r), target);
        });
}

net::awaitable<HttpResponse> PassThroughRoutes::pass(HttpRequest request, std::string target)
{
    if (!m_upstream)
        co_return jsonError(503, "this relay has no upstream to pass the request on to");
    // One client per request: a device's issuance is rare (a sync now and then), and a client
    // is not for concurrent use.
    // co_await in statements of its own: GCC 12 mishandles temporaries in a full-expression
    // that also awaits.
    const net::any_io_executor executor = co_await net::this_coro::executor;
    HttpClientOptions options{m_settings.requestTimeout, m_settings.upstreamCaFile};
    HttpClient client(executor, *m_upstream, std::move(options));
    HttpRequest upstream;
    upstream.method = "POST";
    upstream.target = std::move(target);
    upstream.headers.emplace_back("Content-Type", "application/json");
    upstream.body = std::move(request.body);
    // Sent once: a retry is the device's to decide (its request carries a fresh time each go).
    auto answer = co_await client.sendOnce(std::move(upstream));
    // This resumes inside the client's own read completion: leave it before the client is
    // destroyed with this frame.
    co_await net::post(executor, net::use_awaitable);
    if (!answer) {
        m_log.warn("pass-through to upstream failed", {{"error", answer.error().message}});
        HttpResponse r = jsonError(503, "the registry cannot be reached now; try again at the next sync");
        r.headers.emplace_back("Retry-After", "60");
        co_return r;
    }
    HttpResponse r;
    r.status = answer->status;
    r.contentType = answer->contentType;
    r.body = std::move(answer->body);
    if (auto retry = answer->header("Retry-After"); !retry.empty())
        r.headers.emplace_back("Retry-After", std::string(retry));
    r.headers.emplace_back("Cache-Control", "no-store");
    co_return r;
}

} // namespace vigil::relay
