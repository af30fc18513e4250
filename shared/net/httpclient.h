// SPDX-License-Identifier: EUPL-1.2
#pragma once

// An HTTP/1.1 client for one upstream (relay or registry), plain or TLS, with one kept-alive
// connection that is reopened when the server closed it. Used by the forwarder, the cache
// poller, the tests and the bench. Not for concurrent use: one request at a time.

#include "httpmessage.h"

#include "shared/result.h"

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/awaitable.hpp>

#include <chrono>
#include <filesystem>
#include <memory>

namespace vigil {

namespace net = boost::asio;

struct Url {
    bool tls = false;
    std::string host;
    std::uint16_t port = 0;
    std::string basePath;   ///< without a trailing slash; prefixed to every request target

    /// Parses "http://host[:port][/base]" and "https://…" (IPv6 hosts in brackets).
    static Result<Url> parse(std::string_view text);
};

struct HttpClientOptions {
    std::chrono::milliseconds timeout{30'000};   ///< per connect, per write and per read
    std::filesystem::path caFile;                ///< trust this CA (else the system's)
    std::size_t maxResponseBytes = 64u * 1024 * 1024;
};

class HttpClient {
public:
    HttpClient(net::any_io_executor executor, Url url, HttpClientOptions options = {});
    ~HttpClient();
    HttpClient(const HttpClient&) = delete;
    HttpClient& operator=(const HttpClient&) = delete;

    /// Sends `request` (its target is appended to the base path) and reads the answer.
    /// A connection that turns out stale is reopened and the request sent once more, which
    /// is safe because every Vigil request is idempotent.
    net::awaitable<Result<HttpResponse>> send(HttpRequest request);
    /// Like send() but never sent twice: for requests whose retry the caller decides better
    /// (a chunk of a resumable upload asks the durable offset first instead of resending).
    net::awaitable<Result<HttpResponse>> sendOnce(HttpRequest request);
    /// Closes the connection (the next send reconnects).
    void close();

private:
    net::awaitable<Result<HttpResponse>> exchange(HttpRequest request, int attempts);

    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace vigil
