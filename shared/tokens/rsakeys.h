// SPDX-License-Identifier: EUPL-1.2
#pragma once
// RSA keys for blind signatures (RFC 9474) on OpenSSL 3's EVP_PKEY, without OpenSSL's types
// in this header: the key is an opaque handle, its public numbers plain bytes.

#include "shared/bytes.h"
#include "shared/secret.h"

#include <cstddef>
#include <memory>
#include <string_view>

struct evp_pkey_st; // OpenSSL's EVP_PKEY

namespace vigil::tokens {

/// The smallest and largest modulus accepted: RFC 9474 asks for at least 2048 bits; Privacy
/// Pass token type 2 uses exactly 2048, RFC 9474's own vectors 4096.
inline constexpr unsigned kMinModulusBits = 2048;
inline constexpr unsigned kMaxModulusBits = 8192;

/// An RSA public key (n, e). Cheap to copy: copies share one immutable OpenSSL key.
class RsaPublicKey {
public:
    /// From big-endian n and e; fails unless n is odd and within the size limits and e is an
    /// odd number above 1.
    [[nodiscard]] static Result<RsaPublicKey> fromComponents(ByteView n, ByteView e);
    /// From a DER SubjectPublicKeyInfo with either the rsaEncryption or the id-RSASSA-PSS
    /// algorithm identifier (the parameters of the latter are not interpreted here; see
    /// privacypass.h for the exact form a token issuer key must have).
    [[nodiscard]] static Result<RsaPublicKey> fromSpki(ByteView der);

    /// kLen of RFC 9474: the modulus length in bytes.
    std::size_t modulusLength() const { return m_n.size(); }
    unsigned modulusBits() const { return m_bits; }
    /// n as exactly modulusLength() big-endian bytes; e without leading zeros.
    const Bytes& modulus() const { return m_n; }
    const Bytes& exponent() const { return m_e; }
    /// The DER RSAPublicKey (RFC 8017 A.1.1): SEQUENCE { INTEGER n, INTEGER e }.
    Bytes rsaPublicKeyDer() const;

    evp_pkey_st* handle() const { return m_key.get(); }

private:
    std::shared_ptr<evp_pkey_st> m_key;
    Bytes m_n;
    Bytes m_e;
    unsigned m_bits = 0;
};

/// An RSA private key with its CRT parameters, held by OpenSSL (in its secure heap where the
/// key is generated or parsed there). Move-only, so the issuer's key is never silently copied.
class RsaPrivateKey {
public:
    RsaPrivateKey(RsaPrivateKey&&) noexcept = default;
    RsaPrivateKey& operator=(RsaPrivateKey&&) noexcept = default;
    RsaPrivateKey(const RsaPrivateKey&) = delete;
    RsaPrivateKey& operator=(const RsaPrivateKey&) = delete;

    /// A fresh key with e = 65537 (OpenSSL's FIPS 186-style generator).
    [[nodiscard]] static Result<RsaPrivateKey> generate(unsigned bits);
    /// From a PEM "PRIVATE KEY" (PKCS#8) document, as RFC 9578's vectors give skS.
    [[nodiscard]] static Result<RsaPrivateKey> fromPkcs8Pem(std::string_view pem);
    /// From big-endian n, e, d, p, q (RFC 9474's vectors); the CRT parameters are derived.
    [[nodiscard]] static Result<RsaPrivateKey> fromComponents(ByteView n, ByteView e, ByteView d, ByteView p,
                                                              ByteView q);
    /// The key as a PEM PKCS#8 document, for a key file (wiped when dropped).
    [[nodiscard]] Result<WipedBytes> toPkcs8Pem() const;

    const RsaPublicKey& publicKey() const { return m_public; }
    evp_pkey_st* handle() const { return m_key.get(); }

private:
    RsaPrivateKey() = default;
    [[nodiscard]] static Result<RsaPrivateKey> adopt(evp_pkey_st* key);

    std::shared_ptr<evp_pkey_st> m_key;
    RsaPublicKey m_public;
};

} // namespace vigil::tokens
