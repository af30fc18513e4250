// SPDX-License-Identifier: EUPL-1.2
#include "upstreamlimits.h"

#include "shared/jsonreader.h"

#include <boost/json/serialize.hpp>

#include <algorithm>

namespace vigil::relay {

namespace {

constexpr std::size_t kMaxDocumentBytes = 4096;

/// A positive integer field, or nullopt.
std::optional<std::size_t> positive(const boost::json::object& o, std::string_view key)
{
    const auto* v = o.if_contains(key);
    if (!v)
        return std::nullopt;
    if (v->is_uint64() && v->as_uint64() > 0)
        return static_cast<std::size_t>(v->as_uint64());
    if (v->is_int64() && v->as_int64() > 0)
        return static_cast<std::size_t>(v->as_int64());
    return std::nullopt;
}

} // namespace

HttpResponse limitsResponse(const Limits& limits, const UploadSettings* uploads)
{
    boost::json::object o;
    o.emplace("max_body_bytes", limits.maxBodyBytes);
    o.emplace("max_envelope_bytes", limits.maxEnvelopeBytes);
    o.emplace("max_batch_envelopes", limits.maxBatchEnvelopes);
    if (uploads) {
        boost::json::object u;
        // A chunk is also one request body, so the smaller of the two bounds it.
        u.emplace("max_chunk_bytes", std::min(uploads->maxChunkBytes, limits.maxBodyBytes));
        o.emplace("uploads", std::move(u));
    }
    HttpResponse r = jsonResponse(200, boost::json::serialize(o));
    r.headers.emplace_back("Cache-Control", "no-cache");
    return r;
}

Result<UpstreamLimits> decodeUpstreamLimits(std::string_view json)
{
    auto object = parseJsonObject(json, "limits", kMaxDocumentBytes, 3);
    if (!object)
        return object.error();
    UpstreamLimits out;
    const auto body = positive(*object, "max_body_bytes");
    const auto envelope = positive(*object, "max_envelope_bytes");
    const auto batch = positive(*object, "max_batch_envelopes");
    if (!body || !envelope || !batch)
        return Error{"limits: max_body_bytes, max_envelope_bytes and max_batch_envelopes must be positive integers"};
    out.maxBodyBytes = *body;
    out.maxEnvelopeBytes = *envelope;
    out.maxBatchEnvelopes = *batch;
    if (const auto* uploads = object->if_contains("uploads"); uploads && !uploads->is_null()) {
        const auto chunk = uploads->is_object() ? positive(uploads->as_object(), "max_chunk_bytes") : std::nullopt;
        if (!chunk)
            return Error{"limits.uploads.max_chunk_bytes: expected a positive integer"};
        out.uploadChunkBytes = *chunk;
    }
    return out;
}

} // namespace vigil::relay
