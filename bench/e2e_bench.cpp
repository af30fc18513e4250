// SPDX-License-Identifier: EUPL-1.2
// End-to-end figures (docs/harness.md, issue 7): how long a report takes from the device's
// upload until the advisor's case list shows it (device -> relay -> registry -> advisor, real
// servers on loopback, real SQLite files, real crypto); how many bytes travel per report
// compared with what the reporter wrote; and what 1,000 idle connections cost the relay.
// Each figure comes with the baseline it should be read against, measured in the same run:
// one durable SQLite commit for the latency, the payload for the bytes, and a bare Asio
// acceptor holding sockets with one pending read for the idle connections.
// Prints `name value unit` lines on stdout.
#include "tests/support/benchdeployment.h"
#include "tests/support/faultproxy.h"
#include "tests/support/testdata.h"

#include "registry/admin/admin.h"
#include "registry/admin/tokenadmin.h"
#include "registry/tokenissuerkeys.h"
#include "registry/server/registryserver.h"

#include "sync-server/relayserver.h"

#include "shared/identity.h"
#include "shared/net/log.h"
#include "shared/reportcodec.h"
#include "shared/routing.h"
#include "shared/sodiuminit.h"
#include "shared/storage/sqlite.h"
#include "shared/provisioning.h"
#include "shared/tokens/issuance.h"
#include "shared/tokens/tokenbinding.h"

#include "tests/support/blockingclient.h"

#include <CLI/CLI.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/json.hpp>
#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <sodium.h>

#include <arpa/inet.h>
#include <malloc.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <thread>

using namespace vigil;
namespace fs = std::filesystem;
namespace json = boost::json;
namespace net = boost::asio;

namespace {

using namespace vigil::bench;

long rssKiB()
{
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("VmRSS:", 0) == 0)
            return std::stol(line.substr(6));
    return 0;
}

std::string signIn(tools::BlockingClient& console, const PublicKey& root, int member)
{
    const SigningKeyPair key = test::memberSignKey(member);
    auto c = need(console.postJson("/v1/advisor/challenge", R"({"sign_key":")" + toHex(key.publicKey) + R"("})"),
                  "challenge");
    const std::string nonce = json::value_to<std::string>(json::parse(c.body).at("nonce"));
    const Signature sig = key.sign(signInStatement(root, *fromHex(nonce)));
    auto s = need(console.postJson("/v1/advisor/session", R"({"sign_key":")" + toHex(key.publicKey) + R"(","nonce":")"
                                                              + nonce + R"(","signature":")" + toHex(sig) + R"("})"),
                  "session");
    return json::value_to<std::string>(json::parse(s.body).at("token"));
}

std::size_t casesVisible(tools::BlockingClient& console, const std::string& token)
{
    auto list = need(console.get("/v1/advisor/cases", {{"Authorization", "Bearer " + token}}), "cases");
    return json::parse(list.body).at("cases").as_array().size();
}

/// Single-row commits into a WAL database with synchronous=FULL: one durable commit's latency.
double commitBaselineMs(const fs::path& dir, int rounds)
{
    auto db = need(SqliteDb::open(dir / "baseline.db", true), "baseline db");
    for (const char* sql : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                            "CREATE TABLE t (id INTEGER PRIMARY KEY, v BLOB)"})
        if (!db.exec(sql))
            die(std::string("baseline: ") + sql);
    std::vector<double> ms;
    const Bytes row(4096, 0x5a);
    for (int i = 0; i < rounds; ++i) {
        auto stmt = need(db.prepare("INSERT INTO t (v) VALUES (?)"), "insert");
        const auto t0 = Clock::now();
        stmt.bind(1, row);
        if (!stmt.run())
            die("baseline insert");
        ms.push_back(millis(Clock::now() - t0));
    }
    return percentile(ms, 0.5);
}

