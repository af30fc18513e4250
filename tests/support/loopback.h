// SPDX-License-Identifier: EUPL-1.2
#pragma once

// What a test of a server on loopback needs besides the server: free ports, a blocking HTTP
// client, raw sockets for clients that misbehave on purpose, and a logger whose lines it can
// read. Over vigil_net only: it starts no server.

#include "blockingclient.h"

#include "shared/net/httpclient.h"
#include "shared/net/log.h"

#include <chrono>
#include <cstdint>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace vigil::test {

/// A logger whose lines are kept for inspection (debug level: everything).
class LogCapture {
public:
    LogCapture();
    Logger& logger() { return m_logger; }
    std::string text() const;

private:
    mutable std::mutex m_mutex;
    std::string m_text;
    Logger m_logger;
};

/// http://127.0.0.1:`port` (or https://localhost:`port`, the name the test certificates carry).
std::string urlOf(std::uint16_t port, bool tls = false);

/// A loopback port that was free a moment ago (bound, then released), for a server started later.
std::uint16_t freePort();

/// A POST of `body` as application/json to `target`, with `Authorization: Bearer <bearer>` when
/// a bearer is given.
HttpRequest jsonPost(std::string target, std::string body, std::string bearer = {});

/// A blocking HTTP client over one kept-alive connection, for tests that hold the URL of a
/// server they started themselves (a bad URL throws).
class Client {
public:
    explicit Client(const std::string& url, HttpClientOptions options = {});
    Result<HttpResponse> send(HttpRequest request);
    Result<HttpResponse> get(std::string target, HeaderList headers = {});
    /// POST /v1/envelopes with `envelopes` as one batch; the answer as it came.
    Result<HttpResponse> postBatch(std::span<const Bytes> envelopes);

private:
    tools::BlockingClient m_client;
};

/// Status code and body of a raw HTTP answer ("HTTP/1.1 413 …\r\n…\r\n\r\n{…}"); status 0 when
/// there was none.
struct RawAnswer {
    unsigned status = 0;
    std::string body;
};
RawAnswer parseRawAnswer(const std::string& text);

/// A plain TCP connection to 127.0.0.1 with blocking I/O, for clients that misbehave on purpose.
class RawConnection {
public:
    /// Connects to `port`; throws when nothing accepts there.
    explicit RawConnection(std::uint16_t port);
    /// Connects to `port`; nullopt when nothing accepts there.
    static std::optional<RawConnection> tryConnect(std::uint16_t port);
    ~RawConnection();
    RawConnection(RawConnection&& other) noexcept;
    RawConnection& operator=(RawConnection&&) = delete;
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    bool send(std::string_view bytes);
    /// Reads until the server closes or `timeout` passes; `closed` tells which.
    std::string readAll(std::chrono::milliseconds timeout, bool* closed = nullptr);

private:
    explicit RawConnection(int fd) : m_fd(fd) {}
    int m_fd = -1;
};

/// GET `target` on a fresh connection (Connection: close); the answer, status 0 when none came.
RawAnswer probe(std::uint16_t port, const std::string& target, std::chrono::milliseconds timeout);

} // namespace vigil::test
