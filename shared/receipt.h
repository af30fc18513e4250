// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Signed receipts (docs/protocol.md §4): a node's proof that it durably stored an envelope.
// One Ed25519 signature covers the Merkle root of a whole committed batch, so signing never
// limits ingest; each receipt carries the inclusion path of its own envelope.

#include "envelope.h"
#include "keys.h"

#include <span>
#include <string>
#include <vector>

namespace vigil {

struct ReceiptLeaf {
    ReportId reportId{};
    Hash32 envelopeHash{};
};

struct Receipt {
    ReportId reportId{};
    Hash32 envelopeHash{};
    std::uint64_t batchTime = 0;   ///< unix seconds at which the batch was committed
    std::uint32_t batchSize = 0;
    std::uint32_t leafIndex = 0;
    std::vector<Hash32> path;
    PublicKey signer{};
    Signature signature{};
    bool operator==(const Receipt&) const = default;
};

/// Signs one batch: a single signature over the batch's Merkle root, and a receipt per leaf.
std::vector<Receipt> signReceiptBatch(const SigningKeyPair& key, std::span<const ReceiptLeaf> leaves,
                                      std::uint64_t batchTime);

Bytes encodeReceipt(const Receipt& receipt);
Result<Receipt> decodeReceipt(ByteView bytes);

/// Verifies the inclusion path and signature, that the receipt is for exactly this envelope,
/// and that the signer is one of `trustedSigners` (relay keys from the signed directory).
Status verifyReceipt(const Receipt& receipt, const ReportId& reportId, const Hash32& envelopeHash,
                     std::span<const PublicKey> trustedSigners);

/// A short, human-typable code for a receipt: Crockford base32 of the first 80 bits of the
/// envelope hash, in groups of four ("7K3M-Q9XA-2BDF-H0PR").
std::string receiptCode(const Hash32& envelopeHash);

} // namespace vigil
