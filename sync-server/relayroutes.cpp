// SPDX-License-Identifier: EUPL-1.2
#include "relayroutes.h"

#include "cachestore.h"
#include "forwardqueue.h"
#include "metrics.h"
#include "storeawait.h"

#include "shared/net/log.h"

#include <boost/asio/use_awaitable.hpp>
#include <boost/json/serialize.hpp>

namespace vigil::relay {

namespace {

/// Comma-separated entity tags, weak or strong, or "*" (RFC 9110 §13.1.2).
bool etagMatches(std::string_view ifNoneMatch, std::string_view etag)
{
    while (!ifNoneMatch.empty()) {
        const auto comma = ifNoneMatch.find(',');
        std::string_view tag = ifNoneMatch.substr(0, comma);
        while (!tag.empty() && tag.front() == ' ')
            tag.remove_prefix(1);
        while (!tag.empty() && tag.back() == ' ')
            tag.remove_suffix(1);
        if (tag.starts_with("W/"))
            tag.remove_prefix(2);
        if (tag == "*" || tag == etag)
            return true;
        if (comma == std::string_view::npos)
            break;
        ifNoneMatch.remove_prefix(comma + 1);
    }
    return false;
}

} // namespace

void countIngestResults(Metrics& metrics, const IngestJob& job)
{
    for (const auto& c : job.candidates)
        if (c.tokenless && job.results[c.index].status == IngestStatus::Stored)
            metrics.tokenlessStored.fetch_add(1, std::memory_order_relaxed);
    for (const auto& r : job.results) {
        switch (r.status) {
        case IngestStatus::Stored: metrics.stored.fetch_add(1, std::memory_order_relaxed); break;
        case IngestStatus::Duplicate: metrics.duplicates.fetch_add(1, std::memory_order_relaxed); break;
        case IngestStatus::Conflict: metrics.conflicts.fetch_add(1, std::memory_order_relaxed); break;
        case IngestStatus::Invalid: metrics.invalid.fetch_add(1, std::memory_order_relaxed); break;
        }
    }
}

namespace {

HttpResponse storageError(const Error& e)
{
    HttpResponse r = jsonError(503, "storage unavailable; nothing in this request was acknowledged: " + e.message);
    r.headers.emplace_back("Retry-After", "5");
    return r;
}

} // namespace

RelayRoutes::RelayRoutes(EnvelopeStore& store, Metrics& metrics, Logger& log, const Limits& limits)
    : m_store(store), m_metrics(metrics), m_log(log), m_limits(limits)
{
}

void RelayRoutes::install(RouteTable& table)
{
    table.add("POST", "/v1/envelopes", [this](HttpRequest r, std::string) { return postEnvelopes(std::move(r)); });
    table.add("GET", "/v1/directory", [this](HttpRequest r, std::string) {
        return getDocument(std::move(r), kDirectoryDocument);
    });
    table.add("GET", "/v1/support", [this](HttpRequest r, std::string) {
        return getDocument(std::move(r), kSupportDocument);
    });
    table.add("GET", "/v1/token-issuer", [this](HttpRequest r, std::string) {
        return getDocument(std::move(r), kTokenIssuerDocument);
    });
    table.add("GET", "/v1/keyset", [this](HttpRequest r, std::string) {
        return getDocument(std::move(r), kKeySetDocument);
    });
    table.addPrefix("GET", "/v1/mailbox/",
                    [this](HttpRequest r, std::string tail) { return getMailbox(std::move(r), std::move(tail)); });
    table.add("GET", "/v1/bulletins", [this](HttpRequest r, std::string) { return getBulletins(std::move(r)); });
    table.add("GET", "/healthz", [this](HttpRequest r, std::string) { return getHealth(std::move(r)); });
    table.add("GET", "/metrics", [this](HttpRequest r, std::string) { return getMetrics(std::move(r)); });
}

net::awaitable<HttpResponse> RelayRoutes::postEnvelopes(HttpRequest request)
{
    std::string_view type = request.header("Content-Type");
    type = type.substr(0, type.find(';'));
    if (type != kBatchContentType) {
        m_metrics.refusedBadRequest.fetch_add(1, std::memory_order_relaxed);
        co_return jsonError(415, "Content-Type must be " + std::string(kBatchContentType));
    }
    IngestLimits limits{m_limits.maxBatchEnvelopes, m_limits.maxEnvelopeBytes, m_store.tokenPolicy(),
                        static_cast<std::int64_t>(m_store.now())};
    auto job = prepareIngest(std::move(request.body), limits);
    if (!job) {
        m_metrics.refusedBadRequest.fetch_add(1, std::memory_order_relaxed);
        co_return jsonError(400, job.error().message);
    }
    IngestOutcome outcome = co_await asyncIngest(m_store, std::move(*job), net::use_awaitable);
    if (!outcome.status)
        co_return storageError(outcome.status.error());
    countIngestResults(m_metrics, *outcome.job);
    HttpResponse r = jsonResponse(200, encodeIngestResults(outcome.job->results));
    r.headers.emplace_back("Cache-Control", "no-store");
    co_return r;
}

net::awaitable<HttpResponse> RelayRoutes::getDocument(HttpRequest request, std::string_view name)
{
    std::optional<CachedDocument> doc;
    auto s = m_store.read([&doc, name](SqliteDb& db) -> Status {
        auto loaded = loadDocument(db, name);
        if (!loaded)
            return loaded.error();
        doc = std::move(*loaded);
        return {};
    });
    if (!s)
        co_return storageError(s.error());
    if (!doc && name == kSupportDocument)
        co_return jsonError(404, "no support contacts yet: the relay has not fetched any from upstream");
    if (!doc && name == kTokenIssuerDocument)
        co_return jsonError(404, "no token issuer keys yet: the relay has not fetched any from upstream");
    if (!doc && name == kKeySetDocument)
        co_return jsonError(404, "no key set rotation: the relay has not fetched any from upstream");
    if (!doc)
        co_return jsonError(503, "no signed directory yet: the relay has not fetched one from upstream");
    HttpResponse r;
    r.headers.emplace_back("ETag", doc->etag);
    r.headers.emplace_back("Cache-Control", "no-cache");
    if (etagMatches(request.header("If-None-Match"), doc->etag)) {
        r.status = 304;
        co_return r;
    }
    r.contentType = "application/octet-stream";
    r.body.assign(doc->body.begin(), doc->body.end());
    co_return r;
}

HttpResponse RelayRoutes::feedResponse(const HttpRequest& request, Feed feed, std::string_view prefix)
{
    std::int64_t after = 0;
    if (auto text = request.query("after")) {
        auto parsed = parseSequence(*text);
        if (!parsed)
            return jsonError(400, "after must be a non-negative integer");
        after = *parsed;
    }
    std::optional<FeedPage> page;
    auto s = m_store.read([&](SqliteDb& db) -> Status {
        auto loaded = loadFeed(db, feed, prefix, after, kMaxFeedPageItems);
        if (!loaded)
            return loaded.error();
        page = std::move(*loaded);
        return {};
    });
    if (!s)
        return storageError(s.error());
    if (!page)
        return jsonError(503, "no " + std::string(feedName(feed)) + " yet: the relay has not fetched it from upstream");
    HttpResponse r = jsonResponse(200, encodeFeedPage(*page, feed));
    r.headers.emplace_back("Cache-Control", "no-store");
    return r;
}

net::awaitable<HttpResponse> RelayRoutes::getMailbox(HttpRequest request, std::string prefix)
{
    if (!isMailboxPrefix(prefix))
        co_return jsonError(400, "mailbox prefix must be 0 to 64 lower-case hex digits");
    co_return feedResponse(request, Feed::Mailbox, prefix);
}

net::awaitable<HttpResponse> RelayRoutes::getBulletins(HttpRequest request)
{
    co_return feedResponse(request, Feed::Bulletins, "");
}

net::awaitable<HttpResponse> RelayRoutes::getHealth(HttpRequest)
{
    boost::json::object o;
    o.emplace("status", "ok");
    o.emplace("version", VIGIL_VERSION);
    o.emplace("receipt_key", toHex(m_store.receiptKey()));
    o.emplace("queue_depth", m_metrics.queueDepth.load());
    co_return jsonResponse(200, boost::json::serialize(o));
}

net::awaitable<HttpResponse> RelayRoutes::getMetrics(HttpRequest)
{
    MetricsSnapshot snapshot;
    const auto now = m_store.now();
    auto s = m_store.read([&](SqliteDb& db) -> Status {
        auto snap = readSnapshot(db, now);
        if (!snap)
            return snap.error();
        snapshot = *snap;
        return {};
    });
    if (!s)
        m_log.warn("metrics snapshot failed", {{"error", s.error().message}});
    HttpResponse r;
    r.contentType = "text/plain; version=0.0.4; charset=utf-8";
    r.body = m_metrics.render(snapshot);
    co_return r;
}

} // namespace vigil::relay
