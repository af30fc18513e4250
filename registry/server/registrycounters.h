// SPDX-License-Identifier: EUPL-1.2
#pragma once

// What the registry's GET /metrics reports beside its gauges: envelopes by outcome (the relay
// API), requests answered (both APIs), and the HTTP layer's own counters (connections,
// refusals, timeouts, latency; shared/net/metrics.h), as the relay's /metrics does. Shared by
// the two route classes and the HTTP server, owned by the registry server.

#include "shared/net/metrics.h"

#include <atomic>
#include <cstdint>

namespace vigil::registry {

struct RegistryCounters : HttpMetrics {
    std::atomic<std::uint64_t> stored{0};
    std::atomic<std::uint64_t> duplicates{0};
    std::atomic<std::uint64_t> conflicts{0};
    std::atomic<std::uint64_t> invalid{0};
    /// New cases from envelopes without a filing token while issuer keys were published.
    std::atomic<std::uint64_t> tokenlessStored{0};
    std::atomic<std::uint64_t> requests{0};
};

} // namespace vigil::registry
