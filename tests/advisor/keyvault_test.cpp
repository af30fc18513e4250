// SPDX-License-Identifier: EUPL-1.2
#include "advisor/keyvault.h"

#include "testregistry.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace vigil;
using namespace vigil::advisor;

TEST_CASE("the vault keeps both keypairs and the registry settings under the passphrase", "[advisor][vault]")
{
    vigil::test::TempDir dir;
    const auto path = dir.path() / "advisor.vault";
    CHECK_FALSE(KeyVault::exists(path));
    auto created = KeyVault::create(path, "correct horse battery", VaultParams::minimal());
    REQUIRE(created.ok());
    const std::string identity = (*created)->identity();
    CHECK(identity.rfind("VGA1.", 0) == 0);
    auto decoded = decodeAdvisorIdentity(identity);
    REQUIRE(decoded.ok());
    CHECK(decoded->boxKey == (*created)->boxKey().publicKey);
    CHECK(decoded->signKey == (*created)->signKey().publicKey);

    RegistrySettings settings{"http://127.0.0.1:9", SigningKeyPair::generate().publicKey, "Defensie"};
    REQUIRE((*created)->setSettings(settings).ok());

    auto reopened = KeyVault::unlock(path, "correct horse battery");
    REQUIRE(reopened.ok());
    CHECK((*reopened)->identity() == identity);
    REQUIRE((*reopened)->settings().has_value());
    CHECK(*(*reopened)->settings() == settings);

    SECTION("a wrong passphrase opens nothing")
    {
        auto wrong = KeyVault::unlock(path, "correct horse batterY");
        REQUIRE_FALSE(wrong.ok());
        CHECK(wrong.error().message.find("wrong passphrase") != std::string::npos);
    }
    SECTION("the file holds no key material in the clear")
    {
        std::ifstream in(path);
        std::stringstream text;
        text << in.rdbuf();
        const std::string file = text.str();
        CHECK(file.find(toHex((*created)->signKey().seed().view())) == std::string::npos);
        CHECK(file.find(toBase64Url((*created)->boxKey().secretKey.view())) == std::string::npos);
        CHECK(file.find("Defensie") == std::string::npos);
        CHECK(file.find(toHex(settings.rootKey)) == std::string::npos);
    }
    SECTION("a second vault is never written over the first")
    {
        CHECK_FALSE(KeyVault::create(path, "another passphrase", VaultParams::minimal()).ok());
    }
}

TEST_CASE("a short passphrase is refused", "[advisor][vault]")
{
    vigil::test::TempDir dir;
    CHECK_FALSE(KeyVault::create(dir.path() / "v", "short", VaultParams::minimal()).ok());
}
