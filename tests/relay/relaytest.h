// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Helpers for the relay tests: temp folders, captured logs, a relay on a loopback port,
// a blocking HTTP client, raw sockets for misbehaving clients, real sealed envelopes.

#include "sync-server/config.h"
#include "sync-server/relayserver.h"

#include "shared/batch.h"
#include "shared/net/httpclient.h"
#include "shared/net/log.h"

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <string>

namespace vigil::relay::test {

class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

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

/// Loopback, port 0, plain HTTP, two threads, short timeouts and forwarding delays.
RelayConfig testConfig(const std::filesystem::path& dataDir);

/// Starts a relay (REQUIREs success).
std::unique_ptr<RelayServer> startRelay(const RelayConfig& config, Logger& log,
                                        std::function<std::uint64_t()> clock = {});

std::string urlOf(std::uint16_t port, bool tls = false);

/// A blocking HTTP client over one kept-alive connection.
class Client {
public:
    explicit Client(const std::string& url, HttpClientOptions options = {});
    ~Client();
    Result<HttpResponse> send(HttpRequest request);
    Result<HttpResponse> get(std::string target, HeaderList headers = {});
    Result<HttpResponse> postBatch(std::span<const Bytes> envelopes);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

/// Decodes a 200 ingest answer (REQUIREs that it is one).
std::vector<IngestResult> ingestResults(const Result<HttpResponse>& response);

/// A sealed near-miss report for the sample directory (fresh report id each call), with
/// `attachments` (e.g. photos) in its body.
Bytes sealedEnvelope(std::span<const Bytes> attachments = {});

/// Polls `condition` every 10 ms until true or `timeout`.
bool waitUntil(const std::function<bool()>& condition, std::chrono::milliseconds timeout = std::chrono::seconds(10));

/// Runs a single-integer query on a relay database (opened read-only beside the relay).
std::int64_t queryInt(const std::filesystem::path& dataDir, std::string_view sql);

/// A free loopback port (bound, then released) for a server started later.
std::uint16_t freePort();

/// A plain TCP connection with blocking I/O, for clients that misbehave on purpose.
class RawConnection {
public:
    explicit RawConnection(std::uint16_t port);
    ~RawConnection();
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    bool send(std::string_view bytes);
    /// Reads until the server closes or `timeout` passes; `closed` tells which.
    std::string readAll(std::chrono::milliseconds timeout, bool* closed = nullptr);

private:
    int m_fd = -1;
};

/// Status code and body of a raw HTTP answer ("HTTP/1.1 413 …\r\n…\r\n\r\n{…}").
struct RawAnswer {
    unsigned status = 0;
    std::string body;
};
RawAnswer parseRawAnswer(const std::string& text);

} // namespace vigil::relay::test
