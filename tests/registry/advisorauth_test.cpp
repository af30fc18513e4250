// SPDX-License-Identifier: EUPL-1.2
#include "registry/advisorauth.h"

#include "tests/support/testdata.h"
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

TEST_CASE("a disabled advisor's session ends at once, not when its token expires", "[registry][auth][access]")
{
    AuthFixture f;
    auto session = f.signInAs(3);
    REQUIRE(session.ok());
    REQUIRE(f.auth->authenticate(session->token).ok());

    // What `vigil-admin advisor disable` does, through its own connection (another process).
    auto adminDb = openServerDatabase(registryDatabasePath(f.dir.path()), {}, "registry");
    REQUIRE(adminDb.ok());
    OrgStore admin(std::move(*adminDb));
    REQUIRE(admin.setMemberActive("m3", false).ok());
    CHECK_FALSE(f.auth->authenticate(session->token).ok());
    CHECK_FALSE(f.auth->challenge(test::memberSignKey(3).publicKey).ok());

    // Enabling again does not revive the old token: the advisor signs in anew.
    REQUIRE(admin.setMemberActive("m3", true).ok());
    CHECK_FALSE(f.auth->authenticate(session->token).ok());
    auto fresh = f.signInAs(3);
    REQUIRE(fresh.ok());
    CHECK(f.auth->authenticate(fresh->token).ok());
}

TEST_CASE("unauthenticated challenges are bounded per key and in all, so they cannot fill the database",
          "[registry][auth][abuse]")
{
    AuthFixture f;
    auto live = [&] {
        auto db = openServerDatabase(registryDatabasePath(f.dir.path()), {}, "registry");
        return *db->queryInt("SELECT COUNT(*) FROM challenges");
    };
    // Someone asks hundreds of times in an advisor's name (the keys are in every directory).
    const SigningKeyPair m3 = test::memberSignKey(3);
    for (int i = 0; i < 300; ++i)
        REQUIRE(f.auth->challenge(m3.publicKey).ok());
    CHECK(live() <= AuthPolicy{}.challengesPerKey);
    // The advisor's own, newest challenge still signs in.
    CHECK(f.signInAs(3).ok());

    // Expired ones go: two minutes later only the new one is left.
    f.now += AuthPolicy{}.challengeSeconds + 1;
    REQUIRE(f.auth->challenge(m3.publicKey).ok());
    CHECK(live() == 1);
}

TEST_CASE("beyond the total bound a challenge is refused as busy, not stored, until older ones expire",
          "[registry][auth][abuse]")
{
    AuthFixture f;
    auto db = openServerDatabase(registryDatabasePath(f.dir.path()), {}, "registry");
    REQUIRE(db.ok());
    AuthPolicy tight;
    tight.challengesInAll = 3;
    AdvisorAuth auth(std::move(*db), *f.org, f.keys.root.publicKey, [&f] { return f.now; }, tight);
    for (int member : {1, 2, 3})
        REQUIRE(auth.challenge(test::memberSignKey(member).publicKey).ok());
    auto refused = auth.challenge(test::memberSignKey(4).publicKey);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Unavailable);
    CHECK_THAT(refused.error().message, Catch::Contains("try again"));
    auto stranger = auth.challenge(test::relayKey().publicKey);
    REQUIRE_FALSE(stranger.ok());
    CHECK(stranger.error().kind == ErrorKind::Refused);

    f.now += tight.challengeSeconds + 1;
    CHECK(auth.challenge(test::memberSignKey(4).publicKey).ok());
}
