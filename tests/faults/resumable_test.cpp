// SPDX-License-Identifier: EUPL-1.2
// Network faults on a resumable upload (docs/harness.md): a fault proxy between a device and
// the relay drops, truncates and resets 10 % of the requests, mid-body included, while the
// device uploads sealed envelopes with a 3 MB photo each in 64 KiB chunks. Every envelope
// must be stored exactly once with a receipt that verifies, and the bytes the device put on
// the wire may exceed the envelopes' size by at most 10 %: what the relay committed is never
// sent again.
#include "tests/support/faultproxy.h"

#include "tests/support/deployment.h"
#include "tests/support/relaytest.h"

#include "sync-server/metrics.h"
#include "tests/support/blockingclient.h"

#include "shared/receipt.h"

#include <catch2/catch.hpp>

#include <sodium.h>

#include <iostream>
#include <random>

using namespace vigil;
using namespace vigil::harness;
namespace rt = vigil::relay::test;

namespace {

constexpr std::size_t kPhotoBytes = 3'000'000;
constexpr std::size_t kChunkBytes = 64 * 1024;
constexpr long kEnvelopes = 3;

Bytes photo()
{
    Bytes b(kPhotoBytes);
    randombytes_buf(b.data(), b.size());   // incompressible, like a JPEG
    return b;
}

ReportId reportIdOf(const Bytes& envelope)
{
    ReportId id{};
    std::copy(envelope.begin() + 4, envelope.begin() + 20, id.begin());
    return id;
}

} // namespace

TEST_CASE("at 10 % loss with cuts mid-body a resumable upload of multi-MB envelopes puts at most 1.1 x their size "
          "on the wire, and each is stored once",
          "[faults]")
{
    const double loss = static_cast<double>(std::min(envOr("VIGIL_FAULTS_UPLOAD_LOSS", 10), 95L)) / 100.0;
    const long count = envOr("VIGIL_FAULTS_UPLOAD_ENVELOPES", kEnvelopes);
    rt::TempDir dir;
    rt::LogCapture log;
    auto relay = rt::startRelay(rt::testConfig(dir.path()), log.logger());
    FaultRates rates;
    rates.loss = loss;
    rates.delay = 0.20;
    FaultProxy door(relay->port(), rates, std::random_device{}());

    HttpClientOptions http;
    http.timeout = std::chrono::milliseconds(5'000);
    auto client = tools::BlockingClient::connect("http://127.0.0.1:" + std::to_string(door.port()), http).value();
    tools::ResumableOptions options;
    options.chunkBytes = kChunkBytes;
    options.retryBase = std::chrono::milliseconds(10);
    options.retryMax = std::chrono::milliseconds(200);
    options.giveUpAfter = std::chrono::seconds(180);
    const std::array<PublicKey, 1> trusted{relay->receiptKey()};

    std::uint64_t payload = 0;
    tools::ResumableStats stats;
    for (long i = 0; i < count; ++i) {
        const std::array<Bytes, 1> attachments{photo()};
        const Bytes envelope = rt::sealedEnvelope(attachments);
        payload += envelope.size();
        auto result = client.uploadResumable(envelope, options, &stats);
        if (!result)
            FAIL(result.error().message);
        CHECK(result->status == IngestStatus::Stored);
        auto receipt = decodeReceipt(result->receipt);
        REQUIRE(receipt.ok());
        CHECK(verifyReceipt(*receipt, reportIdOf(envelope), envelopeHash(envelope), trusted).ok());
        CHECK(rt::queryInt(dir.path(), "SELECT COUNT(*) FROM envelopes WHERE envelope_hash = x'"
                                           + toHex(envelopeHash(envelope)) + "'")
              == 1);
    }
    CHECK(rt::queryInt(dir.path(), "SELECT COUNT(*) FROM envelopes") == count);
    CHECK(relay->metrics().stored.load() == static_cast<std::uint64_t>(count));
    CHECK(rt::queryInt(dir.path(), "SELECT COUNT(*) FROM upload_chunks") == 0);

    const FaultCounters& c = door.counters();
    const double ratio = static_cast<double>(c.bytesUp.load()) / static_cast<double>(payload);
    std::cout << "faults: resumable upload: " << count << " envelopes, " << payload << " bytes, in " << stats.requests
              << " requests (" << stats.failures << " without an answer); proxy: " << c.requests << " requests, "
              << c.faults() << " hit (dropped " << c.dropped << ", truncated " << c.truncated << ", reset mid-request "
              << c.resetRequest << ", reset mid-answer " << c.resetResponse << ") at " << loss * 100
              << " % loss; bytes on the wire device -> relay " << c.bytesUp << " = x" << ratio << " the payload"
              << std::endl;
    CHECK(ratio <= 1.1);
    // The cuts really happened, inside chunk bodies.
    CHECK(c.truncated + c.resetRequest > 0);
    CHECK(c.resetResponse + c.dropped > 0);
}
