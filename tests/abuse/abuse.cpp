// SPDX-License-Identifier: EUPL-1.2
#include "abuse.h"

#include "tests/support/relaytest.h"

#include "shared/receipt.h"

#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdlib>

namespace vigil::harness {

std::size_t raiseFdLimit(std::size_t wanted)
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 0;
    if (limit.rlim_cur < wanted) {
        limit.rlim_cur = std::min<rlim_t>(wanted, limit.rlim_max);
        (void)::setrlimit(RLIMIT_NOFILE, &limit);
        (void)::getrlimit(RLIMIT_NOFILE, &limit);
    }
    return static_cast<std::size_t>(limit.rlim_cur);
}

int connectLoopback(std::uint16_t port, std::chrono::milliseconds timeout)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    timeval tv{static_cast<time_t>(timeout.count() / 1000), static_cast<suseconds_t>((timeout.count() % 1000) * 1000)};
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

bool sendAll(int fd, std::string_view bytes)
{
    while (!bytes.empty()) {
        const ssize_t n = ::send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

bool peerClosed(int fd, std::chrono::milliseconds wait)
{
    pollfd p{fd, POLLIN, 0};
    if (::poll(&p, 1, static_cast<int>(wait.count())) <= 0)
        return false;
    char buf[4096];
    for (;;) {
        const ssize_t n = ::recv(fd, buf, sizeof buf, MSG_DONTWAIT);
        if (n == 0)
            return true;
        if (n < 0)
            return errno != EAGAIN && errno != EWOULDBLOCK;
    }
}

std::string readFor(int fd, std::chrono::milliseconds timeout)
{
    std::string out;
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0)
            return out;
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, static_cast<int>(left.count())) <= 0)
            return out;
        char buf[16 * 1024];
        const ssize_t n = ::recv(fd, buf, sizeof buf, MSG_DONTWAIT);
        if (n <= 0)
            return out;
        out.append(buf, static_cast<std::size_t>(n));
    }
}

double metricValue(const std::string& metrics, std::string_view name)
{
    std::size_t at = 0;
    while ((at = metrics.find(name, at)) != std::string::npos) {
        const bool lineStart = at == 0 || metrics[at - 1] == '\n';
        const std::size_t after = at + name.size();
        if (lineStart && after < metrics.size() && metrics[after] == ' ')
            return std::strtod(metrics.c_str() + after + 1, nullptr);
        at = after;
    }
    return -1;
}

std::chrono::milliseconds honestUpload(const ProcessDeployment& d, const std::string& url)
{
    const SealedReport report = d.seal();
    const auto t0 = std::chrono::steady_clock::now();
    HttpClientOptions options;
    options.timeout = std::chrono::seconds(10);
    relay::test::Client client(url, options);
    auto results = relay::test::ingestResults(client.postBatch(std::vector<Bytes>{report.envelope.bytes}));
    const auto took = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0);
    REQUIRE(results.size() == 1);
    REQUIRE(results[0].status == IngestStatus::Stored);
    auto receipt = decodeReceipt(results[0].receipt);
    REQUIRE(receipt.ok());
    const std::array<PublicKey, 2> trusted{d.relayReceiptKey(), d.registryReceiptKey()};
    CHECK(verifyReceipt(*receipt, report.envelope.reportId, report.envelope.envelopeHash, trusted).ok());
    return took;
}

RawHttp parseHttp(const std::string& text)
{
    RawHttp a;
    if (text.size() >= 12 && text.starts_with("HTTP/1.1 "))
        a.status = static_cast<unsigned>(std::atoi(text.substr(9, 3).c_str()));
    const auto split = text.find("\r\n\r\n");
    a.headers = text.substr(0, split);
    if (split != std::string::npos)
        a.body = text.substr(split + 4);
    return a;
}

RawHttp rawRequest(std::uint16_t port, const std::string& request, std::chrono::milliseconds timeout)
{
    const int fd = connectLoopback(port, timeout);
    if (fd < 0)
        return {};
    (void)sendAll(fd, request);   // a refusal may come before all was sent: read it anyway
    const std::string answer = readFor(fd, timeout);
    ::close(fd);
    return parseHttp(answer);
}

RawHttp postJson(std::uint16_t port, const std::string& target, const std::string& body)
{
    return rawRequest(port, "POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                                "Connection: close\r\nContent-Length: "
                                + std::to_string(body.size()) + "\r\n\r\n" + body);
}

} // namespace vigil::harness
