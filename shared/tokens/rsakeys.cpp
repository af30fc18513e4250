// SPDX-License-Identifier: EUPL-1.2
#include "rsakeys.h"

#include "der.h"
#include "ossl.h"

#include <openssl/bio.h>
#include <openssl/core_names.h>
#include <openssl/pem.h>
#include <openssl/param_build.h>
#include <openssl/x509.h>

#include <string>

namespace vigil::tokens {

namespace {

struct PkeyFree {
    void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); }
};
struct BioFree {
    void operator()(BIO* b) const { BIO_free(b); }
};
struct ParamBldFree {
    void operator()(OSSL_PARAM_BLD* b) const { OSSL_PARAM_BLD_free(b); }
};
struct ParamFree {
    void operator()(OSSL_PARAM* p) const { OSSL_PARAM_free(p); }
};
using Bio = std::unique_ptr<BIO, BioFree>;

std::shared_ptr<EVP_PKEY> share(EVP_PKEY* key)
{
    return std::shared_ptr<EVP_PKEY>(key, PkeyFree{});
}

/// A BIGNUM parameter of `key` ("n", "e", …), or null.
ossl::Bn bnParam(const EVP_PKEY* key, const char* name)
{
    BIGNUM* out = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &out) != 1)
        return {};
    return ossl::Bn(out);
}

/// The (n, e) of an OpenSSL RSA or RSA-PSS key as an RsaPublicKey (checked like any other).
Result<RsaPublicKey> publicHalf(const EVP_PKEY* key, const char* what)
{
    ossl::Bn n = bnParam(key, OSSL_PKEY_PARAM_RSA_N);
    ossl::Bn e = bnParam(key, OSSL_PKEY_PARAM_RSA_E);
    if (!n || !e)
        return ossl::error(std::string(what) + " numbers", ErrorKind::Invalid);
    Bytes nb(static_cast<std::size_t>(BN_num_bytes(n.get())));
    Bytes eb(static_cast<std::size_t>(BN_num_bytes(e.get())));
    BN_bn2bin(n.get(), nb.data());
    BN_bn2bin(e.get(), eb.data());
    return RsaPublicKey::fromComponents(nb, eb);
}

Status checkPublicNumbers(const BIGNUM* n, const BIGNUM* e)
{
    const int bits = BN_num_bits(n);
    if (bits < static_cast<int>(kMinModulusBits) || bits > static_cast<int>(kMaxModulusBits))
        return Error{"RSA modulus of " + std::to_string(bits) + " bits, expected " + std::to_string(kMinModulusBits)
                         + " to " + std::to_string(kMaxModulusBits),
                     ErrorKind::Invalid};
    if (!BN_is_odd(n))
        return Error{"RSA modulus is even", ErrorKind::Invalid};
    if (!BN_is_odd(e) || BN_is_one(e) || BN_num_bits(e) > 256)
        return Error{"RSA public exponent must be odd, above 1 and at most 256 bits", ErrorKind::Invalid};
    return {};
}

/// Builds an OpenSSL key of `selection` from named BIGNUM parameters.
Result<EVP_PKEY*> fromParams(int selection, std::initializer_list<std::pair<const char*, const BIGNUM*>> params)
{
    std::unique_ptr<OSSL_PARAM_BLD, ParamBldFree> bld(OSSL_PARAM_BLD_new());
    if (!bld)
        return ossl::error("RSA key parameters");
    for (const auto& [name, value] : params)
        if (OSSL_PARAM_BLD_push_BN(bld.get(), name, value) != 1)
            return ossl::error("RSA key parameters");
    std::unique_ptr<OSSL_PARAM, ParamFree> built(OSSL_PARAM_BLD_to_param(bld.get()));
    ossl::PkeyCtx ctx(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    EVP_PKEY* key = nullptr;
    if (!built || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1
        || EVP_PKEY_fromdata(ctx.get(), &key, selection, built.get()) != 1)
        return ossl::error("RSA key from its numbers", ErrorKind::Invalid);
    return key;
}

} // namespace

Result<RsaPublicKey> RsaPublicKey::fromComponents(ByteView n, ByteView e)
{
    ossl::Bn bn = ossl::fromBytes(n);
    ossl::Bn be = ossl::fromBytes(e);
    if (!bn || !be)
        return ossl::error("RSA public key");
    if (auto ok = checkPublicNumbers(bn.get(), be.get()); !ok)
        return ok.error();
    auto key = fromParams(EVP_PKEY_PUBLIC_KEY, {{OSSL_PKEY_PARAM_RSA_N, bn.get()}, {OSSL_PKEY_PARAM_RSA_E, be.get()}});
    if (!key)
        return key.error();
    RsaPublicKey out;
    out.m_key = share(*key);
    out.m_bits = static_cast<unsigned>(BN_num_bits(bn.get()));
    auto modulus = ossl::toBytes(bn.get(), (out.m_bits + 7) / 8);
    auto exponent = ossl::toBytes(be.get(), static_cast<std::size_t>(BN_num_bytes(be.get())));
    if (!modulus || !exponent)
        return Error{"RSA public key numbers", ErrorKind::Invalid};
    out.m_n = std::move(*modulus);
    out.m_e = std::move(*exponent);
    return out;
}

