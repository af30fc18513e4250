// SPDX-License-Identifier: EUPL-1.2
#include "registry/pdca/authority.h"

#include "registry/pdca/riskpolicy.h"

#include <catch2/catch.hpp>

using namespace vigil;
using namespace vigil::registry;

namespace {

// defence (echelon 0) > army (1) > 13-brigade (2) > 42-battalion (3), and navy (1) beside army.
const UnitTree kTree{{"defence", ""}, {"army", "defence"}, {"13-brigade", "army"}, {"42-battalion", "13-brigade"},
                     {"navy", "defence"}};

Actor holding(MeasureRole role, std::string unit)
{
    return Actor{"m8", {{"m8", role, std::move(unit)}}};
}

} // namespace

TEST_CASE("a unit's echelon is its depth in the unit tree, the top and the whole organisation being 0")
{
    CHECK(depth(kTree, "defence") == 0);
    CHECK(depth(kTree, "") == 0);
    CHECK(depth(kTree, "army") == 1);
    CHECK(depth(kTree, "navy") == 1);
    CHECK(depth(kTree, "13-brigade") == 2);
    CHECK(depth(kTree, "42-battalion") == 3);
}

TEST_CASE("a risk above the acceptor's echelon is refused at each echelon and accepted at the required one")
{
    // Risks scoped to 42-battalion (echelon 3), under the default policy.
    struct Row {
        RiskLevel level;
        MeasureRole role;
        const char* unit;
        AcceptanceShortfall shortfall;   // None: accepted
    };
    using enum AcceptanceShortfall;
    const Row rows[] = {
        // high: echelon 0 only
        {RiskLevel::High, MeasureRole::Commander, "42-battalion", AuthorityTooLow},
        {RiskLevel::High, MeasureRole::Commander, "13-brigade", AuthorityTooLow},
        {RiskLevel::High, MeasureRole::Commander, "army", AuthorityTooLow},
        {RiskLevel::High, MeasureRole::Commander, "defence", None},
        {RiskLevel::High, MeasureRole::Commander, "", None},
        {RiskLevel::High, MeasureRole::Measures, "defence", RoleRequired},
        // serious: echelon 1 or higher
        {RiskLevel::Serious, MeasureRole::Commander, "42-battalion", AuthorityTooLow},
        {RiskLevel::Serious, MeasureRole::Commander, "13-brigade", AuthorityTooLow},
        {RiskLevel::Serious, MeasureRole::Commander, "army", None},
        {RiskLevel::Serious, MeasureRole::Commander, "defence", None},
        {RiskLevel::Serious, MeasureRole::Commander, "navy", RoleRequired},   // echelon 1, but not above the scope
        // medium: the scope unit's commander or above
        {RiskLevel::Medium, MeasureRole::Commander, "42-battalion", None},
        {RiskLevel::Medium, MeasureRole::Commander, "13-brigade", None},
        {RiskLevel::Medium, MeasureRole::Measures, "42-battalion", RoleRequired},
        {RiskLevel::Medium, MeasureRole::Inspectorate, "", RoleRequired},
        // low and eliminated: its commander or measures coordinator or above
        {RiskLevel::Low, MeasureRole::Measures, "42-battalion", None},
        {RiskLevel::Low, MeasureRole::Commander, "42-battalion", None},
        {RiskLevel::Eliminated, MeasureRole::Measures, "13-brigade", None},
        {RiskLevel::Low, MeasureRole::Measures, "navy", RoleRequired},
    };
    for (const Row& r : rows) {
        INFO(enumName(r.level) << " risk, " << enumName(r.role) << " of '" << r.unit << "'");
        const AcceptanceCheck c
            = checkAcceptance(defaultAcceptancePolicy(), kTree, holding(r.role, r.unit), "42-battalion", r.level);
        CHECK(c.shortfall == r.shortfall);
        CHECK(c.acceptor.has_value() == (r.shortfall == None));
        auto result = mayAcceptRisk(defaultAcceptancePolicy(), kTree, holding(r.role, r.unit), "42-battalion", r.level);
        CHECK(result.ok() == (r.shortfall == None));
        if (!result.ok())
            CHECK(result.error().kind == ErrorKind::Refused);
    }
}

TEST_CASE("a refusal names the level, the scope, the echelon needed and the acceptor's own")
{
    auto r = mayAcceptRisk(defaultAcceptancePolicy(), kTree, holding(MeasureRole::Commander, "13-brigade"),
                           "13-brigade", RiskLevel::Serious);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message
          == "a serious risk at 13-brigade needs a commander at echelon 1 or higher; m8 is commander of 13-brigade "
             "(echelon 2)");
    auto none = mayAcceptRisk(defaultAcceptancePolicy(), kTree, holding(MeasureRole::Measures, "13-brigade"),
                              "42-battalion", RiskLevel::Medium);
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().message
          == "a medium risk at 42-battalion needs a commander of 42-battalion or a unit above it; m8 holds no such "
             "role for it");
}

