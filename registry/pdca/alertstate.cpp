// SPDX-License-Identifier: EUPL-1.2
#include "alertstate.h"

#include "registry/stepcheck.h"

#include <algorithm>

namespace vigil::registry {

std::vector<AlertState> allowedNext(AlertState from)
{
    switch (from) {
    case AlertState::Raised:
    case AlertState::Assigned:
        // Assigning again hands the alert to someone else; following up needs no assignment
        // first (a commander may answer an alert at once).
        return {AlertState::Assigned, AlertState::FollowedUp};
    case AlertState::FollowedUp:
        return {AlertState::Closed};
    case AlertState::Closed:
        return {};
    }
    return {};
}

namespace {

} // namespace

Status checkAlertTransition(AlertState from, AlertState to, const AlertStep& step)
{
    if (auto allowed = checkStepAllowed("an alert", from, to, allowedNext(from)); !allowed)
        return allowed;
    if (!step.assignee.empty() && to != AlertState::Assigned)
        return invalid("assignee: given only when an alert is assigned");
    if ((step.measure || !step.explanation.empty()) && to != AlertState::FollowedUp)
        return invalid("measure, explanation: given only when an alert is followed up");
    if (!step.note.empty() && to != AlertState::Closed)
        return invalid("note: given only when an alert is closed");
    if (to == AlertState::Assigned && step.assignee.empty())
        return invalid("assignee: assigning an alert needs the member who follows it up");
    if (to == AlertState::FollowedUp && !step.measure && step.explanation.empty())
        return invalid("measure, explanation: a follow-up names the measure that answers the alert or explains "
                       "why none is needed");
    if (step.measure && *step.measure <= 0)
        return invalid("measure: expected a measure id");
    return {};
}

} // namespace vigil::registry
