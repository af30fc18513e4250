// SPDX-License-Identifier: EUPL-1.2
#include "metrics.h"

#include "prometheus.h"

#include <cstdio>

namespace vigil {

void HttpMetrics::observeRequest(double seconds)
{
    // Buckets are stored non-cumulatively and summed at render time, so one add per request.
    for (std::size_t i = 0; i < kLatencyBuckets.size(); ++i) {
        if (seconds <= kLatencyBuckets[i]) {
            m_buckets[i].fetch_add(1, std::memory_order_relaxed);
            break;
        }
    }
    m_requests.fetch_add(1, std::memory_order_relaxed);
    m_latencyMicros.fetch_add(static_cast<std::uint64_t>(seconds * 1e6), std::memory_order_relaxed);
}

void HttpMetrics::renderHttp(std::string& out, std::string_view prefix) const
{
    using prometheus::family;
    using prometheus::sample;
    constexpr auto relaxed = std::memory_order_relaxed;
    const std::string p(prefix);

    family(out, p + "_connections", "gauge", "Open client connections.");
    sample(out, p + "_connections", connections.load(relaxed));
    const std::string refusals = p + "_refusals_total";
    family(out, refusals, "counter", "Requests or connections refused, by reason.");
    sample(out, refusals, refusedTooLarge.load(relaxed), "{reason=\"too_large\"}");
    sample(out, refusals, refusedOverloaded.load(relaxed), "{reason=\"overloaded\"}");
    sample(out, refusals, refusedBadRequest.load(relaxed), "{reason=\"bad_request\"}");
    sample(out, refusals, timeouts.load(relaxed), "{reason=\"timeout\"}");
    family(out, p + "_idle_closed_total", "counter",
           "Connections closed before their first request header to admit a new one (table full).");
    sample(out, p + "_idle_closed_total", idleClosed.load(relaxed));

    const std::string duration = p + "_request_duration_seconds";
    family(out, duration, "histogram", "Time to answer a request once it was read.");
    std::uint64_t cumulative = 0;
    for (std::size_t i = 0; i < kLatencyBuckets.size(); ++i) {
        cumulative += m_buckets[i].load(relaxed);
        char labels[48];
        std::snprintf(labels, sizeof labels, "{le=\"%g\"}", kLatencyBuckets[i]);
        sample(out, duration + "_bucket", cumulative, labels);
    }
    const auto count = m_requests.load(relaxed);
    sample(out, duration + "_bucket", count, "{le=\"+Inf\"}");
    sample(out, duration + "_sum", static_cast<double>(m_latencyMicros.load(relaxed)) / 1e6);
    sample(out, duration + "_count", count);
}

} // namespace vigil
