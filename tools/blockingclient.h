// SPDX-License-Identifier: EUPL-1.2
#pragma once

// A blocking HTTP client over the relay's coroutine client, for command-line tools that do
// one request at a time (the demo's simulated device and advisor).

#include "sync-server/httpclient.h"

#include "shared/batch.h"

#include <memory>
#include <span>
#include <string>

namespace vigil::tools {

class BlockingClient {
public:
    static Result<BlockingClient> connect(const std::string& url);
    ~BlockingClient();
    BlockingClient(BlockingClient&&) noexcept;
    BlockingClient& operator=(BlockingClient&&) noexcept;

    Result<relay::HttpResponse> send(relay::HttpRequest request);
    Result<relay::HttpResponse> get(std::string target, relay::HeaderList headers = {});
    Result<relay::HttpResponse> postJson(std::string target, std::string json, relay::HeaderList headers = {});
    /// POST /v1/envelopes with a batch; the per-envelope results.
    Result<std::vector<IngestResult>> upload(std::span<const ByteView> envelopes);

private:
    struct Impl;
    explicit BlockingClient(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace vigil::tools
