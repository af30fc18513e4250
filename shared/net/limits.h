// SPDX-License-Identifier: EUPL-1.2
#pragma once

// What one HTTP server accepts from a client: sizes and deadlines. Both servers read these
// from their configuration (the relay's TOML, the registry's flags) and hand them to
// HttpServer; the envelope caps also bound what a batch body may hold.

#include <chrono>
#include <cstddef>

namespace vigil {

using Millis = std::chrono::milliseconds;

struct Limits {
    std::size_t maxBodyBytes = 8u * 1024 * 1024;
    std::size_t maxEnvelopeBytes = 4u * 1024 * 1024;
    std::size_t maxBatchEnvelopes = 1024;
    std::size_t maxConnections = 512;
    std::size_t maxHeaderBytes = 16 * 1024;
    Millis headerTimeout{10'000};   ///< from connection (or previous answer) to the end of the headers
    Millis bodyTimeout{60'000};     ///< from the end of the headers to the end of the body
    Millis writeTimeout{30'000};
    /// With the connection table full, a connection that has not completed a request header
    /// for this long is closed (oldest first) to admit a new one.
    Millis idleEvictAfter{1'000};
};

} // namespace vigil
