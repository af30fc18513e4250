// SPDX-License-Identifier: EUPL-1.2
#include "receipt.h"

#include "merkle.h"

#include <algorithm>

namespace vigil {

namespace {

constexpr std::uint8_t kReceiptMagic[4] = {'V', 'G', 'R', 0x01};
constexpr std::string_view kBatchContext = "vigil receipt batch v1";
constexpr std::size_t kMaxPath = 32;

Hash32 leafHash(const ReportId& reportId, const Hash32& envelopeHash)
{
    ByteWriter w;
    w.bytes(reportId);
    w.bytes(envelopeHash);
    return merkleLeafHash(w.data());
}

/// The signed statement: a context string, then the batch time, size and root.
Bytes batchStatement(std::uint64_t batchTime, std::uint32_t batchSize, const Hash32& root)
{
    ByteWriter w;
    w.text(kBatchContext);
    w.u64(batchTime);
    w.u32(batchSize);
    w.bytes(root);
    return w.take();
}

} // namespace

std::vector<Receipt> signReceiptBatch(const SigningKeyPair& key, std::span<const ReceiptLeaf> leaves,
                                      std::uint64_t batchTime)
{
    std::vector<Receipt> out;
    if (leaves.empty())
        return out;
    std::vector<Hash32> hashes;
    hashes.reserve(leaves.size());
    for (const auto& l : leaves)
        hashes.push_back(leafHash(l.reportId, l.envelopeHash));
    MerkleTree tree(std::move(hashes));
    const auto size = static_cast<std::uint32_t>(leaves.size());
    const Signature sig = key.sign(batchStatement(batchTime, size, tree.root()));
    out.reserve(leaves.size());
    for (std::uint32_t i = 0; i < size; ++i)
        out.push_back(Receipt{leaves[i].reportId, leaves[i].envelopeHash, batchTime, size, i, tree.path(i),
                              key.publicKey, sig});
    return out;
}

Bytes encodeReceipt(const Receipt& r)
{
    ByteWriter w;
    w.bytes(kReceiptMagic);
    w.bytes(r.reportId);
    w.bytes(r.envelopeHash);
    w.u64(r.batchTime);
    w.u32(r.batchSize);
    w.u32(r.leafIndex);
    w.u8(static_cast<std::uint8_t>(r.path.size()));
    for (const auto& p : r.path)
        w.bytes(p);
    w.bytes(r.signer);
    w.bytes(r.signature);
    return w.take();
}

Result<Receipt> decodeReceipt(ByteView bytes)
{
    ByteReader in(bytes, "receipt");
    auto magic = in.bytes(4, "magic");
    if (!magic)
        return magic.error();
    if (!std::equal(magic->begin(), magic->end(), std::begin(kReceiptMagic)))
        return Error{"receipt: not a Vigil receipt of version 1"};
    Receipt r;
    auto id = in.fixed<16>("report_id");
    auto hash = id ? in.fixed<32>("envelope_hash") : Result<Hash32>(id.error());
    auto time = hash ? in.u64("batch_time") : Result<std::uint64_t>(hash.error());
    auto size = time ? in.u32("batch_size") : Result<std::uint32_t>(time.error());
    auto index = size ? in.u32("leaf_index") : Result<std::uint32_t>(size.error());
    auto pathLen = index ? in.u8("path_len") : Result<std::uint8_t>(index.error());
    if (!pathLen)
        return pathLen.error();
    if (*pathLen > kMaxPath)
        return in.error("path_len", std::to_string(*pathLen) + " exceeds " + std::to_string(kMaxPath));
    r.reportId = *id;
    r.envelopeHash = *hash;
    r.batchTime = *time;
    r.batchSize = *size;
    r.leafIndex = *index;
    for (std::size_t i = 0; i < *pathLen; ++i) {
        auto node = in.fixed<32>("path");
        if (!node)
            return node.error();
        r.path.push_back(*node);
    }
    auto signer = in.fixed<32>("signer");
    if (!signer)
        return signer.error();
    auto sig = in.fixed<64>("signature");
    if (!sig)
        return sig.error();
    r.signer = *signer;
    r.signature = *sig;
    if (auto end = in.expectEnd(); !end)
        return end.error();
    return r;
}

Status verifyReceipt(const Receipt& r, const ReportId& reportId, const Hash32& envelopeHash,
                     std::span<const PublicKey> trustedSigners)
{
    if (r.reportId != reportId || r.envelopeHash != envelopeHash)
        return Error{"receipt: it is for another envelope"};
    if (std::find(trustedSigners.begin(), trustedSigners.end(), r.signer) == trustedSigners.end())
        return Error{"receipt: signed by key " + keyId(r.signer) + ", which is not a trusted relay or registry key"};
    auto root = merkleRootFromPath(leafHash(r.reportId, r.envelopeHash), r.leafIndex, r.batchSize, r.path);
    if (!root)
        return Error{"receipt: the inclusion path does not fit the batch"};
    if (!verifySignature(r.signer, batchStatement(r.batchTime, r.batchSize, *root), r.signature))
        return Error{"receipt: signature does not verify"};
    return {};
}

std::string receiptCode(const Hash32& envelopeHash)
{
    static constexpr char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    std::string out;
    std::uint64_t acc = 0;
    int bits = 0;
    for (std::size_t i = 0; i < 10; ++i) {
        acc = (acc << 8) | envelopeHash[i];
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            if (!out.empty() && (out.size() + 1) % 5 == 0)
                out.push_back('-');
            out.push_back(alphabet[(acc >> bits) & 31u]);
        }
    }
    return out;
}

} // namespace vigil
