// SPDX-License-Identifier: EUPL-1.2
// A fleet of devices against one relay (docs/benchmarks.md, "Fleet"): thousands of simulated
// devices, each with its own connection, its own sealed reports and its own receipt checks,
// arriving spread over a window ("steady") or all at once ("burst", a ship's uplink coming
// back). A share of them lose the connection right after sending and send again, as a phone
// does when the network drops before the answer comes. The relay forwards to a registry in
// the same process; the run ends when every report is a case there (the registry's unique
// report ids rule out doubles), and fails if any was lost or a device gave up.
//
// Baseline, same run: the same number of reports posted by one client over one connection,
// in the same request sizes, to the same relay. The ratio says what thousands of connections
// and their arrival pattern cost next to the same work in a line.
// Prints `name value unit` lines on stdout.
#include "tests/support/benchdeployment.h"

#include "shared/batch.h"
#include "shared/net/httpclient.h"
#include "shared/receipt.h"
#include "shared/sodiuminit.h"

#include <CLI/CLI.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/connect.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/write.hpp>

#include <atomic>
#include <random>
#include <thread>

using namespace vigil;
using namespace vigil::bench;
namespace net = boost::asio;

namespace {

struct FleetOptions {
    std::size_t devices = 2000;
    std::size_t reportsPerDevice = 2;
    double spreadSeconds = 10;   ///< arrivals uniform over this window; 0: all at once
    double dropShare = 0.1;      ///< devices that lose the first answer and send again
};

struct Device {
    std::vector<Bytes> envelopes;
    std::vector<ReportId> ids;
    std::vector<Hash32> hashes;
};

struct DeviceOutcome {
    double ackMs = 0;            ///< from the first send to verified receipts for all its reports
    int attempts = 0;
    bool done = false;
    std::string failure;
};

std::string batchBody(const Device& d)
{
    std::vector<ByteView> views(d.envelopes.begin(), d.envelopes.end());
    return toString(encodeBatch(views));
}

HttpRequest uploadRequest(const Device& d)
{
    return HttpRequest{"POST", "/v1/envelopes",
                              {{"Content-Type", std::string(kBatchContentType)}}, batchBody(d)};
}

/// Sends the upload and hangs up without reading the answer: the relay may or may not have
/// stored it, the device cannot know.
net::awaitable<void> sendAndDrop(std::uint16_t port, const Device& d)
{
    net::ip::tcp::socket socket(co_await net::this_coro::executor);
    boost::system::error_code ec;
    co_await socket.async_connect({net::ip::address_v4::loopback(), port},
                                  net::redirect_error(net::use_awaitable, ec));
    if (ec)
        co_return;
    const std::string body = batchBody(d);
    const std::string head = "POST /v1/envelopes HTTP/1.1\r\nHost: relay\r\nContent-Type: "
                             + std::string(kBatchContentType) + "\r\nContent-Length: " + std::to_string(body.size())
                             + "\r\n\r\n";
    co_await net::async_write(socket, std::array{net::buffer(head), net::buffer(body)},
                              net::redirect_error(net::use_awaitable, ec));
    socket.close(ec);
}

/// Checks the relay's answer: every report stored or a duplicate, each with a receipt that
/// verifies against the relay's key for exactly that envelope.
std::string checkAnswer(const Result<HttpResponse>& r, const Device& d, const PublicKey& relayKey)
{
    if (!r)
        return r.error().message;
    if (r->status != 200)
        return "status " + std::to_string(r->status);
    auto results = decodeIngestResults(r->body, d.envelopes.size());
    if (!results || results->size() != d.envelopes.size())
        return "unreadable answer";
    for (std::size_t i = 0; i < results->size(); ++i) {
        const IngestResult& x = (*results)[i];
        if (x.status != IngestStatus::Stored && x.status != IngestStatus::Duplicate)
            return "report " + std::to_string(i) + " not stored";
        auto receipt = decodeReceipt(x.receipt);
        if (!receipt || !verifyReceipt(*receipt, d.ids[i], d.hashes[i], std::span(&relayKey, 1)))
            return "receipt does not verify";
    }
    return {};
}

net::awaitable<void> runDevice(const Device& d, DeviceOutcome& out, std::uint16_t port, const PublicKey& relayKey,
                               Clock::duration delay, bool drops, std::uint64_t seed, std::atomic<std::size_t>& left)
{
    auto executor = co_await net::this_coro::executor;
    net::steady_timer timer(executor);
    timer.expires_after(delay);
    co_await timer.async_wait(net::use_awaitable);
    std::mt19937_64 random(seed);
    const auto start = Clock::now();
    if (drops) {
        ++out.attempts;
        co_await sendAndDrop(port, d);
    }
    HttpClient client(executor, *Url::parse("http://127.0.0.1:" + std::to_string(port)));
    std::chrono::milliseconds backoff(50);
    for (;;) {
        ++out.attempts;
        auto request = uploadRequest(d); // named: see the GCC 12 note in lineRate()
        auto answer = co_await client.send(std::move(request));
        const std::string problem = checkAnswer(answer, d, relayKey);
        if (problem.empty()) {
            out.ackMs = millis(Clock::now() - start);
            out.done = true;
            break;
        }
        if (out.attempts > 12) {
            out.failure = problem;
            break;
        }
        // Exponential backoff with full jitter, as the field app does.
        timer.expires_after(std::chrono::milliseconds(std::uniform_int_distribution<long>(0, backoff.count())(random)));
        co_await timer.async_wait(net::use_awaitable);
        backoff = std::min(backoff * 2, std::chrono::milliseconds(5000));
    }
    --left;
}

std::vector<Device> sealFleet(const Deployment& dep, std::size_t devices, std::size_t reports)
{
    std::vector<Device> fleet(devices);
    for (auto& d : fleet)
        for (std::size_t i = 0; i < reports; ++i) {
            SealedReport r = dep.seal();
            d.ids.push_back(r.envelope.reportId);
            d.hashes.push_back(r.envelope.envelopeHash);
            d.envelopes.push_back(std::move(r.envelope.bytes));
        }
    return fleet;
}

struct Line {
    double rate = 0;        ///< reports/s
    double requestP50 = 0;  ///< ms per request
};

/// The same reports, one request after another over one connection: the baseline.
Line lineRate(Deployment& dep, const std::vector<Device>& fleet)
{
    net::io_context ioc;
    double seconds = 0;
    std::vector<double> requests;
    std::string problem;
    net::co_spawn(
        ioc,
        [&]() -> net::awaitable<void> {
            // Temporaries never share a full-expression with co_await: GCC 12 may destroy them
            // twice (docs/relay.md).
            auto executor = co_await net::this_coro::executor;
            HttpClient client(executor, *Url::parse(dep.relayUrl()));
            const auto t0 = Clock::now();
            for (const auto& d : fleet) {
                const auto sent = Clock::now();
                auto request = uploadRequest(d); // named: see the GCC 12 note in lineRate()
        auto answer = co_await client.send(std::move(request));
                requests.push_back(millis(Clock::now() - sent));
                if (auto p = checkAnswer(answer, d, dep.relay->receiptKey()); !p.empty() && problem.empty())
                    problem = p;
            }
            seconds = std::chrono::duration<double>(Clock::now() - t0).count();
        },
        net::detached);
    ioc.run();
    if (!problem.empty())
        die("baseline: " + problem);
    return Line{static_cast<double>(fleet.size() * fleet.front().envelopes.size()) / seconds,
                percentile(requests, 0.5)};
}

void waitForCases(Deployment& dep, std::int64_t expected, const char* what)
{
    const auto deadline = Clock::now() + std::chrono::minutes(5);
    while (dep.registryCases() < expected) {
        if (Clock::now() > deadline)
            die(std::string(what) + ": only " + std::to_string(dep.registryCases()) + " of "
                + std::to_string(expected) + " reports reached the registry");
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

void fleet(const std::string& name, const FleetOptions& o)
{
    raiseFileLimit(o.devices * 3 + 1000);   // each device's socket and the relay's end live here
    Deployment dep(("vigil-fleet-bench-" + name).c_str());
    const std::vector<Device> devices = sealFleet(dep, o.devices, o.reportsPerDevice);
    const std::vector<Device> line = sealFleet(dep, o.devices, o.reportsPerDevice);
    const std::int64_t total = static_cast<std::int64_t>(o.devices * o.reportsPerDevice);

    const Line baseline = lineRate(dep, line);
    waitForCases(dep, total, "baseline");

    std::vector<DeviceOutcome> outcomes(o.devices);
    std::atomic<std::size_t> left{o.devices};
    net::io_context ioc(1);
    std::mt19937_64 random(42);
    std::uniform_real_distribution<double> arrival(0, o.spreadSeconds);
    std::bernoulli_distribution drops(o.dropShare);
    const auto t0 = Clock::now();
    for (std::size_t i = 0; i < o.devices; ++i) {
        const auto delay = std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(arrival(random)));
        net::co_spawn(ioc,
                      runDevice(devices[i], outcomes[i], dep.relay->port(), dep.relay->receiptKey(), delay,
                                drops(random), random(), left),
                      net::detached);
    }
    ioc.run();
    const double ackedSeconds = std::chrono::duration<double>(Clock::now() - t0).count();
    waitForCases(dep, 2 * total, name.c_str());
    const double deliveredSeconds = std::chrono::duration<double>(Clock::now() - t0).count();
    std::this_thread::sleep_for(std::chrono::milliseconds(500));   // anything doubled would show now

    std::vector<double> ack;
    std::size_t failed = 0, retried = 0;
    for (const auto& out : outcomes) {
        if (!out.done) {
            ++failed;
            std::cerr << "fleet: a device gave up: " << out.failure << "\n";
            continue;
        }
        ack.push_back(out.ackMs);
        if (out.attempts > 1)
            ++retried;
    }
    const std::int64_t cases = dep.registryCases();
    const std::string p = "fleet." + name;
    print(p + ".devices", static_cast<double>(o.devices), "devices");
    print(p + ".reports", static_cast<double>(total), "reports");
    print(p + ".arrival_window", o.spreadSeconds, "s");
    print(p + ".ack.p50", percentile(ack, 0.5), "ms");
    print(p + ".ack.p99", percentile(ack, 0.99), "ms");
    print(p + ".devices_retried", static_cast<double>(retried), "devices");
    print(p + ".devices_failed", static_cast<double>(failed), "devices");
    print(p + ".all_acknowledged", ackedSeconds, "s");
    print(p + ".all_at_registry", deliveredSeconds, "s");
    print(p + ".lost", static_cast<double>(std::max<std::int64_t>(0, 2 * total - cases)), "reports");
    print("baseline." + p + ".one_connection.rate", baseline.rate, "reports/s");
    print("baseline." + p + ".one_connection.request.p50", baseline.requestP50, "ms");
    // A device's wait (connect, send, durable commit, receipt check) against one request of
    // the same size on a warm connection with nobody else around.
    print(p + ".ack.p50.ratio", percentile(ack, 0.5) / baseline.requestP50, "x");
    if (o.spreadSeconds == 0) {
        // All at once: the rate is the relay's under thousands of connections.
        const double rate = static_cast<double>(total) / ackedSeconds;
        print(p + ".rate", rate, "reports/s");
        print(p + ".rate.ratio", rate / baseline.rate, "x");
    }
    if (failed > 0 || cases != 2 * total)
        die(name + ": reports lost, doubled or refused");
}

} // namespace

int main(int argc, char** argv)
{
    FleetOptions o;
    CLI::App app{"vigil_fleet_bench: thousands of devices against one relay, forwarded to a registry"};
    app.add_option("--devices", o.devices, "simulated devices")->capture_default_str();
    app.add_option("--reports", o.reportsPerDevice, "reports per device (one request)")->capture_default_str();
    app.add_option("--spread", o.spreadSeconds, "steady run: arrivals spread over this many seconds")
        ->capture_default_str();
    app.add_option("--drop-share", o.dropShare, "share of devices that lose the first answer")->capture_default_str();
    CLI11_PARSE(app, argc, argv);
    ensureSodium();
    fleet("steady", o);
    FleetOptions burst = o;
    burst.spreadSeconds = 0;
    fleet("burst", burst);
    return 0;
}
