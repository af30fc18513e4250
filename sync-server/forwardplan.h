// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Which waiting envelopes go upstream in the next round, and how: packed into one batch
// within the upstream's limits in bytes and count, alone by resumable upload when too large
// for a batch, or not at all when the upstream can never take them (they become dead letters
// at once instead of blocking the queue). A pure function, so the rules are tested directly.

#include "forwardqueue.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace vigil::relay {

struct ForwardCaps {
    std::size_t batchBytes = 1024 * 1024;   ///< most bytes in one batch request's body
    std::size_t batchEnvelopes = 256;
    std::optional<std::size_t> upstreamMaxBody;       ///< when the upstream told us (GET /v1/limits)
    std::optional<std::size_t> upstreamMaxEnvelope;
    bool uploads = false;                             ///< the upstream takes resumable uploads
};

struct ForwardPlan {
    std::vector<PendingEnvelope> batch;      ///< POST /v1/envelopes, together
    std::optional<PendingEnvelope> upload;   ///< alone, by resumable upload
    std::vector<ForwardOutcome> refused;     ///< the upstream can never take these (status Invalid + reason)
};

/// The body size of a batch holding envelopes of these sizes (shared/batch.h framing).
std::size_t batchBodyBytes(std::size_t envelopes, std::size_t payloadBytes);

/// Plans one round over `pending` (oldest first). An envelope whose batch of one exceeds
/// `batchBytes` goes by upload when the upstream takes uploads, else alone in a batch of its
/// own (unless the upstream's body limit is known to be smaller: then it is refused here).
/// Envelopes that do not fit this round stay waiting for the next one.
ForwardPlan planForward(std::vector<PendingEnvelope> pending, const ForwardCaps& caps);

} // namespace vigil::relay
