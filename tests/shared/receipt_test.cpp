// SPDX-License-Identifier: EUPL-1.2
#include "shared/receipt.h"

#include "tests/support/testdata.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace vigil;

namespace {

constexpr std::uint64_t kBatchTime = 1'750'000'123;

std::vector<ReceiptLeaf> makeLeaves(std::size_t n)
{
    std::vector<ReceiptLeaf> out;
    for (std::size_t i = 0; i < n; ++i) {
        ReceiptLeaf l;
        const Hash32 idSource = blake2b256(asBytes("report " + std::to_string(i)));
        std::copy_n(idSource.begin(), l.reportId.size(), l.reportId.begin());
        l.envelopeHash = blake2b256(asBytes("envelope " + std::to_string(i)));
        out.push_back(l);
    }
    return out;
}

const std::vector<PublicKey>& trusted()
{
    static const std::vector<PublicKey> keys{test::rootKey().publicKey, test::relayKey().publicKey};
    return keys;
}

Status verify(const Receipt& r)
{
    return verifyReceipt(r, r.reportId, r.envelopeHash, trusted());
}

Receipt sampleReceipt(std::size_t batch = 7, std::size_t index = 3)
{
    const auto leaves = makeLeaves(batch);
    auto receipts = signReceiptBatch(test::relayKey(), leaves, kBatchTime);
    REQUIRE(receipts.size() == batch);
    return receipts[index];
}

} // namespace

TEST_CASE("every receipt of a signed batch verifies", "[receipt]")
{
    for (std::size_t n : {std::size_t{1}, std::size_t{2}, std::size_t{7}, std::size_t{256}}) {
        const auto leaves = makeLeaves(n);
        const auto receipts = signReceiptBatch(test::relayKey(), leaves, kBatchTime);
        REQUIRE(receipts.size() == n);
        for (std::size_t i = 0; i < n; ++i) {
            INFO("batch " << n << " receipt " << i);
            const Receipt& r = receipts[i];
            CHECK(r.reportId == leaves[i].reportId);
            CHECK(r.envelopeHash == leaves[i].envelopeHash);
            CHECK(r.batchTime == kBatchTime);
            CHECK(r.batchSize == n);
            CHECK(r.leafIndex == i);
            CHECK(r.signer == test::relayKey().publicKey);
            // One signature per batch.
            CHECK(r.signature == receipts[0].signature);
            auto ok = verifyReceipt(r, leaves[i].reportId, leaves[i].envelopeHash, trusted());
            CHECK(ok.ok());
            if (!ok)
                FAIL_CHECK(ok.error().message);
        }
    }
    CHECK(signReceiptBatch(test::relayKey(), {}, kBatchTime).empty());
}

TEST_CASE("a receipt encodes and decodes byte-exactly", "[receipt][codec]")
{
    for (std::size_t n : {std::size_t{1}, std::size_t{7}, std::size_t{256}}) {
        const Receipt r = sampleReceipt(n, n - 1);
        const Bytes bytes = encodeReceipt(r);
        // magic, id, hash, time, size, index, path count, path, signer, signature
        CHECK(bytes.size() == 4 + 16 + 32 + 8 + 4 + 4 + 1 + 32 * r.path.size() + 32 + 64);
        CHECK(toString(ByteView(bytes).first(4)) == std::string("VGR\x01", 4));
        auto decoded = decodeReceipt(bytes);
        REQUIRE(decoded.ok());
        CHECK(*decoded == r);
        CHECK(encodeReceipt(*decoded) == bytes);
        CHECK(verify(*decoded).ok());
    }
}

TEST_CASE("a receipt for another envelope is rejected", "[receipt]")
{
    const Receipt r = sampleReceipt();
    ReportId otherId = r.reportId;
    otherId[0] ^= 1;
    Hash32 otherHash = r.envelopeHash;
    otherHash[31] ^= 1;

    for (auto [id, hash] : {std::pair{otherId, r.envelopeHash}, std::pair{r.reportId, otherHash},
                            std::pair{otherId, otherHash}}) {
        auto s = verifyReceipt(r, id, hash, trusted());
        REQUIRE_FALSE(s.ok());
        CHECK_THAT(s.error().message, Catch::Contains("for another envelope"));
    }
    // A receipt rewritten to name the other envelope no longer fits the signed root.
    Receipt rewritten = r;
    rewritten.envelopeHash = otherHash;
    auto s = verifyReceipt(rewritten, r.reportId, otherHash, trusted());
    REQUIRE_FALSE(s.ok());
    CHECK_THAT(s.error().message, Catch::Contains("signature does not verify"));
    // The receipt of a neighbour in the same batch is not a receipt for this envelope.
    const Receipt neighbour = sampleReceipt(7, 4);
    CHECK_FALSE(verifyReceipt(neighbour, r.reportId, r.envelopeHash, trusted()).ok());
}

