// SPDX-License-Identifier: EUPL-1.2
#include "shared/seal.h"

#include "shared/envelope.h"
#include "shared/padding.h"
#include "shared/reportbody.h"
#include "shared/sealfordirectory.h"
#include "tests/support/testdata.h"

#include <catch2/catch.hpp>
#include <sodium.h>

using namespace vigil;

namespace {

struct Fixture {
    Directory directory = test::sampleDirectory();
    BoxKeyPair routing = test::routingKey();

    SealedReport seal(const Report& report, std::span<const Bytes> attachments = {},
                      std::vector<std::string> excluded = {}) const
    {
        auto sealed = sealForDirectory(report, attachments, directory, SealAddress{"42-battalion", "nl", std::move(excluded)});
        REQUIRE(sealed.ok());
        return std::move(*sealed);
    }
};

} // namespace

TEST_CASE("a sealed report opens for the registry (header) and for a recipient (body)", "[envelope]")
{
    Fixture f;
    const Report report = test::nearMissReport();
    SealedReport sealed = f.seal(report);

    auto header = openRoutingHeader(sealed.envelope.bytes, f.routing);
    REQUIRE(header.ok());
    CHECK(*header == sealed.header);
    CHECK(header->reportId == sealed.envelope.reportId);
    CHECK(header->kind == Kind::NearMiss);
    CHECK(header->month == "2025-03");
    CHECK(header->severity == Severity::II);
    // Severity II reaches the inspectorate too (sample routes).
    CHECK(header->groups == std::vector<std::string>{"so-13", "inspectorate"});
    CHECK(header->recipients == std::vector<std::string>{"m1", "m2", "m7"});

    for (int member : {1, 2, 7}) {
        auto body = openBody(sealed.envelope.bytes, test::memberBoxKey(member));
        REQUIRE(body.ok());
        auto decoded = decodeReportBody(body->view());
        REQUIRE(decoded.ok());
        CHECK(decoded->report == report);
    }
}

TEST_CASE("the routing header never carries the narrative, place or identity", "[envelope]")
{
    Fixture f;
    SealedReport sealed = f.seal(test::nearMissReport());
    const std::string header = encodeRoutingHeader(sealed.header);
    CHECK(header.find("jerrycan") == std::string::npos);
    CHECK(header.find("motorway") == std::string::npos);
    CHECK(header.find("Sgt.") == std::string::npos);
    CHECK(header.find("14:20") == std::string::npos);
}

TEST_CASE("a recipient outside the group cannot open the body", "[envelope]")
{
    Fixture f;
    SealedReport sealed = f.seal(test::nearMissReport());
    for (int outsider : {3, 6, 8}) {
        auto body = openBody(sealed.envelope.bytes, test::memberBoxKey(outsider));
        REQUIRE_FALSE(body.ok());
        CHECK_THAT(body.error().message, Catch::Contains("no key"));
    }
    auto wrongRouting = openRoutingHeader(sealed.envelope.bytes, test::memberBoxKey(1));
    REQUIRE_FALSE(wrongRouting.ok());
    CHECK_THAT(wrongRouting.error().message, Catch::Contains("routing key"));
}

TEST_CASE("an excluded member gets no key wrap and is not listed", "[envelope][conflict-of-interest]")
{
    Fixture f;
    Report report = test::socialReport();
    report.support.consentCommander = true;
    SealedReport sealed = f.seal(report, {}, {"m4"});
    CHECK(sealed.header.recipients == std::vector<std::string>{"m3", "m5", "m8"});
    CHECK_FALSE(openBody(sealed.envelope.bytes, test::memberBoxKey(4)).ok());
    CHECK(openBody(sealed.envelope.bytes, test::memberBoxKey(3)).ok());
    CHECK(openBody(sealed.envelope.bytes, test::memberBoxKey(8)).ok());
}

