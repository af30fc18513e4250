// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The life of a measure (docs/pdca.md, "Measures") as a pure state machine, as casestate.h is
// for cases: which steps are allowed and what each step must carry. Who may take a step is
// authority.h's business.
//
//   proposed → approved → in_progress → implemented → checked (effective | not_effective | inconclusive)
//                  └──────────────────────→ implemented          (done in one go)
//   implemented → in_progress                                      (reopened, with a reason)
//   proposed / approved / in_progress → cancelled                  (with a reason)

#include "shared/enumtable.h"
#include "shared/result.h"

#include <string>
#include <vector>

namespace vigil::registry {

enum class MeasureState { Proposed, Approved, InProgress, Implemented, Checked, Cancelled };
enum class MeasureVerdict { None, Effective, NotEffective, Inconclusive };
/// What a verdict rests on: the effect check of the measure's indicators, or a member's judgement.
enum class VerdictBasis { None, EffectCheck, Judgement };

/// What a step carries besides its target state; each field belongs to one kind of step.
struct MeasureStep {
    std::string reason;          ///< cancelling, reopening
    std::string implementedOn;   ///< implementing: the real-world date, YYYY-MM-DD
    std::string evidence;        ///< implementing: what shows it was done
    MeasureVerdict verdict = MeasureVerdict::None;  ///< checking
    VerdictBasis basis = VerdictBasis::None;        ///< checking
    std::string note;            ///< checking: the judgement (needed for basis judgement)
    std::string indicator;       ///< checking by effect check: the indicator ('' = the primary one)
};

/// The states reachable from `from` in one step (none from checked or cancelled).
std::vector<MeasureState> allowedNext(MeasureState from);

/// Whether `from` → `to` is allowed with what `step` carries: an illegal step is Conflict
/// (the message names the allowed next states); a missing or misplaced reason, date, evidence
/// or verdict is Invalid. Whether the date lies in the past is the caller's (it has the clock).
Status checkMeasureTransition(MeasureState from, MeasureState to, const MeasureStep& step);

/// Whether `text` is a calendar date written YYYY-MM-DD.
bool isCalendarDate(std::string_view text);

} // namespace vigil::registry

namespace vigil {
template <> struct EnumTable<registry::MeasureState> {
    static constexpr std::array<EnumName<registry::MeasureState>, 6> names{{
        {registry::MeasureState::Proposed, "proposed"}, {registry::MeasureState::Approved, "approved"},
        {registry::MeasureState::InProgress, "in_progress"}, {registry::MeasureState::Implemented, "implemented"},
        {registry::MeasureState::Checked, "checked"}, {registry::MeasureState::Cancelled, "cancelled"},
    }};
};
template <> struct EnumTable<registry::MeasureVerdict> {
    static constexpr std::array<EnumName<registry::MeasureVerdict>, 4> names{{
        {registry::MeasureVerdict::None, "none"}, {registry::MeasureVerdict::Effective, "effective"},
        {registry::MeasureVerdict::NotEffective, "not_effective"},
        {registry::MeasureVerdict::Inconclusive, "inconclusive"},
    }};
};
template <> struct EnumTable<registry::VerdictBasis> {
    static constexpr std::array<EnumName<registry::VerdictBasis>, 3> names{{
        {registry::VerdictBasis::None, "none"}, {registry::VerdictBasis::EffectCheck, "effect_check"},
        {registry::VerdictBasis::Judgement, "judgement"},
    }};
};
} // namespace vigil
