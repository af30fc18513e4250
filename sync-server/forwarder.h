// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Sends stored envelopes upstream (another relay or the registry) with the same
// POST /v1/envelopes the devices use, in batches within the upstream's limits in bytes and
// count (learned from GET /v1/limits, else configured); an envelope too large for a batch
// goes by resumable upload when the upstream takes them. Each batch is shuffled and held back
// a random moment, so arrival order upstream does not mirror device sync order. Failures back
// off exponentially with full jitter. An envelope's payload is deleted only after the upstream
// answered stored or duplicate for it; conflict, invalid and a refusal of the envelope alone
// make it a dead letter, so no single envelope blocks the queue. State lives in the
// database, so a restarted relay simply continues.

#include "config.h"
#include "forwardplan.h"
#include "upstreamlimits.h"

#include "shared/net/httpclient.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>

#include <atomic>
#include <random>

namespace vigil::relay {

class EnvelopeStore;
class Metrics;

struct ForwarderOptions {
    Url upstream;
    ForwardSettings settings;
    std::chrono::seconds retention{std::chrono::hours(24 * 90)};
};

class Forwarder {
public:
    Forwarder(net::io_context& ioc, EnvelopeStore& store, Metrics& metrics, Logger& log, ForwarderOptions options);

    /// Starts the forwarding loop on its own strand.
    void start();
    /// Asks the loop to look at the queue now (called after each commit; thread-safe).
    void wake();
    /// Ends the loop at its next suspension point (thread-safe).
    void stop();

private:
    /// How a round went: nothing to do, something was decided, or the upstream failed.
    enum class Round { Idle, Progress, Failed };

    net::awaitable<void> run();
    net::awaitable<Round> forwardRound();
    /// Asks the upstream for GET /v1/limits; an upstream without it keeps the configured caps.
    /// False when the upstream did not answer at all.
    net::awaitable<bool> learnLimits();
    ForwardCaps currentCaps() const;
    net::awaitable<Round> sendBatch(std::vector<PendingEnvelope>& batch);
    net::awaitable<Round> sendUpload(PendingEnvelope& envelope, std::size_t chunkBytes);
    /// A request without an answer: after a few in a row the batch shrinks to one envelope,
    /// and a lone envelope that keeps failing waits behind the others.
    Round transportFailure(std::span<const PendingEnvelope> sent, const std::string& error);
    /// A request that failed in a way the envelopes may have caused (no answer, a 5xx other
    /// than 503): counts towards shrinking batches and deferring a lone envelope.
    Round unansweredFailure(std::span<const PendingEnvelope> sent);
    /// The upstream refused what we sent: smaller batches, or a dead letter for one envelope.
    net::awaitable<Round> refusal(std::span<const PendingEnvelope> sent, std::size_t bodyBytes,
                                  const HttpResponse& response);
    /// Records what the upstream answered (or why an envelope is dead); false if it failed.
    net::awaitable<bool> record(std::vector<ForwardOutcome> outcomes);
    net::awaitable<void> sleep(std::chrono::milliseconds duration, bool wakeable);
    net::awaitable<void> purgeIfDue();
    std::chrono::milliseconds backoff(unsigned failures);
    std::chrono::milliseconds holdBack();

    using Strand = net::strand<net::io_context::executor_type>;
    Strand m_strand;
    net::steady_timer m_timer;
    EnvelopeStore& m_store;
    Metrics& m_metrics;
    Logger& m_log;
    ForwarderOptions m_options;
    HttpClient m_client;
    std::mt19937_64 m_rng;
    std::atomic<bool> m_wakePending{false};
    std::atomic<bool> m_stopped{false};
    std::chrono::steady_clock::time_point m_lastPurge{};
    // What the forwarder learned about its upstream; only its strand touches these.
    std::optional<UpstreamLimits> m_upstream;
    bool m_limitsKnown = false;
    std::size_t m_shrunkBytes = 0;   ///< after a 413: at most this many bytes per batch (0: no cap)
    std::size_t m_shrunkCount = 0;   ///< after a 400 for a batch: at most this many envelopes (0: no cap)
    unsigned m_failStreak = 0;       ///< requests in a row without an answer
    std::vector<std::int64_t> m_deferred;   ///< lone envelopes that kept failing: the others go first
};

} // namespace vigil::relay
