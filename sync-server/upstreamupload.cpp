// SPDX-License-Identifier: EUPL-1.2
#include "upstreamupload.h"

#include "uploadroutes.h"

#include "shared/envelope.h"

#include <boost/json/parse.hpp>

#include <algorithm>

namespace vigil::relay {

namespace {

UploadOutcome ended(const HttpResponse& r)
{
    UploadOutcome out;
    out.verdict = classifyStatus(r.status);
    if (out.verdict == UpstreamVerdict::Answered)   // a 2xx we did not expect here
        out.verdict = UpstreamVerdict::Transient;
    out.status = r.status;
    out.error = refusalText(r);
    return out;
}

UploadOutcome unanswered(const Error& e)
{
    UploadOutcome out;
    out.error = e.message;
    return out;
}

std::optional<std::uint64_t> offsetOf(const HttpResponse& r)
{
    auto v = parseSequence(r.header(kUploadOffsetHeader));
    return v ? std::optional<std::uint64_t>(static_cast<std::uint64_t>(*v)) : std::nullopt;
}

std::optional<std::string> uploadIdOf(const HttpResponse& r)
{
    boost::system::error_code ec;
    const auto v = boost::json::parse(r.body, ec);
    if (ec || !v.is_object())
        return std::nullopt;
    const auto* id = v.as_object().if_contains("upload");
    if (!id || !id->is_string() || id->as_string().size() != 32)
        return std::nullopt;
    return std::string(id->as_string());
}

/// The single result in a final answer, if `r` is one.
std::optional<IngestResult> finalResult(const HttpResponse& r)
{
    if (r.status != 200)
        return std::nullopt;
    auto results = decodeIngestResults(r.body, 1);
    if (!results || results->size() != 1)
        return std::nullopt;
    return std::move(results->front());
}

} // namespace

UpstreamVerdict classifyStatus(unsigned status)
{
    if (status >= 200 && status < 300)
        return UpstreamVerdict::Answered;
    if (status == 413)
        return UpstreamVerdict::TooLarge;
    // Only what the upstream says about the content we sent is a refusal. Anything else —
    // 404/405 (a wrong --upstream path), 401/403, 3xx — is about the setup, not about an
    // envelope, and must not turn healthy envelopes into dead letters: wait and retry.
    if (status == 400 || status == 409 || status == 422)
        return UpstreamVerdict::Refused;
    return UpstreamVerdict::Transient;
}

std::string refusalText(const HttpResponse& response)
{
    std::string text = "HTTP " + std::to_string(response.status);
    boost::system::error_code ec;
    const auto v = boost::json::parse(response.body, ec);
    if (!ec && v.is_object())
        if (const auto* e = v.as_object().if_contains("error"); e && e->is_string())
            text += ": " + std::string(e->as_string().data(), std::min<std::size_t>(e->as_string().size(), 200));
    return text;
}

net::awaitable<UploadOutcome> uploadEnvelope(HttpClient& client, ByteView envelope, std::size_t chunkBytes)
{
    chunkBytes = std::max<std::size_t>(chunkBytes, 1);
    HttpRequest create{"POST", "/v1/uploads", {{"Content-Type", "application/json"}},
                       "{\"size\":" + std::to_string(envelope.size()) + ",\"envelope_hash\":\""
                           + toHex(envelopeHash(envelope)) + "\"}"};
    auto created = co_await client.send(std::move(create));
    if (!created)
        co_return unanswered(created.error());
    const auto id = uploadIdOf(*created);
    const auto start = offsetOf(*created);
    if ((created->status != 200 && created->status != 201) || !id || !start)
        co_return ended(*created);
    std::uint64_t offset = std::min<std::uint64_t>(*start, envelope.size());
    const std::string target = "/v1/uploads/" + *id;
    // Each chunk goes once: after a lost answer the next attempt asks the durable offset
    // (by creating again) instead of resending bytes the upstream may already hold.
    for (;;) {
        const std::size_t n = std::min<std::size_t>(chunkBytes, envelope.size() - offset);
        HttpRequest patch{"PATCH", target, {{std::string(kUploadOffsetHeader), std::to_string(offset)}}, {}};
        if (n > 0) {
            patch.headers.emplace_back("Content-Type", std::string(kChunkContentType));
            patch.body.assign(reinterpret_cast<const char*>(envelope.data() + offset), n);
        }
        auto answer = co_await client.sendOnce(std::move(patch));
        if (!answer)
            co_return unanswered(answer.error());
        if (auto result = finalResult(*answer)) {
            UploadOutcome out;
            out.verdict = UpstreamVerdict::Answered;
            out.status = answer->status;
            out.result = std::move(*result);
            co_return out;
        }
        const auto next = offsetOf(*answer);
        const bool moved = (answer->status == 204 || answer->status == 409) && next && *next <= envelope.size()
                           && *next != offset;
        if (!moved) {
            UploadOutcome out = ended(*answer);
            // The upload expired or moved under us: the next attempt creates it again.
            if (answer->status == 404 || answer->status == 409)
                out.verdict = UpstreamVerdict::Transient;
            co_return out;
        }
        offset = *next;
    }
}

} // namespace vigil::relay
