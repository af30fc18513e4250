// SPDX-License-Identifier: EUPL-1.2
#include "relayapi.h"

#include "documentresponse.h"
#include "intakeawait.h"

#include "registry/rootkeysets.h"
#include "registry/supportdesk.h"

#include "shared/batch.h"
#include "shared/feed.h"
#include "shared/keysetrotation.h"
#include "shared/net/log.h"
#include "shared/net/prometheus.h"

#include <boost/asio/use_awaitable.hpp>

namespace vigil::registry {

namespace {

constexpr std::size_t kMaxFeedPage = 256;

} // namespace

RelayApi::RelayApi(CaseService& cases, IntakeQueue& intake, SqlCaseStore& store, OrgStore& org, Logger& log,
                   const Limits& limits, RegistryCounters& counters)
    : m_cases(cases), m_intake(intake), m_store(store), m_org(org), m_log(log), m_limits(limits), m_counters(counters)
{
}

void RelayApi::install(RouteTable& table)
{
    auto route = [this](auto fn) { return syncRoute(m_counters.requests, std::move(fn)); };
    table.add("POST", "/v1/envelopes", [this](HttpRequest q, std::string) -> net::awaitable<HttpResponse> {
        ++m_counters.requests;
        co_return co_await postEnvelopes(std::move(q));
    });
    table.add("GET", "/v1/directory", route([this](const HttpRequest& q, const std::string&) { return getDirectory(q); }));
    table.addPrefix("GET", "/v1/mailbox/",
                    route([this](const HttpRequest& q, const std::string& tail) { return getMailbox(q, tail); }));
    table.add("GET", "/v1/bulletins", route([this](const HttpRequest& q, const std::string&) { return getBulletins(q); }));
    table.add("GET", "/v1/support", route([this](const HttpRequest& q, const std::string&) { return getSupport(q); }));
    table.add("GET", "/v1/keyset", route([this](const HttpRequest& q, const std::string&) { return getKeySet(q); }));
    table.add("GET", "/healthz", route([](const HttpRequest&, const std::string&) {
        return jsonResponse(200, R"({"status":"ok","role":"registry"})");
    }));
    table.add("GET", "/metrics", route([this](const HttpRequest&, const std::string&) { return getMetrics(); }));
}

net::awaitable<HttpResponse> RelayApi::postEnvelopes(HttpRequest request)
{
    if (request.header("Content-Type") != kBatchContentType)
        co_return jsonError(415, "expected Content-Type " + std::string(kBatchContentType));
    auto envelopes = decodeBatch(asBytes(request.body), m_limits.maxBatchEnvelopes, m_limits.maxEnvelopeBytes);
    if (!envelopes)
        co_return jsonError(400, envelopes.error().message);
    // Headers are opened here, on this request's thread; the writer only signs and commits.
    auto prepared = m_cases.prepareIntake(*envelopes);
    if (!prepared) {
        m_log.error("intake failed", {{"error", prepared.error().message}});
        co_return jsonError(503, "the registry could not store the batch; nothing was acknowledged, retry later");
    }
    auto job = std::make_unique<IntakeJob>();
    job->prepared = std::move(*prepared);
    IntakeOutcome outcome = co_await asyncIntake(m_intake, std::move(job), net::use_awaitable);
    if (!outcome.status) {
        m_log.error("intake failed", {{"error", outcome.status.error().message}});
        co_return jsonError(503, "the registry could not store the batch; nothing was acknowledged, retry later");
    }
    std::vector<IngestResult> results;
    for (const auto& o : outcome.job->prepared.results) {
        IngestResult r;
        r.status = o.status;
        r.reason = o.reason;
        r.receipt = o.receipt;
        if (o.status != IngestStatus::Invalid)
            r.reportId = o.reportId;
        switch (o.status) {
        case IngestStatus::Stored:
            ++m_counters.stored;
            if (o.tokenless)
                ++m_counters.tokenlessStored;
            break;
        case IngestStatus::Duplicate: ++m_counters.duplicates; break;
        case IngestStatus::Conflict: ++m_counters.conflicts; break;
        case IngestStatus::Invalid: ++m_counters.invalid; break;
        }
        results.push_back(std::move(r));
    }
    co_return jsonResponse(200, encodeIngestResults(results));
}

HttpResponse RelayApi::getDirectory(const HttpRequest& request)
{
    auto latest = m_org.latestSignedDirectory();
    if (!latest)
        return jsonError(500, "directory unavailable");
    if (!*latest)
        return jsonError(503, "no directory has been published yet");
    return documentResponse(request, **latest);
}

HttpResponse RelayApi::getSupport(const HttpRequest& request)
{
    std::optional<Bytes> latest;
    const Status read = m_store.readConsistent([&](Db db) -> Status {
        auto l = latestSupport(db);
        if (!l)
            return l.error();
        latest = std::move(*l);
        return {};
    });
    if (!read)
        return jsonError(500, "support contacts unavailable");
    if (!latest)
        return jsonError(404, "no support contacts have been published yet");
    return documentResponse(request, *latest);
}

HttpResponse RelayApi::getKeySet(const HttpRequest& request)
{
    std::vector<Bytes> chain;
    const Status read = m_store.readConsistent([&](Db db) -> Status {
        auto c = keySetRotations(db);
        if (!c)
            return c.error();
        chain = std::move(*c);
        return {};
    });
    if (!read)
        return jsonError(500, "key set rotations unavailable");
    if (chain.empty())
        return jsonError(404, "no key set rotation yet: the registry's single root key signs");
    return documentResponse(request, encodeRotationChain(chain));
}

HttpResponse RelayApi::getMailbox(const HttpRequest& request, std::string_view prefix)
{
    if (!isMailboxPrefix(prefix))
        return jsonError(400, "a mailbox prefix is 0 to 64 lower-case hex digits");
    const auto after = parseSequence(request.query("after").value_or("0"));
    if (!after)
        return jsonError(400, "after must be a non-negative integer");
    auto items = m_store.mailbox(prefix, *after, kMaxFeedPage);
    if (!items)
        return jsonError(500, "mailbox unavailable");
    FeedPage page;
    page.next = *after;
    for (auto& item : *items) {
        page.next = item.seq;
        page.items.push_back(FeedItem{item.seq, toHex(item.mailbox), std::move(item.data)});
    }
    return jsonResponse(200, encodeFeedPage(page, Feed::Mailbox));
}

HttpResponse RelayApi::getBulletins(const HttpRequest& request)
{
    const auto after = parseSequence(request.query("after").value_or("0"));
    if (!after)
        return jsonError(400, "after must be a non-negative integer");
    FeedPage page;
    page.next = *after;
    auto lock = m_store.lock();
    auto stmt = m_store.db().prepare("SELECT sequence, signed FROM bulletins WHERE sequence > ? ORDER BY sequence LIMIT ?");
    if (!stmt)
        return jsonError(500, "bulletins unavailable");
    stmt->bind(1, *after).bind(2, static_cast<std::int64_t>(kMaxFeedPage));
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return jsonError(500, "bulletins unavailable");
        if (!*row)
            break;
        ByteView blob = stmt->blob(1);
        page.next = stmt->int64(0);
        page.items.push_back(FeedItem{page.next, {}, Bytes(blob.begin(), blob.end())});
    }
    return jsonResponse(200, encodeFeedPage(page, Feed::Bulletins));
}

