// SPDX-License-Identifier: EUPL-1.2
#include "registry/pdca/riskstate.h"

#include <catch2/catch.hpp>

#include <set>

using namespace vigil;
using namespace vigil::registry;

namespace {

constexpr std::array kStates{RiskState::Open, RiskState::Accepted, RiskState::Closed};

/// The steps of docs/pdca.md, written out independently of riskstate.cpp.
const std::set<std::pair<RiskState, RiskState>> kLegal{
    {RiskState::Open, RiskState::Accepted},     {RiskState::Open, RiskState::Closed},
    {RiskState::Accepted, RiskState::Accepted}, {RiskState::Accepted, RiskState::Open},
    {RiskState::Accepted, RiskState::Closed},
};

/// What a step to `to` must carry to be complete.
RiskStep completeStep(RiskState to)
{
    RiskStep s;
    s.residualAssessed = true;
    if (to == RiskState::Accepted)
        s.reviewDue = 1'767'225'599;
    if (to == RiskState::Closed || to == RiskState::Open)
        s.reason = "the range is no longer used";
    return s;
}

} // namespace

TEST_CASE("every pair of risk states is allowed exactly when docs/pdca.md allows it")
{
    for (auto from : kStates)
        for (auto to : kStates) {
            INFO(enumName(from) << " -> " << enumName(to));
            const Status s = checkRiskTransition(from, to, completeStep(to));
            if (kLegal.contains({from, to})) {
                CHECK(s.ok());
            } else {
                REQUIRE_FALSE(s.ok());
                CHECK(s.error().kind == ErrorKind::Conflict);
            }
        }
}

TEST_CASE("an illegal risk step names the states that are allowed instead")
{
    auto s = checkRiskTransition(RiskState::Open, RiskState::Open, completeStep(RiskState::Open));
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message == "a risk in state open cannot move to open (allowed: accepted, closed)");
    auto closed = checkRiskTransition(RiskState::Closed, RiskState::Open, completeStep(RiskState::Open));
    REQUIRE_FALSE(closed.ok());
    CHECK_THAT(closed.error().message, Catch::Contains("no step follows"));
    for (auto from : kStates) {
        const auto next = allowedNext(from);
        for (auto to : kStates)
            CHECK((std::find(next.begin(), next.end(), to) != next.end()) == kLegal.contains({from, to}));
    }
}

TEST_CASE("accepting a risk needs its residual risk assessed and a review date")
{
    RiskStep step = completeStep(RiskState::Accepted);
    step.residualAssessed = false;
    auto unassessed = checkRiskTransition(RiskState::Open, RiskState::Accepted, step);
    REQUIRE_FALSE(unassessed.ok());
    CHECK(unassessed.error().kind == ErrorKind::Conflict);
    step = completeStep(RiskState::Accepted);
    step.reviewDue.reset();
    for (auto from : {RiskState::Open, RiskState::Accepted}) {
        auto undated = checkRiskTransition(from, RiskState::Accepted, step);
        REQUIRE_FALSE(undated.ok());
        CHECK(undated.error().kind == ErrorKind::Invalid);
        CHECK_THAT(undated.error().message, Catch::StartsWith("review_due:"));
    }
}

TEST_CASE("closing and reopening a risk need a reason, and what belongs to another step is refused")
{
    for (auto [from, to] : {std::pair{RiskState::Open, RiskState::Closed}, std::pair{RiskState::Accepted, RiskState::Closed},
                            std::pair{RiskState::Accepted, RiskState::Open}}) {
        RiskStep step = completeStep(to);
        step.reason.clear();
        auto s = checkRiskTransition(from, to, step);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().kind == ErrorKind::Invalid);
        CHECK_THAT(s.error().message, Catch::StartsWith("reason:"));
    }
    RiskStep misplaced = completeStep(RiskState::Closed);
    misplaced.reviewDue = 1'767'225'599;
    CHECK(checkRiskTransition(RiskState::Open, RiskState::Closed, misplaced).error().kind == ErrorKind::Invalid);
    RiskStep reasoned = completeStep(RiskState::Accepted);
    reasoned.reason = "why not";
    CHECK(checkRiskTransition(RiskState::Open, RiskState::Accepted, reasoned).error().kind == ErrorKind::Invalid);
}

TEST_CASE("re-assessing the residual risk opens an accepted risk again, and a closed risk is not assessed")
{
    CHECK(stateAfterAssessment(RiskState::Open).value() == RiskState::Open);
    CHECK(stateAfterAssessment(RiskState::Accepted).value() == RiskState::Open);
    auto closed = stateAfterAssessment(RiskState::Closed);
    REQUIRE_FALSE(closed.ok());
    CHECK(closed.error().kind == ErrorKind::Conflict);
}

TEST_CASE("a decision not to accept is taken on an open risk with a residual assessment only")
{
    CHECK(checkDecline(RiskState::Open, true).ok());
    CHECK(checkDecline(RiskState::Open, false).error().kind == ErrorKind::Conflict);
    CHECK(checkDecline(RiskState::Accepted, true).error().kind == ErrorKind::Conflict);
    CHECK(checkDecline(RiskState::Closed, true).error().kind == ErrorKind::Conflict);
}

TEST_CASE("probability F is an eliminated residual risk and never an initial one")
{
    CHECK(levelOf({Severity::I, RiskProbability::F}) == RiskLevel::Eliminated);
    CHECK(levelOf({Severity::I, RiskProbability::A}) == RiskLevel::High);
    CHECK(levelOf({Severity::III, RiskProbability::D}) == RiskLevel::Medium);
    CHECK(levelOf({Severity::IV, RiskProbability::E}) == RiskLevel::Low);
    CHECK(checkCell({Severity::II, RiskProbability::F}, true, "residual").ok());
    auto initial = checkCell({Severity::II, RiskProbability::F}, false, "initial");
    REQUIRE_FALSE(initial.ok());
    CHECK(initial.error().kind == ErrorKind::Invalid);
    CHECK_THAT(initial.error().message, Catch::StartsWith("initial:"));
    CHECK_FALSE(checkCell({Severity::None, RiskProbability::A}, true, "residual").ok());
}

TEST_CASE("risk states and probabilities have the wire names of the schema")
{
    CHECK(enumName(RiskState::Accepted) == "accepted");
    CHECK(parseEnum<RiskProbability>("F") == RiskProbability::F);
    CHECK_FALSE(parseEnum<RiskProbability>("G").has_value());
}
