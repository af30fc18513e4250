// SPDX-License-Identifier: EUPL-1.2
// The signed authorities document on the registry's side (registry/pdca/authoritiesdoc.h,
// registry/admin/authoritiesadmin.h): what a directory publication, a role grant or revoke and a
// new acceptance policy sign, and what the audit trail says of it.
#include "registry/admin/authoritiesadmin.h"
#include "registry/admin/measureadmin.h"
#include "registry/admin/riskadmin.h"
#include "registry/pdca/authoritiesdoc.h"
#include "registry/pdca/riskdesk.h"
#include "registry/pdca/sqlriskstore.h"

#include "shared/identity.h"
#include "tests/support/testdata.h"
#include "tests/support/testenv.h"

#include <catch2/catch.hpp>

using namespace vigil;
using namespace vigil::registry;

namespace {

constexpr std::int64_t kNow = 1'750'000'000;

/// A registry with 13-bde (and its groups), a safety officer m1, an advisor m3 and an inspector m7.
std::unique_ptr<Admin> registryWithMembers(const test::TempDir& dir)
{
    REQUIRE(Admin::init(dir.path(), InitOptions{}, kNow).ok());
    auto admin = std::move(*Admin::open(dir.path()));
    REQUIRE(admin->addUnit(Unit{"13-bde", "13 Bde", "defence"}, true).ok());
    for (auto [n, group] : {std::pair{1, "so-13-bde"}, {3, "ca-pool"}, {7, "inspectorate"}}) {
        const std::string identity = encodeAdvisorIdentity(
            {test::memberBoxKey(n).publicKey, test::memberSignKey(n).publicKey});
        REQUIRE(admin->addAdvisor("m" + std::to_string(n), "Member " + std::to_string(n), group, identity).ok());
    }
    return admin;
}

/// The newest signed document, verified as a console would verify it.
Authorities newest(Admin& admin)
{
    auto shown = showAuthorities(admin, kNow + 120, true);
    REQUIRE(shown.ok());
    auto a = decodeAuthorities(*shown);
    REQUIRE(a.ok());
    return *a;
}

bool holds(const Authorities& a, const AuthorityRole& role)
{
    return std::find(a.roles.begin(), a.roles.end(), role) != a.roles.end();
}

} // namespace

TEST_CASE("a published directory signs the PDCA roles with it: its commander and inspectorate groups and the "
          "grants of its members",
          "[registry][pdca][authorities]")
{
    test::TempDir dir;
    auto admin = registryWithMembers(dir);
    REQUIRE(grantRole(*admin, {"m1", MeasureRole::Measures, "13-bde"}, kNow).ok());
    const auto before = admin->cases().auditLog();
    REQUIRE(before.ok());

    auto published = admin->publishDirectory(kNow, 30, true);
    REQUIRE(published.ok());
    CHECK_THAT(*published, Catch::Contains("2 PDCA roles signed with it"));
    const Authorities a = newest(*admin);
    CHECK(a.serial == 1);
    CHECK(a.version == 1);
    CHECK(a.roles == std::vector<AuthorityRole>{{"m1", "measures", "13-bde", "grant"},
                                                {"m7", "inspectorate", "", "group"}});
    REQUIRE(a.acceptance.size() == 4);
    CHECK(a.acceptance[0] == AcceptanceLevel{"high", 0, {"commander"}});
    CHECK(a.acceptance[3] == AcceptanceLevel{"low", std::nullopt, {"commander", "measures"}});

    // Both facts are in the chain, in one transaction, and the chain is whole.
    auto log = admin->cases().auditLog();
    REQUIRE(log.ok());
    REQUIRE(log->size() == before->size() + 2);
    CHECK((*log)[log->size() - 2].action == "directory.published");
    CHECK(log->back().action == "authorities.published");
    CHECK(log->back().subject == "1");
    CHECK(log->back().detail == "directory 1, 2 roles");
    CHECK(admin->verifyAudit().ok());

    auto text = showAuthorities(*admin, kNow + 120, false);
    REQUIRE(text.ok());
    CHECK_THAT(*text, Catch::Contains("m1\tmeasures\t13-bde\tgrant")
                          && Catch::Contains("high\tcommander at echelon 0 or higher")
                          && Catch::Contains("medium\tcommander of the risk's unit or above"));
}

