// SPDX-License-Identifier: EUPL-1.2
// The organisation store (registry/orgstore.h) on both engines: every test body runs once on a
// real SQLite file and once on a real PostgreSQL database, and expects the same answers.

#include "registry/orgstore.h"

#include "registry/documenttable.h"
#include "tests/registry/registrydatabase.h"
#include "tests/support/testdata.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace vigil;
using namespace vigil::registry;

namespace {

constexpr std::uint64_t kIssued = 1'750'000'000;
constexpr std::uint64_t kValidity = 30 * 24 * 3600;

/// The sample organisation, added as an operator adds it: units, groups with their members,
/// routes and the relay, in the sample's order.
void addSample(OrgStore& org, const Directory& sample)
{
    for (const auto& u : sample.units)
        REQUIRE(org.addUnit(u));
    for (const auto& g : sample.groups) {
        REQUIRE(org.addGroup({g.id, g.kind, g.unit, g.nameNl, g.nameEn}));
        for (const auto& m : g.members)
            REQUIRE(org.addMember(m, g.id));
    }
    for (const auto& r : sample.routes)
        REQUIRE(org.addRoute({r, std::nullopt}));
    for (const auto& r : sample.relays)
        REQUIRE(org.addRelay(r));
}

std::vector<std::string> unitIds(const std::vector<Unit>& units)
{
    std::vector<std::string> out;
    for (const auto& u : units)
        out.push_back(u.id);
    return out;
}

} // namespace

TEST_CASE("the directory is built from the organisation in the order it was added, and a renamed unit keeps its "
          "place, alike on SQLite and PostgreSQL",
          "[postgres][org]")
{
    const Dialect dialect = GENERATE(Dialect::Sqlite, Dialect::Postgres);
    INFO(test::engineName(dialect));
    test::RegistryDatabase rdb(dialect);
    OrgStore org(rdb.connect());
    const Directory sample = test::sampleDirectory(kIssued);
    addSample(org, sample);

    auto built = org.buildDirectory(sample.routingKey, kIssued, kValidity);
    REQUIRE(built);
    CHECK(*built == sample);

    // Renaming rewrites the row; on PostgreSQL that moves it in the table, not in the directory.
    REQUIRE(org.renameUnit("defence", "Defence organisation", ""));
    REQUIRE(org.renameUnit("army", "", "Landmacht"));
    auto units = org.units();
    REQUIRE(units);
    CHECK(unitIds(*units) == unitIds(sample.units));
    CHECK(units->front().name == "Defence organisation");
    CHECK(units->front().nameNl.empty());
    CHECK((*units)[1].name == "Army");
    CHECK((*units)[1].nameNl == "Landmacht");
    CHECK_FALSE(org.renameUnit("navy", "Navy", ""));

    // A member taken out of a group and added again comes last in it.
    REQUIRE(org.removeMember("m1", "so-13"));
    CHECK_FALSE(org.removeMember("m1", "so-13"));
    REQUIRE(org.addMember(sample.groups[0].members[0], "so-13"));
    // Adding a membership that exists changes nothing.
    REQUIRE(org.addMember(sample.groups[0].members[1], "so-13"));
    built = org.buildDirectory(sample.routingKey, kIssued, kValidity);
    REQUIRE(built);
    REQUIRE(built->groups.size() == sample.groups.size());
    REQUIRE(built->groups[0].members.size() == 2);
    CHECK(built->groups[0].members[0].id == "m2");
    CHECK(built->groups[0].members[1].id == "m1");
    CHECK(rdb.count("SELECT COUNT(*) FROM group_members") == 8);

    auto groups = org.groups();
    REQUIRE(groups);
    REQUIRE(groups->size() == sample.groups.size());
    for (std::size_t i = 0; i < groups->size(); ++i)
        CHECK((*groups)[i].id == sample.groups[i].id);
    CHECK(*org.groupsOf("m1") == std::vector<std::string>{"so-13"});
}

