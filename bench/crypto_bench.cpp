// SPDX-License-Identifier: EUPL-1.2
// vigil_crypto_bench: what sealing and opening cost per report and per MiB of attachment,
// against the raw libsodium primitives the same work needs, measured in the same run:
//   - per report (a text-only near miss to two recipients): sealReport against one X25519
//     key pair (the reply key), one crypto_box_seal per wrap and for the routing header, and a
//     crypto_secretstream over the padded body; opening (routing header as the registry does,
//     then the body as an advisor does, decoded) against one crypto_box_seal_open each and a
//     secretstream pull;
//   - per MiB of attachment (a report with one random photo-like attachment): sealReport and
//     openBody in MiB/s against crypto_secretstream push / pull over the same bytes in the
//     envelope's 64 KiB chunks.
// Rounds interleave baseline and Vigil runs; medians are printed (the machine is shared).
// Prints `name value unit` lines on stdout (docs/benchmarks.md); progress goes to stderr.

#include "bench/figures.h"
#include "bench/timing.h"
#include "tests/support/testdata.h"

#include "shared/envelope.h"
#include "shared/padding.h"
#include "shared/reportbody.h"
#include "shared/reportcodec.h"
#include "shared/routingheader.h"
#include "shared/seal.h"
#include "shared/sodiuminit.h"

#include <CLI/CLI.hpp>
#include <sodium.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <iostream>
#include <vector>

using namespace vigil;
using vigil::bench::fail;
using vigil::bench::median;
using vigil::bench::must;
using vigil::bench::print;
using vigil::bench::rate;

namespace {

constexpr double kMiB = 1024.0 * 1024.0;

struct Fixture {
    BoxKeyPair routing = test::routingKey();
    BoxKeyPair member = test::memberBoxKey(1);
    std::vector<Recipient> recipients{{"m1", test::memberBoxKey(1).publicKey}, {"m2", test::memberBoxKey(2).publicKey}};
    RoutingContext context{{"so-13-brigade"}, "13-brigade", "nl", 1};

    SealedReport seal(const Report& report, std::span<const Bytes> attachments) const
    {
        return must(sealReport(report, attachments, context, recipients, routing.publicKey), "seal");
    }
};

/// Raw secretstream over `plain` in the envelope's chunks; returns the ciphertext.
Bytes streamPush(ByteView plain, const unsigned char* key)
{
    using namespace envelope;
    Bytes out(kStreamHeaderBytes + plain.size() + (plain.size() / kChunkBytes + 1) * kChunkOverhead);
    crypto_secretstream_xchacha20poly1305_state state;
    crypto_secretstream_xchacha20poly1305_init_push(&state, out.data(), key);
    std::size_t in = 0;
    std::size_t pos = kStreamHeaderBytes;
    do {
        const std::size_t n = std::min(kChunkBytes, plain.size() - in);
        const bool last = in + n == plain.size();
        unsigned long long written = 0;
        crypto_secretstream_xchacha20poly1305_push(&state, out.data() + pos, &written, plain.data() + in, n, nullptr, 0,
                                                   last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        in += n;
        pos += static_cast<std::size_t>(written);
    } while (in < plain.size());
    out.resize(pos);
    return out;
}

/// Raw secretstream pull of what streamPush made; dies when it does not decrypt.
void streamPull(ByteView cipher, const unsigned char* key, Bytes& plain)
{
    using namespace envelope;
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, cipher.data(), key) != 0)
        fail("baseline", "bad stream header");
    plain.resize(cipher.size());
    std::size_t pos = kStreamHeaderBytes;
    std::size_t out = 0;
    while (pos < cipher.size()) {
        const std::size_t n = std::min(kChunkBytes + kChunkOverhead, cipher.size() - pos);
        unsigned long long written = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&state, plain.data() + out, &written, &tag, cipher.data() + pos, n,
                                                       nullptr, 0)
            != 0)
            fail("baseline", "chunk does not decrypt");
        pos += n;
        out += static_cast<std::size_t>(written);
    }
}