Result<RsaPublicKey> RsaPublicKey::fromSpki(ByteView der)
{
    const unsigned char* cursor = der.data();
    std::unique_ptr<EVP_PKEY, PkeyFree> key(d2i_PUBKEY(nullptr, &cursor, static_cast<long>(der.size())));
    if (!key)
        return ossl::error("RSA SubjectPublicKeyInfo", ErrorKind::Invalid);
    if (cursor != der.data() + der.size())
        return Error{"RSA SubjectPublicKeyInfo has trailing bytes", ErrorKind::Invalid};
    if (!EVP_PKEY_is_a(key.get(), "RSA") && !EVP_PKEY_is_a(key.get(), "RSA-PSS"))
        return Error{"SubjectPublicKeyInfo is not an RSA key", ErrorKind::Invalid};
    // Rebuilt as a plain RSA key: an RSA-PSS key in OpenSSL refuses the raw operations blind
    // RSA needs, and the PSS parameters are checked by the caller that cares (privacypass).
    return publicHalf(key.get(), "RSA SubjectPublicKeyInfo");
}

Bytes RsaPublicKey::rsaPublicKeyDer() const
{
    return der::sequence({der::integer(m_n), der::integer(m_e)});
}

Result<RsaPrivateKey> RsaPrivateKey::adopt(EVP_PKEY* raw)
{
    std::shared_ptr<EVP_PKEY> key = share(raw);
    if (!EVP_PKEY_is_a(raw, "RSA"))
        return Error{"private key is not an RSA key", ErrorKind::Invalid};
    auto pub = publicHalf(raw, "RSA private key");
    if (!pub)
        return pub.error();
    RsaPrivateKey out;
    out.m_key = std::move(key);
    out.m_public = std::move(*pub);
    return out;
}

Result<RsaPrivateKey> RsaPrivateKey::generate(unsigned bits)
{
    if (bits < kMinModulusBits || bits > kMaxModulusBits)
        return Error{"RSA key size " + std::to_string(bits) + " outside " + std::to_string(kMinModulusBits) + " to "
                         + std::to_string(kMaxModulusBits),
                     ErrorKind::Invalid};
    EVP_PKEY* key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(bits));
    if (!key)
        return ossl::error("RSA key generation");
    return adopt(key);
}

Result<RsaPrivateKey> RsaPrivateKey::fromPkcs8Pem(std::string_view pem)
{
    Bio bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
    if (!bio)
        return ossl::error("PEM buffer");
    EVP_PKEY* key = PEM_read_bio_PrivateKey_ex(bio.get(), nullptr, nullptr, nullptr, nullptr, nullptr);
    if (!key)
        return ossl::error("PEM private key", ErrorKind::Invalid);
    return adopt(key);
}

Result<RsaPrivateKey> RsaPrivateKey::fromComponents(ByteView n, ByteView e, ByteView d, ByteView p, ByteView q)
{
    ossl::BnCtx ctx = ossl::newBnCtx();
    ossl::Bn bn = ossl::fromBytes(n), be = ossl::fromBytes(e);
    ossl::Bn bd = ossl::fromBytes(d), bp = ossl::fromBytes(p), bq = ossl::fromBytes(q);
    ossl::Bn dp = ossl::newSecretBn(), dq = ossl::newSecretBn(), qinv = ossl::newSecretBn();
    ossl::Bn pm1 = ossl::newSecretBn(), qm1 = ossl::newSecretBn(), product = ossl::newBn();
    if (!ctx || !bn || !be || !bd || !bp || !bq || !dp || !dq || !qinv || !pm1 || !qm1 || !product)
        return ossl::error("RSA private key");
    for (BIGNUM* secret : {bd.get(), bp.get(), bq.get()})
        BN_set_flags(secret, BN_FLG_CONSTTIME);
    if (BN_mul(product.get(), bp.get(), bq.get(), ctx.get()) != 1 || BN_cmp(product.get(), bn.get()) != 0)
        return Error{"RSA private key: p * q is not n", ErrorKind::Invalid};
    // OpenSSL 3.0 imports a private key with factors only together with the CRT exponents and
    // coefficient (3.2 would derive them), so derive them here: dP = d mod (p-1),
    // dQ = d mod (q-1), qInv = q^-1 mod p (RFC 8017 §3.2).
    if (BN_sub(pm1.get(), bp.get(), BN_value_one()) != 1 || BN_sub(qm1.get(), bq.get(), BN_value_one()) != 1
        || BN_nnmod(dp.get(), bd.get(), pm1.get(), ctx.get()) != 1
        || BN_nnmod(dq.get(), bd.get(), qm1.get(), ctx.get()) != 1
        || BN_mod_inverse(qinv.get(), bq.get(), bp.get(), ctx.get()) == nullptr)
        return ossl::error("RSA CRT parameters", ErrorKind::Invalid);
    auto key = fromParams(EVP_PKEY_KEYPAIR,
                          {{OSSL_PKEY_PARAM_RSA_N, bn.get()},
                           {OSSL_PKEY_PARAM_RSA_E, be.get()},
                           {OSSL_PKEY_PARAM_RSA_D, bd.get()},
                           {OSSL_PKEY_PARAM_RSA_FACTOR1, bp.get()},
                           {OSSL_PKEY_PARAM_RSA_FACTOR2, bq.get()},
                           {OSSL_PKEY_PARAM_RSA_EXPONENT1, dp.get()},
                           {OSSL_PKEY_PARAM_RSA_EXPONENT2, dq.get()},
                           {OSSL_PKEY_PARAM_RSA_COEFFICIENT1, qinv.get()}});
    if (!key)
        return key.error();
    return adopt(*key);
}

Result<WipedBytes> RsaPrivateKey::toPkcs8Pem() const
{
    Bio bio(BIO_new(BIO_s_secmem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return ossl::error("PEM private key");
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    if (size <= 0 || data == nullptr)
        return ossl::error("PEM private key");
    const auto* begin = reinterpret_cast<const std::uint8_t*>(data);
    return WipedBytes(Bytes(begin, begin + size));
}

} // namespace vigil::tokens
