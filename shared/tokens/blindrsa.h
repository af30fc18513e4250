// SPDX-License-Identifier: EUPL-1.2
#pragma once
// RSA blind signatures, RFC 9474 (RSABSSA-SHA384-*): the client prepares and blinds a message,
// the signer signs the blinded message without seeing it, the client finalises the blind
// signature into an ordinary RSASSA-PSS signature that anyone verifies with the public key.
// Every step follows RFC 9474 §4 on OpenSSL 3's BIGNUM and EVP primitives; nothing else.

#include "rsakeys.h"

#include "shared/bytes.h"
#include "shared/secret.h"

#include <string_view>

namespace vigil::tokens {

/// The four variants of RFC 9474 §5: PSS with a 48-byte salt or PSSZERO (no salt); the message
/// randomised with a 32-byte prefix (Prepare = PrepareRandomize) or not (PrepareIdentity).
enum class BlindRsaVariant {
    Sha384PssRandomized,
    Sha384PssZeroRandomized,
    Sha384PssDeterministic,
    Sha384PssZeroDeterministic,
};

/// "RSABSSA-SHA384-PSS-Randomized" and so on, as RFC 9474 names them.
std::string_view variantName(BlindRsaVariant variant);
/// sLen: 48 for the PSS variants, 0 for PSSZERO.
std::size_t saltLength(BlindRsaVariant variant);
bool randomizesMessage(BlindRsaVariant variant);

inline constexpr std::size_t kMessagePrefixLength = 32;

/// Prepare (RFC 9474 §4.1): `msg` itself, or 32 random bytes followed by `msg` for the
/// randomised variants. The output is what Blind, Finalize and Verify take as the message.
Bytes prepare(BlindRsaVariant variant, ByteView msg);
/// PrepareRandomize with a given 32-byte prefix (RFC 9474's vectors).
[[nodiscard]] Result<Bytes> prepareWithPrefix(ByteView prefix, ByteView msg);

/// The client's output of Blind: the blinded message for the signer, and the inverse of the
/// blind, which the client keeps secret until Finalize (with it, the signer's view of this
/// request could be linked to the finished signature).
struct BlindedMessage {
    Bytes blindedMsg;
    WipedBytes inv;
};

/// Blind (RFC 9474 §4.2) with a fresh random salt and blind.
[[nodiscard]] Result<BlindedMessage> blind(const RsaPublicKey& pk, BlindRsaVariant variant, ByteView preparedMsg);
/// Blind with a given salt and inverse blind, so RFC 9474's and RFC 9578's vectors reproduce
/// byte for byte. Never for real requests: a reused blind links them.
[[nodiscard]] Result<BlindedMessage> blindWith(const RsaPublicKey& pk, BlindRsaVariant variant, ByteView preparedMsg,
                                               ByteView salt, ByteView inv);

/// inv = r^-1 mod n for a blind `r` (RFC 9578's vectors give the blind r where RFC 9474's
/// give its inverse).
[[nodiscard]] Result<WipedBytes> inverseOfBlind(const RsaPublicKey& pk, ByteView r);

/// BlindSign (RFC 9474 §4.3): RSASP1 over the blinded message, checked against RSAVP1 before
/// it leaves (a faulty CRT computation would otherwise reveal the key).
[[nodiscard]] Result<Bytes> blindSign(const RsaPrivateKey& sk, ByteView blindedMsg);

/// Finalize (RFC 9474 §4.4): unblinds and returns the signature only if it verifies.
[[nodiscard]] Result<Bytes> finalize(const RsaPublicKey& pk, BlindRsaVariant variant, ByteView preparedMsg,
                                     ByteView blindSig, ByteView inv);

/// Verify (RFC 9474 §4.5): RSASSA-PSS-VERIFY with SHA-384, MGF1-SHA-384 and the variant's sLen.
[[nodiscard]] Status verify(const RsaPublicKey& pk, BlindRsaVariant variant, ByteView preparedMsg, ByteView sig);

} // namespace vigil::tokens
