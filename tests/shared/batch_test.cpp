// SPDX-License-Identifier: EUPL-1.2
#include "shared/batch.h"

#include "shared/receipt.h"
#include "tests/support/testdata.h"

#include <catch2/catch.hpp>

using namespace vigil;

namespace {

constexpr std::size_t kMaxEnvelopes = 64;
constexpr std::size_t kMaxEnvelopeBytes = 4096;

std::vector<Bytes> sampleEnvelopes()
{
    std::vector<Bytes> out;
    out.push_back(toBytes("first envelope"));
    out.push_back(Bytes{});
    out.push_back(Bytes(kMaxEnvelopeBytes, 0xa5));
    out.push_back(Bytes{0x00, 0xff, 0x00});
    return out;
}

std::vector<ByteView> views(const std::vector<Bytes>& envelopes)
{
    return std::vector<ByteView>(envelopes.begin(), envelopes.end());
}

std::string rejection(ByteView batch, std::size_t maxEnvelopes = kMaxEnvelopes,
                      std::size_t maxEnvelopeBytes = kMaxEnvelopeBytes)
{
    auto r = decodeBatch(batch, maxEnvelopes, maxEnvelopeBytes);
    REQUIRE_FALSE(r.ok());
    return r.error().message;
}

/// A batch header claiming `count` envelopes, followed by `body`.
Bytes rawBatch(std::uint16_t count, ByteView body = {})
{
    ByteWriter w;
    w.bytes(kBatchMagic);
    w.u16(count);
    w.bytes(body);
    return w.take();
}

} // namespace

TEST_CASE("a batch of envelopes round-trips as views into the batch", "[batch]")
{
    const auto envelopes = sampleEnvelopes();
    const Bytes batch = encodeBatch(views(envelopes));
    std::size_t payload = 0;
    for (const auto& e : envelopes)
        payload += 4 + e.size();
    CHECK(batch.size() == 4 + 2 + payload);
    CHECK(toHex(ByteView(batch).first(6)) == "56475401" "0004");
    CHECK(toHex(ByteView(batch).subspan(6, 4)) == "0000000e"); // "first envelope" is 14 bytes

    auto decoded = decodeBatch(batch, kMaxEnvelopes, kMaxEnvelopeBytes);
    REQUIRE(decoded.ok());
    REQUIRE(decoded->size() == envelopes.size());
    for (std::size_t i = 0; i < envelopes.size(); ++i) {
        INFO("envelope " << i);
        CHECK(std::equal((*decoded)[i].begin(), (*decoded)[i].end(), envelopes[i].begin(), envelopes[i].end()));
        // No copies: the views point into the batch buffer.
        if (!envelopes[i].empty()) {
            CHECK((*decoded)[i].data() >= batch.data());
            CHECK((*decoded)[i].data() + (*decoded)[i].size() <= batch.data() + batch.size());
        }
    }

    // Exactly the maximum count is accepted.
    const std::vector<Bytes> many(kMaxEnvelopes, Bytes{1, 2, 3});
    auto full = decodeBatch(encodeBatch(views(many)), kMaxEnvelopes, kMaxEnvelopeBytes);
    REQUIRE(full.ok());
    CHECK(full->size() == kMaxEnvelopes);
}

TEST_CASE("a batch with no envelopes or too many is rejected", "[batch][bad-input]")
{
    CHECK_THAT(rejection(rawBatch(0)), Catch::Contains("batch: count"));
    CHECK_THAT(rejection(rawBatch(0)), Catch::Contains("0 envelopes; a batch holds 1 to 64"));
    CHECK_THAT(rejection(encodeBatch({})), Catch::Contains("0 envelopes"));

    const std::vector<Bytes> many(kMaxEnvelopes + 1, Bytes{1});
    CHECK_THAT(rejection(encodeBatch(views(many))), Catch::Contains("65 envelopes; a batch holds 1 to 64"));
    // The count is judged before anything is read or allocated for it.
    CHECK_THAT(rejection(rawBatch(0xffff)), Catch::Contains("65535 envelopes"));
}

TEST_CASE("an envelope longer than the limit is rejected before it is read", "[batch][bad-input]")
{
    const std::vector<Bytes> envelopes{Bytes{1}, Bytes(kMaxEnvelopeBytes + 1, 0)};
    CHECK_THAT(rejection(encodeBatch(views(envelopes))),
               Catch::Contains("envelope 1 is 4097 bytes, the limit is 4096"));
    CHECK_THAT(rejection(encodeBatch(views(envelopes))), Catch::StartsWith("batch: length"));

    // A length claiming far more than is there fails on the limit, not on allocation.
    ByteWriter body;
    body.u32(0xffffffff);
    CHECK_THAT(rejection(rawBatch(1, body.data())), Catch::Contains("4294967295 bytes, the limit is 4096"));
}

