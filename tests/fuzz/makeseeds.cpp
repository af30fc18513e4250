// SPDX-License-Identifier: EUPL-1.2
// Writes the seed corpus of the fuzz targets (tests/fuzz/corpus/<target>/): valid inputs made
// with the test-vector keys, so fuzzing starts from inputs that reach the deep checks.
// Run: build/…/tests/fuzz/vigil_fuzz_seeds tests/fuzz/corpus
#include "fuzzkeys.h"

#include "tests/support/testdata.h"

#include "shared/batch.h"
#include "shared/bulletin.h"
#include "shared/message.h"
#include "shared/provisioning.h"
#include "shared/receipt.h"
#include "shared/reportbody.h"
#include "shared/reportcodec.h"
#include "shared/seal.h"
#include "shared/sealfordirectory.h"

#include <filesystem>
#include <fstream>
#include <iostream>

using namespace vigil;
namespace fs = std::filesystem;

namespace {

void write(const fs::path& dir, const std::string& name, ByteView bytes)
{
    fs::create_directories(dir);
    std::ofstream(dir / name, std::ios::binary).write(reinterpret_cast<const char*>(bytes.data()),
                                                      static_cast<std::streamsize>(bytes.size()));
}

SealedReport seal(const Report& report, const Directory& d)
{
    // d.routingKey is fuzz::routingKey(), which fuzz_envelope opens the headers with.
    return std::move(*sealForDirectory(report, {}, d, SealAddress{"42-battalion", "nl", {}}));
}

} // namespace

int main(int argc, char* argv[])
{
    const fs::path out = argc > 1 ? argv[1] : "tests/fuzz/corpus";
    Directory d = test::sampleDirectory();
    d.routingKey = fuzz::routingKey().publicKey;
    // member 1's box key is the fuzz target's member key, so bodies open in fuzz_envelope.
    const SealedReport near = seal(test::nearMissReport(), d);
    const SealedReport social = seal(test::socialReport(), d);
    write(out / "envelope", "near-miss", near.envelope.bytes);
    write(out / "envelope", "social", social.envelope.bytes);
    auto followUp = sealFollowUp(Message{{}, 0, "", "More details."}, near.header,
                                 std::vector<Recipient>{{"m1", fuzz::memberKey().publicKey}}, d.routingKey);
    write(out / "envelope", "follow-up", followUp->bytes);

    write(out / "report", "near-miss.json", asBytes(*encodeReport(test::nearMissReport())));
    write(out / "report", "social.json", asBytes(*encodeReport(test::socialReport())));
    write(out / "report", "header.json", asBytes(encodeRoutingHeader(near.header)));
    write(out / "report", "message.json", asBytes(encodeMessage(Message{near.envelope.reportId, 1, "m1", "Hello"})));
    write(out / "report", "body.bin", encodeReportBody(test::nearMissReport(), {})->bytes());

    const SigningKeyPair root = test::rootKey();
    write(out / "signed", "directory", signDirectory(d, root));
    write(out / "signed", "directory.json", asBytes(encodeDirectory(d)));
    Bulletin b{1, 1'750'000'000, BulletinKind::SafetyAlert, {Category::LiveFire}, "Titel", "Title", "Tekst", "Text"};
    write(out / "signed", "bulletin", signBulletin(b, root));
    auto receipts = signReceiptBatch(test::relayKey(), std::vector<ReceiptLeaf>{{near.envelope.reportId, near.envelope.envelopeHash},
                                                                                {social.envelope.reportId, social.envelope.envelopeHash},
                                                                                {followUp->reportId, followUp->envelopeHash}},
                                     1'750'000'000);
    write(out / "signed", "receipt", encodeReceipt(receipts[1]));
    write(out / "signed", "provisioning.json",
          asBytes(encodeProvisioning(Provisioning{root.publicKey, "https://relay.example:8443", "Defensie", {}, signDirectory(d, root), {}})));
    const std::vector<ByteView> both{near.envelope.bytes, social.envelope.bytes};
    const Bytes batch = encodeBatch(both);
    write(out / "signed", "batch", batch);
    std::vector<IngestResult> results{{IngestStatus::Stored, near.envelope.reportId, encodeReceipt(receipts[0]), ""},
                                      {IngestStatus::Invalid, std::nullopt, {}, "envelope: truncated"}};
    write(out / "signed", "results.json", asBytes(encodeIngestResults(results)));
    write(out / "signed", "reply", sealReply(Message{near.envelope.reportId, 1, "m1", "Thanks"}, test::memberSignKey(1),
                                             fuzz::memberKey().publicKey));

    auto request = [&](const std::string& name, const std::string& head, ByteView body) {
        std::string text = head + "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + toString(body);
        write(out / "http", name, asBytes(text));
    };
    request("post-batch", "POST /v1/envelopes HTTP/1.1\r\nHost: relay\r\nContent-Type: application/vnd.vigil.batch\r\n", batch);
    request("get-mailbox", "GET /v1/mailbox/ab12?after=3 HTTP/1.1\r\nHost: relay\r\n", {});
    request("get-bulletins", "GET /v1/bulletins?after=0 HTTP/1.1\r\nHost: relay\r\n", {});
    request("get-directory", "GET /v1/directory HTTP/1.1\r\nHost: relay\r\nIf-None-Match: \"x\"\r\n", {});
    request("get-health", "GET /healthz HTTP/1.1\r\nHost: relay\r\n", {});
    std::cout << "seeds written to " << out << "\n";
    return 0;
}
