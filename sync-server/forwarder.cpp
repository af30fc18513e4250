// SPDX-License-Identifier: EUPL-1.2
#include "forwarder.h"

#include "envelopestore.h"
#include "forwardqueue.h"
#include "metrics.h"
#include "storeawait.h"
#include "upstreamupload.h"

#include "shared/net/log.h"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <sodium.h>

#include <algorithm>

namespace vigil::relay {

namespace {

constexpr auto kPurgeEvery = std::chrono::hours(1);
/// Requests in a row without an answer before batches shrink to a single envelope.
constexpr unsigned kIsolateAfter = 3;
/// Lone envelopes held back behind the others at most (then all get their turn again).
constexpr std::size_t kMaxDeferred = 1024;

/// A coarse, content-free label of a dead letter's reason for the log line.
std::string deadLetterKind(const std::string& reason)
{
    if (reason.starts_with("larger than"))
        return "too_large";
    if (reason.starts_with("refused by the upstream") || reason.starts_with("upload refused"))
        return "refused";
    return "answered";
}

std::uint64_t randomSeed()
{
    std::uint64_t seed = 0;
    randombytes_buf(&seed, sizeof seed);
    return seed;
}

} // namespace

Forwarder::Forwarder(net::io_context& ioc, EnvelopeStore& store, Metrics& metrics, Logger& log,
                     ForwarderOptions options)
    : m_strand(net::make_strand(ioc)),
      m_timer(m_strand),
      m_store(store),
      m_metrics(metrics),
      m_log(log),
      m_options(std::move(options)),
      m_client(m_strand, m_options.upstream,
               HttpClientOptions{m_options.settings.requestTimeout, m_options.settings.upstreamCaFile}),
      m_rng(randomSeed())
{
}

void Forwarder::start()
{
    net::co_spawn(m_strand, run(), [this](std::exception_ptr e) {
        if (e)
            m_log.error("forwarder stopped unexpectedly");
    });
}

void Forwarder::wake()
{
    m_wakePending.store(true);
    net::post(m_strand, [this] { m_timer.cancel(); });
}

void Forwarder::stop()
{
    m_stopped.store(true);
    net::post(m_strand, [this] {
        m_timer.cancel();
        m_client.close();
    });
}

std::chrono::milliseconds Forwarder::backoff(unsigned failures)
{
    // Jittered exponential backoff: uniform in [base/2, min(max, base * 2^failures)], so
    // relays that lost their uplink together do not all retry together when it returns.
    const auto base = m_options.settings.retryBase.count();
    const auto cap = m_options.settings.retryMax.count();
    const auto ceiling = std::min<std::int64_t>(cap, base << std::min(failures, 20u));
    std::uniform_int_distribution<std::int64_t> pick(base / 2, std::max(base / 2, ceiling));
    return std::chrono::milliseconds(pick(m_rng));
}

std::chrono::milliseconds Forwarder::holdBack()
{
    std::uniform_int_distribution<std::int64_t> pick(m_options.settings.delayMin.count(),
                                                     m_options.settings.delayMax.count());
    return std::chrono::milliseconds(pick(m_rng));
}

net::awaitable<void> Forwarder::sleep(std::chrono::milliseconds duration, bool wakeable)
{
    if (wakeable && m_wakePending.exchange(false))
        co_return;
    const auto deadline = std::chrono::steady_clock::now() + duration;
    // A wake-up cancels the timer; an unwakeable sleep (backoff, hold-back) goes back to sleep.
    while (!m_stopped.load() && std::chrono::steady_clock::now() < deadline) {
        m_timer.expires_at(deadline);
        co_await m_timer.async_wait(net::as_tuple(net::use_awaitable));
        if (wakeable && m_wakePending.exchange(false))
            co_return;
    }
}

net::awaitable<void> Forwarder::purgeIfDue()
{
    const auto now = std::chrono::steady_clock::now();
    if (m_lastPurge != std::chrono::steady_clock::time_point{} && now - m_lastPurge < kPurgeEvery)
        co_return;
    m_lastPurge = now;
    const auto retention = static_cast<std::uint64_t>(m_options.retention.count());
    const auto nowSeconds = m_store.now();
    const auto cutoff = nowSeconds > retention ? nowSeconds - retention : 0;
    auto purged = std::make_shared<std::int64_t>(0);
    // Named, never a lambda inside the co_await expression: GCC 12 destroys such a lambda's
    // captures twice (docs/relay.md, "Toolchain traps").
    MoveFunction<Status(SqliteDb&)> purge = [cutoff, purged](SqliteDb& db) -> Status {
        auto n = purgeTombstones(db, cutoff);
        if (!n)
            return n.error();
        *purged = *n;
        return {};
    };
    Status s = co_await asyncWrite(m_store, std::move(purge), net::use_awaitable);
    if (!s)
        m_log.warn("tombstone purge failed", {{"error", s.error().message}});
    else if (*purged > 0)
        m_log.info("tombstones purged", {{"count", *purged}});
}

net::awaitable<void> Forwarder::run()
{
    m_log.info("forwarder started", {{"tls", m_options.upstream.tls}});
    unsigned failures = 0;
    while (!m_stopped.load()) {
        co_await purgeIfDue();
        const Round round = co_await forwardRound();
        if (round == Round::Idle) {
            co_await sleep(m_options.settings.idlePoll, true);
        } else if (round == Round::Progress) {
            failures = 0;
        } else {
            m_metrics.forwardFailures.fetch_add(1, std::memory_order_relaxed);
            co_await sleep(backoff(++failures), false);
        }
    }
}

ForwardCaps Forwarder::currentCaps() const
{
    ForwardCaps caps;
    caps.batchBytes = m_options.settings.batchBytes;
    caps.batchEnvelopes = m_options.settings.batchEnvelopes;
    if (m_upstream) {
        caps.batchBytes = std::min(caps.batchBytes, m_upstream->maxBodyBytes);
        caps.batchEnvelopes = std::min(caps.batchEnvelopes, m_upstream->maxBatchEnvelopes);
        caps.upstreamMaxBody = m_upstream->maxBodyBytes;
        caps.upstreamMaxEnvelope = m_upstream->maxEnvelopeBytes;
        caps.uploads = m_upstream->uploadChunkBytes.has_value();
    }
    if (m_shrunkBytes > 0)
        caps.batchBytes = std::min(caps.batchBytes, m_shrunkBytes);
    if (m_shrunkCount > 0)
        caps.batchEnvelopes = std::min(caps.batchEnvelopes, m_shrunkCount);
    if (m_failStreak >= kIsolateAfter)
        caps.batchEnvelopes = 1;
    return caps;
}

net::awaitable<bool> Forwarder::learnLimits()
{
    HttpRequest request{"GET", std::string(kLimitsPath), {}, {}};
    auto response = co_await m_client.send(std::move(request));
    if (!response) {
        // Nothing would get through now; and sending before knowing its limits could send
        // a large envelope whole that an upload would have carried.
        m_log.warn("upstream unreachable", {{"error", response.error().message}, {"queued", m_metrics.queueDepth.load()}});
        co_return false;
    }
    if (response->status == 404 || response->status == 405) {
        // An upstream without the document (the registry, an older relay): configured caps,
        // and what its refusals teach us.
        m_upstream.reset();
        m_limitsKnown = true;
        co_return true;
    }
    if (response->status != 200)
        co_return true;   // busy: try with what we know, and ask again next round
    auto limits = decodeUpstreamLimits(response->body);
    if (!limits) {
        m_log.warn("upstream limits unusable", {{"error", limits.error().message}});
        co_return true;
    }
    m_upstream = *limits;
    m_limitsKnown = true;
    m_log.debug("upstream limits learned", {{"max_body_bytes", limits->maxBodyBytes},
                                            {"uploads", limits->uploadChunkBytes.has_value()}});
    co_return true;
}

net::awaitable<Forwarder::Round> Forwarder::forwardRound()
{
    if (!m_limitsKnown && !co_await learnLimits())
        co_return Round::Failed;
    const ForwardCaps caps = currentCaps();
    std::vector<PendingEnvelope> heads;
    auto s = m_store.read([&](SqliteDb& db) -> Status {
        auto loaded = loadPendingSizes(db, caps.batchEnvelopes, m_deferred);
        if (loaded && loaded->empty() && !m_deferred.empty()) {
            m_deferred.clear();   // only the deferred ones are left: their turn again
            loaded = loadPendingSizes(db, caps.batchEnvelopes, m_deferred);
        }
        if (!loaded)
            return loaded.error();
        heads = std::move(*loaded);
        return {};
    });
    if (!s) {
        m_log.error("forward queue unreadable", {{"error", s.error().message}});
        co_return Round::Failed;
    }
    if (heads.empty())
        co_return Round::Idle;
    ForwardPlan plan = planForward(std::move(heads), caps);
    Round round = Round::Idle;
    if (!plan.refused.empty()) {
        if (!co_await record(std::move(plan.refused)))
            co_return Round::Failed;
        round = Round::Progress;
    }
    if (plan.upload) {
        const std::size_t chunk = std::min(caps.batchBytes, m_upstream ? m_upstream->uploadChunkBytes.value_or(0) : 0);
        std::vector<PendingEnvelope> one{std::move(*plan.upload)};
        s = m_store.read([&one](SqliteDb& db) { return loadPayloads(db, one); });
        if (s && !one.empty()) {
            const Round sent = co_await sendUpload(one.front(), chunk);
            if (sent == Round::Failed)
                co_return sent;
            round = Round::Progress;
        }
    }
    if (plan.batch.empty() || m_stopped.load())
        co_return round;
    s = m_store.read([&plan](SqliteDb& db) { return loadPayloads(db, plan.batch); });
    if (!s || plan.batch.empty())
        co_return s ? round : Round::Failed;
    std::shuffle(plan.batch.begin(), plan.batch.end(), m_rng);
    co_await sleep(holdBack(), false);
    if (m_stopped.load())
        co_return round;
    const Round sent = co_await sendBatch(plan.batch);
    co_return sent == Round::Failed ? sent : Round::Progress;
}

Forwarder::Round Forwarder::transportFailure(std::span<const PendingEnvelope> sent, const std::string& error)
{
    m_log.warn("upstream unreachable", {{"error", error}, {"queued", m_metrics.queueDepth.load()}});
    m_limitsKnown = false;   // it may come back with other limits
    return unansweredFailure(sent);
}

Forwarder::Round Forwarder::unansweredFailure(std::span<const PendingEnvelope> sent)
{
    // Only requests that went out count here: after a failure the next round first asks
    // GET /v1/limits, and an upstream that does not answer that ends the round before any
    // envelope is sent. So a streak means the upstream answers, but not to these envelopes.
    if (++m_failStreak > kIsolateAfter && sent.size() == 1) {
        // Alone and still failing while the upstream answers otherwise: this envelope may be
        // what makes it fail. The others get their turn first; it is tried again after them.
        if (m_deferred.size() >= kMaxDeferred)
            m_deferred.clear();   // bounded: the queries skip these ids one by one
        m_deferred.push_back(sent.front().id);
    }
    return Round::Failed;
}

net::awaitable<Forwarder::Round> Forwarder::refusal(std::span<const PendingEnvelope> sent, std::size_t bodyBytes,
                                                   const HttpResponse& response)
{
    const UpstreamVerdict verdict = classifyStatus(response.status);
    m_metrics.forwardRefusals.fetch_add(1, std::memory_order_relaxed);
    m_log.warn("upstream refused a request", {{"status", response.status}, {"envelopes", sent.size()},
                                              {"bytes", bodyBytes}});
    if (sent.size() > 1) {
        // The upstream refused the request, not (yet) an envelope: halve it until it passes
        // or until one envelope alone is refused.
        if (verdict == UpstreamVerdict::TooLarge) {
            m_shrunkBytes = std::max<std::size_t>(1, bodyBytes / 2);
            m_limitsKnown = false;
        } else {
            m_shrunkCount = std::max<std::size_t>(1, sent.size() / 2);
        }
        co_return Round::Progress;
    }
    std::vector<ForwardOutcome> dead{{sent.front().id, IngestStatus::Invalid, {},
                                      "refused by the upstream on its own: " + refusalText(response)}};
    co_return co_await record(std::move(dead)) ? Round::Progress : Round::Failed;
}

net::awaitable<Forwarder::Round> Forwarder::sendBatch(std::vector<PendingEnvelope>& batch)
{
    std::vector<ByteView> views;
    views.reserve(batch.size());
    for (const auto& p : batch)
        views.push_back(p.payload);
    HttpRequest request;
    request.method = "POST";
    request.target = "/v1/envelopes";
    request.headers.emplace_back("Content-Type", std::string(kBatchContentType));
    const Bytes body = encodeBatch(views);
    request.body.assign(body.begin(), body.end());
    const std::size_t bodyBytes = body.size();

    auto response = co_await m_client.send(std::move(request));
    if (!response)
        co_return transportFailure(batch, response.error().message);
    switch (classifyStatus(response->status)) {
    case UpstreamVerdict::Answered: break;
    case UpstreamVerdict::Transient:
        m_log.warn("upstream busy or misdirected", {{"status", response->status}, {"envelopes", batch.size()}});
        // A 500 (the upstream's handler failed) may be caused by what we sent, like a dropped
        // connection: it counts towards isolating the envelope. 503 and 4xx are about the
        // upstream, not the envelopes.
        if (response->status >= 500 && response->status != 503)
            co_return unansweredFailure(batch);
        co_return Round::Failed;
    case UpstreamVerdict::TooLarge:
    case UpstreamVerdict::Refused: co_return co_await refusal(batch, bodyBytes, *response);
    }
    auto results = decodeIngestResults(response->body, batch.size());
    if (!results || results->size() != batch.size()) {
        m_log.error("upstream answer unusable", {{"error", results ? "result count differs" : results.error().message}});
        co_return transportFailure(batch, "answer unusable");
    }
    std::vector<ForwardOutcome> outcomes;
    outcomes.reserve(batch.size());
    for (std::size_t i = 0; i < batch.size(); ++i) {
        auto& r = (*results)[i];
        if (r.reportId && *r.reportId != batch[i].reportId) {
            m_log.error("upstream answer unusable", {{"error", "results are not in request order"}});
            co_return transportFailure(batch, "answer out of order");
        }
        outcomes.push_back({batch[i].id, r.status, std::move(r.receipt), std::move(r.reason)});
    }
    m_failStreak = 0;
    co_return co_await record(std::move(outcomes)) ? Round::Progress : Round::Failed;
}

net::awaitable<Forwarder::Round> Forwarder::sendUpload(PendingEnvelope& envelope, std::size_t chunkBytes)
{
    UploadOutcome outcome = co_await uploadEnvelope(m_client, envelope.payload, chunkBytes);
    const std::span<const PendingEnvelope> sent(&envelope, 1);
    switch (outcome.verdict) {
    case UpstreamVerdict::Answered: break;
    case UpstreamVerdict::Transient:
        if (outcome.status == 0)
            co_return transportFailure(sent, outcome.error);
        m_log.warn("upstream busy", {{"status", outcome.status}, {"upload_bytes", envelope.size}});
        co_return Round::Failed;
    case UpstreamVerdict::TooLarge:
    case UpstreamVerdict::Refused: {
        m_metrics.forwardRefusals.fetch_add(1, std::memory_order_relaxed);
        m_log.warn("upstream refused an upload", {{"status", outcome.status}, {"bytes", envelope.size}});
        std::vector<ForwardOutcome> dead{
            {envelope.id, IngestStatus::Invalid, {}, "upload refused by the upstream: " + outcome.error}};
        co_return co_await record(std::move(dead)) ? Round::Progress : Round::Failed;
    }
    }
    m_failStreak = 0;
    m_metrics.forwardUploads.fetch_add(1, std::memory_order_relaxed);
    std::vector<ForwardOutcome> outcomes{
        {envelope.id, outcome.result.status, std::move(outcome.result.receipt), std::move(outcome.result.reason)}};
    co_return co_await record(std::move(outcomes)) ? Round::Progress : Round::Failed;
}

net::awaitable<bool> Forwarder::record(std::vector<ForwardOutcome> decided)
{
    auto outcomes = std::make_shared<std::vector<ForwardOutcome>>(std::move(decided));
    auto tally = std::make_shared<ForwardTally>();
    const auto now = m_store.now();
    MoveFunction<Status(SqliteDb&)> work = [outcomes, tally, now](SqliteDb& db) -> Status {
        auto t = recordForwardOutcomes(db, *outcomes, now);
        if (!t)
            return t.error();
        *tally = *t;
        return {};
    };
    Status s = co_await asyncWrite(m_store, std::move(work), net::use_awaitable);
    if (!s) {
        // The upstream has them; a later re-send is answered "duplicate", so nothing is lost.
        m_log.error("forward bookkeeping failed", {{"error", s.error().message}});
        co_return false;
    }
    m_metrics.forwarded.fetch_add(tally->acknowledged, std::memory_order_relaxed);
    m_metrics.deadLettered.fetch_add(tally->deadLettered, std::memory_order_relaxed);
    m_metrics.queueDepth.fetch_sub(static_cast<std::int64_t>(tally->acknowledged + tally->deadLettered),
                                   std::memory_order_relaxed);
    if (tally->deadLettered > 0) {
        // The reason is in the dead_letters table; the log says only how many and of what kind.
        for (const auto& o : *outcomes)
            if (o.status != IngestStatus::Stored && o.status != IngestStatus::Duplicate)
                m_log.warn("envelope kept as dead letter", {{"status", std::string(enumName(o.status))},
                                                            {"reason_kind", deadLetterKind(o.reason)}});
    }
    m_log.debug("forward recorded", {{"acknowledged", tally->acknowledged}});
    co_return true;
}

} // namespace vigil::relay