TEST_CASE("every single-byte flip of an envelope is rejected", "[envelope][tamper]")
{
    Fixture f;
    SealedReport sealed = f.seal(test::socialReport());
    const Bytes original = sealed.envelope.bytes;
    auto view = parseEnvelope(original);
    REQUIRE(view.ok());
    const std::size_t bodyStart = static_cast<std::size_t>(view->body.data() - original.data());
    const std::size_t wrapsStart = static_cast<std::size_t>(view->wraps.front().data() - original.data());

    std::size_t bodyFailures = 0;
    for (std::size_t i = 0; i < original.size(); ++i) {
        Bytes tampered = original;
        tampered[i] ^= 0x01;
        // The registry checks the whole envelope: layout, header seal and binding.
        auto header = openRoutingHeader(tampered, f.routing);
        INFO("flipped byte " << i);
        REQUIRE_FALSE(header.ok());
        // A recipient checks what it can: id, its own wrap and the body.
        if (i < 20 || i >= bodyStart) {
            if (!openBody(tampered, test::memberBoxKey(3)).ok())
                ++bodyFailures;
        }
    }
    const std::size_t recipientChecked = 20 + (original.size() - bodyStart);
    CHECK(bodyFailures == recipientChecked);
    CHECK(wrapsStart < bodyStart);
}

TEST_CASE("a header from one envelope with the body of another is rejected", "[envelope][binding]")
{
    Fixture f;
    SealedReport a = f.seal(test::nearMissReport());
    SealedReport b = f.seal(test::nearMissReport());
    auto va = parseEnvelope(a.envelope.bytes);
    auto vb = parseEnvelope(b.envelope.bytes);
    REQUIRE(va.ok());
    REQUIRE(vb.ok());

    auto rebuild = [](const EnvelopeView& idAndHeader, const EnvelopeView& rest) {
        EnvelopeParts p;
        p.reportId = idAndHeader.reportId;
        p.sealedHeader.assign(idAndHeader.sealedHeader.begin(), idAndHeader.sealedHeader.end());
        for (auto w : rest.wraps)
            p.wraps.emplace_back(w.begin(), w.end());
        p.body.assign(rest.body.begin(), rest.body.end());
        return serializeEnvelope(p);
    };
    auto swapped = openRoutingHeader(rebuild(*va, *vb), f.routing);
    REQUIRE_FALSE(swapped.ok());
    CHECK_THAT(swapped.error().message, Catch::Contains("content hash"));

    // Keeping b's id but a's header: the ids disagree.
    EnvelopeParts p;
    p.reportId = vb->reportId;
    p.sealedHeader.assign(va->sealedHeader.begin(), va->sealedHeader.end());
    for (auto w : va->wraps)
        p.wraps.emplace_back(w.begin(), w.end());
    p.body.assign(va->body.begin(), va->body.end());
    auto idSwap = openRoutingHeader(serializeEnvelope(p), f.routing);
    REQUIRE_FALSE(idSwap.ok());
    CHECK_THAT(idSwap.error().message, Catch::Contains("report id"));
    // The body is bound to its report id too, so a recipient refuses it under b's id.
    CHECK_FALSE(openBody(serializeEnvelope(p), test::memberBoxKey(1)).ok());
}

TEST_CASE("truncated, extended and oversized envelopes give clear errors", "[envelope][bad-input]")
{
    Fixture f;
    const Bytes bytes = f.seal(test::nearMissReport()).envelope.bytes;
    for (std::size_t len : {std::size_t{0}, std::size_t{3}, std::size_t{10}, std::size_t{22}, std::size_t{300},
                            bytes.size() - 1}) {
        auto r = parseEnvelope(ByteView(bytes).first(len));
        INFO("length " << len);
        REQUIRE_FALSE(r.ok());
        CHECK_THAT(r.error().message, Catch::Contains("envelope:"));
    }
    CHECK_THAT(parseEnvelope(ByteView(bytes).first(10)).error().message, Catch::Contains("truncated"));

    Bytes extended = bytes;
    extended.push_back(0);
    CHECK_THAT(parseEnvelope(extended).error().message, Catch::Contains("trailing"));
    CHECK_THAT(parseEnvelope(bytes, 1000).error().message, Catch::Contains("exceeds the limit"));

    Bytes badMagic = bytes;
    badMagic[3] = 0x02;
    CHECK_THAT(parseEnvelope(badMagic).error().message, Catch::Contains("version 1"));
}

