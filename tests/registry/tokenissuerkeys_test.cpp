// SPDX-License-Identifier: EUPL-1.2
#include "registry/tokenissuerkeys.h"

#include "registry/registrykeys.h"
#include "shared/tokens/privacypass.h"

#include "tests/support/testenv.h"

#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <fstream>
#include <vector>

using namespace vigil;
using namespace vigil::registry;

TEST_CASE("An epoch's issuer key is written beside the root key, private, and read back the same",
          "[registry][tokens]")
{
    test::TempDir dir;
    REQUIRE(createRegistryKeys(dir.path()).ok());
    auto created = createIssuerKey(dir.path(), 1);
    REQUIRE(created.ok());
    const auto path = issuerKeyPath(dir.path(), 1);
    CHECK(path == dir.path() / "keys" / "issuer-1.pem");
    struct stat st {};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    auto loaded = loadIssuerKey(dir.path(), 1);
    REQUIRE(loaded.ok());
    CHECK(loaded->publicKey().modulus() == created->publicKey().modulus());
    CHECK(loaded->publicKey().modulusBits() == 2048);
    // It is a token issuer key: a request blinded against it is answered and finalises.
    auto pending = tokens::createTokenRequest(loaded->publicKey(), toBytes("challenge"), tokens::TokenNonce{});
    REQUIRE(pending.ok());
    auto response = tokens::issueTokenResponse(*loaded, pending->request);
    REQUIRE(response.ok());
    CHECK(tokens::finalizeToken(created->publicKey(), pending->state, *response).ok());
}

TEST_CASE("An epoch's issuer key is never replaced", "[registry][tokens]")
{
    test::TempDir dir;
    auto first = createIssuerKey(dir.path(), 2);
    REQUIRE(first.ok());
    auto again = createIssuerKey(dir.path(), 2);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind == ErrorKind::Conflict);
    CHECK_THAT(again.error().message, Catch::Contains("never replaced"));
    CHECK(loadIssuerKey(dir.path(), 2)->publicKey().modulus() == first->publicKey().modulus());
    CHECK_FALSE(createIssuerKey(dir.path(), 0).ok());
}

TEST_CASE("A new issuer key avoids the truncated key ids still in use", "[registry][tokens]")
{
    test::TempDir dir;
    std::vector<std::uint8_t> inUse;
    for (int id = 0; id < 256; id += 2)
        inUse.push_back(static_cast<std::uint8_t>(id)); // every even id: half of all keys collide
    auto key = createIssuerKey(dir.path(), 3, inUse);
    REQUIRE(key.ok());
    CHECK(tokens::tokenKeyId(key->publicKey()).back() % 2 == 1);
}

TEST_CASE("A missing or damaged issuer key file is refused with its path", "[registry][tokens]")
{
    test::TempDir dir;
    auto missing = loadIssuerKey(dir.path(), 4);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == ErrorKind::NotFound);
    CHECK_THAT(missing.error().message, Catch::Contains("issuer-4.pem"));

    REQUIRE(createIssuerKey(dir.path(), 5).ok());
    {
        std::ofstream damage(issuerKeyPath(dir.path(), 5), std::ios::trunc);
        damage << "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n";
    }
    auto damaged = loadIssuerKey(dir.path(), 5);
    REQUIRE_FALSE(damaged.ok());
    CHECK_THAT(damaged.error().message, Catch::Contains("issuer-5.pem"));
}
