// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Counters and gauges of one relay process, rendered in the Prometheus text format
// (GET /metrics): the relay's own beside the HTTP layer's (shared/net/metrics.h). Lock-free so
// the hot path (every request, every commit) pays an atomic add. No label ever carries a
// client address or report id.

#include "shared/net/metrics.h"

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

class Metrics : public HttpMetrics {
public:
    std::atomic<std::uint64_t> stored{0};
    std::atomic<std::uint64_t> duplicates{0};
    std::atomic<std::uint64_t> conflicts{0};
    std::atomic<std::uint64_t> invalid{0};
    /// Stored without a filing token while the relay held issuer keys (the grace, or
    /// `require = false`): devices still filing without tokens, counted without identifiers.
    std::atomic<std::uint64_t> tokenlessStored{0};
    std::atomic<std::uint64_t> commits{0};
    std::atomic<std::uint64_t> commitFailures{0};
    std::atomic<std::uint64_t> forwarded{0};
    std::atomic<std::uint64_t> forwardFailures{0};
    std::atomic<std::uint64_t> forwardRefusals{0};   ///< upstream 4xx to a request we sent
    std::atomic<std::uint64_t> forwardUploads{0};    ///< envelopes forwarded by resumable upload
    std::atomic<std::uint64_t> deadLettered{0};      ///< envelopes made dead letters since start
    std::atomic<std::uint64_t> uploadsCreated{0};
    std::atomic<std::uint64_t> uploadsCompleted{0};
    std::atomic<std::uint64_t> uploadsExpired{0};
    std::atomic<std::uint64_t> uploadsRefused{0};     ///< over a cap: open uploads, partial bytes, size
    std::atomic<std::uint64_t> uploadChunks{0};       ///< chunks durably appended
    std::atomic<std::uint64_t> uploadChunkBytes{0};
    std::atomic<std::uint64_t> uploadOffsetMismatches{0};
    std::atomic<std::int64_t> queueDepth{0};

    /// The text exposition of every metric, with the on-demand values in `snapshot`.
    std::string render(const MetricsSnapshot& snapshot) const;
};

} // namespace vigil::relay
