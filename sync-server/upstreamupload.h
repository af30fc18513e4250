// SPDX-License-Identifier: EUPL-1.2
#pragma once

// How the forwarder reads an upstream's answers, and the resumable upload of one envelope to
// an upstream that takes them (docs/api.md, /v1/uploads). One place decides what a status
// means: a refusal (413, 400, 409, 422) is the upstream's answer about what we sent, never a
// sign that it is unreachable; no answer, 408, 429, 5xx and the other 4xx (about the setup,
// not the envelopes) are worth the same request again later.

#include "shared/batch.h"
#include "shared/net/httpclient.h"

#include <string>

namespace vigil::relay {

enum class UpstreamVerdict {
    Answered,    ///< 2xx
    Transient,   ///< no answer, 408, 425, 429, 5xx: send the same again after a backoff
    TooLarge,    ///< 413: the request was too large; smaller requests may pass
    Refused,     ///< 400, 409, 422: what we sent is refused, and will be again
};

/// What an HTTP status means for a request the forwarder sent.
UpstreamVerdict classifyStatus(unsigned status);

/// The "error" text of a JSON refusal (at most 200 bytes), or the status alone.
std::string refusalText(const HttpResponse& response);

/// The end of one resumable upload attempt.
struct UploadOutcome {
    UpstreamVerdict verdict = UpstreamVerdict::Transient;
    IngestResult result;    ///< when Answered: the upstream's ingest result for the envelope
    unsigned status = 0;    ///< the HTTP status that ended it (0: no answer)
    std::string error;      ///< why it did not end with a result (no content, no address)
};

/// Uploads `envelope` through POST/PATCH /v1/uploads in chunks of `chunkBytes`, continuing
/// from the upstream's durable offset (an earlier attempt's chunks are kept upstream). Ends
/// at the result, at a refusal, or at the first failure (the caller backs off and calls again).
net::awaitable<UploadOutcome> uploadEnvelope(HttpClient& client, ByteView envelope, std::size_t chunkBytes);

} // namespace vigil::relay
