// SPDX-License-Identifier: EUPL-1.2
#include "loopback.h"

#include "shared/batch.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <stdexcept>
#include <system_error>
#include <vector>

namespace vigil::test {

namespace {

sockaddr_in loopback(std::uint16_t port)
{
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return addr;
}

// Close-on-exec: the process harness starts servers while other threads hold test sockets.
int connectLoopback(std::uint16_t port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    sockaddr_in addr = loopback(port);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
        ::close(fd);
        return -1;
    }
    int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}

} // namespace

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

std::string urlOf(std::uint16_t port, bool tls)
{
    return std::string(tls ? "https://localhost:" : "http://127.0.0.1:") + std::to_string(port);
}

HttpRequest jsonPost(std::string target, std::string body, std::string bearer)
{
    HttpRequest q{"POST", std::move(target), {{"Content-Type", "application/json"}}, std::move(body)};
    if (!bearer.empty())
        q.headers.emplace_back("Authorization", "Bearer " + bearer);
    return q;
}

std::uint16_t freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in addr = loopback(0);
    socklen_t len = sizeof addr;
    const bool ok = fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0
                    && ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0;
    const int error = errno;
    if (fd >= 0)
        ::close(fd);
    if (!ok)
        throw std::system_error(error, std::generic_category(), "no free loopback port");
    return ntohs(addr.sin_port);
}

namespace {

tools::BlockingClient connectOrThrow(const std::string& url, HttpClientOptions options)
{
    auto client = tools::BlockingClient::connect(url, std::move(options));
    if (!client)
        throw std::invalid_argument("test client: " + client.error().message);
    return std::move(*client);
}

} // namespace

Client::Client(const std::string& url, HttpClientOptions options) : m_client(connectOrThrow(url, std::move(options))) {}

Result<HttpResponse> Client::send(HttpRequest request)
{
    return m_client.send(std::move(request));
}

Result<HttpResponse> Client::get(std::string target, HeaderList headers)
{
    return m_client.get(std::move(target), std::move(headers));
}

Result<HttpResponse> Client::postBatch(std::span<const Bytes> envelopes)
{
    std::vector<ByteView> views(envelopes.begin(), envelopes.end());
    const Bytes body = encodeBatch(views);
    return m_client.send(
        HttpRequest{"POST", "/v1/envelopes", {{"Content-Type", std::string(kBatchContentType)}}, toString(body)});
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

RawConnection::RawConnection(std::uint16_t port) : m_fd(connectLoopback(port))
{
    if (m_fd < 0)
        throw std::system_error(errno, std::generic_category(), "connect to 127.0.0.1:" + std::to_string(port));
}

std::optional<RawConnection> RawConnection::tryConnect(std::uint16_t port)
{
    const int fd = connectLoopback(port);
    if (fd < 0)
        return std::nullopt;
    return RawConnection(fd);
}

RawConnection::RawConnection(RawConnection&& other) noexcept : m_fd(other.m_fd)
{
    other.m_fd = -1;
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

RawAnswer probe(std::uint16_t port, const std::string& target, std::chrono::milliseconds timeout)
{
    auto connection = RawConnection::tryConnect(port);
    if (!connection)
        return {};
    if (!connection->send("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"))
        return {};
    return parseRawAnswer(connection->readAll(timeout));
}

} // namespace vigil::test
