// SPDX-License-Identifier: EUPL-1.2
// Every test vector of RFC 9474 Appendix A (tests/data/tokens/rfc9474-vectors.json), each step
// reproduced byte for byte: Prepare, EMSA-PSS encoding, Blind, BlindSign, Finalize, Verify.
#include "shared/tokens/blindrsa.h"

#include "shared/tokens/emsapss.h"
#include "vectorfile.h"

#include <catch2/catch.hpp>

#include <map>
#include <set>

using namespace vigil;
using namespace vigil::tokens;
using vigil::tokens::testing::hexField;

namespace {

BlindRsaVariant variantNamed(const std::string& name)
{
    static const std::map<std::string, BlindRsaVariant> variants{
        {"RSABSSA-SHA384-PSS-Randomized", BlindRsaVariant::Sha384PssRandomized},
        {"RSABSSA-SHA384-PSSZERO-Randomized", BlindRsaVariant::Sha384PssZeroRandomized},
        {"RSABSSA-SHA384-PSS-Deterministic", BlindRsaVariant::Sha384PssDeterministic},
        {"RSABSSA-SHA384-PSSZERO-Deterministic", BlindRsaVariant::Sha384PssZeroDeterministic},
    };
    return variants.at(name);
}

} // namespace

TEST_CASE("Every RFC 9474 vector is reproduced step by step", "[tokens][vectors]")
{
    const auto vectors = vigil::tokens::testing::loadVectors("rfc9474-vectors.json");
    REQUIRE(vectors.size() == 4);
    std::set<BlindRsaVariant> seen;
    for (const auto& v : vectors) {
        const std::string name(v.as_object().at("name").as_string());
        INFO(name);
        const BlindRsaVariant variant = variantNamed(name);
        seen.insert(variant);
        CHECK(variantName(variant) == name);

        auto sk = RsaPrivateKey::fromComponents(hexField(v, "n"), hexField(v, "e"), hexField(v, "d"),
                                                hexField(v, "p"), hexField(v, "q"));
        REQUIRE(sk.ok());
        const RsaPublicKey& pk = sk->publicKey();
        CHECK(pk.modulus() == hexField(v, "n"));
        CHECK(pk.modulusBits() == 4096);

        // Prepare: the randomised variants prefix msg_prefix, the deterministic ones do not.
        const Bytes msg = hexField(v, "msg");
        const Bytes prefix = hexField(v, "msg_prefix");
        CHECK(randomizesMessage(variant) == !prefix.empty());
        Bytes input = randomizesMessage(variant) ? *prepareWithPrefix(prefix, msg) : prepare(variant, msg);
        CHECK(input == hexField(v, "input_msg"));

        const Bytes salt = hexField(v, "salt");
        CHECK(salt.size() == saltLength(variant));
        if (v.as_object().contains("encoded_msg")) {
            auto encoded = emsaPssEncodeSha384(input, salt, pk.modulusBits());
            REQUIRE(encoded.ok());
            CHECK(*encoded == hexField(v, "encoded_msg"));
        }

        const Bytes inv = hexField(v, "inv");
        auto blinded = blindWith(pk, variant, input, salt, inv);
        REQUIRE(blinded.ok());
        CHECK(blinded->blindedMsg == hexField(v, "blinded_msg"));
        CHECK(blinded->inv.bytes() == inv);

        auto blindSig = blindSign(*sk, blinded->blindedMsg);
        REQUIRE(blindSig.ok());
        CHECK(*blindSig == hexField(v, "blind_sig"));

        auto sig = finalize(pk, variant, input, *blindSig, inv);
        REQUIRE(sig.ok());
        CHECK(*sig == hexField(v, "sig"));
        CHECK(verify(pk, variant, input, hexField(v, "sig")).ok());
    }
    CHECK(seen.size() == 4);
}

TEST_CASE("An RFC 9474 signature does not verify under another variant's salt length", "[tokens][vectors]")
{
    const auto vectors = vigil::tokens::testing::loadVectors("rfc9474-vectors.json");
    const auto& pss = vectors.at(2);      // PSS-Deterministic
    const auto& pssZero = vectors.at(3);  // PSSZERO-Deterministic, same key and message
    auto pk = RsaPublicKey::fromComponents(hexField(pss, "n"), hexField(pss, "e"));
    REQUIRE(pk.ok());
    CHECK(verify(*pk, BlindRsaVariant::Sha384PssDeterministic, hexField(pss, "input_msg"), hexField(pss, "sig")).ok());
    CHECK_FALSE(verify(*pk, BlindRsaVariant::Sha384PssZeroDeterministic, hexField(pss, "input_msg"),
                       hexField(pss, "sig")).ok());
    CHECK_FALSE(verify(*pk, BlindRsaVariant::Sha384PssDeterministic, hexField(pssZero, "input_msg"),
                       hexField(pssZero, "sig")).ok());
}
