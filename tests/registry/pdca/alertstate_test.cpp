// SPDX-License-Identifier: EUPL-1.2
#include "registry/pdca/alertstate.h"

#include <catch2/catch.hpp>

#include <set>

using namespace vigil;
using namespace vigil::registry;

namespace {

constexpr std::array kStates{AlertState::Raised, AlertState::Assigned, AlertState::FollowedUp, AlertState::Closed};

/// The steps of docs/pdca.md, "Alerts", written out independently of alertstate.cpp.
const std::set<std::pair<AlertState, AlertState>> kLegal{
    {AlertState::Raised, AlertState::Assigned},     {AlertState::Raised, AlertState::FollowedUp},
    {AlertState::Assigned, AlertState::Assigned},   {AlertState::Assigned, AlertState::FollowedUp},
    {AlertState::FollowedUp, AlertState::Closed},
};

AlertStep completeStep(AlertState to)
{
    AlertStep s;
    if (to == AlertState::Assigned)
        s.assignee = "m8";
    if (to == AlertState::FollowedUp)
        s.explanation = "an exercise month: more drills, more near misses";
    return s;
}

} // namespace

TEST_CASE("every pair of alert states is allowed exactly when the table says so, and a refusal names the allowed steps",
          "[registry][pdca][alerts]")
{
    for (AlertState from : kStates)
        for (AlertState to : kStates) {
            INFO(enumName(from) << " -> " << enumName(to));
            const Status s = checkAlertTransition(from, to, completeStep(to));
            CHECK(s.ok() == (kLegal.count({from, to}) == 1));
            if (!s.ok())
                CHECK(s.error().kind == ErrorKind::Conflict);
        }
    const Status closing = checkAlertTransition(AlertState::Raised, AlertState::Closed, {});
    REQUIRE_FALSE(closing.ok());
    CHECK(closing.error().message
          == "an alert in state raised cannot move to closed (allowed: assigned, followed_up)");
    const Status after = checkAlertTransition(AlertState::Closed, AlertState::Assigned, completeStep(AlertState::Assigned));
    REQUIRE_FALSE(after.ok());
    CHECK(after.error().message == "an alert in state closed cannot move to assigned (it is closed: no step follows)");
}

TEST_CASE("a follow-up needs a measure or an explanation, an assignment an assignee, and no field strays to another step",
          "[registry][pdca][alerts]")
{
    auto kindOf = [](AlertState from, AlertState to, const AlertStep& s) {
        const Status st = checkAlertTransition(from, to, s);
        return st.ok() ? ErrorKind::Unspecified : st.error().kind;
    };
    CHECK(kindOf(AlertState::Raised, AlertState::Assigned, {}) == ErrorKind::Invalid);
    CHECK(kindOf(AlertState::Assigned, AlertState::FollowedUp, {}) == ErrorKind::Invalid);
    AlertStep withMeasure;
    withMeasure.measure = 12;
    CHECK(checkAlertTransition(AlertState::Assigned, AlertState::FollowedUp, withMeasure).ok());
    withMeasure.explanation = "the barrier answers it";
    CHECK(checkAlertTransition(AlertState::Assigned, AlertState::FollowedUp, withMeasure).ok());
    AlertStep badMeasure;
    badMeasure.measure = 0;
    CHECK(kindOf(AlertState::Raised, AlertState::FollowedUp, badMeasure) == ErrorKind::Invalid);
    AlertStep stray = completeStep(AlertState::Assigned);
    CHECK(kindOf(AlertState::FollowedUp, AlertState::Closed, stray) == ErrorKind::Invalid);
    AlertStep note;
    note.note = "done";
    CHECK(checkAlertTransition(AlertState::FollowedUp, AlertState::Closed, note).ok());
    CHECK(kindOf(AlertState::Raised, AlertState::Assigned, [&] {
              AlertStep s = completeStep(AlertState::Assigned);
              s.note = "x";
              return s;
          }()) == ErrorKind::Invalid);
}