TEST_CASE("a receipt from a signer outside the trusted list is rejected", "[receipt][signature]")
{
    const auto leaves = makeLeaves(3);
    const SigningKeyPair stranger = SigningKeyPair::fromSeed(test::seed("stranger relay"));
    const Receipt r = signReceiptBatch(stranger, leaves, kBatchTime)[1];
    auto s = verify(r);
    REQUIRE_FALSE(s.ok());
    CHECK_THAT(s.error().message, Catch::Contains("not a trusted relay or registry key"));
    CHECK_THAT(s.error().message, Catch::Contains(keyId(stranger.publicKey)));
    // The same receipt counts once its signer is trusted.
    const std::vector<PublicKey> withStranger{stranger.publicKey};
    CHECK(verifyReceipt(r, r.reportId, r.envelopeHash, withStranger).ok());
    CHECK_FALSE(verifyReceipt(r, r.reportId, r.envelopeHash, {}).ok());

    // Claiming a trusted signer does not help: the signature is the stranger's.
    Receipt claimed = r;
    claimed.signer = test::relayKey().publicKey;
    CHECK_THAT(verify(claimed).error().message, Catch::Contains("signature does not verify"));
}

TEST_CASE("a receipt with a changed signature, path, time, size or index is rejected", "[receipt][tamper]")
{
    const Receipt r = sampleReceipt(7, 3);
    REQUIRE(verify(r).ok());
    REQUIRE(r.path.size() == 3);

    for (std::size_t i = 0; i < r.signature.size(); ++i) {
        Receipt t = r;
        t.signature[i] ^= 0x01;
        INFO("signature byte " << i);
        CHECK_FALSE(verify(t).ok());
    }
    for (std::size_t k = 0; k < r.path.size(); ++k)
        for (std::size_t i = 0; i < 32; ++i) {
            Receipt t = r;
            t.path[k][i] ^= 0x80;
            INFO("path node " << k << " byte " << i);
            CHECK_FALSE(verify(t).ok());
        }
    for (int bit = 0; bit < 64; ++bit) {
        Receipt t = r;
        t.batchTime ^= std::uint64_t{1} << bit;
        INFO("time bit " << bit);
        CHECK_THAT(verify(t).error().message, Catch::Contains("signature does not verify"));
    }
    for (std::uint32_t size : {1u, 4u, 6u, 8u, 9u}) {
        Receipt t = r;
        t.batchSize = size;
        INFO("size " << size);
        CHECK_FALSE(verify(t).ok());
    }
    for (std::uint32_t index : {0u, 1u, 2u, 4u, 6u, 7u, 100u}) {
        Receipt t = r;
        t.leafIndex = index;
        INFO("index " << index);
        CHECK_FALSE(verify(t).ok());
    }
    Receipt shorter = r;
    shorter.path.pop_back();
    CHECK_THAT(verify(shorter).error().message, Catch::Contains("inclusion path does not fit"));
    Receipt longer = r;
    longer.path.push_back(r.path.front());
    CHECK_THAT(verify(longer).error().message, Catch::Contains("inclusion path does not fit"));
}

TEST_CASE("every single-byte change of an encoded receipt is rejected", "[receipt][tamper]")
{
    const Receipt r = sampleReceipt(7, 3);
    const Bytes bytes = encodeReceipt(r);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        Bytes tampered = bytes;
        tampered[i] ^= 0x01;
        INFO("byte " << i);
        auto decoded = decodeReceipt(tampered);
        if (!decoded)
            continue;
        // A decodable receipt names an envelope; it must not vouch for the original one under a
        // changed field, and must not verify for whatever envelope it now names.
        CHECK_FALSE(verify(*decoded).ok());
    }
}

