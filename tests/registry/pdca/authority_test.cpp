// SPDX-License-Identifier: EUPL-1.2
#include "registry/pdca/authority.h"

#include <catch2/catch.hpp>

using namespace vigil;
using namespace vigil::registry;

namespace {

// defence > army > 13-brigade > 42-battalion, and navy beside army.
const UnitTree kTree{{"defence", ""}, {"army", "defence"}, {"13-brigade", "army"}, {"42-battalion", "13-brigade"},
                     {"navy", "defence"}};

Actor with(std::string member, std::vector<std::pair<MeasureRole, std::string>> roles)
{
    Actor a{member, {}};
    for (auto& [role, unit] : roles)
        a.roles.push_back({member, role, unit});
    return a;
}

} // namespace

TEST_CASE("a role covers its own unit and every unit below it, and no unit beside or above it")
{
    struct Row {
        const char* roleUnit;
        const char* unit;
        bool covered;
    };
    for (const Row& r : {Row{"", "42-battalion", true}, Row{"", "navy", true}, Row{"defence", "42-battalion", true},
                         Row{"13-brigade", "13-brigade", true}, Row{"13-brigade", "42-battalion", true},
                         Row{"42-battalion", "13-brigade", false}, Row{"army", "navy", false},
                         Row{"13-brigade", "unknown-unit", false}, Row{"navy", "42-battalion", false}}) {
        INFO(r.roleUnit << " over " << r.unit);
        CHECK(covers(kTree, r.roleUnit, r.unit) == r.covered);
    }
}

TEST_CASE("commander and inspectorate groups give their roles, other groups none")
{
    auto roles = rolesFromGroups("m8", {{GroupKind::Commander, "42-battalion"}, {GroupKind::Inspectorate, ""},
                                        {GroupKind::SafetyOfficer, "13-brigade"}});
    REQUIRE(roles.size() == 2);
    CHECK(roles[0] == RoleGrant{"m8", MeasureRole::Commander, "42-battalion"});
    CHECK(roles[1] == RoleGrant{"m8", MeasureRole::Inspectorate, ""});
}

TEST_CASE("who may propose a measure")
{
    const CaseStanding handled{41, true, {GroupKind::SafetyOfficer}};
    const CaseStanding advised{42, true, {GroupKind::ConfidentialAdvisor}};
    const CaseStanding onlyRead{43, true, {GroupKind::Inspectorate}};
    const CaseStanding notHeld{44, false, {}};
    const Actor advisor = with("m1", {});

    CHECK(mayPropose(kTree, advisor, "42-battalion", {handled, advised}).ok());
    // Only through cases the member handles, and at least one.
    auto none = mayPropose(kTree, advisor, "42-battalion", {});
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().kind == ErrorKind::Refused);
    auto partly = mayPropose(kTree, advisor, "42-battalion", {handled, onlyRead});
    REQUIRE_FALSE(partly.ok());
    CHECK(partly.error().kind == ErrorKind::Refused);
    // A case the member does not hold is answered as one that does not exist.
    auto hidden = mayPropose(kTree, with("m4", {{MeasureRole::Measures, ""}}), "42-battalion", {notHeld});
    REQUIRE_FALSE(hidden.ok());
    CHECK(hidden.error().kind == ErrorKind::NotFound);
    // A measures or commander role covering the owner unit proposes without cases.
    CHECK(mayPropose(kTree, with("m9", {{MeasureRole::Measures, "13-brigade"}}), "42-battalion", {}).ok());
    CHECK(mayPropose(kTree, with("m8", {{MeasureRole::Commander, "42-battalion"}}), "42-battalion", {}).ok());
    auto beside = mayPropose(kTree, with("m8", {{MeasureRole::Commander, "42-battalion"}}), "13-brigade", {});
    REQUIRE_FALSE(beside.ok());
    CHECK(beside.error().kind == ErrorKind::Refused);
    auto inspector = mayPropose(kTree, with("m7", {{MeasureRole::Inspectorate, ""}}), "42-battalion", {onlyRead});
    REQUIRE_FALSE(inspector.ok());
    CHECK(inspector.error().kind == ErrorKind::Refused);
    CHECK_THAT(inspector.error().message, Catch::Contains("inspectorate"));
}

