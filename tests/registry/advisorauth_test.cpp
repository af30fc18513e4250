// SPDX-License-Identifier: EUPL-1.2
#include "registry/advisorauth.h"

#include "../shared/testdata.h"
#include "registryfixture.h"

#include "registry/schema.h"
#include "shared/identity.h"

#include <catch2/catch.hpp>

using namespace vigil;
using namespace vigil::registry;

namespace {

struct AuthFixture : test::RegistryFixture {
    std::unique_ptr<AdvisorAuth> auth;
    AuthFixture()
    {
        auto db = openServerDatabase(registryDatabasePath(dir.path()), {}, "registry");
        REQUIRE(db.ok());
        auth = std::make_unique<AdvisorAuth>(std::move(*db), *org, keys.root.publicKey, [this] { return now; });
    }
    Result<Session> signInAs(int member)
    {
        const SigningKeyPair key = test::memberSignKey(member);
        auto c = auth->challenge(key.publicKey);
        if (!c)
            return c.error();
        return auth->signIn(key.publicKey, c->nonce, key.sign(signInStatement(keys.root.publicKey, c->nonce)));
    }
};

} // namespace

TEST_CASE("an advisor signs in by signing a fresh challenge and gets a session", "[registry][auth]")
{
    AuthFixture f;
    auto session = f.signInAs(3);
    REQUIRE(session.ok());
    CHECK(session->memberId == "m3");
    CHECK(*f.auth->authenticate(session->token) == "m3");
    CHECK_FALSE(f.auth->authenticate("forged-token").ok());
    f.now += 9 * 3600;
    CHECK_FALSE(f.auth->authenticate(session->token).ok());
}

TEST_CASE("sign-in refuses replayed, expired, foreign and mis-signed challenges", "[registry][auth]")
{
    AuthFixture f;
    const SigningKeyPair key = test::memberSignKey(3);
    auto c = f.auth->challenge(key.publicKey);
    REQUIRE(c.ok());
    const Signature good = key.sign(signInStatement(f.keys.root.publicKey, c->nonce));
    REQUIRE(f.auth->signIn(key.publicKey, c->nonce, good).ok());
    CHECK_FALSE(f.auth->signIn(key.publicKey, c->nonce, good).ok()); // replay

    auto late = f.auth->challenge(key.publicKey);
    f.now += 121;
    CHECK_FALSE(f.auth->signIn(key.publicKey, late->nonce, key.sign(signInStatement(f.keys.root.publicKey, late->nonce))).ok());

    auto other = f.auth->challenge(key.publicKey);
    const SigningKeyPair elsewhere = test::rootKey(); // a signature meant for another registry
    CHECK_FALSE(f.auth->signIn(key.publicKey, other->nonce, key.sign(signInStatement(elsewhere.publicKey, other->nonce))).ok());
    // The failed attempt burnt the nonce.
    CHECK_FALSE(f.auth->signIn(key.publicKey, other->nonce, key.sign(signInStatement(f.keys.root.publicKey, other->nonce))).ok());

    auto stolen = f.auth->challenge(key.publicKey);
    const SigningKeyPair m4 = test::memberSignKey(4); // another advisor answering m3's challenge
    CHECK_FALSE(f.auth->signIn(m4.publicKey, stolen->nonce, m4.sign(signInStatement(f.keys.root.publicKey, stolen->nonce))).ok());

    CHECK_FALSE(f.auth->challenge(test::relayKey().publicKey).ok()); // not an advisor
}
