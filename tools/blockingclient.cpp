// SPDX-License-Identifier: EUPL-1.2
#include "blockingclient.h"

#include "shared/batch.h"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>

#include <optional>

namespace vigil::tools {

namespace net = boost::asio;

struct BlockingClient::Impl {
    net::io_context ioc;
    relay::HttpClient client;
    Impl(relay::Url url) : client(ioc.get_executor(), std::move(url)) {}
};

namespace {

// A named coroutine: its reference parameters outlive it, a lambda's captures would not.
net::awaitable<void> sendInto(relay::HttpClient& client, relay::HttpRequest request,
                              std::optional<Result<relay::HttpResponse>>& out)
{
    out.emplace(co_await client.send(std::move(request)));
}

} // namespace

BlockingClient::BlockingClient(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
BlockingClient::~BlockingClient() = default;
BlockingClient::BlockingClient(BlockingClient&&) noexcept = default;
BlockingClient& BlockingClient::operator=(BlockingClient&&) noexcept = default;

Result<BlockingClient> BlockingClient::connect(const std::string& url)
{
    auto parsed = relay::Url::parse(url);
    if (!parsed)
        return parsed.error();
    return BlockingClient(std::make_unique<Impl>(std::move(*parsed)));
}

Result<relay::HttpResponse> BlockingClient::send(relay::HttpRequest request)
{
    std::optional<Result<relay::HttpResponse>> out;
    net::co_spawn(m_impl->ioc, sendInto(m_impl->client, std::move(request), out), net::detached);
    m_impl->ioc.restart();
    m_impl->ioc.run();
    if (!out)
        return Error{"request did not complete"};
    return std::move(*out);
}

Result<relay::HttpResponse> BlockingClient::get(std::string target, relay::HeaderList headers)
{
    return send(relay::HttpRequest{"GET", std::move(target), std::move(headers), {}});
}

Result<relay::HttpResponse> BlockingClient::postJson(std::string target, std::string json, relay::HeaderList headers)
{
    headers.emplace_back("Content-Type", "application/json");
    return send(relay::HttpRequest{"POST", std::move(target), std::move(headers), std::move(json)});
}

Result<std::vector<IngestResult>> BlockingClient::upload(std::span<const ByteView> envelopes)
{
    const Bytes body = encodeBatch(envelopes);
    auto response = send(relay::HttpRequest{"POST", "/v1/envelopes",
                                            {{"Content-Type", std::string(kBatchContentType)}}, toString(body)});
    if (!response)
        return response.error();
    if (response->status != 200)
        return Error{"upload refused with " + std::to_string(response->status) + ": " + response->body};
    return decodeIngestResults(response->body, envelopes.size());
}

} // namespace vigil::tools
