// SPDX-License-Identifier: EUPL-1.2
#include "forwarder.h"

#include "envelopestore.h"
#include "forwardqueue.h"
#include "log.h"
#include "metrics.h"
#include "storeawait.h"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <sodium.h>

#include <algorithm>

namespace vigil::relay {

namespace {

constexpr auto kPurgeEvery = std::chrono::hours(1);

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
        std::vector<PendingEnvelope> batch;
        auto s = m_store.read([&](SqliteDb& db) -> Status {
            auto loaded = loadPending(db, m_options.settings.batchEnvelopes);
            if (!loaded)
                return loaded.error();
            batch = std::move(*loaded);
            return {};
        });
        if (!s) {
            m_log.error("forward queue unreadable", {{"error", s.error().message}});
            co_await sleep(backoff(++failures), false);
            continue;
        }
        if (batch.empty()) {
            co_await sleep(m_options.settings.idlePoll, true);
            continue;
        }
        std::shuffle(batch.begin(), batch.end(), m_rng);
        co_await sleep(holdBack(), false);
        if (m_stopped.load())
            break;
        if (co_await forwardBatch(batch)) {
            failures = 0;
        } else {
            m_metrics.forwardFailures.fetch_add(1, std::memory_order_relaxed);
            co_await sleep(backoff(++failures), false);
        }
    }
}

net::awaitable<bool> Forwarder::forwardBatch(std::vector<PendingEnvelope>& batch)
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

    auto response = co_await m_client.send(std::move(request));
    if (!response) {
        m_log.warn("upstream unreachable", {{"error", response.error().message}, {"queued", m_metrics.queueDepth.load()}});
        co_return false;
    }
    if (response->status != 200) {
        m_log.warn("upstream refused batch", {{"status", response->status}, {"envelopes", batch.size()}});
        co_return false;
    }
    auto results = decodeIngestResults(response->body, batch.size());
    if (!results || results->size() != batch.size()) {
        m_log.error("upstream answer unusable", {{"error", results ? "result count differs" : results.error().message}});
        co_return false;
    }
    auto outcomes = std::make_shared<std::vector<ForwardOutcome>>();
    outcomes->reserve(batch.size());
    for (std::size_t i = 0; i < batch.size(); ++i) {
        auto& r = (*results)[i];
        if (r.reportId && *r.reportId != batch[i].reportId) {
            m_log.error("upstream answer unusable", {{"error", "results are not in request order"}});
            co_return false;
        }
        outcomes->push_back({batch[i].id, r.status, std::move(r.receipt), std::move(r.reason)});
    }
    auto tally = std::make_shared<ForwardTally>();
    const auto now = m_store.now();
    MoveFunction<Status(SqliteDb&)> record = [outcomes, tally, now](SqliteDb& db) -> Status {
        auto t = recordForwardOutcomes(db, *outcomes, now);
        if (!t)
            return t.error();
        *tally = *t;
        return {};
    };
    Status s = co_await asyncWrite(m_store, std::move(record), net::use_awaitable);
    if (!s) {
        // The upstream has them; a later re-send is answered "duplicate", so nothing is lost.
        m_log.error("forward bookkeeping failed", {{"error", s.error().message}});
        co_return false;
    }
    m_metrics.forwarded.fetch_add(tally->acknowledged, std::memory_order_relaxed);
    m_metrics.queueDepth.fetch_sub(static_cast<std::int64_t>(tally->acknowledged + tally->deadLettered),
                                   std::memory_order_relaxed);
    if (tally->deadLettered > 0)
        m_log.warn("upstream refused envelopes; kept as dead letters", {{"count", tally->deadLettered}});
    m_log.debug("batch forwarded", {{"acknowledged", tally->acknowledged}});
    co_return true;
}

} // namespace vigil::relay
