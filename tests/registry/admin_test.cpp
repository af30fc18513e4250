// SPDX-License-Identifier: EUPL-1.2
#include "registry/admin/admin.h"
#include "registry/schema.h"

#include "tests/support/testdata.h"
#include "registryfixture.h"

#include "shared/identity.h"
#include "shared/provisioning.h"
#include "shared/routing.h"
#include "shared/seal.h"
#include "shared/sealfordirectory.h"
#include "shared/storage/sqlite.h"

#include <catch2/catch.hpp>

using namespace vigil;
using namespace vigil::registry;

namespace {
constexpr std::int64_t kNow = 1'750'000'000;

std::string identityOf(int member)
{
    return encodeAdvisorIdentity({test::memberBoxKey(member).publicKey, test::memberSignKey(member).publicKey});
}
} // namespace

TEST_CASE("admin init creates keys, default groups and routes, and refuses a second init", "[registry][admin]")
{
    test::TempDir dir;
    auto out = Admin::init(dir.path(), InitOptions{}, kNow);
    REQUIRE(out.ok());
    CHECK_THAT(*out, Catch::Contains("root key"));
    auto again = Admin::init(dir.path(), InitOptions{}, kNow);
    REQUIRE_FALSE(again.ok());
    CHECK_THAT(again.error().message, Catch::Contains("already"));

    auto admin = Admin::open(dir.path());
    REQUIRE(admin.ok());
    CHECK_THAT(*(*admin)->listGroups(), Catch::Contains("ca-pool") && Catch::Contains("inspectorate"));
    CHECK_THAT(*(*admin)->listRoutes(), Catch::Contains("social -> commander (only with the reporter's consent)"));
}

TEST_CASE("advisors added with their exported key appear in the next signed directory", "[registry][admin]")
{
    test::TempDir dir;
    REQUIRE(Admin::init(dir.path(), InitOptions{}, kNow).ok());
    auto admin = std::move(*Admin::open(dir.path()));
    REQUIRE(admin->addUnit(Unit{"13-bde", "13 Bde", "defence"}, true).ok());
    REQUIRE(admin->addAdvisor("ca-bakker", "Advisor Bakker", "ca-pool", identityOf(3)).ok());
    REQUIRE(admin->addAdvisor("so-jansen", "Safety officer Jansen", "so-13-bde", identityOf(1)).ok());

    auto bad = admin->addAdvisor("x", "X", "ca-pool", identityOf(4).substr(0, 30));
    REQUIRE_FALSE(bad.ok());
    CHECK_THAT(bad.error().message, Catch::Contains("advisor key"));
    auto noGroup = admin->addAdvisor("y", "Y", "nope", identityOf(5));
    REQUIRE_FALSE(noGroup.ok());

    REQUIRE(admin->publishDirectory(kNow, 30).ok());
    auto enrol = admin->enrollment("https://relay.example:8443", false);
    REQUIRE(enrol.ok());
    auto device = decodeProvisioning(*enrol, kNow + 10);
    REQUIRE(device.ok());
    CHECK(device->provisioning.rootKey == admin->keys().root.publicKey);
    REQUIRE(device->directory.has_value());
    const Group* ca = device->directory->group("ca-pool");
    REQUIRE(ca != nullptr);
    REQUIRE(ca->members.size() == 1);
    CHECK(ca->members[0].boxKey == test::memberBoxKey(3).publicKey);
    CHECK(device->directory->group("so-13-bde")->members.size() == 1);
    CHECK(device->directory->group("cmd-13-bde") != nullptr);
    // The registry's own receipt key is listed, so its receipts count as delivery.
    CHECK(device->directory->relays.at(0).receiptKey == admin->keys().receipt.publicKey);

    REQUIRE(admin->setAdvisorActive("ca-bakker", false).ok());
    // Without a confidential advisor a social-safety report from the top has no reader.
    REQUIRE_FALSE(admin->publishDirectory(kNow + 60, 30).ok());
    auto anyway = admin->publishDirectory(kNow + 60, 30, true);
    REQUIRE(anyway.ok());
    CHECK_THAT(*anyway, Catch::Contains("WARNING") && Catch::Contains("social report from no unit")
                            && Catch::Contains("would reach nobody"));
    auto next = decodeProvisioning(*admin->enrollment("https://relay.example:8443", false), kNow + 100);
    CHECK(next->directory->version == 2);
    CHECK(next->directory->group("ca-pool")->members.empty());

    auto compact = admin->enrollment("https://relay.example:8443", true);
    REQUIRE(compact.ok());
    CHECK(compact->find("directory") == std::string::npos);
}

