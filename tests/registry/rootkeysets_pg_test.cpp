// SPDX-License-Identifier: EUPL-1.2
// The root key sets the registry pins (registry/rootkeysets.h) on both engines: every test body
// runs once on a real SQLite file and once on a real PostgreSQL database.

#include "registry/rootkeysets.h"

#include "registry/orgstore.h"
#include "tests/registry/registrydatabase.h"
#include "tests/support/testdata.h"

#include "shared/keysetrotation.h"
#include "shared/signeddoc.h"

#include <catch2/catch.hpp>

#include <vector>

using namespace vigil;
using namespace vigil::registry;

namespace {

/// Holders 1 … n (the tests' member signing keys), t of them needed, as serial `serial`.
RootKeySet holders(std::uint32_t serial, std::uint8_t t, int n)
{
    RootKeySet set;
    set.serial = serial;
    set.threshold = t;
    for (int i = 1; i <= n; ++i)
        set.holders.push_back(test::memberSignKey(i).publicKey);
    return set;
}

} // namespace

TEST_CASE("a rotation is recorded only when the pinned set signed it, and every set stays known for old documents, "
          "alike on SQLite and PostgreSQL",
          "[postgres][keyset]")
{
    const Dialect dialect = GENERATE(Dialect::Sqlite, Dialect::Postgres);
    INFO(test::engineName(dialect));
    test::RegistryDatabase rdb(dialect);
    Db db = rdb.db();
    const SigningKeyPair root = test::rootKey();
    constexpr std::int64_t kNow = 1'750'000'000;

    CHECK_FALSE(recordedKeySet(db)->has_value());
    CHECK(*pinnedKeySet(db, root.publicKey) == RootKeySet(root.publicKey));

    // A directory published under the single root key, before any rotation.
    OrgStore org(rdb.connect());
    const Directory sample = test::sampleDirectory(kNow);
    for (const auto& u : sample.units)
        REQUIRE(org.addUnit(u));
    REQUIRE(org.publishDirectory(root, sample.routingKey, kNow, 3600));

    // The root key hands over to 2 of 3 holders.
    const RootKeySet first = holders(1, 2, 3);
    const Bytes handover = addHolderSignature(prepareKeySetRotation(RootKeySet(root.publicKey), first).value(), root).value();
    auto recorded = recordKeySetRotation(db, root.publicKey, handover, kNow);
    REQUIRE(recorded);
    CHECK(*recorded == first);
    CHECK(*pinnedKeySet(db, root.publicKey) == first);
    // The same document again is no longer signed by the pinned set: refused, nothing stored.
    CHECK_FALSE(recordKeySetRotation(db, root.publicKey, handover, kNow + 1));
    CHECK(rdb.count("SELECT COUNT(*) FROM root_key_sets") == 1);

    // One holder alone cannot rotate; two can.
    const RootKeySet second = holders(2, 2, 4);
    const Bytes unsignedNext = prepareKeySetRotation(first, second).value();
    const Bytes oneSigned = addHolderSignature(unsignedNext, test::memberSignKey(1)).value();
    CHECK_FALSE(recordKeySetRotation(db, root.publicKey, oneSigned, kNow + 2));
    const Bytes twoSigned = addHolderSignature(oneSigned, test::memberSignKey(3)).value();
    REQUIRE(recordKeySetRotation(db, root.publicKey, twoSigned, kNow + 3));

    CHECK(*recordedKeySet(db) == std::optional<RootKeySet>(second));
    CHECK(*everyKeySet(db, root.publicKey) == std::vector<RootKeySet>{second, first, RootKeySet(root.publicKey)});
    CHECK(*keySetRotations(db) == std::vector<Bytes>{handover, twoSigned});
    // The directory of the root key's day still verifies: every pinned set is tried.
    auto old = org.directoryVersion(1, root.publicKey);
    REQUIRE(old);
    REQUIRE(old->has_value());
    CHECK((*old)->version == 1u);
}
