// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Counters and gauges of one relay process, rendered in the Prometheus text format
// (GET /metrics). Lock-free so the hot path (every request, every commit) pays an atomic add.
// No label ever carries a client address or report id.

#include <array>
#include <atomic>
#include <cstdint>
#include <string>

namespace vigil::relay {

/// Values the store computes on demand when /metrics is scraped.
struct MetricsSnapshot {
    double forwardLagSeconds = 0;   ///< age of the oldest envelope not yet acknowledged upstream
    std::int64_t deadLetters = 0;   ///< envelopes the upstream refused (conflict / invalid)
    std::int64_t uploadsOpen = 0;   ///< resumable uploads not yet complete
    std::int64_t uploadBytes = 0;   ///< bytes those hold on disk
};

class Metrics {
public:
    static constexpr std::array<double, 14> kLatencyBuckets{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                            0.1,    0.25,  0.5,    1.0,   2.5,  5.0,  10.0};

    std::atomic<std::uint64_t> stored{0};
    std::atomic<std::uint64_t> duplicates{0};
    std::atomic<std::uint64_t> conflicts{0};
    std::atomic<std::uint64_t> invalid{0};
    std::atomic<std::uint64_t> commits{0};
    std::atomic<std::uint64_t> commitFailures{0};
    std::atomic<std::uint64_t> forwarded{0};
    std::atomic<std::uint64_t> forwardFailures{0};
    std::atomic<std::uint64_t> forwardRefusals{0};   ///< upstream 4xx to a request we sent
    std::atomic<std::uint64_t> forwardUploads{0};    ///< envelopes forwarded by resumable upload
    std::atomic<std::uint64_t> deadLettered{0};      ///< envelopes made dead letters since start
    std::atomic<std::uint64_t> refusedTooLarge{0};
    std::atomic<std::uint64_t> refusedOverloaded{0};
    std::atomic<std::uint64_t> refusedBadRequest{0};
    std::atomic<std::uint64_t> timeouts{0};
    std::atomic<std::uint64_t> idleClosed{0};   ///< idle connections closed early to admit a new one
    std::atomic<std::uint64_t> uploadsCreated{0};
    std::atomic<std::uint64_t> uploadsCompleted{0};
    std::atomic<std::uint64_t> uploadsExpired{0};
    std::atomic<std::uint64_t> uploadsRefused{0};     ///< over a cap: open uploads, partial bytes, size
    std::atomic<std::uint64_t> uploadChunks{0};       ///< chunks durably appended
    std::atomic<std::uint64_t> uploadChunkBytes{0};
    std::atomic<std::uint64_t> uploadOffsetMismatches{0};
    std::atomic<std::int64_t> queueDepth{0};
    std::atomic<std::int64_t> connections{0};

    /// Records the time from a request's last byte read to its answer's last byte written.
    void observeRequest(double seconds);

    /// The text exposition of every metric, with the on-demand values in `snapshot`.
    std::string render(const MetricsSnapshot& snapshot) const;

private:
    std::array<std::atomic<std::uint64_t>, kLatencyBuckets.size()> m_buckets{};
    std::atomic<std::uint64_t> m_requests{0};
    std::atomic<std::uint64_t> m_latencyMicros{0};
};

} // namespace vigil::relay
