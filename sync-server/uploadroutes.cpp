// SPDX-License-Identifier: EUPL-1.2
#include "uploadroutes.h"

#include "envelopestore.h"
#include "metrics.h"
#include "relayroutes.h"
#include "storeawait.h"
#include "uploadstore.h"
#include "upstreamlimits.h"

#include "shared/envelope.h"
#include "shared/jsonreader.h"
#include "shared/net/log.h"

#include <boost/asio/use_awaitable.hpp>
#include <boost/json/serialize.hpp>

#include <sodium.h>

#include <limits>

namespace vigil::relay {

namespace {

constexpr auto kRelaxed = std::memory_order_relaxed;
constexpr std::string_view kRetryAfterQuota = "60";

bool isUploadId(std::string_view id)
{
    return id.size() == 32
           && std::all_of(id.begin(), id.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

/// Random, not derived from the hash: the id in URLs (and in any proxy's access log) says
/// nothing about the envelope. Idempotence comes from the UNIQUE envelope_hash instead.
std::string newUploadId()
{
    FixedBytes<16> id{};
    randombytes_buf(id.data(), id.size());
    return toHex(id);
}

HttpResponse withOffset(HttpResponse r, std::uint64_t offset)
{
    r.headers.emplace_back(std::string(kUploadOffsetHeader), std::to_string(offset));
    r.headers.emplace_back("Cache-Control", "no-store");
    return r;
}

HttpResponse stateResponse(unsigned status, const UploadState& s)
{
    boost::json::object o;
    o.emplace("upload", s.id);
    o.emplace("offset", s.received);
    o.emplace("size", s.size);
    return withOffset(jsonResponse(status, boost::json::serialize(o)), s.received);
}

HttpResponse storageError(const Error& e)
{
    HttpResponse r = jsonError(503, "storage unavailable; nothing in this request was acknowledged: " + e.message);
    r.headers.emplace_back("Retry-After", "5");
    return r;
}

HttpResponse quotaRefusal(std::string_view message)
{
    HttpResponse r = jsonError(429, message);
    r.headers.emplace_back("Retry-After", std::string(kRetryAfterQuota));
    return r;
}

struct CreateRequest {
    std::uint64_t size = 0;
    Hash32 hash{};
};

/// True when the request says its body is JSON (parameters after ';' aside).
bool isJson(const HttpRequest& request)
{
    std::string_view type = request.header("Content-Type");
    return type.substr(0, type.find(';')) == "application/json";
}

Result<CreateRequest> parseCreate(const HttpRequest& request)
{
    auto object = parseJsonObject(request.body, "upload", 1024, 2);
    if (!object)
        return object.error();
    JsonReader r(*object, "upload");
    CreateRequest out;
    out.size = static_cast<std::uint64_t>(r.integer("size", 1, std::numeric_limits<std::int64_t>::max()));
    const std::string hex = r.text("envelope_hash", 64);
    if (auto s = r.finish(); !s)
        return s.error();
    auto hash = fixedFromHex<32>(hex);
    if (!hash)
        return Error{"upload.envelope_hash: " + hash.error().message};
    out.hash = *hash;
    return out;
}

/// The answer to a PATCH once the writer decided, unless the upload just became complete.
std::optional<HttpResponse> appendAnswer(const AppendAnswer& out, std::int64_t offset, std::size_t chunkBytes,
                                         Metrics& metrics)
{
    switch (out.outcome) {
    case AppendOutcome::Missing: return jsonError(404, "no such upload (expired, or never existed)");
    case AppendOutcome::WrongOffset: {
        metrics.uploadOffsetMismatches.fetch_add(1, kRelaxed);
        boost::json::object o;
        o.emplace("error", "Upload-Offset " + std::to_string(offset) + " is not the durable offset "
                               + std::to_string(out.state.received) + "; continue from there");
        o.emplace("offset", out.state.received);
        return withOffset(jsonResponse(409, boost::json::serialize(o)), out.state.received);
    }
    case AppendOutcome::PastEnd:
        return jsonError(400, "chunk runs past the announced size of " + std::to_string(out.state.size));
    case AppendOutcome::Appended: break;
    }
    if (chunkBytes > 0) {
        metrics.uploadChunks.fetch_add(1, kRelaxed);
        metrics.uploadChunkBytes.fetch_add(chunkBytes, kRelaxed);
    }
    if (out.state.received < out.state.size) {
        HttpResponse r;
        r.status = 204;
        return withOffset(std::move(r), out.state.received);
    }
    if (out.state.result)   // completed before: the same answer again
        return withOffset(jsonResponse(200, *out.state.result), out.state.size);
    return std::nullopt;
}

/// The answer of a completion whose bytes did not hash to the announced value: the answer an
/// earlier completion recorded, if there is one, else invalid (nothing was stored).
HttpResponse mismatchAnswer(std::optional<std::string> earlier, std::uint64_t size, Metrics& metrics)
{
    if (earlier)
        return withOffset(jsonResponse(200, std::move(*earlier)), size);
    IngestResult invalid;
    invalid.reason = "upload: the bytes received do not match envelope_hash; nothing was stored";
    metrics.invalid.fetch_add(1, kRelaxed);
    return withOffset(jsonResponse(200, encodeIngestResults(std::span(&invalid, 1))), size);
}

} // namespace

UploadRoutes::UploadRoutes(EnvelopeStore& store, Metrics& metrics, Logger& log, const Limits& limits,
                           const UploadSettings& settings)
    : m_store(store), m_metrics(metrics), m_log(log), m_limits(limits), m_settings(settings)
{
}

void UploadRoutes::install(RouteTable& table)
{
    table.add("GET", std::string(kLimitsPath), [this](HttpRequest r, std::string) { return limits(std::move(r)); });
    table.add("POST", "/v1/uploads", [this](HttpRequest r, std::string) { return create(std::move(r)); });
    table.addPrefix("GET", "/v1/uploads/",
                    [this](HttpRequest r, std::string id) { return status(std::move(r), std::move(id)); });
    table.addPrefix("PATCH", "/v1/uploads/",
                    [this](HttpRequest r, std::string id) { return append(std::move(r), std::move(id)); });
}

net::awaitable<HttpResponse> UploadRoutes::limits(HttpRequest)
{
    co_return limitsResponse(m_limits, &m_settings);
}

std::uint64_t UploadRoutes::cutoff() const
{
    const auto now = m_store.now();
    const auto expiry = static_cast<std::uint64_t>(m_settings.expiry.count());
    return now > expiry ? now - expiry : 0;
}

net::awaitable<HttpResponse> UploadRoutes::create(HttpRequest request)
{
    if (!isJson(request)) {
        m_metrics.refusedBadRequest.fetch_add(1, kRelaxed);
        co_return jsonError(415, "Content-Type must be application/json");
    }
    auto parsed = parseCreate(request);
    if (!parsed) {
        m_metrics.refusedBadRequest.fetch_add(1, kRelaxed);
        co_return jsonError(400, parsed.error().message);
    }
    if (parsed->size > m_limits.maxEnvelopeBytes) {
        m_metrics.uploadsRefused.fetch_add(1, kRelaxed);
        co_return jsonError(413, "upload: " + std::to_string(parsed->size) + " bytes exceeds the envelope limit of "
                                     + std::to_string(m_limits.maxEnvelopeBytes));
    }
    struct Out {
        std::int64_t expired = 0;
        CreateAnswer answer;
    };
    auto out = std::make_shared<Out>();
    const UploadQuota quota{m_settings.maxOpen, m_settings.maxPartialBytes};
    const auto now = m_store.now();
    const auto cut = cutoff();
    // Expired partials go first, in the same transaction, so they never count against the caps.
    // Named, not a temporary inside the co_await: GCC 12 destroys such temporaries twice.
    MoveFunction<Status(SqliteDb&)> work = [out, req = *parsed, quota, now, cut,
                                            id = newUploadId()](SqliteDb& db) -> Status {
        auto expired = purgeExpiredUploads(db, cut);
        if (!expired)
            return expired.error();
        out->expired = *expired;
        auto answer = createUpload(db, req.hash, req.size, quota, now, id);
        if (!answer)
            return answer.error();
        out->answer = std::move(*answer);
        return {};
    };
    Status s = co_await asyncWrite(m_store, std::move(work), net::use_awaitable);
    if (!s)
        co_return storageError(s.error());
    if (out->expired > 0) {
        m_metrics.uploadsExpired.fetch_add(static_cast<std::uint64_t>(out->expired), kRelaxed);
        m_log.info("uploads expired", {{"count", out->expired}});
    }
    switch (out->answer.outcome) {
    case CreateOutcome::Created:
        m_metrics.uploadsCreated.fetch_add(1, kRelaxed);
        co_return stateResponse(201, out->answer.state);
    case CreateOutcome::Existing: co_return stateResponse(200, out->answer.state);
    case CreateOutcome::SizeMismatch:
        co_return jsonError(409, "an upload of this envelope_hash exists with another size");
    case CreateOutcome::TooManyOpen:
        m_metrics.uploadsRefused.fetch_add(1, kRelaxed);
        co_return quotaRefusal("too many uploads in progress; retry later");
    case CreateOutcome::NoSpace:
        m_metrics.uploadsRefused.fetch_add(1, kRelaxed);
        co_return quotaRefusal("not enough room for partial uploads; retry later");
    }
    co_return jsonError(500, "internal error");
}

net::awaitable<HttpResponse> UploadRoutes::status(HttpRequest, std::string id)
{
    if (!isUploadId(id))
        co_return jsonError(404, "no such upload");
    std::optional<UploadState> state;
    const auto cut = cutoff();
    auto s = m_store.read([&](SqliteDb& db) -> Status {
        auto loaded = loadUpload(db, id, cut);
        if (!loaded)
            return loaded.error();
        state = std::move(*loaded);
        return {};
    });
    if (!s)
        co_return storageError(s.error());
    if (!state)
        co_return jsonError(404, "no such upload (it completed long ago, expired, or never existed)");
    co_return stateResponse(200, *state);
}

net::awaitable<HttpResponse> UploadRoutes::append(HttpRequest request, std::string id)
{
    if (!isUploadId(id))
        co_return jsonError(404, "no such upload");
    std::string_view type = request.header("Content-Type");
    type = type.substr(0, type.find(';'));
    if (type != kChunkContentType && !request.body.empty()) {
        m_metrics.refusedBadRequest.fetch_add(1, kRelaxed);
        co_return jsonError(415, "Content-Type must be " + std::string(kChunkContentType));
    }
    const auto offset = parseSequence(request.header(kUploadOffsetHeader));
    if (!offset) {
        m_metrics.refusedBadRequest.fetch_add(1, kRelaxed);
        co_return jsonError(400, "Upload-Offset must be a non-negative integer");
    }
    if (request.body.size() > std::min(m_settings.maxChunkBytes, m_limits.maxBodyBytes)) {
        m_metrics.refusedTooLarge.fetch_add(1, kRelaxed);
        co_return jsonError(413, "chunk exceeds the limit of " + std::to_string(m_settings.maxChunkBytes) + " bytes");
    }
    const std::size_t chunkBytes = request.body.size();
    auto out = std::make_shared<AppendAnswer>();
    MoveFunction<Status(SqliteDb&)> work = [out, id, at = static_cast<std::uint64_t>(*offset),
                                            body = std::move(request.body), now = m_store.now(),
                                            cut = cutoff()](SqliteDb& db) -> Status {
        auto answer = appendChunk(db, id, at, asBytes(body), now, cut);
        if (!answer)
            return answer.error();
        *out = std::move(*answer);
        return {};
    };
    Status s = co_await asyncWrite(m_store, std::move(work), net::use_awaitable);
    if (!s)
        co_return storageError(s.error());
    // The COMMIT returned: the offset in every answer below is durable. (The answers are
    // built outside the coroutine: a larger frame makes GCC 12 report a false
    // -Wmismatched-new-delete on Asio's frame allocator.)
    if (auto answer = appendAnswer(*out, *offset, chunkBytes, m_metrics))
        co_return std::move(*answer);
    const UploadState whole = std::move(out->state);
    HttpResponse answer = co_await complete(whole);
    co_return answer;
}

net::awaitable<HttpResponse> UploadRoutes::complete(const UploadState& state)
{
    std::string bytes;
    auto s = m_store.read([&](SqliteDb& db) -> Status {
        auto assembled = assembleUpload(db, state.id);
        if (!assembled)
            return assembled.error();
        bytes = std::move(*assembled);
        return {};
    });
    if (!s)
        co_return storageError(s.error());
    if (bytes.size() != state.size || envelopeHash(asBytes(bytes)) != state.envelopeHash) {
        // Either the bytes are wrong, or another completion of this upload (the last chunk
        // racing an empty PATCH that re-asks) finished first and deleted the chunks. Its
        // recorded answer then stands; only a real mismatch drops the partial (a retry
        // starts from zero) and answers invalid.
        auto earlier = std::make_shared<std::optional<std::string>>();
        MoveFunction<Status(SqliteDb&)> drop = [id = state.id, earlier](SqliteDb& db) -> Status {
            auto answer = dropUnlessFinished(db, id);
            if (!answer)
                return answer.error();
            *earlier = std::move(*answer);
            return {};
        };
        Status dropped = co_await asyncWrite(m_store, std::move(drop), net::use_awaitable);
        if (!dropped)
            co_return storageError(dropped.error());
        co_return mismatchAnswer(std::move(*earlier), state.size, m_metrics);
    }
    IngestLimits limits{1, m_limits.maxEnvelopeBytes, m_store.tokenPolicy(), static_cast<std::int64_t>(m_store.now())};
    auto job = prepareSingleIngest(std::move(bytes), limits);
    IngestOutcome outcome = co_await asyncIngest(m_store, std::move(job), net::use_awaitable);
    if (!outcome.status)
        co_return storageError(outcome.status.error());
    countIngestResults(m_metrics, *outcome.job);
    std::string result = encodeIngestResults(outcome.job->results);
    // The envelope is durable now. Should this second write fail (or the relay die before
    // it), the chunks stay: the client's retry completes again and gets "duplicate" with
    // the same receipt.
    // Two completions of one upload may both get here; the first answer recorded is the one
    // every client gets, now and at every re-ask until the upload expires.
    auto recorded = std::make_shared<std::string>(result);
    MoveFunction<Status(SqliteDb&)> finish = [id = state.id, result, now = m_store.now(),
                                              recorded](SqliteDb& db) -> Status {
        auto kept = finishUpload(db, id, result, now);
        if (!kept)
            return kept.error();
        *recorded = std::move(*kept);
        return {};
    };
    Status finished = co_await asyncWrite(m_store, std::move(finish), net::use_awaitable);
    if (!finished)
        m_log.warn("upload cleanup failed", {{"error", finished.error().message}});
    m_metrics.uploadsCompleted.fetch_add(1, kRelaxed);
    HttpResponse r = withOffset(jsonResponse(200, std::move(*recorded)), state.size);
    co_return r;
}

} // namespace vigil::relay