TEST_CASE("a truncated batch is rejected at every length", "[batch][bad-input]")
{
    const auto envelopes = sampleEnvelopes();
    const Bytes batch = encodeBatch(views(envelopes));
    for (std::size_t len = 0; len < batch.size(); len += (len < 64 ? 1 : 257)) {
        INFO("length " << len);
        auto r = decodeBatch(ByteView(batch).first(len), kMaxEnvelopes, kMaxEnvelopeBytes);
        REQUIRE_FALSE(r.ok());
        CHECK_THAT(r.error().message, Catch::StartsWith("batch: "));
    }
    CHECK_THAT(rejection(ByteView(batch).first(batch.size() - 1)), Catch::Contains("envelope at byte"));
    CHECK_THAT(rejection(ByteView(batch).first(batch.size() - 1)), Catch::Contains("truncated"));
    CHECK_THAT(rejection(ByteView(batch).first(5)), Catch::Contains("count at byte 4"));
    CHECK_THAT(rejection(ByteView(batch).first(8)), Catch::Contains("length at byte 6"));
    // A batch claiming more envelopes than it carries.
    Bytes moreClaimed = batch;
    moreClaimed[5] = 5;
    CHECK_THAT(rejection(moreClaimed), Catch::Contains("length at byte"));
}

TEST_CASE("trailing bytes after the last envelope are rejected", "[batch][bad-input]")
{
    const auto envelopes = sampleEnvelopes();
    Bytes batch = encodeBatch(views(envelopes));
    batch.push_back(0);
    CHECK_THAT(rejection(batch), Catch::Contains("batch: 1 unexpected trailing bytes"));
    // A batch claiming fewer envelopes than it carries.
    Bytes fewerClaimed = encodeBatch(views(envelopes));
    fewerClaimed[5] = 3;
    CHECK_THAT(rejection(fewerClaimed), Catch::Contains("trailing bytes"));

    Bytes badMagic = encodeBatch(views(envelopes));
    badMagic[3] = 0x02;
    CHECK_THAT(rejection(badMagic), Catch::Contains("not a Vigil envelope batch of version 1"));
}

TEST_CASE("ingest results round-trip through JSON", "[batch][results]")
{
    ReceiptLeaf leaf;
    leaf.reportId.fill(0x11);
    leaf.envelopeHash.fill(0x22);
    const std::vector<ReceiptLeaf> leaves{leaf};
    const Receipt receipt = signReceiptBatch(test::relayKey(), leaves, 1'750'000'000)[0];

    std::vector<IngestResult> results(5);
    results[0] = IngestResult{IngestStatus::Stored, leaf.reportId, encodeReceipt(receipt), ""};
    results[1] = IngestResult{IngestStatus::Duplicate, leaf.reportId, encodeReceipt(receipt), ""};
    ReportId other{};
    other[15] = 1;
    results[2] = IngestResult{IngestStatus::Conflict, other, {}, "same report id, different envelope"};
    results[3] = IngestResult{IngestStatus::Invalid, std::nullopt, {}, "envelope: input is truncated"};
    results[4] = IngestResult{IngestStatus::Invalid, other, {}, "unicode \"quoted\" — ok"};

    const std::string text = encodeIngestResults(results);
    CHECK_THAT(text, Catch::StartsWith(R"({"results":[{"status":"stored","report_id":"11111111111111111111111111111111","receipt":")"));
    CHECK_THAT(text, Catch::Contains(R"({"status":"invalid","reason":"envelope: input is truncated"})"));

    auto decoded = decodeIngestResults(text, results.size());
    REQUIRE(decoded.ok());
    CHECK(*decoded == results);
    CHECK(encodeIngestResults(*decoded) == text);
    // The receipt survives intact and still verifies.
    auto back = decodeReceipt((*decoded)[0].receipt);
    REQUIRE(back.ok());
    const std::vector<PublicKey> trusted{test::relayKey().publicKey};
    CHECK(verifyReceipt(*back, leaf.reportId, leaf.envelopeHash, trusted).ok());

    auto none = decodeIngestResults(encodeIngestResults({}), 10);
    REQUIRE(none.ok());
    CHECK(none->empty());
}

TEST_CASE("malformed ingest results are rejected with the field path", "[batch][results][bad-input]")
{
    auto reject = [](std::string_view text, std::size_t maxResults = 10) {
        auto r = decodeIngestResults(text, maxResults);
        INFO(text);
        REQUIRE_FALSE(r.ok());
        return r.error().message;
    };
    CHECK_THAT(reject(R"({"results":[{"status":"lost"}]})"), Catch::Contains("response.results[0].status"));
    CHECK_THAT(reject(R"({"results":[{"status":"stored","report_id":"1234"}]})"),
               Catch::Contains("response.results[0].report_id"));
    CHECK_THAT(reject(R"({"results":[{"status":"stored","receipt":"not base64!"}]})"),
               Catch::Contains("response.results[0].receipt"));
    CHECK_THAT(reject(R"({"results":[{"status":"stored","extra":1}]})"),
               Catch::Contains("response.results[0].extra: is not a known field"));
    CHECK_THAT(reject(R"({"results":[],"more":true})"), Catch::Contains("response.more"));
    CHECK_THAT(reject(R"({})"), Catch::Contains("response.results: is required"));
    CHECK_THAT(reject(R"({"results":[{"status":"stored"},{"status":"stored"}]})", 1),
               Catch::Contains("response.results: has 2 entries, the limit is 1"));
    CHECK_THAT(reject("[]"), Catch::Contains("expected a JSON object"));
    CHECK_THAT(reject(std::string(20'000, ' '), 1), Catch::Contains("the limit is"));
}
