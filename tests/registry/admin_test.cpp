// SPDX-License-Identifier: EUPL-1.2
#include "registry/admin.h"

#include "../shared/testdata.h"
#include "registryfixture.h"

#include "shared/identity.h"
#include "shared/provisioning.h"

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
    REQUIRE(admin->publishDirectory(kNow + 60, 30).ok());
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
    REQUIRE(admin->publishDirectory(kNow, 30).ok());
    auto verified = admin->verifyAudit();
    REQUIRE(verified.ok());
    CHECK_THAT(*verified, Catch::Contains("intact: 4 entries"));

    // Tamper with the database behind the tool's back.
    {
        auto lock = admin->cases().lock();
        REQUIRE(admin->cases().db().exec("UPDATE audit SET detail = 'nothing happened' WHERE seq = 2").ok());
    }
    auto broken = admin->verifyAudit();
    REQUIRE_FALSE(broken.ok());
    CHECK_THAT(broken.error().message, Catch::Contains("entry 2"));
}

TEST_CASE("admin stats exports suppressed statistics; a small count never appears as a number",
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
