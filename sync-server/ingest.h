// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Turning a POST /v1/envelopes body into an ingest job: batch framing, then each envelope's
// shape and dedup key. Runs on the connection's thread, so the single writer only does
// database work. Pure (no I/O); the registry's ingest can reuse it.

#include "shared/movefunction.h"

#include "shared/batch.h"
#include "shared/tokens/tokenverifier.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace vigil::relay {

struct IngestLimits {
    std::size_t maxBatchEnvelopes = 1024;
    std::size_t maxEnvelopeBytes = 4u * 1024 * 1024;
    /// The filing-token rule (docs/protocol.md §11.3), one snapshot for the whole request;
    /// nullopt: tokens are not looked at.
    std::optional<tokens::TokenPolicy> tokens;
    std::int64_t now = 0;   ///< unix seconds, for the token's epoch window
};

/// One request's envelopes on their way through the writer. The job owns the request body;
/// `candidates` view into it, so a job is always handled through its unique_ptr.
struct IngestJob {
    struct Candidate {
        std::size_t index = 0;     ///< position in the request (and in `results`)
        ReportId reportId{};
        Hash32 envelopeHash{};
        ByteView bytes;
        /// The token to spend when this envelope is stored (its nonce goes into the spent set).
        std::optional<tokens::AcceptedToken> token;
        /// Why the token was refused: the writer still acknowledges a duplicate of a stored
        /// envelope (a resend must not fail because its epoch ended meanwhile), and answers
        /// anything else `invalid` with this reason, storing nothing.
        std::string tokenRefusal;
        /// Passed without a token while the relay held a key set (counted when stored).
        bool tokenless = false;
    };

    std::string body;
    std::vector<IngestResult> results;     ///< in request order; invalid ones are filled up front
    std::vector<Candidate> candidates;     ///< well-formed envelopes the writer decides on
    /// Called once, from the writer thread, after the commit (or its failure).
    MoveFunction<void(std::unique_ptr<IngestJob>, Status)> done;
};

/// Decodes the batch framing of `body` (an error is a batch-level 400) and checks each
/// envelope: too large or malformed ones become `invalid` results with a reason, the rest
/// become candidates with their report id, envelope hash and token decision (verified here,
/// on the connection's thread, so a flood of bad tokens costs the writer one lookup each).
Result<std::unique_ptr<IngestJob>> prepareIngest(std::string body, const IngestLimits& limits);

/// The same checks for one envelope that arrived without batch framing (a completed
/// resumable upload): a job with one result, and one candidate when the envelope is well-formed.
std::unique_ptr<IngestJob> prepareSingleIngest(std::string envelope, const IngestLimits& limits);

} // namespace vigil::relay
