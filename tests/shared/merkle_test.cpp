// SPDX-License-Identifier: EUPL-1.2
#include "shared/merkle.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

using namespace vigil;

namespace {

std::vector<Hash32> leaves(std::size_t n)
{
    std::vector<Hash32> out;
    for (std::size_t i = 0; i < n; ++i)
        out.push_back(merkleLeafHash(asBytes("leaf " + std::to_string(i))));
    return out;
}

/// RFC 6962 §2.1 MTH, written straight from the definition: split at the largest power of
/// two smaller than n.
Hash32 referenceRoot(std::span<const Hash32> d)
{
    if (d.size() == 1)
        return d[0];
    std::size_t k = 1;
    while (k * 2 < d.size())
        k *= 2;
    return merkleNodeHash(referenceRoot(d.first(k)), referenceRoot(d.subspan(k)));
}

} // namespace

TEST_CASE("leaf and node hashes are domain-separated BLAKE2b-256", "[merkle]")
{
    const Bytes data = toBytes("envelope");
    Bytes prefixed{0x00};
    prefixed.insert(prefixed.end(), data.begin(), data.end());
    CHECK(merkleLeafHash(data) == blake2b256(prefixed));
    CHECK(merkleLeafHash(data) != blake2b256(data));

    const Hash32 a = merkleLeafHash(asBytes("a"));
    const Hash32 b = merkleLeafHash(asBytes("b"));
    Bytes node{0x01};
    node.insert(node.end(), a.begin(), a.end());
    node.insert(node.end(), b.begin(), b.end());
    CHECK(merkleNodeHash(a, b) == blake2b256(node));
    CHECK(merkleNodeHash(a, b) != merkleNodeHash(b, a));
    // A node can never pass for a leaf of the same bytes.
    Bytes ab(a.begin(), a.end());
    ab.insert(ab.end(), b.begin(), b.end());
    CHECK(merkleLeafHash(ab) != merkleNodeHash(a, b));
}

TEST_CASE("the roots of trees of size 1, 2 and 3 follow RFC 6962", "[merkle][rfc6962]")
{
    const auto l = leaves(3);
    CHECK(MerkleTree({l[0]}).root() == l[0]);
    CHECK(MerkleTree({l[0], l[1]}).root() == merkleNodeHash(l[0], l[1]));
    // Size 3: MTH = H(1 || MTH(d0,d1) || MTH(d2)) — the lone third leaf is not hashed again.
    CHECK(MerkleTree({l[0], l[1], l[2]}).root() == merkleNodeHash(merkleNodeHash(l[0], l[1]), l[2]));
    CHECK(MerkleTree({l[0], l[1], l[2]}).size() == 3);
}

TEST_CASE("the tree matches the recursive RFC 6962 definition for sizes 1 to 40", "[merkle][rfc6962]")
{
    const auto all = leaves(40);
    for (std::size_t n = 1; n <= all.size(); ++n) {
        std::vector<Hash32> d(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(n));
        INFO("size " << n);
        CHECK(MerkleTree(d).root() == referenceRoot(d));
    }
}

TEST_CASE("every inclusion path of every tree up to 40 leaves reproduces the root", "[merkle][path]")
{
    const auto all = leaves(40);
    for (std::size_t n = 1; n <= all.size(); ++n) {
        const std::vector<Hash32> d(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(n));
        const MerkleTree tree(d);
        for (std::size_t i = 0; i < n; ++i) {
            INFO("size " << n << " index " << i);
            const auto path = tree.path(i);
            // The path is never longer than the tree is tall.
            CHECK(path.size() <= 6);
            if (n == 1)
                CHECK(path.empty());
            auto root = merkleRootFromPath(d[i], i, n, path);
            REQUIRE(root.has_value());
            CHECK(*root == tree.root());
        }
    }
}

TEST_CASE("a wrong index, tree size, leaf or path node does not reproduce the root", "[merkle][path][tamper]")
{
    const auto all = leaves(40);
    std::vector<Hash32> roots(all.size() + 1); // roots[m]: the tree over the first m leaves
    for (std::size_t m = 1; m <= all.size(); ++m)
        roots[m] = MerkleTree({all.begin(), all.begin() + static_cast<std::ptrdiff_t>(m)}).root();
    for (std::size_t n = 1; n <= all.size(); ++n) {
        const std::vector<Hash32> d(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(n));
        const MerkleTree tree(d);
        const Hash32& root = tree.root();
        for (std::size_t i = 0; i < n; ++i) {
            INFO("size " << n << " index " << i);
            const auto path = tree.path(i);

            // Another index of the same tree.
            for (std::size_t j = 0; j < n + 2; ++j) {
                if (j == i)
                    continue;
                auto r = merkleRootFromPath(d[i], j, n, path);
                CHECK((!r || *r != root));
            }
            // Another tree size: the path must not prove the leaf in the tree of that size. (It may
            // still yield this tree's root, e.g. index 0 of 4 read as index 0 of 3; that is why the
            // receipt signature covers the size along with the root.)
            for (std::size_t m = 1; m <= std::min(n + 2, all.size()); ++m) {
                if (m == n || i >= m)
                    continue;
                auto r = merkleRootFromPath(d[i], i, m, path);
                CHECK((!r || *r != roots[m]));
            }
            // Another leaf.
            auto other = merkleRootFromPath(d[(i + 1) % n], i, n, path);
            if (n > 1)
                CHECK((!other || *other != root));
            // Each node of the path altered by a single bit.
            for (std::size_t k = 0; k < path.size(); ++k) {
                auto altered = path;
                altered[k][static_cast<std::size_t>(k + i) % 32] ^= 0x01;
                auto r = merkleRootFromPath(d[i], i, n, altered);
                CHECK((!r || *r != root));
            }
            // A node too many or too few.
            auto longer = path;
            longer.push_back(root);
            CHECK_FALSE(merkleRootFromPath(d[i], i, n, longer).has_value());
            if (!path.empty()) {
                auto shorter = path;
                shorter.pop_back();
                CHECK_FALSE(merkleRootFromPath(d[i], i, n, shorter).has_value());
            }
        }
    }
}

TEST_CASE("an index at or past the tree size never verifies", "[merkle][path][bad-input]")
{
    const auto d = leaves(4);
    const MerkleTree tree(d);
    CHECK_FALSE(merkleRootFromPath(d[0], 4, 4, tree.path(0)).has_value());
    CHECK_FALSE(merkleRootFromPath(d[0], 0, 0, {}).has_value());
    CHECK_FALSE(merkleRootFromPath(d[0], UINT64_MAX, UINT64_MAX, tree.path(0)).has_value());
}

TEST_CASE("the tree size alone is not bound by the path", "[merkle][path]")
{
    // Documents the RFC 9162 property the receipt signature relies on covering the size:
    // leaf 0 of a 4-leaf tree and of a 3-leaf tree take the same two steps.
    const auto d = leaves(4);
    const MerkleTree tree(d);
    auto asThree = merkleRootFromPath(d[0], 0, 3, tree.path(0));
    REQUIRE(asThree.has_value());
    CHECK(*asThree == tree.root());
}
