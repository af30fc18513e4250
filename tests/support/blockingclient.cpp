// SPDX-License-Identifier: EUPL-1.2
#include "blockingclient.h"

#include "shared/batch.h"
#include "shared/envelope.h"

#include <boost/json/parse.hpp>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>

#include <optional>
#include <random>
#include <thread>

namespace vigil::tools {

namespace net = boost::asio;

struct BlockingClient::Impl {
    net::io_context ioc;
    HttpClient client;
    Impl(Url url, HttpClientOptions options) : client(ioc.get_executor(), std::move(url), std::move(options))
    {
    }
};

namespace {

// A named coroutine: its reference parameters outlive it, a lambda's captures would not.
net::awaitable<void> sendInto(HttpClient& client, HttpRequest request, bool once,
                              std::optional<Result<HttpResponse>>& out)
{
    if (once)
        out.emplace(co_await client.sendOnce(std::move(request)));
    else
        out.emplace(co_await client.send(std::move(request)));
}

} // namespace

BlockingClient::BlockingClient(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
BlockingClient::~BlockingClient() = default;
BlockingClient::BlockingClient(BlockingClient&&) noexcept = default;
BlockingClient& BlockingClient::operator=(BlockingClient&&) noexcept = default;

Result<BlockingClient> BlockingClient::connect(const std::string& url, HttpClientOptions options)
{
    auto parsed = Url::parse(url);
    if (!parsed)
        return parsed.error();
    return BlockingClient(std::make_unique<Impl>(std::move(*parsed), std::move(options)));
}

Result<HttpResponse> BlockingClient::send(HttpRequest request)
{
    return run(std::move(request), false);
}

Result<HttpResponse> BlockingClient::sendOnce(HttpRequest request)
{
    return run(std::move(request), true);
}

Result<HttpResponse> BlockingClient::run(HttpRequest request, bool once)
{
    std::optional<Result<HttpResponse>> out;
    net::co_spawn(m_impl->ioc, sendInto(m_impl->client, std::move(request), once, out), net::detached);
    m_impl->ioc.restart();
    m_impl->ioc.run();
    if (!out)
        return Error{"request did not complete"};
    return std::move(*out);
}

Result<HttpResponse> BlockingClient::get(std::string target, HeaderList headers)
{
    return send(HttpRequest{"GET", std::move(target), std::move(headers), {}});
}

Result<HttpResponse> BlockingClient::postJson(std::string target, std::string json, HeaderList headers)
{
    headers.emplace_back("Content-Type", "application/json");
    return send(HttpRequest{"POST", std::move(target), std::move(headers), std::move(json)});
}

Result<std::vector<IngestResult>> BlockingClient::upload(std::span<const ByteView> envelopes)
{
    const Bytes body = encodeBatch(envelopes);
    auto response = send(HttpRequest{"POST", "/v1/envelopes",
                                            {{"Content-Type", std::string(kBatchContentType)}}, toString(body)});
    if (!response)
        return response.error();
    if (response->status != 200)
        return Error{"upload refused with " + std::to_string(response->status) + ": " + response->body};
    return decodeIngestResults(response->body, envelopes.size());
}

namespace {

/// The Upload-Offset header of an answer, when it carries one.
std::optional<std::uint64_t> answeredOffset(const HttpResponse& r)
{
    auto v = parseSequence(r.header("Upload-Offset"));
    return v ? std::optional<std::uint64_t>(static_cast<std::uint64_t>(*v)) : std::nullopt;
}

/// One resumable upload as a small state machine: each step() sends one request and moves
/// `offset` to what the relay says is durable; nothing is ever assumed from a lost answer.
class ResumableUpload {
public:
    ResumableUpload(BlockingClient& client, ByteView envelope, const ResumableOptions& options, ResumableStats& stats)
        : m_client(client), m_envelope(envelope), m_options(options), m_stats(stats),
          m_hash(toHex(envelopeHash(envelope))), m_rng(std::random_device{}())
    {
    }

    Result<IngestResult> run()
    {
        const auto deadline = std::chrono::steady_clock::now() + m_options.giveUpAfter;
        int failures = 0;
        while (std::chrono::steady_clock::now() < deadline) {
            auto answer = send();
            ++m_stats.requests;
            if (!answer) {
                ++m_stats.failures;
                m_knowOffset = false;   // the chunk may or may not have been committed
                backoff(failures++);
                continue;
            }
            auto next = handle(*answer);
            if (!next)
                return next.error();
            if (*next)
                return std::move(**next);
            if (answer->status == 429 || answer->status >= 500)
                backoff(failures++);
            else
                failures = 0;
        }
        return Error{"resumable upload: gave up after " + std::to_string(m_stats.requests) + " requests"};
    }

private:
    Result<HttpResponse> send()
    {
        if (m_id.empty()) {
            const std::string body = "{\"size\":" + std::to_string(m_envelope.size()) + ",\"envelope_hash\":\"" + m_hash + "\"}";
            return m_client.postJson("/v1/uploads", body);
        }
        const std::string target = "/v1/uploads/" + m_id;
        if (!m_knowOffset)
            return m_client.get(target);
        const std::size_t n = std::min<std::size_t>(m_options.chunkBytes, m_envelope.size() - m_offset);
        const ByteView chunk = m_envelope.subspan(static_cast<std::size_t>(m_offset), n);
        m_stats.chunkBytes += n;
        HeaderList headers{{"Upload-Offset", std::to_string(m_offset)}};
        if (n > 0)
            headers.emplace_back("Content-Type", "application/offset+octet-stream");
        // Never resent blindly: after a lost answer the offset is asked first (the chunk may
        // have been committed), so a cut costs at most the bytes of this one chunk.
        return m_client.sendOnce(HttpRequest{"PATCH", target, std::move(headers), toString(chunk)});
    }

    /// A final result, nothing yet (keep going), or an error that retrying cannot cure.
    Result<std::optional<IngestResult>> handle(const HttpResponse& r)
    {
        if ((r.status == 200 || r.status == 201) && m_id.empty())
            return adopt(r);
        if (r.status == 200 && r.body.find("\"results\"") != std::string::npos) {
            auto results = decodeIngestResults(r.body, 1);
            if (!results || results->size() != 1)
                return Error{"resumable upload: an answer that is not a result: " + r.body.substr(0, 200)};
            return std::optional<IngestResult>(std::move(results->front()));
        }
        if (r.status == 200 || r.status == 204 || (r.status == 409 && !m_id.empty() && answeredOffset(r))) {
            if (auto offset = answeredOffset(r))
                moveTo(*offset);
            return std::optional<IngestResult>{};
        }
        if (r.status == 404) {   // expired (or the relay lost it): start again
            m_id.clear();
            return std::optional<IngestResult>{};
        }
        if (r.status == 429 || r.status >= 500)
            return std::optional<IngestResult>{};
        return Error{"resumable upload refused with " + std::to_string(r.status) + ": " + r.body};
    }

    Result<std::optional<IngestResult>> adopt(const HttpResponse& r)
    {
        boost::system::error_code ec;
        const auto v = boost::json::parse(r.body, ec);
        if (ec || !v.is_object() || !v.as_object().contains("upload") || !v.at("upload").is_string())
            return Error{"resumable upload: unexpected answer to create: " + r.body.substr(0, 200)};
        m_id = std::string(v.at("upload").as_string());
        if (auto offset = answeredOffset(r))
            moveTo(*offset);
        return std::optional<IngestResult>{};
    }

    void moveTo(std::uint64_t offset)
    {
        m_offset = std::min<std::uint64_t>(offset, m_envelope.size());
        m_knowOffset = true;
        if (m_options.progress)
            m_options.progress(m_offset, m_envelope.size());
    }

    void backoff(int failures)
    {
        const auto cap = std::min<std::int64_t>(m_options.retryMax.count(),
                                                m_options.retryBase.count() << std::min(failures, 20));
        std::uniform_int_distribution<std::int64_t> jitter(0, std::max<std::int64_t>(cap, 1));
        std::this_thread::sleep_for(std::chrono::milliseconds(jitter(m_rng)));
    }

    BlockingClient& m_client;
    ByteView m_envelope;
    const ResumableOptions& m_options;
    ResumableStats& m_stats;
    std::string m_hash;
    std::string m_id;
    std::uint64_t m_offset = 0;
    bool m_knowOffset = false;
    std::mt19937 m_rng;
};

} // namespace

Result<IngestResult> BlockingClient::uploadResumable(ByteView envelope, const ResumableOptions& options,
                                                     ResumableStats* stats)
{
    ResumableStats local;
    ResumableUpload upload(*this, envelope, options, stats ? *stats : local);
    return upload.run();
}

} // namespace vigil::tools
