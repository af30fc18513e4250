// SPDX-License-Identifier: EUPL-1.2
// The support contacts' draft and signed documents (registry/supportdesk.h) on both engines:
// every test body runs once on a real SQLite file and once on a real PostgreSQL database.

#include "registry/supportdesk.h"

#include "registry/orgstore.h"
#include "tests/registry/registrydatabase.h"
#include "tests/support/testdata.h"

#include <catch2/catch.hpp>

using namespace vigil;
using namespace vigil::registry;

TEST_CASE("support contacts wait as a draft naming only known units and are published as consecutive signed serials, "
          "alike on SQLite and PostgreSQL",
          "[postgres][support]")
{
    const Dialect dialect = GENERATE(Dialect::Sqlite, Dialect::Postgres);
    INFO(test::engineName(dialect));
    test::RegistryDatabase rdb(dialect);
    Db db = rdb.db();
    const SigningKeyPair root = test::rootKey();
    constexpr std::int64_t kNow = 1'750'000'000;
    const SupportContacts sample = test::sampleSupportContacts();

    auto nothing = publishSupport(db, root, kNow);
    REQUIRE_FALSE(nothing);
    CHECK(nothing.error().kind == ErrorKind::NotFound);
    CHECK_FALSE(supportDraft(db)->has_value());

    // The contacts name units the organisation does not have yet.
    auto unknown = setSupportDraft(db, sample.contacts);
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().kind == ErrorKind::Invalid);
    CHECK_FALSE(supportDraft(db)->has_value());

    OrgStore org(rdb.connect());
    for (const auto& u : test::sampleDirectory().units)
        REQUIRE(org.addUnit(u));
    REQUIRE(setSupportDraft(db, sample.contacts));
    CHECK(**supportDraft(db) == sample.contacts);

    auto first = publishSupport(db, root, kNow);
    REQUIRE(first);
    CHECK(first->serial == 1u);
    CHECK(first->contacts == sample.contacts);
    const std::vector<SupportContact> fewer{sample.contacts[2], sample.contacts[0]}; // the emergency number stays
    REQUIRE(setSupportDraft(db, fewer));
    auto second = publishSupport(db, root, kNow + 60);
    REQUIRE(second);
    CHECK(second->serial == 2u);

    auto latest = latestSupport(db);
    REQUIRE(latest);
    REQUIRE(latest->has_value());
    auto verified = verifySupportContacts(**latest, root.publicKey, 2);
    REQUIRE(verified);
    CHECK(*verified == *second);
    CHECK(verified->contacts == fewer);
    CHECK(rdb.count("SELECT COUNT(*) FROM support_documents") == 2);
}
