// SPDX-License-Identifier: EUPL-1.2
#include "riskstate.h"

#include "registry/stepcheck.h"

#include <algorithm>

namespace vigil::registry {

namespace {

Error conflict(std::string message)
{
    return Error{std::move(message), ErrorKind::Conflict};
}

std::string name(RiskState s)
{
    return std::string(enumName(s));
}

} // namespace

RiskLevel levelOf(const MatrixCell& cell)
{
    if (cell.probability == RiskProbability::F)
        return RiskLevel::Eliminated;
    // A..E are Likelihood A..E, one further on (Likelihood starts with None).
    const auto likelihood = static_cast<Likelihood>(static_cast<int>(cell.probability) + 1);
    return matrixLevel(cell.severity, likelihood).value_or(RiskLevel::Low);
}

Status checkCell(const MatrixCell& cell, bool residual, std::string_view field)
{
    if (cell.severity == Severity::None)
        return invalid(std::string(field) + ": a severity I, II, III or IV is needed");
    if (cell.probability == RiskProbability::F && !residual)
        return invalid(std::string(field)
                       + ": probability F (eliminated) describes a residual risk only; an initial risk is A to E");
    return {};
}

std::vector<RiskState> allowedNext(RiskState from)
{
    switch (from) {
    case RiskState::Open:
        return {RiskState::Accepted, RiskState::Closed};
    case RiskState::Accepted:
        // Accepted again is the periodic review of the acceptance.
        return {RiskState::Open, RiskState::Accepted, RiskState::Closed};
    case RiskState::Closed:
        return {};
    }
    return {};
}

Status checkRiskTransition(RiskState from, RiskState to, const RiskStep& step)
{
    if (auto allowed = checkStepAllowed("a risk", from, to, allowedNext(from)); !allowed)
        return allowed;
    const bool accepting = to == RiskState::Accepted;
    const bool takesReason = to == RiskState::Closed || to == RiskState::Open;
    if (accepting && !step.residualAssessed)
        return conflict("a risk is accepted for its residual risk, and this one's is not assessed yet");
    if (accepting && !step.reviewDue)
        return invalid("review_due: accepting a risk needs the date its acceptance is reviewed");
    if (!accepting && step.reviewDue)
        return invalid("review_due: given only when a risk is accepted or its acceptance reviewed");
    if (takesReason && step.reason.empty())
        return invalid(std::string("reason: ") + (to == RiskState::Closed ? "closing" : "reopening")
                       + " a risk needs a reason");
    if (!takesReason && !step.reason.empty())
        return invalid("reason: a reason is given only when a risk is closed or reopened");
    return {};
}

Result<RiskState> stateAfterAssessment(RiskState from)
{
    if (from == RiskState::Closed)
        return conflict("a closed risk is not assessed again");
    return RiskState::Open;
}

Status checkDecline(RiskState from, bool residualAssessed)
{
    if (from != RiskState::Open)
        return conflict("a decision not to accept is taken on an open risk; this one is " + name(from));
    if (!residualAssessed)
        return conflict("a risk is decided on for its residual risk, and this one's is not assessed yet");
    return {};
}

} // namespace vigil::registry
