// SPDX-License-Identifier: EUPL-1.2
// RFC 9474 beyond the vectors: fresh blinds, wrong keys, tampered messages and signatures,
// malformed inputs. Keys: RFC 9578's 2048-bit issuer key and one generated key.
#include "shared/tokens/blindrsa.h"

#include "vectorfile.h"

#include <catch2/catch.hpp>

using namespace vigil;
using namespace vigil::tokens;
using vigil::tokens::testing::otherKey;
using vigil::tokens::testing::rfc9578Key;

namespace {

constexpr BlindRsaVariant kVariants[] = {
    BlindRsaVariant::Sha384PssRandomized,
    BlindRsaVariant::Sha384PssZeroRandomized,
    BlindRsaVariant::Sha384PssDeterministic,
    BlindRsaVariant::Sha384PssZeroDeterministic,
};

/// Prepare, Blind, BlindSign and Finalize under `signer` for a client that trusts `pk`.
Result<Bytes> roundTrip(const RsaPublicKey& pk, const RsaPrivateKey& signer, BlindRsaVariant variant,
                        const Bytes& prepared)
{
    auto blinded = blind(pk, variant, prepared);
    if (!blinded)
        return blinded.error();
    auto blindSig = blindSign(signer, blinded->blindedMsg);
    if (!blindSig)
        return blindSig.error();
    return finalize(pk, variant, prepared, *blindSig, blinded->inv.view());
}

} // namespace

TEST_CASE("A blind signature with a fresh blind verifies in every variant", "[tokens][blindrsa]")
{
    const RsaPrivateKey& sk = rfc9578Key();
    for (BlindRsaVariant variant : kVariants) {
        INFO(variantName(variant));
        const Bytes prepared = prepare(variant, toBytes("report 42"));
        CHECK(prepared.size() == 9 + (randomizesMessage(variant) ? kMessagePrefixLength : 0));
        auto sig = roundTrip(sk.publicKey(), sk, variant, prepared);
        REQUIRE(sig.ok());
        CHECK(verify(sk.publicKey(), variant, prepared, *sig).ok());
    }
}

TEST_CASE("Two blindings of one message look unrelated to the signer", "[tokens][blindrsa]")
{
    const RsaPublicKey& pk = rfc9578Key().publicKey();
    const Bytes msg = toBytes("same message");
    auto a = blind(pk, BlindRsaVariant::Sha384PssZeroDeterministic, msg);
    auto b = blind(pk, BlindRsaVariant::Sha384PssZeroDeterministic, msg);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    // PSSZERO and no prefix: the encoded message is the same, so only the blind differs.
    CHECK(a->blindedMsg != b->blindedMsg);
    CHECK(a->inv.bytes() != b->inv.bytes());
}

TEST_CASE("Finalize refuses a blind signature by another key", "[tokens][blindrsa]")
{
    const RsaPublicKey& pk = rfc9578Key().publicKey();
    const BlindRsaVariant variant = BlindRsaVariant::Sha384PssRandomized;
    const Bytes prepared = prepare(variant, toBytes("m"));
    // The other key signs only values below its own modulus: blind again until it can (about
    // half of all blinded messages are), so the refusal tested is Finalize's.
    for (int attempt = 0; attempt < 64; ++attempt) {
        auto blinded = blind(pk, variant, prepared);
        REQUIRE(blinded.ok());
        auto blindSig = blindSign(otherKey(), blinded->blindedMsg);
        if (!blindSig) {
            CHECK_THAT(blindSig.error().message, Catch::Contains("out of range"));
            continue;
        }
        auto sig = finalize(pk, variant, prepared, *blindSig, blinded->inv.view());
        REQUIRE_FALSE(sig.ok());
        if (sig.error().kind == ErrorKind::Invalid) {
            // The other modulus is larger: its answer can exceed this key's modulus, refused as
            // malformed before any check (about 1 run in 50). Try for the answer only the
            // signature check can refuse.
            CHECK_THAT(sig.error().message, Catch::Contains("out of range"));
            continue;
        }
        CHECK(sig.error().kind == ErrorKind::Refused);
        CHECK_THAT(sig.error().message, Catch::Contains("does not verify"));
        return;
    }
    FAIL("the other key never signed a blinded message");
}

TEST_CASE("A signature verifies only under its own key", "[tokens][blindrsa]")
{
    const RsaPrivateKey& sk = rfc9578Key();
    const Bytes prepared = prepare(BlindRsaVariant::Sha384PssDeterministic, toBytes("m"));
    auto sig = roundTrip(sk.publicKey(), sk, BlindRsaVariant::Sha384PssDeterministic, prepared);
    REQUIRE(sig.ok());
    CHECK_FALSE(verify(otherKey().publicKey(), BlindRsaVariant::Sha384PssDeterministic, prepared, *sig).ok());
}

TEST_CASE("A signature does not verify once any byte of message or signature changes", "[tokens][blindrsa]")
{
    const RsaPrivateKey& sk = rfc9578Key();
    const BlindRsaVariant variant = BlindRsaVariant::Sha384PssRandomized;
    const Bytes prepared = prepare(variant, toBytes("the original report"));
    auto sig = roundTrip(sk.publicKey(), sk, variant, prepared);
    REQUIRE(sig.ok());
    for (std::size_t i = 0; i < prepared.size(); ++i) {
        Bytes tampered = prepared;
        tampered[i] ^= 0x01;
        INFO("message byte " << i);
        CHECK_FALSE(verify(sk.publicKey(), variant, tampered, *sig).ok());
    }
    for (std::size_t i = 0; i < sig->size(); ++i) {
        Bytes tampered = *sig;
        tampered[i] ^= 0x80;
        INFO("signature byte " << i);
        CHECK_FALSE(verify(sk.publicKey(), variant, prepared, tampered).ok());
    }
}

