// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The counters the HTTP layer itself keeps (connections, refusals, timeouts, request
// latency), which a server's own metrics extend. Lock-free so the hot path (every request)
// pays an atomic add. No label ever carries a client address.

#include <array>
#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>

namespace vigil {

class HttpMetrics {
public:
    static constexpr std::array<double, 14> kLatencyBuckets{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                            0.1,    0.25,  0.5,    1.0,   2.5,  5.0,  10.0};

    std::atomic<std::uint64_t> refusedTooLarge{0};
    std::atomic<std::uint64_t> refusedOverloaded{0};
    std::atomic<std::uint64_t> refusedBadRequest{0};
    std::atomic<std::uint64_t> timeouts{0};
    std::atomic<std::uint64_t> idleClosed{0};   ///< idle connections closed early to admit a new one
    std::atomic<std::int64_t> connections{0};

    /// Records the time from a request's last byte read to its answer's last byte written.
    void observeRequest(double seconds);

    /// Appends these metrics in the text exposition, each name starting with `prefix`
    /// (e.g. "vigil_relay" gives vigil_relay_connections).
    void renderHttp(std::string& out, std::string_view prefix) const;

private:
    std::array<std::atomic<std::uint64_t>, kLatencyBuckets.size()> m_buckets{};
    std::atomic<std::uint64_t> m_requests{0};
    std::atomic<std::uint64_t> m_latencyMicros{0};
};

} // namespace vigil