/// The primitives one sealed text-only report needs: reply key pair, a sealed box per
/// recipient (decoy wraps are random bytes) and for the header, and the body stream.
void rawSeal(std::size_t bodyBytes, std::size_t headerBytes, std::size_t wraps, const PublicKey& to)
{
    unsigned char pk[crypto_box_PUBLICKEYBYTES];
    unsigned char sk[crypto_box_SECRETKEYBYTES];
    crypto_box_keypair(pk, sk);
    unsigned char key[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    crypto_secretstream_xchacha20poly1305_keygen(key);
    const Bytes body(bodyBytes, 0x42);
    const Bytes cipher = streamPush(body, key);
    unsigned char wrap[32 + crypto_box_SEALBYTES];
    for (std::size_t i = 0; i < wraps; ++i)
        crypto_box_seal(wrap, key, sizeof key, to.data());
    const Bytes header(headerBytes, 0x17);
    Bytes sealedHeader(headerBytes + crypto_box_SEALBYTES);
    crypto_box_seal(sealedHeader.data(), header.data(), header.size(), to.data());
    sodium_memzero(sk, sizeof sk);
}

struct Options {
    double seconds = 1.0;
    std::size_t attachmentBytes = 4 * 1024 * 1024;
    std::size_t rounds = 3;
};

void perReport(const Options& o, const Fixture& f)
{
    const Report report = test::nearMissReport();
    const SealedReport sample = f.seal(report, {});
    const std::size_t body = paddedSize(must(encodeReportBody(report, {}), "body").bytes().size());
    WipedBytes headerPlain(toBytes(encodeRoutingHeader(sample.header)));
    const std::size_t header = paddedSize(headerPlain.bytes().size());
    // Baseline material for the open side: one sealed header, one wrap, one stream.
    unsigned char key[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    crypto_secretstream_xchacha20poly1305_keygen(key);
    const Bytes cipher = streamPush(Bytes(body, 0x42), key);
    Bytes sealedHeader(header + crypto_box_SEALBYTES);
    crypto_box_seal(sealedHeader.data(), Bytes(header, 0x17).data(), header, f.member.publicKey.data());
    unsigned char wrap[sizeof key + crypto_box_SEALBYTES];
    crypto_box_seal(wrap, key, sizeof key, f.member.publicKey.data());

    std::vector<double> seal, rawSealRate, open, rawOpenRate;
    for (std::size_t round = 1; round <= o.rounds; ++round) {
        std::cerr << "crypto round " << round << "/" << o.rounds << ": per report\n";
        rawSealRate.push_back(rate(o.seconds, [&] { rawSeal(body, header, f.recipients.size(), f.member.publicKey); }));
        seal.push_back(rate(o.seconds, [&] { (void)f.seal(report, {}); }));
        Bytes plainHeader(header), plainBody;
        unsigned char opened[sizeof key];
        rawOpenRate.push_back(rate(o.seconds, [&] {
            if (crypto_box_seal_open(plainHeader.data(), sealedHeader.data(), sealedHeader.size(), f.member.publicKey.data(),
                                     f.member.secretKey.data())
                    != 0
                || crypto_box_seal_open(opened, wrap, sizeof wrap, f.member.publicKey.data(), f.member.secretKey.data())
                       != 0)
                fail("baseline", "sealed box does not open");
            streamPull(cipher, opened, plainBody);
        }));
        open.push_back(rate(o.seconds, [&] {
            (void)must(openRoutingHeader(sample.envelope.bytes, f.routing), "open header");
            auto plain = must(openBody(sample.envelope.bytes, f.member), "open body");
            (void)must(decodeReportBody(plain.view()), "decode");
        }));
    }
    print("crypto.report.envelope_bytes", static_cast<double>(sample.envelope.bytes.size()), "bytes");
    print("crypto.seal.report", median(seal), "reports/s");
    print("crypto.seal.report.time", 1e6 / median(seal), "us");
    print("baseline.crypto.seal_primitives", median(rawSealRate), "reports/s");
    print("crypto.seal.report.ratio", median(seal) / median(rawSealRate), "x");
    print("crypto.open.report", median(open), "reports/s");
    print("crypto.open.report.time", 1e6 / median(open), "us");
    print("baseline.crypto.open_primitives", median(rawOpenRate), "reports/s");
    print("crypto.open.report.ratio", median(open) / median(rawOpenRate), "x");
}

void perMiB(const Options& o, const Fixture& f)
{
    Bytes photo(o.attachmentBytes);
    randombytes_buf(photo.data(), photo.size());
    Report report = test::nearMissReport();
    report.attachments.push_back(AttachmentInfo{"photo.jpg", "image/jpeg", photo.size()});
    const std::vector<Bytes> attachments{photo};
    const SealedReport sample = f.seal(report, attachments);
    unsigned char key[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    crypto_secretstream_xchacha20poly1305_keygen(key);
    const Bytes cipher = streamPush(photo, key);
    const double mib = static_cast<double>(photo.size()) / kMiB;

    std::vector<double> seal, rawPush, open, rawPull;
    for (std::size_t round = 1; round <= o.rounds; ++round) {
        std::cerr << "crypto round " << round << "/" << o.rounds << ": " << mib << " MiB attachment\n";
        rawPush.push_back(mib * rate(o.seconds, [&] { (void)streamPush(photo, key); }));
        seal.push_back(mib * rate(o.seconds, [&] { (void)f.seal(report, attachments); }));
        Bytes plain;
        rawPull.push_back(mib * rate(o.seconds, [&] { streamPull(cipher, key, plain); }));
        open.push_back(mib * rate(o.seconds, [&] { (void)must(openBody(sample.envelope.bytes, f.member), "open body"); }));
    }
    print("crypto.attachment.bytes", static_cast<double>(photo.size()), "bytes");
    print("crypto.seal.attachment", median(seal), "MiB/s");
    print("crypto.seal.attachment.per_mib", 1e3 / median(seal), "ms");
    print("baseline.crypto.secretstream_push", median(rawPush), "MiB/s");
    print("crypto.seal.attachment.ratio", median(seal) / median(rawPush), "x");
    print("crypto.open.attachment", median(open), "MiB/s");
    print("crypto.open.attachment.per_mib", 1e3 / median(open), "ms");
    print("baseline.crypto.secretstream_pull", median(rawPull), "MiB/s");
    print("crypto.open.attachment.ratio", median(open) / median(rawPull), "x");
}

} // namespace

int main(int argc, char** argv)
{
    Options o;
    bool quick = false;
    CLI::App app{"vigil_crypto_bench: sealing and opening per report and per MiB against raw libsodium"};
    app.add_option("--seconds", o.seconds, "Measured time per figure and round")->capture_default_str();
    app.add_option("--attachment-bytes", o.attachmentBytes, "Size of the attachment for the per-MiB figures")
        ->check(CLI::Range(std::size_t{1024}, std::size_t{64} << 20))
        ->capture_default_str();
    app.add_option("--rounds", o.rounds, "Rounds; medians are printed")->check(CLI::Range(1, 100))->capture_default_str();
    app.add_flag("--quick", quick, "Smoke run: one short round, 256 KiB attachment");
    CLI11_PARSE(app, argc, argv);
    if (quick) {
        o.seconds = 0.05;
        o.rounds = 1;
        o.attachmentBytes = 256 * 1024;
    }
    ensureSodium();
    const Fixture f;
    perReport(o, f);
    perMiB(o, f);
    return 0;
}