TEST_CASE("Finalize refuses a wrong blind inverse or a tampered blind signature", "[tokens][blindrsa]")
{
    const RsaPrivateKey& sk = rfc9578Key();
    const BlindRsaVariant variant = BlindRsaVariant::Sha384PssDeterministic;
    const Bytes prepared = toBytes("m");
    auto first = blind(sk.publicKey(), variant, prepared);
    auto second = blind(sk.publicKey(), variant, prepared);
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    auto blindSig = blindSign(sk, first->blindedMsg);
    REQUIRE(blindSig.ok());
    CHECK_FALSE(finalize(sk.publicKey(), variant, prepared, *blindSig, second->inv.view()).ok());
    Bytes tampered = *blindSig;
    tampered[100] ^= 0x04;
    CHECK_FALSE(finalize(sk.publicKey(), variant, prepared, tampered, first->inv.view()).ok());
    CHECK(finalize(sk.publicKey(), variant, prepared, *blindSig, first->inv.view()).ok());
}

TEST_CASE("Malformed blind RSA inputs are refused with a message naming the field", "[tokens][blindrsa]")
{
    const RsaPrivateKey& sk = rfc9578Key();
    const RsaPublicKey& pk = sk.publicKey();
    const BlindRsaVariant variant = BlindRsaVariant::Sha384PssDeterministic;
    const Bytes salt(48, 7);

    auto shortBlinded = blindSign(sk, Bytes(10, 1));
    REQUIRE_FALSE(shortBlinded.ok());
    CHECK(shortBlinded.error().kind == ErrorKind::Invalid);
    CHECK_THAT(shortBlinded.error().message, Catch::Contains("blinded message is 10 bytes, expected 256"));

    auto tooLarge = blindSign(sk, Bytes(256, 0xff)); // above n
    REQUIRE_FALSE(tooLarge.ok());
    CHECK_THAT(tooLarge.error().message, Catch::Contains("out of range"));

    auto badSalt = blindWith(pk, variant, toBytes("m"), Bytes(47, 0), Bytes(256, 1));
    REQUIRE_FALSE(badSalt.ok());
    CHECK_THAT(badSalt.error().message, Catch::Contains("salt is 47 bytes, expected 48"));

    auto zeroInverse = blindWith(pk, variant, toBytes("m"), salt, Bytes(256, 0));
    REQUIRE_FALSE(zeroInverse.ok());
    CHECK_THAT(zeroInverse.error().message, Catch::Contains("not invertible"));

    auto shortSig = finalize(pk, variant, toBytes("m"), Bytes(255, 1), Bytes(256, 1));
    REQUIRE_FALSE(shortSig.ok());
    CHECK_THAT(shortSig.error().message, Catch::Contains("blind signature is 255 bytes"));

    auto shortInverse = finalize(pk, variant, toBytes("m"), Bytes(256, 1), Bytes(3, 1));
    REQUIRE_FALSE(shortInverse.ok());
    CHECK_THAT(shortInverse.error().message, Catch::Contains("blind inverse is 3 bytes"));

    auto verifyShort = verify(pk, variant, toBytes("m"), Bytes(12, 0));
    REQUIRE_FALSE(verifyShort.ok());
    CHECK(verifyShort.error().kind == ErrorKind::Invalid);

    auto badPrefix = prepareWithPrefix(Bytes(31, 0), toBytes("m"));
    REQUIRE_FALSE(badPrefix.ok());
    CHECK_THAT(badPrefix.error().message, Catch::Contains("message prefix is 31 bytes, expected 32"));
}

TEST_CASE("RSA keys outside the accepted sizes or shapes are refused", "[tokens][blindrsa]")
{
    Bytes small(128, 0xff); // 1024 bits, odd
    auto weak = RsaPublicKey::fromComponents(small, Bytes{0x01, 0x00, 0x01});
    REQUIRE_FALSE(weak.ok());
    CHECK_THAT(weak.error().message, Catch::Contains("1024 bits"));

    Bytes even = rfc9578Key().publicKey().modulus();
    even.back() &= 0xfe;
    CHECK_FALSE(RsaPublicKey::fromComponents(even, Bytes{0x01, 0x00, 0x01}).ok());
    CHECK_FALSE(RsaPublicKey::fromComponents(rfc9578Key().publicKey().modulus(), Bytes{0x01}).ok());
    CHECK_FALSE(RsaPublicKey::fromSpki(toBytes("not DER")).ok());
    CHECK_FALSE(RsaPrivateKey::fromPkcs8Pem("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n").ok());
    CHECK_FALSE(RsaPrivateKey::generate(1024).ok());
}

TEST_CASE("An RSA private key survives its PKCS#8 PEM form", "[tokens][blindrsa]")
{
    auto pem = otherKey().toPkcs8Pem();
    REQUIRE(pem.ok());
    auto again = RsaPrivateKey::fromPkcs8Pem(toString(pem->view()));
    REQUIRE(again.ok());
    CHECK(again->publicKey().modulus() == otherKey().publicKey().modulus());
    const Bytes prepared = toBytes("m");
    auto sig = roundTrip(otherKey().publicKey(), *again, BlindRsaVariant::Sha384PssDeterministic, prepared);
    CHECK(sig.ok());
}