TEST_CASE("padding hides the report size up to its bucket", "[envelope][padding]")
{
    Fixture f;
    Report shortReport = test::nearMissReport();
    shortReport.narrative = "Short.";
    Report longer = shortReport;
    longer.narrative = std::string(100, 'x');
    // Precondition: both bodies fall in the same bucket, yet differ in length.
    auto bodyA = encodeReportBody(shortReport, {});
    auto bodyB = encodeReportBody(longer, {});
    REQUIRE(bodyA.ok());
    REQUIRE(bodyB.ok());
    REQUIRE(bodyA->bytes().size() != bodyB->bytes().size());
    REQUIRE(paddedSize(bodyA->bytes().size()) == paddedSize(bodyB->bytes().size()));
    const auto a = f.seal(shortReport).envelope.bytes.size();
    const auto b = f.seal(longer).envelope.bytes.size();
    CHECK(a == b);

    CHECK(paddedSize(0) == 1024);
    CHECK(paddedSize(1023) == 1024);
    CHECK(paddedSize(1024) == 2048);
    CHECK(paddedSize(5000) == 8192);
    CHECK(paddedSize(8191) == 8192);
    // Above 8 KiB, Padmé: a photo report just over 256 KiB costs 3 %, not twice its size.
    CHECK(paddedSize(8192) == 8704);
    CHECK(paddedSize(263'188) == 270'336);
    CHECK(paddedSize(1024 * 1024 - 1) == 1024 * 1024);
    // The bound over every length from 8 KiB to 2 MiB and some beyond, and the order kept.
    std::size_t previous = paddedSize(8191);
    for (std::size_t n = 8192; n <= (std::size_t{1} << 21); n += 61) {
        const auto p = paddedSize(n);
        INFO(n);
        REQUIRE(p > n);
        REQUIRE(static_cast<double>(p) <= static_cast<double>(n + 1) * 1.12);
        REQUIRE(p >= previous);
        previous = p;
    }
    for (std::size_t n : {std::size_t{3'000'000}, std::size_t{17'000'000}, std::size_t{33'554'432}}) {
        const auto p = paddedSize(n);
        CHECK(p > n);
        CHECK(static_cast<double>(p) <= static_cast<double>(n + 1) * 1.12);
    }
}

TEST_CASE("a body padded the earlier way, to a power of two, is unpadded as before", "[envelope][padding]")
{
    // Senders before issue 20 padded a 256 KiB photo report to 512 KiB; receivers never check
    // the size a sender chose, only the 0x80 and zeros after the plaintext.
    Bytes plaintext(263'188);
    for (std::size_t i = 0; i < plaintext.size(); ++i)
        plaintext[i] = static_cast<std::uint8_t>(i * 13 + 1);
    for (std::size_t padTo : {std::size_t{524'288}, paddedSize(plaintext.size())}) {
        INFO(padTo);
        Bytes padded = plaintext;
        padded.resize(padTo);
        padded[plaintext.size()] = 0x80;
        REQUIRE(unpad(padded).ok());
        CHECK(padded == plaintext);
    }
    Bytes noMarker(4096);
    CHECK_FALSE(unpad(noMarker).ok());
}

TEST_CASE("attachments travel inside the sealed body and stream in chunks", "[envelope][attachments]")
{
    Fixture f;
    Report report = test::nearMissReport();
    Bytes photo(200 * 1024);
    for (std::size_t i = 0; i < photo.size(); ++i)
        photo[i] = static_cast<std::uint8_t>(i * 7);
    report.attachments = {AttachmentInfo{"leak.jpg", "image/jpeg", photo.size()}};
    const std::vector<Bytes> attachments{photo};
    SealedReport sealed = f.seal(report, attachments);
    auto view = parseEnvelope(sealed.envelope.bytes);
    REQUIRE(view.ok());
    CHECK(view->body.size() > 3 * envelope::kChunkBytes); // ~205 KiB padded, several chunks

    auto body = openBody(sealed.envelope.bytes, test::memberBoxKey(2));
    REQUIRE(body.ok());
    auto decoded = decodeReportBody(body->view());
    REQUIRE(decoded.ok());
    REQUIRE(decoded->attachments.size() == 1);
    CHECK(decoded->attachments[0].bytes() == photo);

    // Dropping the final chunk (a truncated upload) must not yield a shorter report.
    EnvelopeParts p;
    p.reportId = view->reportId;
    p.sealedHeader.assign(view->sealedHeader.begin(), view->sealedHeader.end());
    for (auto w : view->wraps)
        p.wraps.emplace_back(w.begin(), w.end());
    p.body.assign(view->body.begin(), view->body.begin() + envelope::kStreamHeaderBytes
                                          + 2 * (envelope::kChunkBytes + envelope::kChunkOverhead));
    auto truncated = openBody(serializeEnvelope(p), test::memberBoxKey(2));
    REQUIRE_FALSE(truncated.ok());
    CHECK_THAT(truncated.error().message, Catch::Contains("final chunk"));
}

TEST_CASE("the key wrap count is padded with decoys to a multiple of four", "[envelope][padding]")
{
    Fixture f;
    SealedReport sealed = f.seal(test::nearMissReport()); // three recipients
    auto view = parseEnvelope(sealed.envelope.bytes);
    REQUIRE(view.ok());
    CHECK(view->wraps.size() == 4);
}

TEST_CASE("a token, reserved in version 1, is carried unread and bound by the content hash", "[envelope][token]")
{
    // A later version puts an abuse-control token here; a version-1 registry and recipient must
    // take such an envelope as it is, and nobody on the way may add, change or strip the token.
    Fixture f;
    const SealedReport sealed = f.seal(test::nearMissReport());
    auto view = parseEnvelope(sealed.envelope.bytes);
    REQUIRE(view.ok());
    EnvelopeParts parts;
    parts.reportId = view->reportId;
    parts.token = {0x01, 0x02, 0x03, 0x04};
    for (auto w : view->wraps)
        parts.wraps.emplace_back(w.begin(), w.end());
    parts.body.assign(view->body.begin(), view->body.end());
    RoutingHeader header = sealed.header;
    EnvelopeView withToken{parts.reportId, {}, parts.token, {}, parts.body};
    for (const auto& w : parts.wraps)
        withToken.wraps.emplace_back(w);
    header.contentHash = contentHash(withToken);
    Bytes plain = toBytes(encodeRoutingHeader(header));
    padToBucket(plain);
    parts.sealedHeader.resize(plain.size() + crypto_box_SEALBYTES);
    REQUIRE(crypto_box_seal(parts.sealedHeader.data(), plain.data(), plain.size(), f.routing.publicKey.data()) == 0);
    const Bytes envelope = serializeEnvelope(parts);

    auto opened = openRoutingHeader(envelope, f.routing);
    REQUIRE(opened.ok());
    CHECK(opened->contentHash == header.contentHash);
    CHECK(openBody(envelope, test::memberBoxKey(1)).ok());

    Bytes changed = parts.token;
    changed[3] ^= 0x80;
    for (const Bytes& token : {Bytes{}, changed, Bytes{0x01, 0x02, 0x03}}) {
        EnvelopeParts other = parts;
        other.token = token;
        auto refused = openRoutingHeader(serializeEnvelope(other), f.routing);
        REQUIRE_FALSE(refused.ok());
        CHECK_THAT(refused.error().message, Catch::Contains("content hash"));
    }
}

TEST_CASE("the device refuses to seal a routing header the registry would refuse", "[envelope][header]")
{
    // Regression: the sealer checked only the header's size, so a header the registry's decoder
    // refuses was sealed and sent, and the report was lost after the relay's receipt.
    Fixture f;
    RoutingContext ctx;
    ctx.groups = {"so-13"};
    ctx.unit = "42-battalion";
    ctx.language = "de";
    const std::vector<Recipient> one{{"m1", test::memberBoxKey(1).publicKey}};
    auto refused = sealReport(test::nearMissReport(), {}, ctx, one, f.routing.publicKey);
    REQUIRE_FALSE(refused.ok());
    CHECK_THAT(refused.error().message, Catch::Contains("registry would refuse"));
    CHECK_THAT(refused.error().message, Catch::Contains("header.lang"));
}

TEST_CASE("a routing header lists as many recipients as the envelope carries wraps, as far as it fits",
          "[envelope][header]")
{
    // Regression: the decoder took at most 256 recipients while the sealer wrapped up to 1020,
    // so a report to a large group was sealed and then refused by the registry.
    Fixture f;
    RoutingContext ctx;
    ctx.groups = {"ca-pool"};
    std::vector<Recipient> many;
    for (int i = 0; i < 300; ++i)
        many.push_back({"a" + std::to_string(i), test::memberBoxKey(1).publicKey});
    auto sealed = sealReport(test::socialReport(), {}, ctx, many, f.routing.publicKey);
    REQUIRE(sealed.ok());
    auto header = openRoutingHeader(sealed->envelope.bytes, f.routing);
    REQUIRE(header.ok());
    CHECK(header->recipients.size() == 300);

    // Long member ids fill the sealed header first; then the device refuses, it never sends.
    for (auto& r : many)
        r.memberId = std::string(60, 'x') + r.memberId;
    auto tooLarge = sealReport(test::socialReport(), {}, ctx, many, f.routing.publicKey);
    REQUIRE_FALSE(tooLarge.ok());
    CHECK_THAT(tooLarge.error().message, Catch::Contains("routing header is too large"));
}

TEST_CASE("sealing fails closed without recipients", "[envelope]")
{
    RoutingHeader h;
    h.groups = {"g"};
    auto r = sealEnvelope(asBytes("x"), h, {}, test::routingKey().publicKey);
    REQUIRE_FALSE(r.ok());
    CHECK_THAT(r.error().message, Catch::Contains("at least one recipient"));
}

TEST_CASE("the dedup key is the report id and the hash of the whole envelope", "[envelope][dedup]")
{
    Fixture f;
    SealedReport sealed = f.seal(test::nearMissReport());
    CHECK(sealed.envelope.envelopeHash == envelopeHash(sealed.envelope.bytes));
    Bytes changed = sealed.envelope.bytes;
    changed.back() ^= 1;
    CHECK(envelopeHash(changed) != sealed.envelope.envelopeHash);
}

TEST_CASE("padding is libsodium's ISO/IEC 7816-4 padding byte for byte, and unpadding refuses anything else",
          "[envelope][padding]")
{
    REQUIRE(sodium_init() >= 0);
    for (std::size_t length : {std::size_t{0}, std::size_t{1}, std::size_t{7}, std::size_t{8}, std::size_t{1022},
                               std::size_t{1023}, std::size_t{1024}, std::size_t{4095}, std::size_t{70'001},
                               std::size_t{1024 * 1024}, std::size_t{3'000'017}}) {
        Bytes data(length);
        if (length > 0) // an empty vector's data() is null, which libsodium's declaration forbids
            randombytes_buf(data.data(), data.size());
        const Bytes original = data;
        padToBucket(data);
        REQUIRE(data.size() == paddedSize(length));

        Bytes reference = original;
        reference.resize(data.size());
        std::size_t referenceLength = 0;
        REQUIRE(sodium_pad(&referenceLength, reference.data(), length, data.size(), reference.size()) == 0);
        REQUIRE(referenceLength == data.size());
        CHECK(data == reference);

        REQUIRE(unpad(data).ok());
        CHECK(data == original);
        std::size_t unpaddedLength = 0;
        REQUIRE(sodium_unpad(&unpaddedLength, reference.data(), reference.size(), reference.size()) == 0);
        CHECK(unpaddedLength == length);
    }
    Bytes empty;
    CHECK_FALSE(unpad(empty).ok());
    Bytes zeros(4096, 0);
    CHECK_FALSE(unpad(zeros).ok());
    Bytes wrongMarker(4096, 0);
    wrongMarker[100] = 0x81;
    CHECK_FALSE(unpad(wrongMarker).ok());
    Bytes noZerosAfter(16, 0x80);
    REQUIRE(unpad(noZerosAfter).ok()); // the last byte is the marker: 15 bytes of content
    CHECK(noZerosAfter.size() == 15);
}