TEST_CASE("the operator's mistakes in the organisation are refused in the operator's words and leave nothing, alike on "
          "SQLite and PostgreSQL",
          "[postgres][org]")
{
    const Dialect dialect = GENERATE(Dialect::Sqlite, Dialect::Postgres);
    INFO(test::engineName(dialect));
    test::RegistryDatabase rdb(dialect);
    OrgStore org(rdb.connect());
    const Directory sample = test::sampleDirectory(kIssued);
    addSample(org, sample);

    auto twice = org.addUnit(sample.units[0]);
    REQUIRE_FALSE(twice);
    CHECK(twice.error().kind == ErrorKind::Conflict);
    CHECK(twice.error().message == "unit \"defence\" already exists");

    auto orphan = org.addUnit(Unit{"7-coy", "7 Company", "nowhere"});
    REQUIRE_FALSE(orphan);
    CHECK(orphan.error().kind == ErrorKind::Invalid);
    CHECK(orphan.error().message == "unit \"7-coy\" refers to something that does not exist");

    auto groupTwice = org.addGroup({"so-13", GroupKind::SafetyOfficer, "13-brigade", "x", "x"});
    REQUIRE_FALSE(groupTwice);
    CHECK(groupTwice.error().kind == ErrorKind::Conflict);
    auto groupOrphan = org.addGroup({"so-7", GroupKind::SafetyOfficer, "nowhere", "x", "x"});
    REQUIRE_FALSE(groupOrphan);
    CHECK(groupOrphan.error().kind == ErrorKind::Invalid);

    Member otherKeys = sample.groups[0].members[0];
    otherKeys.boxKey = test::memberBoxKey(9).publicKey;
    auto rekeyed = org.addMember(otherKeys, "so-13");
    REQUIRE_FALSE(rekeyed);
    CHECK(rekeyed.error().message == "member \"m1\" already exists with other keys");

    Member sameSignKey{"m9", "Someone else", test::memberBoxKey(9).publicKey, test::memberSignKey(1).publicKey};
    auto copied = org.addMember(sameSignKey, "so-13");
    REQUIRE_FALSE(copied);
    CHECK(copied.error().kind == ErrorKind::Conflict);

    auto noGroup = org.addMember(sample.groups[0].members[0], "nowhere");
    REQUIRE_FALSE(noGroup);
    CHECK(noGroup.error().kind == ErrorKind::Invalid);
    CHECK(noGroup.error().message == "group \"nowhere\" refers to something that does not exist");

    CHECK(rdb.count("SELECT COUNT(*) FROM units") == 4);
    CHECK(rdb.count("SELECT COUNT(*) FROM groups") == 5);
    CHECK(rdb.count("SELECT COUNT(*) FROM members") == 8);
    CHECK(rdb.count("SELECT COUNT(*) FROM group_members") == 8);
}

TEST_CASE("disabling a member ends its sessions and challenges and takes it out of the directory until it is enabled, "
          "alike on SQLite and PostgreSQL",
          "[postgres][org]")
{
    const Dialect dialect = GENERATE(Dialect::Sqlite, Dialect::Postgres);
    INFO(test::engineName(dialect));
    test::RegistryDatabase rdb(dialect);
    OrgStore org(rdb.connect());
    const Directory sample = test::sampleDirectory(kIssued);
    addSample(org, sample);
    // A signed-in session and a pending challenge for m3 and for m4.
    for (const char* sql : {"INSERT INTO sessions(token_hash, member_id, expires_at) VALUES (?, ?, 1)",
                            "INSERT INTO challenges(nonce, member_id, expires_at) VALUES (?, ?, 1)"})
        for (const std::string member : {"m3", "m4"}) {
            auto stmt = rdb.db().prepare(sql);
            REQUIRE(stmt);
            const Bytes key{static_cast<std::uint8_t>(member.back()), static_cast<std::uint8_t>(sql[12])};
            stmt->bind(1, key).bindText(2, member);
            REQUIRE(stmt->run());
        }
    const PublicKey m3 = test::memberSignKey(3).publicKey;
    REQUIRE(org.memberBySignKey(m3)->has_value());
    CHECK((*org.memberBySignKey(m3))->boxKey == test::memberBoxKey(3).publicKey);

    REQUIRE(org.setMemberActive("m3", false));
    CHECK(rdb.count("SELECT COUNT(*) FROM sessions WHERE member_id = 'm3'") == 0);
    CHECK(rdb.count("SELECT COUNT(*) FROM challenges WHERE member_id = 'm3'") == 0);
    CHECK(rdb.count("SELECT COUNT(*) FROM sessions") == 1);
    CHECK(rdb.count("SELECT COUNT(*) FROM challenges") == 1);
    CHECK_FALSE(org.memberBySignKey(m3)->has_value());
    auto without = org.buildDirectory(sample.routingKey, kIssued, kValidity);
    REQUIRE(without);
    CHECK(without->group("ca-pool")->members.size() == 2);

    auto nobody = org.setMemberActive("m99", false);
    REQUIRE_FALSE(nobody);
    CHECK(nobody.error().message == "no member \"m99\"");

    REQUIRE(org.setMemberActive("m3", true));
    CHECK(org.memberBySignKey(m3)->has_value());
    auto with = org.buildDirectory(sample.routingKey, kIssued, kValidity);
    REQUIRE(with);
    CHECK(*with == sample);
}

