// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Sends stored envelopes upstream (another relay or the registry) with the same
// POST /v1/envelopes the devices use. Each batch is shuffled and held back a random moment,
// so arrival order upstream does not mirror device sync order. Failures back off
// exponentially with full jitter. An envelope's payload is deleted only after the upstream
// answered stored or duplicate for it; conflict and invalid become dead letters. State
// lives in the database, so a restarted relay simply continues.

#include "config.h"
#include "httpclient.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>

#include <atomic>
#include <random>

namespace vigil::relay {

class EnvelopeStore;
class Logger;
class Metrics;
struct PendingEnvelope;

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
    net::awaitable<void> run();
    /// Sends one batch; false when the upstream failed (the caller backs off).
    net::awaitable<bool> forwardBatch(std::vector<PendingEnvelope>& batch);
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
};

} // namespace vigil::relay