HttpResponse RelayApi::getMetrics()
{
    std::string text;
    auto counter = [&](std::string_view name, std::string_view help, const std::atomic<std::uint64_t>& value) {
        prometheus::family(text, name, "counter", help);
        prometheus::sample(text, name, value.load(std::memory_order_relaxed));
    };
    counter("vigil_registry_envelopes_stored_total", "Envelopes that became new cases.", m_counters.stored);
    counter("vigil_registry_envelopes_duplicate_total", "Envelopes received again.", m_counters.duplicates);
    counter("vigil_registry_envelopes_conflict_total", "Envelopes refused: same report id, other content.",
            m_counters.conflicts);
    counter("vigil_registry_envelopes_invalid_total", "Envelopes refused as invalid.", m_counters.invalid);
    counter("vigil_registry_tokenless_stored_total",
            "New cases from envelopes without a filing token while issuer keys were published.",
            m_counters.tokenlessStored);
    counter("vigil_registry_requests_total", "HTTP requests answered.", m_counters.requests);
    if (auto overdue = m_cases.overdue(); overdue) {
        prometheus::family(text, "vigil_registry_cases_overdue", "gauge", "Open cases with a clock past its deadline.");
        prometheus::sample(text, "vigil_registry_cases_overdue", overdue->size());
    }
    m_counters.renderHttp(text, "vigil_registry");
    HttpResponse r;
    r.contentType = "text/plain; version=0.0.4";
    r.body = std::move(text);
    return r;
}

} // namespace vigil::registry