TEST_CASE("an acceptance records the most local role that is enough, its echelon and the echelon required")
{
    Actor both{"m8", {{"m8", MeasureRole::Commander, "defence"}, {"m8", MeasureRole::Commander, "army"},
                      {"m8", MeasureRole::Commander, "42-battalion"}}};
    auto a = mayAcceptRisk(defaultAcceptancePolicy(), kTree, both, "42-battalion", RiskLevel::Serious);
    REQUIRE(a.ok());
    CHECK(*a == Acceptor{MeasureRole::Commander, "army", 1, 1});
    auto m = mayAcceptRisk(defaultAcceptancePolicy(), kTree, both, "42-battalion", RiskLevel::Medium);
    REQUIRE(m.ok());
    CHECK(*m == Acceptor{MeasureRole::Commander, "42-battalion", 3, 3});
    // A risk of the whole organisation needs echelon 0 whatever its level.
    auto org = mayAcceptRisk(defaultAcceptancePolicy(), kTree, both, "", RiskLevel::Low);
    REQUIRE_FALSE(org.ok());
    Actor top{"m9", {{"m9", MeasureRole::Commander, ""}}};
    CHECK(mayAcceptRisk(defaultAcceptancePolicy(), kTree, top, "", RiskLevel::Low).ok());
}

TEST_CASE("the acceptance policy is read from its setting, and a bad one is refused naming the field")
{
    auto p = decodeAcceptancePolicy(R"([{"level":"high","max_depth":1},{"level":"low","roles":["measures"]}])");
    REQUIRE(p.ok());
    CHECK(p->ruleFor(RiskLevel::High).maxDepth == 1);
    CHECK(p->ruleFor(RiskLevel::Low).roles == std::vector<MeasureRole>{MeasureRole::Measures});
    CHECK(p->ruleFor(RiskLevel::Serious) == defaultAcceptancePolicy().ruleFor(RiskLevel::Serious));
    // With high at echelon 1, the army's commander accepts what it could not before.
    CHECK(mayAcceptRisk(*p, kTree, holding(MeasureRole::Commander, "army"), "42-battalion", RiskLevel::High).ok());

    auto round = decodeAcceptancePolicy(encodeAcceptancePolicy(defaultAcceptancePolicy()));
    REQUIRE(round.ok());
    for (auto level : {RiskLevel::High, RiskLevel::Serious, RiskLevel::Medium, RiskLevel::Low})
        CHECK(round->ruleFor(level) == defaultAcceptancePolicy().ruleFor(level));
    CHECK(encodeAcceptancePolicy(defaultAcceptancePolicy())
          == R"([{"level":"high","max_depth":0,"roles":["commander"]},{"level":"serious","max_depth":1,"roles":)"
             R"(["commander"]},{"level":"medium","roles":["commander"]},{"level":"low","roles":["commander",)"
             R"("measures"]}])");

    for (const char* bad : {R"([{"level":"extreme"}])", R"([{"level":"high","max_depth":-1}])",
                            R"([{"level":"low","roles":["inspectorate"]}])", R"([{"level":"low","roles":[]}])",
                            R"([{"level":"high"},{"level":"high"}])", R"([{"level":"high","colour":"red"}])",
                            R"([{"level":"eliminated"}])", R"({"level":"high"})", "not json"}) {
        INFO(bad);
        auto refused = decodeAcceptancePolicy(bad);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == ErrorKind::Invalid);
    }
}

TEST_CASE("who may see a risk: its creator, a role covering its scope, a holder of a linked case, the inspectorate")
{
    const std::vector<CaseStanding> held{{7, true, {GroupKind::SafetyOfficer}}};
    const std::vector<CaseStanding> notHeld{{7, false, {}}};
    CHECK(maySeeRisk(kTree, Actor{"m1", {}}, "42-battalion", "m1", notHeld));
    CHECK(maySeeRisk(kTree, Actor{"m1", {}}, "42-battalion", "m2", held));
    CHECK_FALSE(maySeeRisk(kTree, Actor{"m1", {}}, "42-battalion", "m2", notHeld));
    CHECK(maySeeRisk(kTree, holding(MeasureRole::Measures, "13-brigade"), "42-battalion", "m2", notHeld));
    CHECK_FALSE(maySeeRisk(kTree, holding(MeasureRole::Measures, "navy"), "42-battalion", "m2", notHeld));
    CHECK(maySeeRisk(kTree, holding(MeasureRole::Inspectorate, "navy"), "42-battalion", "m2", notHeld));
    // A risk of the whole organisation is covered only by organisation-wide roles.
    CHECK_FALSE(maySeeRisk(kTree, holding(MeasureRole::Commander, "defence"), "", "m2", notHeld));
    CHECK(maySeeRisk(kTree, holding(MeasureRole::Commander, ""), "", "m2", notHeld));
}
