// SPDX-License-Identifier: EUPL-1.2
#include "shared/vault.h"

#include <catch2/catch.hpp>

using namespace vigil;

namespace {

constexpr std::string_view kPin = "4711";

VaultKey makeKey(std::string_view pin = kPin)
{
    auto key = VaultKey::create(pin, VaultParams::minimal());
    REQUIRE(key.ok());
    return std::move(*key);
}

// Header layout (docs/protocol.md §6): magic(4) alg(1) ops(4) mem_kib(4) salt(16), nonce(24).
constexpr std::size_t kOpsOffset = 5;
constexpr std::size_t kMemOffset = 9;
constexpr std::size_t kSaltOffset = 13;
constexpr std::size_t kHeaderBytes = 29;
constexpr std::size_t kNonceBytes = 24;
constexpr std::size_t kTagBytes = 16;

void putU32(Bytes& b, std::size_t at, std::uint32_t v)
{
    for (std::size_t i = 0; i < 4; ++i)
        b[at + i] = static_cast<std::uint8_t>(v >> (8 * (3 - i)));
}

} // namespace

TEST_CASE("a vault item opens with the same key and context", "[vault]")
{
    const VaultKey key = makeKey();
    CHECK(key.params() == VaultParams::minimal());
    const Bytes plain = toBytes("draft: leaking jerrycan, 42 bn");
    const Bytes sealed = vaultSeal(key, plain, "draft:1");
    CHECK(sealed.size() == kHeaderBytes + kNonceBytes + plain.size() + kTagBytes);
    CHECK(toString(ByteView(sealed).first(4)) == std::string("VGV\x01", 4));
    // The plaintext is not visible in the item.
    CHECK(toString(sealed).find("jerrycan") == std::string::npos);

    auto opened = vaultOpen(key, sealed, "draft:1");
    REQUIRE(opened.ok());
    CHECK(opened->bytes() == plain);

    auto empty = vaultOpen(key, vaultSeal(key, {}, "empty"), "empty");
    REQUIRE(empty.ok());
    CHECK(empty->bytes().empty());

    // Fresh nonces: sealing twice gives different items that both open.
    const Bytes again = vaultSeal(key, plain, "draft:1");
    CHECK(again != sealed);
    CHECK(vaultOpen(key, again, "draft:1").ok());
}

TEST_CASE("a vault unlocks with the right PIN and refuses a wrong one", "[vault][pin]")
{
    const VaultKey key = makeKey();
    const Bytes check = key.makeCheckItem();
    const Bytes item = vaultSeal(key, toBytes("reply key"), "reply:abc");

    auto unlocked = VaultKey::unlock(kPin, check);
    REQUIRE(unlocked.ok());
    CHECK(unlocked->salt() == key.salt());
    CHECK(unlocked->params() == key.params());
    CHECK(std::equal(unlocked->key().view().begin(), unlocked->key().view().end(), key.key().view().begin()));
    auto opened = vaultOpen(*unlocked, item, "reply:abc");
    REQUIRE(opened.ok());
    CHECK(toString(opened->bytes()) == "reply key");

    for (std::string_view wrong : {"4712", "47110", "1147", "0000"}) {
        INFO(wrong);
        auto r = VaultKey::unlock(wrong, check);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message == "vault: wrong PIN");
    }
}

TEST_CASE("a PIN shorter than four characters is refused", "[vault][pin]")
{
    for (std::string_view pin : {"", "1", "123"}) {
        INFO(pin);
        auto created = VaultKey::create(pin, VaultParams::minimal());
        REQUIRE_FALSE(created.ok());
        CHECK_THAT(created.error().message, Catch::Contains("at least 4 characters"));
    }
    CHECK(VaultKey::create("1234", VaultParams::minimal()).ok());

    const Bytes check = makeKey().makeCheckItem();
    auto r = VaultKey::unlock("123", check);
    REQUIRE_FALSE(r.ok());
    CHECK_THAT(r.error().message, Catch::Contains("at least 4 characters"));
}

TEST_CASE("a vault item opened under another context fails", "[vault][context]")
{
    const VaultKey key = makeKey();
    const Bytes sealed = vaultSeal(key, toBytes("draft text"), "draft:1");
    for (std::string_view other : {"draft:2", "draft:", "draft:10", "", "Draft:1"}) {
        INFO(other);
        auto r = vaultOpen(key, sealed, other);
        REQUIRE_FALSE(r.ok());
        CHECK_THAT(r.error().message, Catch::Contains("wrong PIN, or the item was altered"));
    }
    // The check item is bound to its own context too.
    CHECK_FALSE(vaultOpen(key, key.makeCheckItem(), "draft:1").ok());
}

