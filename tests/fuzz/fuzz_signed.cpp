// SPDX-License-Identifier: EUPL-1.2
// Everything a device verifies: directory, bulletins, receipts, provisioning, replies, and the
// batch framing and ingest answers a relay or device parses.
#include "fuzzkeys.h"

#include "shared/batch.h"
#include "shared/bulletin.h"
#include "shared/directory.h"
#include "shared/message.h"
#include "shared/provisioning.h"
#include "shared/receipt.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace vigil;
    const ByteView in(data, size);
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    (void)verifyDirectory(in, fuzz::rootKey(), 1'750'000'001);
    (void)decodeDirectory(text);
    (void)verifyBulletin(in, fuzz::rootKey());
    (void)decodeBulletin(text);
    if (auto receipt = decodeReceipt(in)) {
        const PublicKey trusted = fuzz::relayKey();
        (void)verifyReceipt(*receipt, receipt->reportId, receipt->envelopeHash, std::span(&trusted, 1));
    }
    (void)decodeProvisioning(text, 1'750'000'001);
    (void)decodeBatch(in, 1024, 1u << 20);
    (void)decodeIngestResults(text, 1024);
    (void)openReply(in, fuzz::memberKey());
    return 0;
}
