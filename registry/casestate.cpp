// SPDX-License-Identifier: EUPL-1.2
#include "casestate.h"

#include "stepcheck.h"

#include <algorithm>
#include <string>

namespace vigil::registry {

std::vector<CaseState> allowedNext(CaseState from)
{
    switch (from) {
    case CaseState::Received:
        return {CaseState::Acknowledged};
    case CaseState::Acknowledged:
        return {CaseState::Assigned, CaseState::Closed};
    case CaseState::Assigned:
        return {CaseState::InProgress, CaseState::Closed};
    case CaseState::InProgress:
        return {CaseState::FeedbackGiven, CaseState::Closed};
    case CaseState::FeedbackGiven:
        // More work after feedback (new facts) reopens the case; otherwise it closes.
        return {CaseState::InProgress, CaseState::Closed};
    case CaseState::Closed:
        return {};
    }
    return {};
}

Status checkTransition(CaseState from, CaseState to, CaseOutcome outcome)
{
    if (auto allowed = checkStepAllowed("a case", from, to, allowedNext(from)); !allowed)
        return allowed;
    if (to == CaseState::Closed) {
        if (outcome == CaseOutcome::None)
            return Error{"closing a case needs an outcome (resolved, unfounded, referred or withdrawn)",
                         ErrorKind::Conflict};
        if (outcome == CaseOutcome::Resolved && from != CaseState::FeedbackGiven)
            return Error{"a case can be closed as resolved only after feedback was given to the reporter",
                         ErrorKind::Conflict};
    } else if (outcome != CaseOutcome::None) {
        return Error{"an outcome is given only when closing a case", ErrorKind::Conflict};
    }
    return {};
}

bool canReassign(CaseState state)
{
    return state == CaseState::Assigned || state == CaseState::InProgress || state == CaseState::FeedbackGiven;
}

} // namespace vigil::registry
