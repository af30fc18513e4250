// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Resumable upload of one large envelope (docs/api.md, /v1/uploads): create (idempotent by
// envelope hash), ask the durable offset, append a chunk at exactly that offset. The last
// chunk runs the normal ingest (dedup, conflict, invalid, signed receipt, group commit) and
// answers like POST /v1/envelopes with one result.

#include "config.h"

#include "shared/hash.h"
#include "shared/net/router.h"

namespace vigil::relay {

class EnvelopeStore;
class Metrics;
struct UploadState;

/// The header that carries offsets, in requests and answers (as in the tus protocol).
inline constexpr std::string_view kUploadOffsetHeader = "Upload-Offset";
/// The content type of a PATCH body.
inline constexpr std::string_view kChunkContentType = "application/offset+octet-stream";

class UploadRoutes {
public:
    UploadRoutes(EnvelopeStore& store, Metrics& metrics, Logger& log, const Limits& limits,
                 const UploadSettings& settings);

    /// Adds POST /v1/uploads, GET (and HEAD) and PATCH /v1/uploads/{id} to `table`, and
    /// GET /v1/limits, which tells clients (a downstream relay's forwarder) what one request
    /// may hold and that uploads are served.
    void install(RouteTable& table);

    net::awaitable<HttpResponse> limits(HttpRequest request);
    net::awaitable<HttpResponse> create(HttpRequest request);
    net::awaitable<HttpResponse> status(HttpRequest request, std::string id);
    net::awaitable<HttpResponse> append(HttpRequest request, std::string id);

private:
    /// Assembles, verifies and ingests a complete upload; the answer of the last chunk.
    net::awaitable<HttpResponse> complete(const UploadState& state);
    std::uint64_t cutoff() const;

    EnvelopeStore& m_store;
    Metrics& m_metrics;
    Logger& m_log;
    Limits m_limits;
    UploadSettings m_settings;
};

} // namespace vigil::relay