TEST_CASE("routes: commander routing for social safety requires consent", "[registry][admin]")
{
    test::TempDir dir;
    REQUIRE(Admin::init(dir.path(), InitOptions{}, kNow).ok());
    auto admin = std::move(*Admin::open(dir.path()));
    RouteOptions r;
    r.domain = Domain::Social;
    r.target = GroupKind::Commander;
    auto refused = admin->addRoute(r);
    REQUIRE_FALSE(refused.ok());
    CHECK_THAT(refused.error().message, Catch::Contains("consent"));
    r.consentRequired = true;
    CHECK(admin->addRoute(r).ok());
}

TEST_CASE("bulletins are signed in sequence and audit verify sees every admin action", "[registry][admin][audit]")
{
    test::TempDir dir;
    REQUIRE(Admin::init(dir.path(), InitOptions{}, kNow).ok());
    auto admin = std::move(*Admin::open(dir.path()));
    BulletinOptions b{BulletinKind::SafetyAlert, {Category::LiveFire}, "Titel", "Title", "Tekst", "Text"};
    CHECK(*admin->publishBulletin(b, kNow) == "bulletin 1 published\n");
    CHECK(*admin->publishBulletin(b, kNow + 1) == "bulletin 2 published\n");
    b.titleEn.clear();
    CHECK_FALSE(admin->publishBulletin(b, kNow + 2).ok()); // a device would refuse an empty title
    REQUIRE(admin->publishDirectory(kNow, 30, true).ok()); // no advisors yet
    auto verified = admin->verifyAudit();
    REQUIRE(verified.ok());
    // init, two bulletins, the directory and the authorities signed with it.
    CHECK_THAT(*verified, Catch::Contains("intact: 5 entries"));

    // Tamper with the database behind the tool's back.
    {
        auto lock = admin->cases().lock();
        REQUIRE(admin->cases().db().exec("UPDATE audit SET detail = 'nothing happened' WHERE seq = 2").ok());
    }
    auto broken = admin->verifyAudit();
    REQUIRE_FALSE(broken.ok());
    CHECK_THAT(broken.error().message, Catch::Contains("entry 2"));
}

TEST_CASE("a published directory and its audit entry commit together or not at all", "[registry][admin][audit]")
{
    test::TempDir dir;
    REQUIRE(Admin::init(dir.path(), InitOptions{}, kNow).ok());
    auto admin = std::move(*Admin::open(dir.path()));
    REQUIRE(admin->publishDirectory(kNow, 30, true).ok());
    auto log = admin->cases().auditLog();
    REQUIRE(log.ok());
    REQUIRE(log->size() >= 2);
    // The authorities signed with it follow in the same transaction (registry/pdca/authoritiesdoc.h).
    CHECK((*log)[log->size() - 2].action == "directory.published");
    CHECK((*log)[log->size() - 2].subject == "1");
    CHECK(log->back().action == "authorities.published");

    // Two publishers signed the same next version; the second to store it is refused by the
    // version key, and its audit entry goes with it: the chain names each version once.
    const auto& keys = admin->keys();
    auto a = admin->org().signNextDirectory(*keys.root.pair, keys.routing.publicKey, kNow, 86400);
    auto b = admin->org().signNextDirectory(*keys.root.pair, keys.routing.publicKey, kNow, 86400);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    REQUIRE(a->directory.version == 2);
    REQUIRE(b->directory.version == 2);
    const auto store = [&](const SignedDirectory& d) {
        return admin->cases().writeAudited([&](SqliteDb& db, AuditEntry& entry) -> Status {
            entry = AuditEntry{0, kNow, "admin", "directory.published", std::to_string(d.directory.version), "", {}, {}};
            return OrgStore::storeDirectory(db, d);
        });
    };
    REQUIRE(store(*a).ok());
    const Status second = store(*b);
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().kind == ErrorKind::Conflict);
    auto after = admin->cases().auditLog();
    REQUIRE(after.ok());
    CHECK(after->size() == log->size() + 1);
    auto verified = admin->verifyAudit();
    REQUIRE(verified.ok());
}

TEST_CASE("admin stats exports suppressed statistics — a small count never appears as a number",
          "[registry][admin][stats]")
{
    test::RegistryFixture f; // registry with cases
    for (int i = 0; i < 7; ++i)
        f.file(test::nearMissReport());
    f.file(test::socialReport()); // one social-safety case: must be suppressed
    auto admin = Admin::open(f.dir.path());
    REQUIRE(admin.ok());
    auto csv = (*admin)->statistics("csv", 5, "", "", f.now);
    REQUIRE(csv.ok());
    CHECK_THAT(*csv, Catch::Contains("<5"));
    auto json = (*admin)->statistics("json", 5, "", "", f.now);
    REQUIRE(json.ok());
    CHECK_THAT(*json, Catch::Contains("\"<5\""));
    CHECK_FALSE((*admin)->statistics("xml", 5, "", "", f.now).ok());
}

