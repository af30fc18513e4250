// SPDX-License-Identifier: EUPL-1.2
#include "relaytest.h"

#include "sync-server/migrations.h"

#include "shared/seal.h"
#include "shared/sealfordirectory.h"
#include "testdata.h"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/detached.hpp>

#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdlib>
#include <thread>

namespace vigil::relay::test {

TempDir::TempDir()
{
    std::string pattern = (std::filesystem::temp_directory_path() / "vigil-relay-test-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    m_path = pattern;
}

TempDir::~TempDir()
{
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
}

LogCapture::LogCapture()
    : m_logger(LogLevel::Debug, [this](std::string_view line) {
          std::lock_guard lock(m_mutex);
          m_text.append(line);
      })
{
}

std::string LogCapture::text() const
{
    std::lock_guard lock(m_mutex);
    return m_text;
}

RelayConfig testConfig(const std::filesystem::path& dataDir)
{
    RelayConfig c;
    c.dataDir = dataDir;
    c.listenHost = "127.0.0.1";
    c.listenPort = 0;
    c.threads = 2;
    c.limits.headerTimeout = std::chrono::milliseconds(2'000);
    c.limits.bodyTimeout = std::chrono::milliseconds(2'000);
    c.forward.delayMin = std::chrono::milliseconds(0);
    c.forward.delayMax = std::chrono::milliseconds(5);
    c.forward.retryBase = std::chrono::milliseconds(20);
    c.forward.retryMax = std::chrono::milliseconds(200);
    c.forward.idlePoll = std::chrono::milliseconds(100);
    c.forward.cachePoll = std::chrono::milliseconds(100);
    c.forward.requestTimeout = std::chrono::milliseconds(2'000);
    c.shutdownGrace = std::chrono::milliseconds(5'000);
    return c;
}

std::unique_ptr<RelayServer> startRelay(const RelayConfig& config, Logger& log, std::function<std::uint64_t()> clock)
{
    auto relay = RelayServer::start(config, log, std::move(clock));
    if (!relay)
        FAIL(relay.error().message);
    return std::move(*relay);
}

std::string urlOf(std::uint16_t port, bool tls)
{
    return std::string(tls ? "https://localhost:" : "http://127.0.0.1:") + std::to_string(port);
}

struct Client::Impl {
    net::io_context ioc;
    HttpClient client;
    Impl(const std::string& url, HttpClientOptions options)
        : client(ioc.get_executor(), Url::parse(url).value(), std::move(options))
    {
    }
};

Client::Client(const std::string& url, HttpClientOptions options) : m_impl(std::make_unique<Impl>(url, std::move(options)))
{
}

Client::~Client() = default;

namespace {

// A named coroutine, not a lambda: its reference parameters outlive it, a lambda's captures would not.
net::awaitable<void> sendInto(HttpClient& client, HttpRequest request, std::optional<Result<HttpResponse>>& out)
{
    out.emplace(co_await client.send(std::move(request)));
}

} // namespace

Result<HttpResponse> Client::send(HttpRequest request)
{
    std::optional<Result<HttpResponse>> out;
    net::co_spawn(m_impl->ioc, sendInto(m_impl->client, std::move(request), out), net::detached);
    m_impl->ioc.restart();
    m_impl->ioc.run();
    if (!out)
        return Error{"client: request did not complete"};
    return std::move(*out);
}

Result<HttpResponse> Client::get(std::string target, HeaderList headers)
{
    return send(HttpRequest{"GET", std::move(target), std::move(headers), {}});
}

Result<HttpResponse> Client::postBatch(std::span<const Bytes> envelopes)
{
    std::vector<ByteView> views(envelopes.begin(), envelopes.end());
    const Bytes body = encodeBatch(views);
    HttpRequest r{"POST", "/v1/envelopes", {{"Content-Type", std::string(kBatchContentType)}}, toString(body)};
    return send(std::move(r));
}

std::vector<IngestResult> ingestResults(const Result<HttpResponse>& response)
{
    if (!response)
        FAIL(response.error().message);
    INFO(response->body);
    REQUIRE(response->status == 200);
    REQUIRE(response->contentType == "application/json");
    auto results = decodeIngestResults(response->body, 65535);
    if (!results)
        FAIL(results.error().message);
    return *results;
}

Bytes sealedEnvelope(std::span<const Bytes> attachments)
{
    const Directory directory = vigil::test::sampleDirectory();
    Report report = vigil::test::nearMissReport();
    for (std::size_t i = 0; i < attachments.size(); ++i)
        report.attachments.push_back({"photo-" + std::to_string(i + 1) + ".jpg", "image/jpeg", attachments[i].size()});
    auto sealed = sealForDirectory(report, attachments, directory, SealAddress{"42-battalion", "nl", {}});
    REQUIRE(sealed.ok());
    return std::move(sealed->envelope.bytes);
}

bool waitUntil(const std::function<bool()>& condition, std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
        if (condition())
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return condition();
}

std::int64_t queryInt(const std::filesystem::path& dataDir, std::string_view sql)
{
    auto db = openRelayDatabase(dataDir / "relay.db", false);
    if (!db)
        FAIL(db.error().message);
    auto value = db->queryInt(sql);
    if (!value)
        FAIL(value.error().message);
    return *value;
}

namespace {

sockaddr_in loopback(std::uint16_t port)
{
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return addr;
}

} // namespace

std::uint16_t freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(fd >= 0);
    sockaddr_in addr = loopback(0);
    REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
    socklen_t len = sizeof addr;
    REQUIRE(::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0);
    ::close(fd);
    return ntohs(addr.sin_port);
}

RawConnection::RawConnection(std::uint16_t port)
{
    m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(m_fd >= 0);
    sockaddr_in addr = loopback(port);
    REQUIRE(::connect(m_fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
    int one = 1;
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

RawConnection::~RawConnection()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool RawConnection::send(std::string_view bytes)
{
    while (!bytes.empty()) {
        const ssize_t n = ::send(m_fd, bytes.data(), bytes.size(), MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

std::string RawConnection::readAll(std::chrono::milliseconds timeout, bool* closed)
{
    std::string out;
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    if (closed)
        *closed = false;
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0)
            return out;
        pollfd p{m_fd, POLLIN, 0};
        if (::poll(&p, 1, static_cast<int>(left.count())) <= 0)
            return out;
        char buf[4096];
        const ssize_t n = ::recv(m_fd, buf, sizeof buf, 0);
        if (n <= 0) {
            if (closed)
                *closed = true;
            return out;
        }
        out.append(buf, static_cast<std::size_t>(n));
    }
}

RawAnswer parseRawAnswer(const std::string& text)
{
    RawAnswer a;
    if (text.size() >= 12 && text.starts_with("HTTP/1.1 "))
        a.status = static_cast<unsigned>(std::atoi(text.substr(9, 3).c_str()));
    const auto split = text.find("\r\n\r\n");
    if (split != std::string::npos)
        a.body = text.substr(split + 4);
    return a;
}

} // namespace vigil::relay::test