TEST_CASE("every step after the proposal needs a measures or commander role covering the owner unit")
{
    struct Step {
        MeasureState from, to;
    };
    const std::array steps{Step{MeasureState::Proposed, MeasureState::Approved},
                           Step{MeasureState::Approved, MeasureState::InProgress},
                           Step{MeasureState::Approved, MeasureState::Implemented},
                           Step{MeasureState::InProgress, MeasureState::Implemented},
                           Step{MeasureState::Implemented, MeasureState::InProgress},
                           Step{MeasureState::Implemented, MeasureState::Checked},
                           Step{MeasureState::Proposed, MeasureState::Cancelled},
                           Step{MeasureState::Approved, MeasureState::Cancelled},
                           Step{MeasureState::InProgress, MeasureState::Cancelled}};
    const Actor coordinator = with("m9", {{MeasureRole::Measures, "13-brigade"}});
    const Actor commander = with("m8", {{MeasureRole::Commander, "42-battalion"}});
    const Actor orgWide = with("m10", {{MeasureRole::Measures, ""}});
    const Actor navy = with("m11", {{MeasureRole::Commander, "navy"}});
    const Actor inspector = with("m7", {{MeasureRole::Inspectorate, ""}});
    const Actor advisor = with("m3", {});
    for (const Step& s : steps) {
        INFO(enumName(s.from) << " -> " << enumName(s.to));
        CHECK(mayMove(kTree, coordinator, "42-battalion", "m1", s.from, s.to).ok());
        CHECK(mayMove(kTree, commander, "42-battalion", "m1", s.from, s.to).ok());
        CHECK(mayMove(kTree, orgWide, "42-battalion", "m1", s.from, s.to).ok());
        for (const Actor* a : {&navy, &inspector, &advisor}) {
            auto r = mayMove(kTree, *a, "42-battalion", "m1", s.from, s.to);
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().kind == ErrorKind::Refused);
        }
        // The commander of a unit below the owner unit does not decide for it.
        auto below = mayMove(kTree, commander, "13-brigade", "m1", s.from, s.to);
        REQUIRE_FALSE(below.ok());
        CHECK(below.error().kind == ErrorKind::Refused);
    }
}

TEST_CASE("separation of duties: the proposer never approves, implements, checks, reopens or cancels after approval")
{
    const Actor coordinator = with("m9", {{MeasureRole::Measures, ""}});
    struct Row {
        MeasureState from, to;
        bool allowed;
    };
    for (const Row& r : {Row{MeasureState::Proposed, MeasureState::Approved, false},
                         Row{MeasureState::Approved, MeasureState::Implemented, false},
                         Row{MeasureState::InProgress, MeasureState::Implemented, false},
                         Row{MeasureState::Implemented, MeasureState::Checked, false},
                         Row{MeasureState::Implemented, MeasureState::InProgress, false},
                         Row{MeasureState::Approved, MeasureState::Cancelled, false},
                         Row{MeasureState::InProgress, MeasureState::Cancelled, false},
                         // withdrawing its own proposal, and starting the approved work
                         Row{MeasureState::Proposed, MeasureState::Cancelled, true},
                         Row{MeasureState::Approved, MeasureState::InProgress, true}}) {
        INFO(enumName(r.from) << " -> " << enumName(r.to));
        auto s = mayMove(kTree, coordinator, "42-battalion", "m9", r.from, r.to);
        CHECK(s.ok() == r.allowed);
        if (!r.allowed) {
            REQUIRE_FALSE(s.ok());
            CHECK(s.error().kind == ErrorKind::Refused);
            CHECK_THAT(s.error().message, Catch::StartsWith("separation of duties: m9 proposed this measure"));
        }
    }
    // A proposer without a role may still withdraw its proposal and start the work.
    CHECK(mayMove(kTree, with("m1", {}), "42-battalion", "m1", MeasureState::Proposed, MeasureState::Cancelled).ok());
    CHECK(mayMove(kTree, with("m1", {}), "42-battalion", "m1", MeasureState::Approved, MeasureState::InProgress).ok());
}

TEST_CASE("who may see a measure: its proposer, a role covering its owner unit, or the holder of a linked case")
{
    const CaseStanding held{41, true, {GroupKind::SafetyOfficer}};
    const CaseStanding notHeld{42, false, {}};
    CHECK(maySee(kTree, with("m1", {}), "42-battalion", "m1", {}));
    CHECK(maySee(kTree, with("m2", {{MeasureRole::Measures, "13-brigade"}}), "42-battalion", "m1", {}));
    CHECK(maySee(kTree, with("m2", {{MeasureRole::Commander, "42-battalion"}}), "42-battalion", "m1", {}));
    CHECK(maySee(kTree, with("m7", {{MeasureRole::Inspectorate, ""}}), "42-battalion", "m1", {}));
    CHECK(maySee(kTree, with("m3", {}), "42-battalion", "m1", {notHeld, held}));
    // Nobody else: not a role beside or below the owner unit, not a case it does not hold.
    CHECK_FALSE(maySee(kTree, with("m3", {}), "42-battalion", "m1", {notHeld}));
    CHECK_FALSE(maySee(kTree, with("m2", {{MeasureRole::Measures, "navy"}}), "42-battalion", "m1", {}));
    CHECK_FALSE(maySee(kTree, with("m2", {{MeasureRole::Commander, "42-battalion"}}), "13-brigade", "m1", {}));
}
