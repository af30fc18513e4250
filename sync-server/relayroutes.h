// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The relay's API (docs/api.md) as routes over the store: ingest, the cached downstream
// documents, health and metrics. Handlers only translate between HTTP and the store.

#include "config.h"
#include "ingest.h"

#include "shared/batch.h"
#include "shared/feed.h"
#include "shared/net/router.h"

#include <span>

namespace vigil::relay {

class EnvelopeStore;
class Metrics;

/// Adds each result to the envelope counters of /metrics, and the envelopes stored without a
/// token while keys were known to the tokenless counter.
void countIngestResults(Metrics& metrics, const IngestJob& job);

class RelayRoutes {
public:
    RelayRoutes(EnvelopeStore& store, Metrics& metrics, Logger& log, const Limits& limits);

    /// Adds every relay endpoint to `table`.
    void install(RouteTable& table);

    net::awaitable<HttpResponse> postEnvelopes(HttpRequest request);
    /// A cached signed document (the directory or the support contacts) with its ETag.
    net::awaitable<HttpResponse> getDocument(HttpRequest request, std::string_view name);
    net::awaitable<HttpResponse> getMailbox(HttpRequest request, std::string prefix);
    net::awaitable<HttpResponse> getBulletins(HttpRequest request);
    net::awaitable<HttpResponse> getHealth(HttpRequest request);
    net::awaitable<HttpResponse> getMetrics(HttpRequest request);

private:
    HttpResponse feedResponse(const HttpRequest& request, Feed feed, std::string_view prefix);

    EnvelopeStore& m_store;
    Metrics& m_metrics;
    Logger& m_log;
    Limits m_limits;
};

} // namespace vigil::relay