TEST_CASE("routes keep their order and first-contact clocks, a relay's key is replaced by its id, and settings are "
          "written over, alike on SQLite and PostgreSQL",
          "[postgres][org]")
{
    const Dialect dialect = GENERATE(Dialect::Sqlite, Dialect::Postgres);
    INFO(test::engineName(dialect));
    test::RegistryDatabase rdb(dialect);
    OrgStore org(rdb.connect());
    const Directory sample = test::sampleDirectory(kIssued);

    REQUIRE(org.addRoute({sample.routes[2], 72}));
    REQUIRE(org.addRoute({sample.routes[0], std::nullopt}));
    auto routes = org.routes();
    REQUIRE(routes);
    REQUIRE(routes->size() == 2);
    CHECK((*routes)[0].rule == sample.routes[2]);
    CHECK((*routes)[0].contactHours == 72);
    CHECK((*routes)[1].rule == sample.routes[0]);
    CHECK_FALSE((*routes)[1].contactHours.has_value());
    REQUIRE(org.clearRoutes());
    CHECK(org.routes()->empty());

    REQUIRE(org.addRelay({"relay-b", test::relayKey().publicKey}));
    REQUIRE(org.addRelay({"relay-a", test::memberSignKey(1).publicKey}));
    REQUIRE(org.addRelay({"relay-b", test::memberSignKey(2).publicKey}));
    auto d = org.buildDirectory(sample.routingKey, kIssued, kValidity);
    REQUIRE(d);
    CHECK(d->relays == std::vector<RelayInfo>{{"relay-a", test::memberSignKey(1).publicKey},
                                              {"relay-b", test::memberSignKey(2).publicKey}});

    CHECK_FALSE(org.setting("measures.ack_days")->has_value());
    REQUIRE(org.setSetting("measures.ack_days", "5"));
    REQUIRE(org.setSetting("measures.ack_days", "7"));
    REQUIRE(OrgStore::putSetting(rdb.db(), "support.draft", "[]"));
    CHECK(**org.setting("measures.ack_days") == "7");
    CHECK(**org.setting("support.draft") == "[]");
    CHECK(rdb.count("SELECT COUNT(*) FROM settings") == 2);
}

TEST_CASE("directories are published as consecutive versions, one version is stored once, and an old version still "
          "verifies, alike on SQLite and PostgreSQL",
          "[postgres][org]")
{
    const Dialect dialect = GENERATE(Dialect::Sqlite, Dialect::Postgres);
    INFO(test::engineName(dialect));
    test::RegistryDatabase rdb(dialect);
    OrgStore org(rdb.connect());
    const Directory sample = test::sampleDirectory(kIssued);
    const SigningKeyPair root = test::rootKey();
    addSample(org, sample);

    CHECK(*org.newestDirectoryVersion() == 0u);
    CHECK_FALSE(org.latestSignedDirectory()->has_value());
    auto first = org.publishDirectory(root, sample.routingKey, kIssued, kValidity);
    REQUIRE(first);
    CHECK(first->version == 1u);
    REQUIRE(org.renameUnit("army", "Royal Army", ""));
    auto second = org.publishDirectory(root, sample.routingKey, kIssued + 60, kValidity);
    REQUIRE(second);
    CHECK(second->version == 2u);
    CHECK(*org.newestDirectoryVersion() == 2u);

    auto latest = org.latestSignedDirectory();
    REQUIRE(latest);
    REQUIRE(latest->has_value());
    auto verified = verifyDirectory(**latest, RootKeySet(root.publicKey), kIssued + 120);
    REQUIRE(verified);
    CHECK(*verified == *second);
    CHECK(verified->unit("army")->name == "Royal Army");

    auto old = org.directoryVersion(1, root.publicKey);
    REQUIRE(old);
    REQUIRE(old->has_value());
    CHECK(**old == *first);
    CHECK((*old)->unit("army")->name == "Army");
    CHECK_FALSE(org.directoryVersion(9, root.publicKey)->has_value());
    // Signed by another key: not what this registry published.
    auto forged = org.directoryVersion(1, test::memberSignKey(1).publicKey);
    CHECK_FALSE(forged);

    // Two publishers that signed the same next version: the first stores it, the second is refused.
    auto a = org.signNextDirectory(root, sample.routingKey, kIssued + 180, kValidity);
    auto b = org.signNextDirectory(root, sample.routingKey, kIssued + 240, kValidity);
    REQUIRE((a && b));
    CHECK(a->directory.version == 3u);
    CHECK(b->directory.version == 3u);
    REQUIRE(OrgStore::storeDirectory(rdb.db(), *a));
    auto raced = OrgStore::storeDirectory(rdb.db(), *b);
    REQUIRE_FALSE(raced);
    CHECK(raced.error().kind == ErrorKind::Conflict);
    CHECK(rdb.count("SELECT COUNT(*) FROM directories") == 3);
}

TEST_CASE("the token issuer-key documents are read newest first, alike on SQLite and PostgreSQL", "[postgres][org]")
{
    const Dialect dialect = GENERATE(Dialect::Sqlite, Dialect::Postgres);
    INFO(test::engineName(dialect));
    test::RegistryDatabase rdb(dialect);
    OrgStore org(rdb.connect());

    CHECK(*org.tokenIssuerSerial() == 0u);
    CHECK_FALSE(org.latestTokenIssuer()->has_value());
    const Bytes one{'V', 'G', 'T', 1, 0};
    const Bytes two{'V', 'G', 'T', 2, 0, 0xff};
    for (const Bytes* doc : {&one, &two}) {
        auto serial = nextDocumentSerial(rdb.db(), "token_issuer_documents");
        REQUIRE(serial);
        REQUIRE(insertSignedDocument(rdb.db(), "token_issuer_documents", *serial, 1'750'000'000, *doc));
    }
    CHECK(*org.tokenIssuerSerial() == 2u);
    CHECK(**org.latestTokenIssuer() == two);
}
