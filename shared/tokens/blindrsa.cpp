// SPDX-License-Identifier: EUPL-1.2
#include "blindrsa.h"

#include "emsapss.h"
#include "ossl.h"

#include "shared/sodiuminit.h"

#include <openssl/err.h>
#include <openssl/rsa.h>

#include <sodium.h>

#include <string>

namespace vigil::tokens {

namespace {

Bytes randomBytes(std::size_t n)
{
    ensureSodium();
    Bytes out(n);
    if (n != 0) // an empty vector's data() may be null, which randombytes_buf may not get
        randombytes_buf(out.data(), out.size());
    return out;
}

Status checkLength(std::string_view what, ByteView value, std::size_t expected)
{
    if (value.size() != expected)
        return Error{std::string(what) + " is " + std::to_string(value.size()) + " bytes, expected "
                         + std::to_string(expected),
                     ErrorKind::Invalid};
    return {};
}

/// Steps 3-10 of Blind (RFC 9474 §4.2) once the message is encoded and the blind chosen:
/// m = OS2IP(EM), refuse unless gcd(m, n) = 1, z = m * r^e mod n.
Result<BlindedMessage> blindEncoded(const RsaPublicKey& pk, ByteView encodedMsg, const BIGNUM* r, const BIGNUM* inv)
{
    ossl::BnCtx ctx = ossl::newBnCtx();
    ossl::Bn n = ossl::fromBytes(pk.modulus()), e = ossl::fromBytes(pk.exponent());
    ossl::Bn m = ossl::fromBytes(encodedMsg), gcd = ossl::newBn();
    ossl::Bn x = ossl::newSecretBn(), z = ossl::newBn();
    if (!ctx || !n || !e || !m || !gcd || !x || !z)
        return ossl::error("blind");
    if (BN_gcd(gcd.get(), m.get(), n.get(), ctx.get()) != 1)
        return ossl::error("blind: gcd");
    if (!BN_is_one(gcd.get()))
        return Error{"blind: the encoded message is not coprime with the modulus", ErrorKind::Invalid};
    BN_set_flags(x.get(), BN_FLG_CONSTTIME);
    if (BN_mod_exp(x.get(), r, e.get(), n.get(), ctx.get()) != 1 // x = RSAVP1(pk, r)
        || BN_mod_mul(z.get(), m.get(), x.get(), n.get(), ctx.get()) != 1)
        return ossl::error("blind: z = m * x mod n");
    auto blinded = ossl::toBytes(z.get(), pk.modulusLength());
    auto invBytes = ossl::toBytes(inv, pk.modulusLength());
    if (!blinded || !invBytes)
        return Error{"blind: result does not fit the modulus length", ErrorKind::Invalid};
    return BlindedMessage{std::move(*blinded), WipedBytes(std::move(*invBytes))};
}

/// value^-1 mod n for a `value` of modulusLength() bytes in [1, n) (a blind or its inverse),
/// computed on OpenSSL's constant-time path.
Result<ossl::Bn> inverseModN(const RsaPublicKey& pk, ByteView value, std::string_view what)
{
    if (auto ok = checkLength(what, value, pk.modulusLength()); !ok)
        return ok.error();
    ossl::BnCtx ctx = ossl::newBnCtx();
    ossl::Bn n = ossl::fromBytes(pk.modulus()), v = ossl::fromBytes(value), inverse = ossl::newSecretBn();
    if (!ctx || !n || !v || !inverse)
        return ossl::error(what);
    BN_set_flags(v.get(), BN_FLG_CONSTTIME);
    if (BN_is_zero(v.get()) || BN_cmp(v.get(), n.get()) >= 0
        || BN_mod_inverse(inverse.get(), v.get(), n.get(), ctx.get()) == nullptr)
        return ossl::error(std::string(what) + " is not invertible modulo n", ErrorKind::Invalid);
    return inverse;
}

/// EMSA-PSS-ENCODE of step 1, with the error RFC 9474 names for its failure.
Result<Bytes> encodeForBlind(const RsaPublicKey& pk, BlindRsaVariant variant, ByteView preparedMsg, ByteView salt)
{
    if (auto ok = checkLength("salt", salt, saltLength(variant)); !ok)
        return ok.error();
    auto encoded = emsaPssEncodeSha384(preparedMsg, salt, pk.modulusBits());
    if (!encoded)
        return withContext("blind: message too long", encoded.error());
    return encoded;
}

} // namespace

std::string_view variantName(BlindRsaVariant variant)
{
    switch (variant) {
    case BlindRsaVariant::Sha384PssRandomized: return "RSABSSA-SHA384-PSS-Randomized";
    case BlindRsaVariant::Sha384PssZeroRandomized: return "RSABSSA-SHA384-PSSZERO-Randomized";
    case BlindRsaVariant::Sha384PssDeterministic: return "RSABSSA-SHA384-PSS-Deterministic";
    case BlindRsaVariant::Sha384PssZeroDeterministic: return "RSABSSA-SHA384-PSSZERO-Deterministic";
    }
    return "";
}

std::size_t saltLength(BlindRsaVariant variant)
{
    return variant == BlindRsaVariant::Sha384PssRandomized || variant == BlindRsaVariant::Sha384PssDeterministic
        ? kSha384Length
        : 0;
}

bool randomizesMessage(BlindRsaVariant variant)
{
    return variant == BlindRsaVariant::Sha384PssRandomized || variant == BlindRsaVariant::Sha384PssZeroRandomized;
}

Bytes prepare(BlindRsaVariant variant, ByteView msg)
{
    if (!randomizesMessage(variant))
        return Bytes(msg.begin(), msg.end());
    Bytes out = randomBytes(kMessagePrefixLength);
    out.insert(out.end(), msg.begin(), msg.end());
    return out;
}

Result<Bytes> prepareWithPrefix(ByteView prefix, ByteView msg)
{
    if (auto ok = checkLength("message prefix", prefix, kMessagePrefixLength); !ok)
        return ok.error();
    Bytes out(prefix.begin(), prefix.end());
    out.insert(out.end(), msg.begin(), msg.end());
    return out;
}

Result<BlindedMessage> blind(const RsaPublicKey& pk, BlindRsaVariant variant, ByteView preparedMsg)
{
    auto encoded = encodeForBlind(pk, variant, preparedMsg, randomBytes(saltLength(variant)));
    if (!encoded)
        return encoded.error();
    ossl::BnCtx ctx = ossl::newBnCtx();
    ossl::Bn n = ossl::fromBytes(pk.modulus());
    ossl::Bn r = ossl::newSecretBn(), inv = ossl::newSecretBn();
    if (!ctx || !n || !r || !inv)
        return ossl::error("blind");
    // Step 5: r uniform in [1, n); step 6: its inverse (absent only if r shares a factor with
    // n, which would factor n: then draw again rather than fail).
    for (int attempt = 0; attempt < 64; ++attempt) {
        if (BN_priv_rand_range_ex(r.get(), n.get(), 0, ctx.get()) != 1)
            return ossl::error("blind: random r");
        if (BN_is_zero(r.get()))
            continue;
        ERR_set_mark();
        const bool inverted = BN_mod_inverse(inv.get(), r.get(), n.get(), ctx.get()) != nullptr;
        ERR_pop_to_mark();
        if (inverted)
            return blindEncoded(pk, *encoded, r.get(), inv.get());
    }
    return Error{"blind: no invertible blind found"};
}

Result<BlindedMessage> blindWith(const RsaPublicKey& pk, BlindRsaVariant variant, ByteView preparedMsg, ByteView salt,
                                 ByteView inv)
{
    auto encoded = encodeForBlind(pk, variant, preparedMsg, salt);
    if (!encoded)
        return encoded.error();
    auto r = inverseModN(pk, inv, "blind inverse"); // r = inv^-1: the blind inv undoes
    if (!r)
        return r.error();
    ossl::Bn invBn = ossl::fromBytes(inv);
    if (!invBn)
        return ossl::error("blind");
    BN_set_flags(invBn.get(), BN_FLG_CONSTTIME);
    return blindEncoded(pk, *encoded, r->get(), invBn.get());
}

Result<WipedBytes> inverseOfBlind(const RsaPublicKey& pk, ByteView r)
{
    auto inv = inverseModN(pk, r, "blind");
    if (!inv)
        return inv.error();
    auto bytes = ossl::toBytes(inv->get(), pk.modulusLength());
    if (!bytes)
        return bytes.error();
    return WipedBytes(std::move(*bytes));
}

Result<Bytes> blindSign(const RsaPrivateKey& sk, ByteView blindedMsg)
{
    const RsaPublicKey& pk = sk.publicKey();
    if (auto ok = checkLength("blinded message", blindedMsg, pk.modulusLength()); !ok)
        return ok.error();
    ossl::BnCtx ctx = ossl::newBnCtx();
    ossl::Bn n = ossl::fromBytes(pk.modulus()), e = ossl::fromBytes(pk.exponent());
    ossl::Bn m = ossl::fromBytes(blindedMsg), check = ossl::newBn();
    if (!ctx || !n || !e || !m || !check)
        return ossl::error("blind sign");
    if (BN_cmp(m.get(), n.get()) >= 0) // RSASP1 step 1
        return Error{"blind sign: blinded message out of range", ErrorKind::Invalid};
    // s = RSASP1(skS, m): OpenSSL's raw private operation (RSA_NO_PADDING), which is RSADP and
    // RSASP1 alike — CRT, base blinding and constant-time exponentiation included.
    ossl::PkeyCtx pctx(EVP_PKEY_CTX_new_from_pkey(nullptr, sk.handle(), nullptr));
    Bytes s(pk.modulusLength());
    std::size_t sLen = s.size();
    if (!pctx || EVP_PKEY_decrypt_init(pctx.get()) != 1
        || EVP_PKEY_CTX_set_rsa_padding(pctx.get(), RSA_NO_PADDING) != 1
        || EVP_PKEY_decrypt(pctx.get(), s.data(), &sLen, blindedMsg.data(), blindedMsg.size()) != 1
        || sLen != s.size())
        return ossl::error("blind sign: RSASP1");
    // Steps 2-4: m' = RSAVP1(pkS, s), refuse to answer unless m' = m.
    ossl::Bn sBn = ossl::fromBytes(s);
    if (!sBn || BN_mod_exp(check.get(), sBn.get(), e.get(), n.get(), ctx.get()) != 1)
        return ossl::error("blind sign: RSAVP1");
    if (BN_cmp(check.get(), m.get()) != 0)
        return Error{"blind sign: signing failure (the signature does not verify)"};
    return s;
}

Result<Bytes> finalize(const RsaPublicKey& pk, BlindRsaVariant variant, ByteView preparedMsg, ByteView blindSig,
                       ByteView inv)
{
    if (auto ok = checkLength("blind signature", blindSig, pk.modulusLength()); !ok)
        return ok.error();
    if (auto ok = checkLength("blind inverse", inv, pk.modulusLength()); !ok)
        return ok.error();
    ossl::BnCtx ctx = ossl::newBnCtx();
    ossl::Bn n = ossl::fromBytes(pk.modulus()), z = ossl::fromBytes(blindSig), invBn = ossl::fromBytes(inv);
    ossl::Bn s = ossl::newBn();
    if (!ctx || !n || !z || !invBn || !s)
        return ossl::error("finalize");
    if (BN_cmp(z.get(), n.get()) >= 0)
        return Error{"finalize: blind signature out of range", ErrorKind::Invalid};
    BN_set_flags(invBn.get(), BN_FLG_CONSTTIME);
    if (BN_mod_mul(s.get(), z.get(), invBn.get(), n.get(), ctx.get()) != 1) // s = z * inv mod n
        return ossl::error("finalize: s = z * inv mod n");
    auto sig = ossl::toBytes(s.get(), pk.modulusLength());
    if (!sig)
        return sig.error();
    if (auto ok = verify(pk, variant, preparedMsg, *sig); !ok)
        return withContext("finalize", ok.error());
    return sig;
}

Status verify(const RsaPublicKey& pk, BlindRsaVariant variant, ByteView preparedMsg, ByteView sig)
{
    if (auto ok = checkLength("signature", sig, pk.modulusLength()); !ok)
        return ok.error();
    ossl::MdCtx md(EVP_MD_CTX_new());
    EVP_PKEY_CTX* pctx = nullptr; // owned by md
    if (!md
        || EVP_DigestVerifyInit_ex(md.get(), &pctx, "SHA384", nullptr, nullptr, pk.handle(), nullptr) != 1
        || EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) != 1
        || EVP_PKEY_CTX_set_rsa_mgf1_md_name(pctx, "SHA384", nullptr) != 1
        || EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, static_cast<int>(saltLength(variant))) != 1)
        return ossl::error("verify: RSASSA-PSS setup");
    const int result = EVP_DigestVerify(md.get(), sig.data(), sig.size(), preparedMsg.data(), preparedMsg.size());
    ERR_clear_error();
    if (result != 1)
        return Error{"signature does not verify under this key", ErrorKind::Refused};
    return {};
}

} // namespace vigil::tokens