TEST_CASE("a role grant, a revoke and a new acceptance policy each sign new authorities for the same directory",
          "[registry][pdca][authorities]")
{
    test::TempDir dir;
    auto admin = registryWithMembers(dir);
    REQUIRE(admin->publishDirectory(kNow, 30, true).ok());
    REQUIRE(newest(*admin).serial == 1);

    const RoleGrant grant{"m3", MeasureRole::Commander, "13-bde"};
    auto granted = thenPublishAuthorities(grantRole(*admin, grant, kNow + 10), *admin, kNow + 10);
    REQUIRE(granted.ok());
    CHECK_THAT(*granted, Catch::Contains("authorities 2 signed for directory version 1: 2 roles"));
    CHECK(holds(newest(*admin), {"m3", "commander", "13-bde", "grant"}));

    auto revoked = thenPublishAuthorities(revokeRole(*admin, grant, kNow + 20), *admin, kNow + 20);
    REQUIRE(revoked.ok());
    const Authorities afterRevoke = newest(*admin);
    CHECK(afterRevoke.serial == 3);
    CHECK_FALSE(holds(afterRevoke, {"m3", "commander", "13-bde", "grant"}));

    auto policy = thenPublishAuthorities(setAcceptanceRule(*admin, RiskLevel::Medium, 1, {MeasureRole::Commander},
                                                           kNow + 30),
                                         *admin, kNow + 30);
    REQUIRE(policy.ok());
    const Authorities afterPolicy = newest(*admin);
    CHECK(afterPolicy.serial == 4);
    CHECK(afterPolicy.acceptance[2] == AcceptanceLevel{"medium", 1, {"commander"}});
    CHECK(afterPolicy.version == 1);

    // A failed step signs nothing new.
    auto twice = thenPublishAuthorities(revokeRole(*admin, grant, kNow + 40), *admin, kNow + 40);
    REQUIRE_FALSE(twice.ok());
    CHECK(newest(*admin).serial == 4);
    CHECK(admin->verifyAudit().ok());
}

TEST_CASE("before the first directory there is nothing to sign the roles to", "[registry][pdca][authorities]")
{
    test::TempDir dir;
    auto admin = registryWithMembers(dir);
    const auto before = admin->cases().auditLog();
    REQUIRE(before.ok());
    auto out = publishAuthorities(*admin, kNow);
    REQUIRE(out.ok());
    CHECK_THAT(*out, Catch::Contains("no directory is published yet"));
    auto shown = showAuthorities(*admin, kNow, false);
    REQUIRE_FALSE(shown.ok());
    CHECK(shown.error().kind == ErrorKind::NotFound);
    const auto after = admin->cases().auditLog();
    REQUIRE(after.ok());
    CHECK(after->size() == before->size());
}

TEST_CASE("a risk decision records the serial of the authorities document in force, so the acceptor's role can be "
          "checked against what was signed that day",
          "[registry][pdca][authorities]")
{
    test::TempDir dir;
    auto admin = registryWithMembers(dir);
    SqlRiskStore store(admin->cases());
    RiskDesk desk(store);
    // m3 may accept a low risk of 13-bde as its commander; the grant is not yet signed (no
    // directory): the registry authorises from the database, and the decision names no document.
    REQUIRE(grantRole(*admin, {"m3", MeasureRole::Commander, "13-bde"}, kNow).ok());
    RiskProposal p;
    p.hazard = "Loose cables in the workshop";
    p.unit = "13-bde";
    p.initial = {Severity::IV, RiskProbability::D};
    auto risk = desk.create("m3", p, kNow);
    REQUIRE(risk.ok());
    REQUIRE(desk.assess("m3", risk->id, {Severity::IV, RiskProbability::D}, "", kNow).ok());
    const RiskDecisionRequest accept{true, "2025-12-31", ""};
    auto before = desk.decide("m3", risk->id, accept, kNow + 1);
    REQUIRE(before.ok());
    REQUIRE(before->decisions.size() == 1);
    CHECK_FALSE(before->decisions[0].authoritiesSerial.has_value());

    // Published: serial 1 lists the grant; a review under it names serial 1, and after a new
    // policy is signed (serial 2) the next review names serial 2.
    REQUIRE(admin->publishDirectory(kNow + 10, 30, true).ok());
    REQUIRE(holds(newest(*admin), {"m3", "commander", "13-bde", "grant"}));
    auto first = desk.review("m3", risk->id, "2026-01-31", "", kNow + 20);
    REQUIRE(first.ok());
    REQUIRE(thenPublishAuthorities(setAcceptanceRule(*admin, RiskLevel::Medium, 1, {MeasureRole::Commander}, kNow + 30),
                                   *admin, kNow + 30)
                .ok());
    auto second = desk.review("m3", risk->id, "2026-02-28", "", kNow + 40);
    REQUIRE(second.ok());
    REQUIRE(second->decisions.size() == 3);
    CHECK(second->decisions[1].authoritiesSerial == std::optional<std::int64_t>(1));
    CHECK(second->decisions[2].authoritiesSerial == std::optional<std::int64_t>(2));
    auto shown = showRisk(*admin, risk->id, kNow + 50);
    REQUIRE(shown.ok());
    CHECK_THAT(*shown, Catch::Contains("review 2026-02-28, under authorities 2\n"));
    // As stored, not only as returned.
    auto lock = admin->cases().lock();
    CHECK(*admin->cases().db().queryInt("SELECT COUNT(*) FROM risk_decisions WHERE authorities_serial IS NULL") == 1);
    CHECK(*admin->cases().db().queryInt("SELECT MAX(authorities_serial) FROM risk_decisions") == 2);
}