TEST_CASE("directory publish refuses a directory that routes some report to nobody, and says which and how to fix it",
          "[registry][admin][routing]")
{
    test::TempDir dir;
    REQUIRE(Admin::init(dir.path(), InitOptions{}, kNow).ok());
    auto admin = std::move(*Admin::open(dir.path()));
    REQUIRE(admin->addUnit(Unit{"13-bde", "13 Bde", "defence"}, true).ok());
    REQUIRE(admin->addAdvisor("so-jansen", "Safety officer Jansen", "so-13-bde", identityOf(1)).ok());
    auto refused = admin->publishDirectory(kNow, 30);
    REQUIRE_FALSE(refused.ok());
    CHECK_THAT(refused.error().message, Catch::Contains("would reach nobody") && Catch::Contains("ca-pool")
                                            && Catch::Contains("--allow-unroutable"));
    CHECK_FALSE(admin->org().latestSignedDirectory()->has_value()); // nothing was signed

    // One confidential advisor is the fallback for everything no rule routes.
    REQUIRE(admin->addAdvisor("ca-bakker", "Advisor Bakker", "ca-pool", identityOf(3)).ok());
    auto published = admin->publishDirectory(kNow, 30);
    REQUIRE(published.ok());
    CHECK_THAT(*published, !Catch::Contains("WARNING"));
}

TEST_CASE("in the demo organisation every report the field app can write has a reader",
          "[registry][admin][routing][property]")
{
    // The organisation scripts/demo builds: vigil-admin init, 13-bde with its groups, the
    // demo advisors (tools/demo_main.cpp kAdvisors).
    test::TempDir dir;
    REQUIRE(Admin::init(dir.path(), InitOptions{}, kNow).ok());
    auto admin = std::move(*Admin::open(dir.path()));
    REQUIRE(admin->addUnit(Unit{"13-bde", "13 Lichte Brigade", "defence"}, true).ok());
    const std::pair<const char*, const char*> advisors[] = {{"so-jansen", "so-13-bde"}, {"ca-bakker", "ca-pool"},
        {"ca-visser", "ca-pool"}, {"int-mulder", "integrity-desk"}, {"insp-deboer", "inspectorate"}};
    int n = 1;
    for (const auto& [id, group] : advisors)
        REQUIRE(admin->addAdvisor(id, id, group, identityOf(n++)).ok());
    REQUIRE(admin->publishDirectory(kNow, 30).ok());
    auto blob = admin->org().latestSignedDirectory();
    const Directory d = *verifyDirectory(**blob, admin->keys().root.publicKey, kNow);

    std::vector<std::string> unitChoices{""}; // "I'd rather not say"
    for (const auto& u : d.units)
        unitChoices.push_back(u.id);          // the top ("defence") and every unit
    std::size_t combinations = 0;
    for (const auto& [kind, kindName] : EnumTable<Kind>::names)
        for (const auto& [category, categoryName] : EnumTable<Category>::names)
            for (const auto& unit : unitChoices)
                for (Severity severity : {Severity::None, Severity::I, Severity::II, Severity::III, Severity::IV})
                    for (ImpactLevel impact : {ImpactLevel::None, ImpactLevel::Limited, ImpactLevel::Severe})
                        for (bool consent : {false, true}) {
                            Report r = test::nearMissReport();
                            r.kind = kind;
                            r.category = category;
                            r.risk = Risk{{severity, severity == Severity::None ? Likelihood::None : Likelihood::C}, {}};
                            r.impact.level = impact;
                            r.support.consentCommander = consent;
                            const auto groups = groupsForReport(d, r, unit);
                            INFO(kindName << " / " << categoryName << " / unit '" << unit << "' / severity "
                                          << enumName(severity) << " / impact " << enumName(impact));
                            REQUIRE(recipientsFor(groups, {}).ok());
                            ++combinations;
                        }
    CHECK(combinations == 6 * 22 * 3 * 5 * 3 * 2);
}

