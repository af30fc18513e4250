// SPDX-License-Identifier: EUPL-1.2
#include "measurestate.h"

#include "registry/stepcheck.h"

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace vigil::registry {

std::vector<MeasureState> allowedNext(MeasureState from)
{
    switch (from) {
    case MeasureState::Proposed:
        return {MeasureState::Approved, MeasureState::Cancelled};
    case MeasureState::Approved:
        // A small measure is often done in one go: approved, then implemented.
        return {MeasureState::InProgress, MeasureState::Implemented, MeasureState::Cancelled};
    case MeasureState::InProgress:
        return {MeasureState::Implemented, MeasureState::Cancelled};
    case MeasureState::Implemented:
        // Reopened when it turns out not to be done after all; an implemented measure is not
        // cancelled (what was done stays on record) — a failed one is checked not effective.
        return {MeasureState::InProgress, MeasureState::Checked};
    case MeasureState::Checked:
    case MeasureState::Cancelled:
        return {};
    }
    return {};
}

bool isCalendarDate(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return false;
    for (std::size_t i = 0; i < text.size(); ++i)
        if (i != 4 && i != 7 && (text[i] < '0' || text[i] > '9'))
            return false;
    auto number = [&](std::size_t at, std::size_t n) {
        int v = 0;
        for (std::size_t i = at; i < at + n; ++i)
            v = v * 10 + (text[i] - '0');
        return v;
    };
    const std::chrono::year_month_day ymd{std::chrono::year{number(0, 4)},
                                          std::chrono::month{static_cast<unsigned>(number(5, 2))},
                                          std::chrono::day{static_cast<unsigned>(number(8, 2))}};
    return ymd.ok();
}

namespace {

/// Each field of a step belongs to one kind of step; one given elsewhere is a caller's mistake
/// that would otherwise be silently dropped.
Status checkFieldsBelong(MeasureState from, MeasureState to, const MeasureStep& step)
{
    const bool takesReason = to == MeasureState::Cancelled
                             || (from == MeasureState::Implemented && to == MeasureState::InProgress);
    if (!step.reason.empty() && !takesReason)
        return invalid("reason: a reason is given only when cancelling or reopening a measure");
    if ((!step.implementedOn.empty() || !step.evidence.empty()) && to != MeasureState::Implemented)
        return invalid("implemented_on, evidence: given only when a measure is implemented");
    if ((step.verdict != MeasureVerdict::None || step.basis != VerdictBasis::None || !step.note.empty())
        && to != MeasureState::Checked)
        return invalid("verdict, basis, note: given only when a measure is checked");
    if (!step.indicator.empty() && (to != MeasureState::Checked || step.basis != VerdictBasis::EffectCheck))
        return invalid("indicator: given only when a measure is checked by an effect check");
    return {};
}

Status checkWhatStepNeeds(MeasureState from, MeasureState to, const MeasureStep& step)
{
    if (to == MeasureState::Cancelled && step.reason.empty())
        return invalid("reason: cancelling a measure needs a reason");
    if (from == MeasureState::Implemented && to == MeasureState::InProgress && step.reason.empty())
        return invalid("reason: reopening an implemented measure needs a reason");
    if (to == MeasureState::Implemented) {
        if (!isCalendarDate(step.implementedOn))
            return invalid("implemented_on: expected the date it was implemented as YYYY-MM-DD, got \""
                           + step.implementedOn + "\"");
        if (step.evidence.empty())
            return invalid("evidence: say what shows the measure was implemented");
    }
    if (to == MeasureState::Checked) {
        if (step.verdict == MeasureVerdict::None)
            return invalid("verdict: checking a measure needs a verdict (effective, not_effective or inconclusive)");
        if (step.basis == VerdictBasis::None)
            return invalid("basis: say what the verdict rests on (effect_check or judgement)");
        if (step.basis == VerdictBasis::Judgement && step.note.empty())
            return invalid("note: a verdict by judgement needs a note that explains it");
    }
    return {};
}

} // namespace

Status checkMeasureTransition(MeasureState from, MeasureState to, const MeasureStep& step)
{
    if (auto allowed = checkStepAllowed("a measure", from, to, allowedNext(from)); !allowed)
        return allowed;
    if (auto s = checkFieldsBelong(from, to, step); !s)
        return s;
    return checkWhatStepNeeds(from, to, step);
}

} // namespace vigil::registry
