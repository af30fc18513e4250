// SPDX-License-Identifier: EUPL-1.2
#pragma once

// A blocking HTTP client over vigil_net's coroutine HttpClient, for command-line tools and
// tests that do one request at a time (the demo's simulated device and advisor, the fault
// harness's resumable uploads, loopback.h's Client).

#include "shared/batch.h"
#include "shared/net/httpclient.h"

#include <chrono>
#include <functional>
#include <memory>
#include <span>
#include <string>

namespace vigil::tools {

/// How uploadResumable() cuts and retries (docs/api.md, /v1/uploads).
struct ResumableOptions {
    /// Bytes per PATCH. What a cut wastes is at most one chunk; 64 KiB is 8 s at 64 kbit/s.
    std::size_t chunkBytes = 64 * 1024;
    std::chrono::milliseconds retryBase{200};   ///< first backoff; doubles per failure, full jitter
    std::chrono::milliseconds retryMax{30'000};
    std::chrono::milliseconds giveUpAfter{10 * 60 * 1000};
    /// Called with the durable offset (what the relay committed) and the size.
    std::function<void(std::uint64_t offset, std::uint64_t size)> progress;
};

/// What an upload cost, for tests and the bench.
struct ResumableStats {
    std::uint64_t requests = 0;
    std::uint64_t failures = 0;     ///< requests without an answer (cut, reset, timeout)
    std::uint64_t chunkBytes = 0;   ///< envelope bytes put into PATCH bodies, resent ones included
};

class BlockingClient {
public:
    static Result<BlockingClient> connect(const std::string& url, HttpClientOptions options = {});
    ~BlockingClient();
    BlockingClient(BlockingClient&&) noexcept;
    BlockingClient& operator=(BlockingClient&&) noexcept;

    Result<HttpResponse> send(HttpRequest request);
    /// send() without the automatic resend on a stale connection (HttpClient::sendOnce).
    Result<HttpResponse> sendOnce(HttpRequest request);
    Result<HttpResponse> get(std::string target, HeaderList headers = {});
    Result<HttpResponse> postJson(std::string target, std::string json, HeaderList headers = {});
    /// POST /v1/envelopes with a batch; the per-envelope results.
    Result<std::vector<IngestResult>> upload(std::span<const ByteView> envelopes);
    /// Uploads one envelope through POST/PATCH /v1/uploads, resuming after every failure from
    /// the relay's durable offset, until the relay answers its ingest result or `giveUpAfter`.
    /// An error only for a refusal that retrying cannot cure (413, 409 size mismatch, 4xx).
    Result<IngestResult> uploadResumable(ByteView envelope, const ResumableOptions& options = {},
                                         ResumableStats* stats = nullptr);

private:
    Result<HttpResponse> run(HttpRequest request, bool once);

    struct Impl;
    explicit BlockingClient(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace vigil::tools