TEST_CASE("truncated or malformed receipt encodings give clear errors", "[receipt][bad-input]")
{
    const Bytes bytes = encodeReceipt(sampleReceipt(7, 3));
    for (std::size_t len = 0; len < bytes.size(); ++len) {
        auto r = decodeReceipt(ByteView(bytes).first(len));
        INFO("length " << len);
        REQUIRE_FALSE(r.ok());
        CHECK_THAT(r.error().message, Catch::StartsWith("receipt: "));
    }
    auto message = [&](std::size_t len) { return decodeReceipt(ByteView(bytes).first(len)).error().message; };
    CHECK_THAT(message(2), Catch::Contains("magic at byte 0: input is truncated"));
    CHECK_THAT(message(10), Catch::Contains("report_id at byte 4"));
    CHECK_THAT(message(30), Catch::Contains("envelope_hash at byte 20"));
    CHECK_THAT(message(55), Catch::Contains("batch_time at byte 52"));
    CHECK_THAT(message(61), Catch::Contains("batch_size at byte 60"));
    CHECK_THAT(message(66), Catch::Contains("leaf_index at byte 64"));
    CHECK_THAT(message(68), Catch::Contains("path_len at byte 68"));
    CHECK_THAT(message(69 + 40), Catch::Contains("path at byte 101"));
    CHECK_THAT(message(69 + 96 + 10), Catch::Contains("signer at byte 165"));
    CHECK_THAT(message(bytes.size() - 1), Catch::Contains("signature at byte 197"));

    Bytes longer = bytes;
    longer.push_back(0);
    CHECK_THAT(decodeReceipt(longer).error().message, Catch::Contains("1 unexpected trailing bytes"));

    Bytes badMagic = bytes;
    badMagic[3] = 0x02;
    CHECK_THAT(decodeReceipt(badMagic).error().message, Catch::Contains("not a Vigil receipt of version 1"));

    Bytes longPath = bytes;
    longPath[68] = 33;
    CHECK_THAT(decodeReceipt(longPath).error().message, Catch::Contains("33 exceeds 32"));
    CHECK_THAT(decodeReceipt(longPath).error().message, Catch::StartsWith("receipt: path_len"));
}

TEST_CASE("the receipt code is four groups of four Crockford base32 characters", "[receipt][code]")
{
    const Hash32 zero{};
    CHECK(receiptCode(zero) == "0000-0000-0000-0000");

    Hash32 ones{};
    ones.fill(0xff);
    CHECK(receiptCode(ones) == "ZZZZ-ZZZZ-ZZZZ-ZZZZ");

    // 0x00 0x44 0x32 0x14 0xc7 0x42 0x54 0xb6 0x35 0xcf: 5-bit groups 0..31 in order.
    const auto counting = fixedFromHex<32>("00443214c74254b635cf" + std::string(44, '0'));
    REQUIRE(counting.ok());
    CHECK(receiptCode(*counting) == "0123-4567-89AB-CDEF");
    const auto upper = fixedFromHex<32>("84653a56d7c675be77df" + std::string(44, 'f'));
    REQUIRE(upper.ok());
    CHECK(receiptCode(*upper) == "GHJK-MNPQ-RSTV-WXYZ");

    // A pinned value for a real hash; only the first 80 bits matter.
    const Hash32 h = blake2b256(asBytes("vigil receipt code"));
    const std::string code = receiptCode(h);
    CHECK(code == "4GWE-V8H8-ED10-TF7Y"); // computed independently (Python hashlib.blake2b)
    Hash32 tail = h;
    tail[10] ^= 0xff;
    tail[31] ^= 0xff;
    CHECK(receiptCode(tail) == code);
    Hash32 head = h;
    head[9] ^= 0x01;
    CHECK(receiptCode(head) != code);

    for (int i = 0; i < 64; ++i) {
        const std::string c = receiptCode(blake2b256(asBytes("code " + std::to_string(i))));
        INFO(c);
        REQUIRE(c.size() == 19);
        for (std::size_t k = 0; k < c.size(); ++k) {
            if (k % 5 == 4)
                CHECK(c[k] == '-');
            else
                CHECK(std::string_view("0123456789ABCDEFGHJKMNPQRSTVWXYZ").find(c[k]) != std::string_view::npos);
        }
        // Crockford leaves out the letters people confuse with digits.
        CHECK(c.find_first_of("ILOU") == std::string::npos);
    }
}