TEST_CASE("a unit named in Dutch and English reaches devices with both names, and its groups take the Dutch one",
          "[registry][admin][i18n]")
{
    test::TempDir dir;
    REQUIRE(Admin::init(dir.path(), InitOptions{}, kNow).ok());
    auto admin = std::move(*Admin::open(dir.path()));
    REQUIRE(admin->addUnit(Unit{"13-bde", "13 Light Brigade", "defence", "13 Lichte Brigade"}, true).ok());
    REQUIRE(admin->addUnit(Unit{"44-bn", "44 Battalion", "13-bde"}, false).ok());
    int n = 1;
    for (const char* group : {"so-13-bde", "ca-pool", "integrity-desk", "inspectorate"}) {
        REQUIRE(admin->addAdvisor("m" + std::to_string(n), "M", group, identityOf(n)).ok());
        ++n;
    }
    auto published = admin->publishDirectory(kNow, 30);
    REQUIRE(published.ok());
    // The operator learns which units Dutch readers will see in English, and how to fix it.
    CHECK_THAT(*published, Catch::Contains("no Dutch name for unit(s) 44-bn;") && Catch::Contains("--name-nl"));

    const Directory d = *verifyDirectory(**admin->org().latestSignedDirectory(), admin->keys().root.publicKey, kNow);
    const Unit* top = d.unit("defence");
    const Unit* brigade = d.unit("13-bde");
    const Unit* battalion = d.unit("44-bn");
    REQUIRE((top && brigade && battalion));
    CHECK(top->nameIn("nl") == "Defensie");
    CHECK(top->nameIn("en") == "Defence");
    CHECK(brigade->nameIn("nl") == "13 Lichte Brigade");
    CHECK(brigade->nameIn("en") == "13 Light Brigade");
    CHECK(battalion->nameIn("nl") == "44 Battalion"); // no Dutch name: the one name serves both
    const Group* so = d.group("so-13-bde");
    REQUIRE(so);
    CHECK(so->nameNl == "Veiligheidsfunctionarissen 13 Lichte Brigade");
    CHECK(so->nameEn == "Safety officers 13 Light Brigade");

    // Renamed later, the next directory carries the new names; an unknown unit is an error.
    REQUIRE(admin->renameUnit("44-bn", "", "44 Bataljon").ok());
    auto unknown = admin->renameUnit("45-bn", "45 Battalion", "");
    REQUIRE_FALSE(unknown.ok());
    CHECK_THAT(unknown.error().message, Catch::Contains("no unit \"45-bn\""));
    CHECK_FALSE(admin->renameUnit("44-bn", "", "").ok());
    REQUIRE(admin->publishDirectory(kNow + 60, 30).ok());
    const Directory next = *verifyDirectory(**admin->org().latestSignedDirectory(), admin->keys().root.publicKey, kNow + 60);
    CHECK(next.unit("44-bn")->nameIn("nl") == "44 Bataljon");
    CHECK(next.unit("44-bn")->nameIn("en") == "44 Battalion");
    CHECK_THAT(*admin->listUnits(), Catch::Contains("44-bn\t44 Battalion\t44 Bataljon\t13-bde"));
}

TEST_CASE("a registry database of schema version 3 keeps its units on upgrade, without a Dutch name until one is given",
          "[registry][admin][migration]")
{
    test::TempDir dir;
    const auto path = dir.path() / "registry.db";
    {
        auto old = openServerDatabase(path, registryMigrations().first(3), "registry");
        REQUIRE(old.ok());
        REQUIRE(old->exec("INSERT INTO units(id, name) VALUES ('defence', 'Defensie')").ok());
    }
    auto upgraded = openServerDatabase(path, registryMigrations(), "registry");
    REQUIRE(upgraded.ok());
    OrgStore org(std::move(*upgraded));
    auto units = org.units();
    REQUIRE(units.ok());
    REQUIRE(units->size() == 1);
    CHECK(units->front().name == "Defensie");
    CHECK(units->front().nameNl.empty());
    REQUIRE(org.renameUnit("defence", "Defence", "Defensie").ok());
    units = org.units();
    CHECK(units->front().nameIn("en") == "Defence");
    CHECK(units->front().nameIn("nl") == "Defensie");
}

TEST_CASE("a unit or group added twice, or a group under a unit that does not exist, is refused in the operator's words",
          "[registry][admin]")
{
    test::TempDir dir;
    REQUIRE(Admin::init(dir.path(), InitOptions{}, kNow).ok());
    auto admin = std::move(*Admin::open(dir.path()));
    REQUIRE(admin->addUnit(Unit{"13-bde", "13 Bde", "defence"}, false).ok());
    auto again = admin->addUnit(Unit{"13-bde", "13 Bde", "defence"}, false);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message == "unit \"13-bde\" already exists");
    CHECK(again.error().kind == ErrorKind::Conflict);
    auto orphan = admin->addUnit(Unit{"44-bn", "44 Bn", "no-such-unit"}, false);
    REQUIRE_FALSE(orphan.ok());
    CHECK(orphan.error().message == "unit \"44-bn\" refers to something that does not exist");
    CHECK(orphan.error().kind == ErrorKind::Invalid);
    CHECK_THAT(*admin->listUnits(), !Catch::Contains("44-bn"));
}
