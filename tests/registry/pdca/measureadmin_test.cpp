// SPDX-License-Identifier: EUPL-1.2
#include "registry/admin/measureadmin.h"

#include "registry/pdca/measuredesk.h"
#include "registry/pdca/sqlmeasurestore.h"

#include "tests/registry/registryfixture.h"
#include "tests/support/testdata.h"

#include <catch2/catch.hpp>

using namespace vigil;
using namespace vigil::registry;

TEST_CASE("vigil-admin grants and lists roles, and lists and shows measures with their clocks", "[registry][pdca][admin]")
{
    test::RegistryFixture f;
    auto admin = Admin::open(f.dir.path());
    REQUIRE(admin.ok());
    Admin& a = **admin;

    auto granted = grantRole(a, {"m4", MeasureRole::Measures, "42-battalion"}, f.now);
    REQUIRE(granted.ok());
    CHECK(*granted == "m4 now holds the measures role for 42-battalion\n");
    auto roles = listRoles(a);
    REQUIRE(roles.ok());
    CHECK_THAT(*roles, Catch::Contains("m4\tmeasures\t42-battalion\tgranted\n"));
    CHECK_THAT(*roles, Catch::Contains("m8\tcommander\t42-battalion\tgroup cmd-42\n"));
    CHECK_THAT(*roles, Catch::Contains("m7\tinspectorate\t(all)\tgroup inspectorate\n"));

    SqlMeasureStore store(*f.store);
    MeasureDesk desk(store);
    MeasureProposal p;
    p.title = "Racks at the fuel point";
    p.ownerUnit = "42-battalion";
    p.ownerRole = "S4";
    p.dueDate = "2025-06-20"; // five days after the fixture's now
    auto m = desk.propose("m8", p, f.now);
    REQUIRE(m.ok());

    auto soon = listMeasures(a, MeasureFilter::DueSoon, f.now);
    REQUIRE(soon.ok());
    CHECK_THAT(*soon, Catch::Contains(std::to_string(m->id) + "\tproposed\tphysical\t42-battalion S4\t2025-06-20\tdue_soon\t-\t0\t"
                                      "Racks at the fuel point\n"));
    CHECK_THAT(*soon, Catch::EndsWith("1 measure(s)\n"));
    CHECK_THAT(*listMeasures(a, MeasureFilter::Overdue, f.now), Catch::EndsWith("0 measure(s)\n"));
    CHECK_THAT(*listMeasures(a, MeasureFilter::Overdue, f.now + 6 * 86400), Catch::EndsWith("1 measure(s)\n"));
    // A longer "due soon" is the operator's setting.
    auto policy = setMeasureClockPolicy(a, 3, std::nullopt, f.now);
    REQUIRE(policy.ok());
    CHECK(*policy == "due soon: 3 days before the due date\nchecked within: 9 months of implementation\n");
    auto log = f.store->auditLog();
    CHECK(log->back().action == "pdca.policy");
    CHECK(log->back().detail == "pdca.due_soon_days = 3");
    CHECK_FALSE(setMeasureClockPolicy(a, std::nullopt, 0, f.now).ok());
    CHECK_THAT(*listMeasures(a, MeasureFilter::DueSoon, f.now), Catch::EndsWith("0 measure(s)\n"));

    auto shown = showMeasure(a, m->id, f.now);
    REQUIRE(shown.ok());
    CHECK_THAT(*shown, Catch::StartsWith("measure " + std::to_string(m->id) + ": Racks at the fuel point\nstate: proposed\n"));
    CHECK_THAT(*shown, Catch::Contains("\nproposed: m8 on 2025-06-15\n"));
    auto missing = showMeasure(a, m->id + 1, f.now);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == ErrorKind::NotFound);

    REQUIRE(f.org->setSetting("pdca.check_months", "nine").ok());
    auto broken = listMeasures(a, MeasureFilter::All, f.now);
    REQUIRE_FALSE(broken.ok());
    CHECK_THAT(broken.error().message, Catch::Contains("pdca.check_months"));

    auto revoked = revokeRole(a, {"m4", MeasureRole::Measures, "42-battalion"}, f.now);
    REQUIRE(revoked.ok());
    CHECK_THAT(*listRoles(a), !Catch::Contains("granted"));
}

TEST_CASE("vigil-admin sets and lists a unit's strength, audited, and previews a measure's effect check",
          "[registry][pdca][admin]")
{
    test::RegistryFixture f;
    auto admin = Admin::open(f.dir.path());
    REQUIRE(admin.ok());
    Admin& a = **admin;

    auto set = setUnitStrength(a, "42-battalion", {"2024-01", 450}, f.now);
    REQUIRE(set.ok());
    CHECK(*set == "42-battalion has 450 people from 2024-01\n");
    REQUIRE(setUnitStrength(a, "42-battalion", {"2024-01", 470}, f.now).ok());
    CHECK(a.cases().auditLog()->back().detail == "from 2024-01: 470 people (was 450)");
    CHECK(a.cases().auditLog()->back().action == "unit.strength");
    CHECK_FALSE(setUnitStrength(a, "42-battalion", {"2024-13", 470}, f.now).ok());
    auto listed = listUnitStrength(a, "42-battalion");
    REQUIRE(listed.ok());
    CHECK(*listed == "unit\tfrom\tpeople\n42-battalion\t2024-01\t470\n1 row(s)\n");

    // A measure without indicators has no effect check to preview; the refusal says why.
    SqlMeasureStore store(*f.store);
    MeasureDesk desk(store);
    MeasureProposal p;
    p.title = "Racks at the fuel point";
    p.ownerUnit = "42-battalion";
    p.ownerRole = "S4";
    p.dueDate = "2025-06-20";
    auto m = desk.propose("m8", p, f.now);
    REQUIRE(m.ok());
    auto preview = previewMeasureEffect(a, m->id, "", f.now);
    REQUIRE_FALSE(preview.ok());
    CHECK_THAT(preview.error().message, Catch::Contains("is proposed"));
    CHECK(previewMeasureEffect(a, m->id + 1, "", f.now).error().kind == ErrorKind::NotFound);
}
