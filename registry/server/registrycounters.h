// SPDX-License-Identifier: EUPL-1.2
#pragma once

// What the registry's GET /metrics reports beside its gauges: envelopes by outcome (the relay
// API) and requests answered (both APIs). Shared by the two route classes, owned by the server.

#include <atomic>
#include <cstdint>

namespace vigil::registry {

struct RegistryCounters {
    std::atomic<std::uint64_t> stored{0};
    std::atomic<std::uint64_t> duplicates{0};
    std::atomic<std::uint64_t> conflicts{0};
    std::atomic<std::uint64_t> invalid{0};
    std::atomic<std::uint64_t> requests{0};
};

} // namespace vigil::registry
