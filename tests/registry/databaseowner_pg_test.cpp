// SPDX-License-Identifier: EUPL-1.2
// Whether a registry database is this data folder's (registry/databaseowner.h), on both
// engines: a database is recognised by the directories it published, signed by the root key or
// by a key set the root handed over to, and naming the routing key.

#include "registry/databaseowner.h"

#include "registry/orgstore.h"
#include "registry/rootkeysets.h"
#include "tests/registry/registrydatabase.h"
#include "tests/support/testdata.h"

#include "shared/keysetrotation.h"
#include "shared/signeddoc.h"

#include <catch2/catch.hpp>

using namespace vigil;
using namespace vigil::registry;

namespace {

constexpr std::int64_t kNow = 1'750'000'000;

/// A fresh signing key that is not the tests' root (another registry's).
SigningKeyPair otherRoot()
{
    return SigningKeyPair::generate();
}

/// A registry database of one engine holding the sample directory's units, as the tests' root
/// key sets it up; publish() publishes its first directory.
struct SampleRegistry {
    explicit SampleRegistry(Dialect dialect) : rdb(dialect), org(rdb.connect())
    {
        for (const auto& u : sample.units)
            REQUIRE(org.addUnit(u));
    }
    void publish() { REQUIRE(org.publishDirectory(root, sample.routingKey, kNow, 3600)); }

    test::RegistryDatabase rdb;
    OrgStore org;
    const SigningKeyPair root = test::rootKey();
    const Directory sample = test::sampleDirectory(kNow);
};

} // namespace

TEST_CASE("a database is this registry's when its newest directory is signed by the root key and names the routing "
          "key, and another registry's is refused saying which does not match, alike on SQLite and PostgreSQL",
          "[postgres][owner]")
{
    const Dialect dialect = GENERATE(Dialect::Sqlite, Dialect::Postgres);
    INFO(test::engineName(dialect));
    SampleRegistry registry(dialect);
    Db db = registry.rdb.db();
    const SigningKeyPair& root = registry.root;
    const Directory& sample = registry.sample;
    const PublicKey otherRouting = BoxKeyPair::generate().publicKey;

    // Nothing published yet: nothing says whose it is.
    CHECK(checkDatabaseOwner(db, root.publicKey, sample.routingKey));
    CHECK(checkDatabaseOwner(db, otherRoot().publicKey, otherRouting));

    registry.publish();
    CHECK(checkDatabaseOwner(db, root.publicKey, sample.routingKey));

    const Status foreignRoot = checkDatabaseOwner(db, otherRoot().publicKey, sample.routingKey);
    REQUIRE_FALSE(foreignRoot);
    CHECK(foreignRoot.error().kind == ErrorKind::Refused);
    CHECK_THAT(foreignRoot.error().message, Catch::Contains("is not signed by this data folder's root key"));
    CHECK_THAT(foreignRoot.error().message, Catch::Contains("another registry"));

    const Status foreignRouting = checkDatabaseOwner(db, root.publicKey, otherRouting);
    REQUIRE_FALSE(foreignRouting);
    CHECK(foreignRouting.error().kind == ErrorKind::Refused);
    CHECK_THAT(foreignRouting.error().message, Catch::Contains("names another routing key"));
}

TEST_CASE("after the root hands over to key holders the database is still recognised, and rotations that do not "
          "start from the data folder's root are refused, alike on SQLite and PostgreSQL",
          "[postgres][owner]")
{
    const Dialect dialect = GENERATE(Dialect::Sqlite, Dialect::Postgres);
    INFO(test::engineName(dialect));
    SampleRegistry registry(dialect);
    registry.publish();
    Db db = registry.rdb.db();
    const SigningKeyPair& root = registry.root;
    const Directory& sample = registry.sample;

    // The root hands over to one holder (the tests' member 1); the directory of the root's day
    // still verifies through the chain.
    RootKeySet holders;
    holders.serial = 1;
    holders.threshold = 1;
    holders.holders.push_back(test::memberSignKey(1).publicKey);
    const Bytes handover
        = addHolderSignature(prepareKeySetRotation(RootKeySet(root.publicKey), holders).value(), root).value();
    REQUIRE(recordKeySetRotation(db, root.publicKey, handover, kNow));

    CHECK(checkDatabaseOwner(db, root.publicKey, sample.routingKey));
    // Another registry's root: the rotations in the database do not chain from it.
    const Status foreign = checkDatabaseOwner(db, otherRoot().publicKey, sample.routingKey);
    REQUIRE_FALSE(foreign);
    CHECK(foreign.error().kind == ErrorKind::Refused);
    CHECK_THAT(foreign.error().message, Catch::Contains("do not start from this data folder's root key"));
}
