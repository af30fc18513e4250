// SPDX-License-Identifier: EUPL-1.2
#pragma once

// A fault-injecting TCP proxy on loopback (Boost.Asio, its own I/O thread): every connection
// accepted on port() is relayed to a target port, and the proxy drops, truncates, resets and
// delays traffic at configurable rates.
//
// Faults are drawn per HTTP message, not per connection, so kept-alive connections see the same
// rate as fresh ones: the proxy reads each message's header (Content-Length) to know where it
// ends. A "loss" hits a request with one of
//   drop            nothing of it is forwarded, both connections are closed;
//   truncate        forwarded up to a random byte of its body, then both sides see EOF;
//   reset-request   forwarded up to a random byte of its body, then both sides get a RST;
//   reset-response  the request goes through whole, the answer is cut by a RST at a random
//                   byte (the server did the work — committed — but the client never learns it).
// A chunked message switches the connection to plain relaying (no faults).

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>

namespace vigil::harness {

struct FaultRates {
    double loss = 0.0;              ///< share of requests hit by one of the four faults above
    double delay = 0.0;             ///< share of forwarded chunks held back
    std::chrono::milliseconds maxDelay{40};
    // Relative weights of the four kinds of loss.
    double drop = 1.0;
    double truncate = 1.0;
    double resetRequest = 2.0;
    double resetResponse = 2.0;
};

struct FaultCounters {
    std::atomic<std::uint64_t> connections{0};
    std::atomic<std::uint64_t> requests{0};
    std::atomic<std::uint64_t> dropped{0};
    std::atomic<std::uint64_t> truncated{0};
    std::atomic<std::uint64_t> resetRequest{0};
    std::atomic<std::uint64_t> resetResponse{0};
    std::atomic<std::uint64_t> delayed{0};
    std::atomic<std::uint64_t> bytesUp{0};     ///< forwarded client → target
    std::atomic<std::uint64_t> bytesDown{0};   ///< forwarded target → client

    std::uint64_t faults() const { return dropped + truncated + resetRequest + resetResponse; }
};

class FaultProxy {
public:
    /// Listens on 127.0.0.1 (`listenPort`, 0 = any) and relays to 127.0.0.1:`targetPort`.
    FaultProxy(std::uint16_t targetPort, FaultRates rates, std::uint32_t seed, std::uint16_t listenPort = 0);
    ~FaultProxy();
    FaultProxy(const FaultProxy&) = delete;
    FaultProxy& operator=(const FaultProxy&) = delete;

    std::uint16_t port() const;
    const FaultCounters& counters() const;
    /// Changes the rates for requests from now on (e.g. 0 to let everything through).
    void setRates(const FaultRates& rates);

    struct Impl;

private:
    std::unique_ptr<Impl> m_impl;
};

} // namespace vigil::harness
