// SPDX-License-Identifier: EUPL-1.2
#pragma once

// A Merkle tree with the hashing and shape of RFC 6962/9162 (with BLAKE2b-256 in place of
// SHA-256), used to sign one root per committed batch of envelopes: a relay signs once per
// group commit, and every receipt carries its inclusion path.

#include "hash.h"

#include <cstdint>
#include <span>
#include <vector>

namespace vigil {

Hash32 merkleLeafHash(ByteView data);                       ///< H(0x00 || data)
Hash32 merkleNodeHash(const Hash32& left, const Hash32& right); ///< H(0x01 || left || right)

/// All levels of the tree over `leafHashes` (level 0 = leaves, last = root), built bottom-up
/// with a lone last node promoted unchanged, which yields exactly RFC 6962's tree.
class MerkleTree {
public:
    explicit MerkleTree(std::vector<Hash32> leafHashes);
    const Hash32& root() const { return m_levels.back().front(); }
    std::size_t size() const { return m_levels.front().size(); }
    /// The inclusion path of leaf `index`, bottom-up (RFC 9162 §2.1.3.1).
    std::vector<Hash32> path(std::size_t index) const;

private:
    std::vector<std::vector<Hash32>> m_levels;
};

/// Recomputes the root from a leaf hash and its inclusion path (RFC 9162 §2.1.3.2); nullopt
/// when the path does not fit `index` and `treeSize`.
std::optional<Hash32> merkleRootFromPath(const Hash32& leafHash, std::uint64_t index, std::uint64_t treeSize,
                                         std::span<const Hash32> path);

} // namespace vigil