TEST_CASE("every single-byte change of a vault item is rejected", "[vault][tamper]")
{
    const VaultKey key = makeKey();
    const Bytes sealed = vaultSeal(key, toBytes("a note that must not change"), "note");
    for (std::size_t i = 0; i < sealed.size(); ++i) {
        for (std::uint8_t mask : {std::uint8_t{0x01}, std::uint8_t{0x80}}) {
            Bytes tampered = sealed;
            tampered[i] ^= mask;
            INFO("byte " << i << " mask " << int{mask});
            CHECK_FALSE(vaultOpen(key, tampered, "note").ok());
        }
    }
    for (std::size_t len = 0; len < sealed.size(); ++len)
        CHECK_FALSE(vaultOpen(key, ByteView(sealed).first(len), "note").ok());
    Bytes longer = sealed;
    longer.push_back(0);
    CHECK_FALSE(vaultOpen(key, longer, "note").ok());

    // A check item altered anywhere does not unlock the vault.
    const Bytes check = key.makeCheckItem();
    for (std::size_t i = 0; i < check.size(); ++i) {
        Bytes tampered = check;
        tampered[i] ^= 0x01;
        INFO("check byte " << i);
        CHECK_FALSE(VaultKey::unlock(kPin, tampered).ok());
    }
}

TEST_CASE("an item claiming absurd key-derivation costs is refused before deriving", "[vault][dos]")
{
    const VaultKey key = makeKey();
    const Bytes check = key.makeCheckItem();

    Bytes manyPasses = check;
    putU32(manyPasses, kOpsOffset, 1000);
    auto r = VaultKey::unlock(kPin, manyPasses);
    REQUIRE_FALSE(r.ok());
    // Had the KDF run, the answer would have been "wrong PIN" (the header is authenticated).
    CHECK(r.error().message == "vault item: key derivation parameters are out of range");

    Bytes hugeMemory = check;
    putU32(hugeMemory, kMemOffset, 0xffffffff);
    CHECK_THAT(VaultKey::unlock(kPin, hugeMemory).error().message, Catch::Contains("out of range"));
    Bytes noPasses = check;
    putU32(noPasses, kOpsOffset, 0);
    CHECK_THAT(VaultKey::unlock(kPin, noPasses).error().message, Catch::Contains("out of range"));
    Bytes tinyMemory = check;
    putU32(tinyMemory, kMemOffset, 1);
    CHECK_THAT(VaultKey::unlock(kPin, tinyMemory).error().message, Catch::Contains("out of range"));

    // vaultOpen checks the header the same way.
    Bytes item = vaultSeal(key, toBytes("x"), "c");
    putU32(item, kOpsOffset, 1000);
    CHECK_THAT(vaultOpen(key, item, "c").error().message, Catch::Contains("out of range"));

    Bytes otherAlgorithm = check;
    otherAlgorithm[4] = 2;
    CHECK_THAT(VaultKey::unlock(kPin, otherAlgorithm).error().message,
               Catch::Contains("unknown key derivation algorithm 2"));
    Bytes otherMagic = check;
    otherMagic[3] = 2;
    CHECK_THAT(VaultKey::unlock(kPin, otherMagic).error().message, Catch::Contains("not a Vigil vault item"));
    CHECK_THAT(VaultKey::unlock(kPin, ByteView(check).first(20)).error().message, Catch::Contains("truncated"));
}

TEST_CASE("a vault is never created with costs that unlock would refuse", "[vault][dos]")
{
    // Regression: create() accepted any cost, so a vault made with, say, 17 passes sealed items
    // that unlock() and vaultOpen() then refused forever.
    for (VaultParams bad : {VaultParams{17, 8}, VaultParams{0, 8}, VaultParams{1, 4}, VaultParams{1, 2 * 1024 * 1024}}) {
        INFO("ops " << bad.opsLimit << " mem " << bad.memLimitKiB);
        auto created = VaultKey::create(kPin, bad);
        REQUIRE_FALSE(created.ok());
        CHECK_THAT(created.error().message, Catch::Contains("out of range"));
    }
    // The most passes an item may claim still round-trips.
    auto key = VaultKey::create(kPin, VaultParams{16, 8});
    REQUIRE(key.ok());
    auto unlocked = VaultKey::unlock(kPin, key->makeCheckItem());
    REQUIRE(unlocked.ok());
    CHECK(vaultOpen(*unlocked, vaultSeal(*key, toBytes("x"), "c"), "c").ok());
    // So does the standard cost users get (only its parameters are checked here, not derived).
    CHECK(VaultParams::standard().opsLimit <= 16);
    CHECK(VaultParams::standard().memLimitKiB <= 1024 * 1024);
}

TEST_CASE("an item from another vault is refused", "[vault]")
{
    const VaultKey mine = makeKey();
    const VaultKey theirs = makeKey(); // same PIN, different salt
    REQUIRE(mine.salt() != theirs.salt());
    const Bytes item = vaultSeal(theirs, toBytes("their draft"), "draft:1");
    auto r = vaultOpen(mine, item, "draft:1");
    REQUIRE_FALSE(r.ok());
    CHECK_THAT(r.error().message, Catch::Contains("belongs to another vault"));

    // Even with the salt rewritten to ours, our key does not open their item.
    Bytes relabelled = item;
    std::copy(mine.salt().begin(), mine.salt().end(), relabelled.begin() + kSaltOffset);
    CHECK_THAT(vaultOpen(mine, relabelled, "draft:1").error().message, Catch::Contains("wrong PIN, or the item was altered"));

    // Their check item unlocks their vault with the PIN, not ours.
    auto unlocked = VaultKey::unlock(kPin, theirs.makeCheckItem());
    REQUIRE(unlocked.ok());
    CHECK(unlocked->salt() == theirs.salt());
    CHECK_FALSE(vaultOpen(*unlocked, vaultSeal(mine, toBytes("x"), "c"), "c").ok());
}
