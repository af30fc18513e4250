// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Helpers for the abuse tests: raw sockets that misbehave without Catch2 assertions in tight
// loops, the file-descriptor limit, metrics, and the honest client that must keep being served.

#include "tests/support/deployment.h"

#include "shared/bytes.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

namespace vigil::harness {

/// Raises the soft RLIMIT_NOFILE towards `wanted` (up to the hard limit); returns the soft limit
/// now in force. Children started afterwards inherit it.
std::size_t raiseFdLimit(std::size_t wanted);

/// A connected loopback socket (blocking, send/receive timeouts of `timeout`), or -1.
int connectLoopback(std::uint16_t port, std::chrono::milliseconds timeout = std::chrono::seconds(5));

/// Sends all of `bytes`; false when the peer refused (closed, reset, or the send timed out).
bool sendAll(int fd, std::string_view bytes);

/// True when the peer has closed the connection (or reset it) — checked without blocking
/// longer than `wait`.
bool peerClosed(int fd, std::chrono::milliseconds wait);

/// Reads what arrives until the peer closes or `timeout` passes.
std::string readFor(int fd, std::chrono::milliseconds timeout);

/// A value from a Prometheus text answer (`name` including any labels), or -1.
double metricValue(const std::string& metrics, std::string_view name);

/// Uploads one freshly sealed envelope through `url`, REQUIREs it is stored with a receipt, and
/// returns how long that took.
std::chrono::milliseconds honestUpload(const ProcessDeployment& d, const std::string& url);

/// Status and body of a raw HTTP answer.
struct RawHttp {
    unsigned status = 0;
    std::string headers;
    std::string body;
};
RawHttp parseHttp(const std::string& text);

/// One raw request on a fresh connection; the answer (status 0 when none).
RawHttp rawRequest(std::uint16_t port, const std::string& request,
                   std::chrono::milliseconds timeout = std::chrono::seconds(10));

/// POST `body` as JSON to `target` on `port` (fresh connection).
RawHttp postJson(std::uint16_t port, const std::string& target, const std::string& body);

} // namespace vigil::harness
