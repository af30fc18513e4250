// SPDX-License-Identifier: EUPL-1.2
#pragma once

// What a server accepts in one request, as it tells its clients at GET /v1/limits
// (docs/api.md): the body limit, the envelope limit, the batch count limit, and whether it
// takes resumable uploads (and how large a chunk may be). A relay serves it; a relay's
// forwarder reads it from its upstream so its batches never exceed what the upstream takes.

#include "config.h"

#include "shared/net/httpmessage.h"
#include "shared/result.h"

#include <cstddef>
#include <optional>
#include <string_view>

namespace vigil::relay {

/// The path of the limits document.
inline constexpr std::string_view kLimitsPath = "/v1/limits";

struct UpstreamLimits {
    std::size_t maxBodyBytes = 0;
    std::size_t maxEnvelopeBytes = 0;
    std::size_t maxBatchEnvelopes = 0;
    /// Set when the server takes POST/PATCH /v1/uploads: the largest chunk it accepts.
    std::optional<std::size_t> uploadChunkBytes;
};

/// The answer to GET /v1/limits for a server with `limits` (and `uploads` when it serves them).
HttpResponse limitsResponse(const Limits& limits, const UploadSettings* uploads);

/// Decodes a limits document. Unknown fields are ignored (a newer upstream may announce more);
/// a missing or non-positive limit is an error.
[[nodiscard]] Result<UpstreamLimits> decodeUpstreamLimits(std::string_view json);

} // namespace vigil::relay