void latency(Deployment& d, int reports)
{
    auto device = need(tools::BlockingClient::connect(d.relayUrl()), "device");
    auto console = need(tools::BlockingClient::connect("http://127.0.0.1:" + std::to_string(d.registry->port())),
                        "console");
    const std::string token = signIn(console, d.registry->keys().root.publicKey, 1);
    std::vector<double> ack, seen;
    std::size_t visible = casesVisible(console, token);
    for (int i = 0; i < reports; ++i) {
        const SealedReport r = d.seal();
        const ByteView view = r.envelope.bytes;
        const auto t0 = Clock::now();
        auto results = need(device.upload(std::span<const ByteView>(&view, 1)), "upload");
        if (results.at(0).status != IngestStatus::Stored)
            die("not stored");
        ack.push_back(millis(Clock::now() - t0));
        const auto deadline = t0 + std::chrono::seconds(30);
        while (casesVisible(console, token) <= visible) {
            if (Clock::now() > deadline)
                die("the case never reached the advisor");
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        seen.push_back(millis(Clock::now() - t0));
        ++visible;
    }
    const double baseline = commitBaselineMs(d.work, std::max(reports, 50));
    print("e2e.device_to_advisor.p50", percentile(seen, 0.5), "ms");
    print("e2e.device_to_advisor.p99", percentile(seen, 0.99), "ms");
    print("e2e.device_ack.p50", percentile(ack, 0.5), "ms");
    print("baseline.sqlite.commit.p50", baseline, "ms");
    // Two durable commits (relay, registry) sit on the path; the ratio says what the rest costs.
    print("e2e.device_to_advisor.ratio", percentile(seen, 0.5) / baseline, "x");
}

void wireBytes(Deployment& d, const std::string& name, std::size_t attachmentBytes, int reports)
{
    harness::FaultProxy counter(d.relay->port(), harness::FaultRates{}, 1);   // no faults: it only counts
    auto device = need(tools::BlockingClient::connect("http://127.0.0.1:" + std::to_string(counter.port())), "device");
    std::vector<Bytes> attachments;
    if (attachmentBytes > 0) {
        Bytes photo(attachmentBytes);
        randombytes_buf(photo.data(), photo.size());   // a photo does not compress
        attachments.push_back(std::move(photo));
    }
    Report described = test::nearMissReport();
    if (attachmentBytes > 0)
        described.attachments.push_back(AttachmentInfo{"photo-0.jpg", "image/jpeg", attachmentBytes});
    const std::size_t payload = need(encodeReport(described), "encode").size() + attachmentBytes;
    std::size_t envelopeBytes = 0;
    for (int i = 0; i < reports; ++i) {
        const SealedReport r = d.seal(attachments);
        envelopeBytes += r.envelope.bytes.size();
        const ByteView view = r.envelope.bytes;
        need(device.upload(std::span<const ByteView>(&view, 1)), "upload");
    }
    const auto& c = counter.counters();
    const double wire = static_cast<double>(c.bytesUp + c.bytesDown) / reports;
    print("wire." + name + ".payload", static_cast<double>(payload), "bytes");
    print("wire." + name + ".envelope", static_cast<double>(envelopeBytes) / reports, "bytes");
    print("wire." + name + ".on_the_wire", wire, "bytes");
    print("wire." + name + ".ratio", wire / static_cast<double>(payload), "x");
}

/// Opens `connections` idle TCP connections to `port` and returns the growth of this process's
/// resident size per 1,000 of them once the server had a second to accept them all.
double idleKiBPer1000(std::uint16_t port, std::size_t connections)
{
    ::malloc_trim(0);   // freed memory from earlier figures must not shrink the resident size meanwhile
    const long before = rssKiB();
    std::vector<int> fds;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    for (std::size_t i = 0; i < connections; ++i) {
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0)
            die("cannot open idle connection " + std::to_string(i));
        fds.push_back(fd);
    }
    std::this_thread::sleep_for(std::chrono::seconds(1));   // let the server accept them all
    const long after = rssKiB();
    for (int fd : fds)
        ::close(fd);
    return static_cast<double>(after - before) * 1000.0 / static_cast<double>(connections);
}

/// The least an Asio server can hold per idle connection: an accepted socket with one pending
/// 1-byte read, no session, no parser, no timer.
class BareAsioServer {
public:
    BareAsioServer() : m_acceptor(m_ioc, {net::ip::address_v4::loopback(), 0})
    {
        accept();
        m_thread = std::thread([this] { m_ioc.run(); });
    }
    ~BareAsioServer()
    {
        m_ioc.stop();
        m_thread.join();
    }
    std::uint16_t port() const { return m_acceptor.local_endpoint().port(); }

private:
    using tcp = net::ip::tcp;
    void accept()
    {
        m_acceptor.async_accept([this](boost::system::error_code ec, tcp::socket socket) {
            if (ec)
                return;
            auto& s = *m_sockets.emplace_back(std::make_unique<tcp::socket>(std::move(socket)));
            s.async_read_some(net::buffer(m_sink), [](boost::system::error_code, std::size_t) {});
            accept();
        });
    }
    net::io_context m_ioc;
    tcp::acceptor m_acceptor;
    std::vector<std::unique_ptr<tcp::socket>> m_sockets;
    std::array<char, 1> m_sink{};
    std::thread m_thread;
};

void idleMemory(Deployment& d, std::size_t connections)
{
    const std::size_t files = raiseFileLimit(connections * 2 + 1000);
    connections = std::min<std::size_t>(connections, (files - 200) / 2);   // both ends live here
    double bare = 0;
    {
        BareAsioServer server;
        bare = idleKiBPer1000(server.port(), connections);
    }
    const double relay = idleKiBPer1000(d.relay->port(), connections);
    print("relay.idle_connections", static_cast<double>(connections), "connections");
    print("baseline.asio.idle_connections.memory_per_1000", bare, "KiB");
    print("relay.idle_connections.memory_per_1000", relay, "KiB");
    print("relay.idle_connections.memory_per_1000.ratio", bare > 0 ? relay / bare : 0, "x");
}


