// SPDX-License-Identifier: EUPL-1.2
#include "shared/recoverycode.h"

#include <catch2/catch.hpp>
#include <sodium.h>

#include <algorithm>

using namespace vigil;

namespace {

constexpr std::string_view kPassphrase = "correct horse battery";
const std::string kPayloadText = R"({"v":1,"reply_secret":"00ff"})";
const Bytes kPayload(kPayloadText.begin(), kPayloadText.end());

std::string makeCode(std::string_view passphrase = kPassphrase)
{
    auto code = makeRecoveryCode(passphrase, kPayload, VaultParams::minimal());
    REQUIRE(code.ok());
    return std::move(*code);
}

} // namespace

TEST_CASE("A recovery code opens with its passphrase and gives back the payload", "[recovery]")
{
    const std::string code = makeCode();
    CHECK(code.starts_with(kRecoveryCodePrefix));
    auto plain = openRecoveryCode(code, kPassphrase);
    REQUIRE(plain.ok());
    CHECK(Bytes(plain->view().begin(), plain->view().end()) == kPayload);
    // The same payload twice makes two different codes (fresh salt and nonce).
    CHECK(makeCode() != code);
}

TEST_CASE("A recovery code survives line breaks and spaces from mail or a note", "[recovery]")
{
    const std::string code = makeCode();
    std::string wrapped;
    for (std::size_t i = 0; i < code.size(); ++i) {
        wrapped.push_back(code[i]);
        if (i % 40 == 39)
            wrapped += "\r\n  ";
    }
    CHECK(openRecoveryCode("  " + wrapped + "\n", kPassphrase).ok());
}

TEST_CASE("A wrong passphrase is told apart from a mistyped or cut-off code", "[recovery]")
{
    const std::string code = makeCode();
    auto wrong = openRecoveryCode(code, "incorrect horse battery");
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().kind == ErrorKind::Refused);
    CHECK_THAT(wrong.error().message, Catch::Contains("wrong passphrase"));

    // Every single character changed (to another of the alphabet) fails as a mistyped code,
    // before any key is derived; none opens.
    for (std::size_t i = kRecoveryCodePrefix.size(); i < code.size(); ++i) {
        std::string typo = code;
        typo[i] = typo[i] == 'A' ? 'B' : 'A';
        auto opened = openRecoveryCode(typo, kPassphrase);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().kind == ErrorKind::Invalid);
    }
    auto cut = openRecoveryCode(code.substr(0, code.size() - 10), kPassphrase);
    REQUIRE_FALSE(cut.ok());
    CHECK_THAT(cut.error().message, Catch::Contains("incomplete or mistyped"));
    auto other = openRecoveryCode("vigil:provision:abc", kPassphrase);
    REQUIRE_FALSE(other.ok());
    CHECK_THAT(other.error().message, Catch::Contains("not a Vigil recovery code"));
}

TEST_CASE("A recovery passphrase shorter than ten characters is refused", "[recovery]")
{
    auto code = makeRecoveryCode("123456789", kPayload, VaultParams::minimal());
    REQUIRE_FALSE(code.ok());
    CHECK(code.error().kind == ErrorKind::Invalid);
    CHECK(makeRecoveryCode("1234567890", kPayload, VaultParams::minimal()).ok());
}

TEST_CASE("A code claiming an absurd key-derivation cost is refused without deriving", "[recovery]")
{
    // A crafted code must not make the phone spend minutes or gigabytes: the vault's cost
    // bounds hold for codes too. The ops limit is the u32 at bytes 5..8 of the sealed item;
    // the forger recomputes the checksum (BLAKE2b-32 of the item), which is no secret.
    const std::string code = makeCode();
    Bytes bytes = fromBase64Url(std::string_view(code).substr(kRecoveryCodePrefix.size())).value();
    Bytes item(bytes.begin(), bytes.end() - 4);
    std::fill(item.begin() + 5, item.begin() + 9, std::uint8_t{0xff});
    FixedBytes<4> sum{};
    crypto_generichash(sum.data(), sum.size(), item.data(), item.size(), nullptr, 0);
    item.insert(item.end(), sum.begin(), sum.end());
    auto opened = openRecoveryCode(std::string(kRecoveryCodePrefix) + toBase64Url(item), kPassphrase);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind == ErrorKind::Invalid);
    CHECK_THAT(opened.error().message, Catch::Contains("out of range"));
}
