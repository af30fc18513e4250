// SPDX-License-Identifier: EUPL-1.2
#include "vault.h"

#include "sodiuminit.h"

#include <sodium.h>

namespace vigil {

namespace {

constexpr std::uint8_t kVaultMagic[4] = {'V', 'G', 'V', 0x01};
constexpr std::uint8_t kAlgArgon2id13 = 1;
constexpr std::size_t kHeaderBytes = 4 + 1 + 4 + 4 + 16;
constexpr std::size_t kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
// A crafted vault item must not make the device spend minutes or gigabytes on one guess.
constexpr std::uint32_t kMaxOps = 16;
constexpr std::uint32_t kMaxMemKiB = 1024 * 1024;
constexpr std::string_view kCheckContext = "vigil vault check";

/// The cost range an item may claim. create() holds new vaults to the same range, so a vault
/// is never made that unlock() would refuse to open.
bool paramsInRange(const VaultParams& p)
{
    return p.opsLimit >= crypto_pwhash_OPSLIMIT_MIN && p.opsLimit <= kMaxOps
        && p.memLimitKiB >= crypto_pwhash_MEMLIMIT_MIN / 1024 && p.memLimitKiB <= kMaxMemKiB;
}

struct Header {
    VaultParams params;
    FixedBytes<16> salt{};
};

Result<Header> readHeader(ByteView sealed)
{
    ByteReader r(sealed, "vault item");
    auto magic = r.bytes(4, "magic");
    if (!magic)
        return magic.error();
    if (!std::equal(magic->begin(), magic->end(), std::begin(kVaultMagic)))
        return Error{"vault item: not a Vigil vault item of version 1"};
    auto alg = r.u8("algorithm");
    if (!alg)
        return alg.error();
    if (*alg != kAlgArgon2id13)
        return Error{"vault item: unknown key derivation algorithm " + std::to_string(*alg)};
    auto ops = r.u32("ops_limit");
    auto mem = ops ? r.u32("mem_limit_kib") : Result<std::uint32_t>(ops.error());
    auto salt = mem ? r.fixed<16>("salt") : Result<FixedBytes<16>>(mem.error());
    if (!salt)
        return salt.error();
    const VaultParams params{*ops, *mem};
    if (!paramsInRange(params))
        return Error{"vault item: key derivation parameters are out of range"};
    return Header{params, *salt};
}

Bytes headerBytes(const VaultKey& key)
{
    ByteWriter w;
    w.bytes(kVaultMagic);
    w.u8(kAlgArgon2id13);
    w.u32(key.params().opsLimit);
    w.u32(key.params().memLimitKiB);
    w.bytes(key.salt());
    return w.take();
}

Result<Secret<32>> derive(std::string_view pin, const FixedBytes<16>& salt, const VaultParams& params)
{
    ensureSodium();
    if (pin.size() < 4)
        return Error{"vault: a PIN needs at least 4 characters"};
    Secret<32> key;
    if (crypto_pwhash(key.data(), key.size(), pin.data(), pin.size(), salt.data(), params.opsLimit,
                      std::size_t{params.memLimitKiB} * 1024, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return Error{"vault: key derivation ran out of memory"};
    return key;
}

Bytes associatedData(ByteView header, std::string_view context)
{
    ByteWriter w;
    w.bytes(header);
    w.text(context);
    return w.take();
}

} // namespace

Result<VaultKey> VaultKey::create(std::string_view pin, VaultParams params)
{
    ensureSodium();
    if (!paramsInRange(params))
        return Error{"vault: key derivation parameters are out of range"};
    FixedBytes<16> salt{};
    randombytes_buf(salt.data(), salt.size());
    auto key = derive(pin, salt, params);
    if (!key)
        return key.error();
    return VaultKey(std::move(*key), salt, params);
}

Result<VaultKey> VaultKey::unlock(std::string_view pin, ByteView checkItem)
{
    auto header = readHeader(checkItem);
    if (!header)
        return header.error();
    auto key = derive(pin, header->salt, header->params);
    if (!key)
        return key.error();
    VaultKey vk(std::move(*key), header->salt, header->params);
    // Opening the check item proves the PIN; without it a wrong PIN would yield a key that
    // fails later, far from the place the user typed it.
    if (!vaultOpen(vk, checkItem, kCheckContext).ok())
        return Error{"vault: wrong PIN"};
    return vk;
}

Result<VaultKey> VaultKey::forItem(std::string_view pin, ByteView sealedItem)
{
    auto header = readHeader(sealedItem);
    if (!header)
        return Error{header.error().message, ErrorKind::Invalid};
    auto key = derive(pin, header->salt, header->params);
    if (!key)
        return key.error();
    return VaultKey(std::move(*key), header->salt, header->params);
}

Bytes VaultKey::makeCheckItem() const
{
    return vaultSeal(*this, asBytes(kCheckContext), kCheckContext);
}

Bytes vaultSeal(const VaultKey& key, ByteView plaintext, std::string_view context)
{
    ensureSodium();
    ByteWriter w;
    w.bytes(headerBytes(key));
    FixedBytes<kNonceBytes> nonce{};
    randombytes_buf(nonce.data(), nonce.size());
    w.bytes(nonce);
    const Bytes ad = associatedData(ByteView(w.data()).first(kHeaderBytes), context);
    Bytes out = w.take();
    const std::size_t offset = out.size();
    out.resize(offset + plaintext.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(out.data() + offset, &written, plaintext.data(), plaintext.size(),
                                               ad.data(), ad.size(), nullptr, nonce.data(), key.key().data());
    out.resize(offset + static_cast<std::size_t>(written));
    return out;
}

Result<WipedBytes> vaultOpen(const VaultKey& key, ByteView sealed, std::string_view context)
{
    auto header = readHeader(sealed);
    if (!header)
        return header.error();
    if (header->salt != key.salt() || header->params != key.params())
        return Error{"vault: this item belongs to another vault"};
    if (sealed.size() < kHeaderBytes + kNonceBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES)
        return Error{"vault item: truncated"};
    const Bytes ad = associatedData(sealed.first(kHeaderBytes), context);
    const std::uint8_t* nonce = sealed.data() + kHeaderBytes;
    ByteView cipher = sealed.subspan(kHeaderBytes + kNonceBytes);
    WipedBytes plain(Bytes(cipher.size() - crypto_aead_xchacha20poly1305_ietf_ABYTES));
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(plain.bytes().data(), &written, nullptr, cipher.data(),
                                                   cipher.size(), ad.data(), ad.size(), nonce, key.key().data())
        != 0)
        return Error{"vault: wrong PIN, or the item was altered"};
    return plain;
}

Result<WipedBytes> vaultOpenWithPin(std::string_view pin, ByteView sealed, std::string_view context)
{
    auto vk = VaultKey::forItem(pin, sealed);
    if (!vk)
        return vk.error();
    auto plain = vaultOpen(*vk, sealed, context);
    if (!plain)
        return Error{plain.error().message, ErrorKind::Refused};
    return plain;
}

} // namespace vigil