/// One raw RSA private operation (no padding) with `key`: the unavoidable cost per token.
void rawRsaPrivate(const tokens::RsaPrivateKey& key, const Bytes& input)
{
    EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new(key.handle(), nullptr);
    Bytes out(input.size());
    std::size_t len = out.size();
    if (ctx == nullptr || EVP_PKEY_sign_init(ctx) != 1 || EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_NO_PADDING) != 1
        || EVP_PKEY_sign(ctx, out.data(), &len, input.data(), input.size()) != 1)
        die("raw RSA private operation");
    EVP_PKEY_CTX_free(ctx);
}

/// Filing tokens (issue 17): a batch of 50 issued through the relay by the registry, per token,
/// against one raw RSA private operation with the same issuer key in the same run.
void issuance(Deployment& d, int batches)
{
    const fs::path regDir = d.work / "registry";
    auto admin = need(registry::Admin::open(regDir), "admin");
    need(registry::newTokenEpoch(*admin, registry::EpochWindow{unixNow()}, unixNow()), "epoch");
    need(registry::publishTokenEpochs(*admin, unixNow()), "publish");
    need(registry::setTokenQuota(*admin, 100000, unixNow()), "quota");
    const std::string code = need(decodeProvisioning(need(admin->enrollment("http://127.0.0.1:1", true), "enroll"), 0),
                                  "provisioning").provisioning.enrolCode;
    auto device = need(tools::BlockingClient::connect(d.relayUrl()), "device");
    const SigningKeyPair credential = SigningKeyPair::generate();
    auto registered = need(device.postJson("/v1/devices", tokens::encodeDeviceRegistration(
                                                              tokens::makeDeviceRegistration(credential, code))),
                           "register");
    if (registered.status != 201)
        die("device registration: " + registered.body);
    const tokens::RsaPrivateKey issuer = need(registry::loadIssuerKey(regDir, 1), "issuer key");
    const Bytes challenge = need(tokens::envelopeTokenChallenge("bench"), "challenge");
    constexpr std::size_t kBatch = 50;
    std::vector<double> perToken, raw;
    Bytes input(issuer.publicKey().modulusLength(), 0x5a);
    input[0] = 0x01;   // below the modulus
    const std::int64_t start = unixNow();
    for (int b = 0; b < batches; ++b) {
        std::vector<tokens::TokenRequest> requests;
        for (std::size_t i = 0; i < kBatch; ++i)
            requests.push_back(need(tokens::makeBoundTokenRequest(issuer.publicKey(), challenge), "request").pending.request);
        const std::string body
            = tokens::encodeIssuanceRequest(tokens::makeIssuanceRequest(credential, 1, start + b, std::move(requests)));
        const auto t0 = Clock::now();
        auto answer = need(device.postJson("/v1/tokens", body), "tokens");
        const double ms = millis(Clock::now() - t0);
        if (answer.status != 200 || need(tokens::decodeIssuanceResponse(answer.body), "answer").responses.size() != kBatch)
            die("issuance: " + answer.body);
        perToken.push_back(ms * 1000.0 / static_cast<double>(kBatch));
        const auto r0 = Clock::now();
        for (std::size_t i = 0; i < kBatch; ++i)
            rawRsaPrivate(issuer, input);
        raw.push_back(millis(Clock::now() - r0) * 1000.0 / static_cast<double>(kBatch));
    }
    const double token = percentile(perToken, 0.5);
    const double base = percentile(raw, 0.5);
    print("tokens.issue.http_batch50.per_token.time", token, "us");
    print("baseline.tokens.rsa_private_op.time", base, "us");
    print("tokens.issue.http_batch50.ratio", token / base, "x");
}

} // namespace

int main(int argc, char** argv)
{
    int reports = 50;
    std::size_t idle = 4000;
    int tokenBatches = 20;
    CLI::App app{"vigil_e2e_bench: device -> relay -> registry -> advisor latency, bytes on the wire, idle memory"};
    app.add_option("--reports", reports, "reports for the latency and wire figures")->capture_default_str();
    app.add_option("--idle", idle, "idle connections for the memory figure")->capture_default_str();
    app.add_option("--token-batches", tokenBatches, "batches of 50 filing tokens issued")->capture_default_str();
    CLI11_PARSE(app, argc, argv);
    ensureSodium();
    Deployment d("vigil-e2e-bench");
    idleMemory(d, idle);   // first: nothing large has been allocated and freed yet
    latency(d, reports);
    wireBytes(d, "report", 0, std::max(reports / 5, 5));
    // 256 KiB is a padding worst case (just over a power of two: the body pads to 512 KiB);
    // 3 MiB, a phone photo, pads with Padmé (at most ~12 %).
    wireBytes(d, "report_photo256k", 256 * 1024, std::max(reports / 10, 3));
    wireBytes(d, "report_photo3m", 3 * 1024 * 1024, std::max(reports / 25, 2));
    issuance(d, tokenBatches);
    return 0;
}
