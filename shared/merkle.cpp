// SPDX-License-Identifier: EUPL-1.2
#include "merkle.h"

#include <cassert>

namespace vigil {

Hash32 merkleLeafHash(ByteView data)
{
    const std::uint8_t prefix = 0x00;
    return Hasher().add(ByteView(&prefix, 1)).add(data).finish();
}

Hash32 merkleNodeHash(const Hash32& left, const Hash32& right)
{
    const std::uint8_t prefix = 0x01;
    return Hasher().add(ByteView(&prefix, 1)).add(left).add(right).finish();
}

MerkleTree::MerkleTree(std::vector<Hash32> leafHashes)
{
    assert(!leafHashes.empty());
    m_levels.push_back(std::move(leafHashes));
    while (m_levels.back().size() > 1) {
        const auto& below = m_levels.back();
        std::vector<Hash32> level;
        level.reserve((below.size() + 1) / 2);
        for (std::size_t i = 0; i + 1 < below.size(); i += 2)
            level.push_back(merkleNodeHash(below[i], below[i + 1]));
        if (below.size() % 2 == 1)
            level.push_back(below.back());
        m_levels.push_back(std::move(level));
    }
}

std::vector<Hash32> MerkleTree::path(std::size_t index) const
{
    assert(index < size());
    std::vector<Hash32> out;
    for (std::size_t level = 0; level + 1 < m_levels.size(); ++level) {
        const auto& nodes = m_levels[level];
        const std::size_t sibling = index ^ 1u;
        if (sibling < nodes.size())
            out.push_back(nodes[sibling]);
        index >>= 1;
    }
    return out;
}

std::optional<Hash32> merkleRootFromPath(const Hash32& leafHash, std::uint64_t index, std::uint64_t treeSize,
                                         std::span<const Hash32> path)
{
    if (index >= treeSize)
        return std::nullopt;
    std::uint64_t fn = index;
    std::uint64_t sn = treeSize - 1;
    Hash32 r = leafHash;
    for (const auto& p : path) {
        if (sn == 0)
            return std::nullopt;
        if ((fn & 1u) != 0 || fn == sn) {
            r = merkleNodeHash(p, r);
            if ((fn & 1u) == 0)
                while ((fn & 1u) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
        } else {
            r = merkleNodeHash(r, p);
        }
        fn >>= 1;
        sn >>= 1;
    }
    if (sn != 0)
        return std::nullopt;
    return r;
}

} // namespace vigil
