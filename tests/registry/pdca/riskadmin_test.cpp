// SPDX-License-Identifier: EUPL-1.2
#include "registry/admin/riskadmin.h"

#include "registry/admin/measureadmin.h"
#include "registry/pdca/riskdesk.h"
#include "registry/pdca/sqlriskstore.h"

#include "tests/registry/registryfixture.h"

#include <catch2/catch.hpp>

using namespace vigil;
using namespace vigil::registry;

TEST_CASE("vigil-admin sets and shows the acceptance policy, audited, and lists and shows risks with their decisions",
          "[registry][pdca][admin]")
{
    test::RegistryFixture f;
    auto admin = Admin::open(f.dir.path());
    REQUIRE(admin.ok());
    Admin& a = **admin;

    auto shown = showAcceptancePolicy(a);
    REQUIRE(shown.ok());
    CHECK(*shown == "level\twho may accept\troles\nhigh\techelon 0 or higher\tcommander\nserious\techelon 1 or "
                    "higher\tcommander\nmedium\tthe scope unit or above\tcommander\nlow\tthe scope unit or "
                    "above\tcommander,measures\n");

    // The fixture's m8 commands 42-battalion (echelon 3): a serious risk is beyond it until the
    // operator lets echelon 3 accept serious risks.
    SqlRiskStore store(*f.store);
    RiskDesk desk(store);
    RiskProposal p;
    p.hazard = "Jerrycans leak at the fuel point";
    p.unit = "42-battalion";
    p.initial = {Severity::II, RiskProbability::B};
    auto r = desk.create("m8", p, f.now);
    REQUIRE(r.ok());
    REQUIRE(desk.assess("m8", r->id, {Severity::II, RiskProbability::C}, "", f.now).ok());
    const RiskDecisionRequest accept{true, "2025-12-31", ""};
    REQUIRE_FALSE(desk.decide("m8", r->id, accept, f.now).ok());

    auto set = setAcceptanceRule(a, RiskLevel::Serious, 3, {}, f.now);
    REQUIRE(set.ok());
    CHECK_THAT(*set, Catch::Contains("\nserious\techelon 3 or higher\tcommander\n"));
    CHECK_THAT(*set, Catch::Contains("\nhigh\techelon 0 or higher\tcommander\n"));   // the others stay
    auto log = f.store->auditLog();
    CHECK(log->back().action == "pdca.policy");
    CHECK(log->back().subject == "risks");
    CHECK(log->back().detail == "pdca.acceptance serious\techelon 3 or higher\tcommander");
    REQUIRE(desk.decide("m8", r->id, accept, f.now).ok());

    const std::size_t entries = f.store->auditLog()->size();
    CHECK_FALSE(setAcceptanceRule(a, RiskLevel::Low, std::nullopt, {MeasureRole::Inspectorate}, f.now).ok());
    CHECK_FALSE(setAcceptanceRule(a, RiskLevel::Eliminated, 0, {}, f.now).ok());
    CHECK_FALSE(setAcceptanceRule(a, RiskLevel::High, -1, {}, f.now).ok());
    CHECK(f.store->auditLog()->size() == entries);

    auto list = listRisks(a, f.now);
    REQUIRE(list.ok());
    CHECK_THAT(*list, Catch::Contains(std::to_string(r->id) + "\taccepted\tII-B high\tII-C serious\t42-battalion\t"
                                      "2025-12-31\trunning\tJerrycans leak at the fuel point\n"));
    CHECK_THAT(*list, Catch::EndsWith("1 risk(s)\n"));
    auto one = showRisk(a, r->id, f.now);
    REQUIRE(one.ok());
    CHECK_THAT(*one, Catch::Contains("accepted II-C serious by m8 as commander of 42-battalion (echelon 3, required 3), "
                                     "review 2025-12-31\n"));
    auto missing = showRisk(a, r->id + 1, f.now);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == ErrorKind::NotFound);
    CHECK(a.verifyAudit().ok());
}
