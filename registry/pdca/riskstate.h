// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The life of a risk in the risk register (docs/pdca.md, "Risks") as a pure state machine, as
// measurestate.h is for measures: which steps are allowed and what each must carry. Who may
// take a step is authority.h's business.
//
//   open → accepted          (decide accept: the residual risk assessed, a review date)
//   accepted → accepted      (review: a new review date)
//   accepted → open          (reopen, with a reason; or by itself when the residual risk is
//                             re-assessed: an acceptance is of one cell of the matrix)
//   open / accepted → closed (with a reason)
//
// A decision not to accept is recorded and leaves the risk open ("needs more measures").

#include "shared/enumtable.h"
#include "shared/reportenums.h"
#include "shared/result.h"
#include "shared/riskmatrix.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace vigil::registry {

enum class RiskState { Open, Accepted, Closed };
/// MIL-STD-882E probability A (frequent) … E (improbable), and F: eliminated — for a residual
/// risk only, once the hazard is gone.
enum class RiskProbability { A, B, C, D, E, F };

/// One cell of the risk matrix.
struct MatrixCell {
    Severity severity = Severity::None;
    RiskProbability probability = RiskProbability::E;
    bool operator==(const MatrixCell&) const = default;
};

/// The level of a cell: the matrix's for A–E, eliminated for F.
RiskLevel levelOf(const MatrixCell& cell);

/// Whether `cell` is a cell of the matrix: a severity I–IV, and F only for a residual risk
/// (`residual`). Invalid, naming `field`, otherwise.
Status checkCell(const MatrixCell& cell, bool residual, std::string_view field);

/// What a step carries besides its target state.
struct RiskStep {
    bool residualAssessed = false;          ///< the risk has a residual assessment (accepting needs one)
    std::optional<std::int64_t> reviewDue;  ///< accepting, reviewing: when the acceptance is reviewed
    std::string reason;                     ///< closing, reopening
};

/// The states reachable from `from` in one step (none from closed).
std::vector<RiskState> allowedNext(RiskState from);

/// Whether `from` → `to` is allowed with what `step` carries: an illegal step, and accepting a
/// risk whose residual risk was never assessed, are Conflict (the message names the allowed
/// next states); a missing or misplaced review date or reason is Invalid. Whether the review
/// date lies ahead is the caller's (it has the clock).
Status checkRiskTransition(RiskState from, RiskState to, const RiskStep& step);

/// The state of a risk after its residual risk is (re-)assessed: open — an accepted risk's
/// acceptance lapses, as it was of the cell that changed. A closed risk is not assessed
/// (Conflict).
Result<RiskState> stateAfterAssessment(RiskState from);

/// Whether a decision not to accept may be recorded: for an open risk with a residual
/// assessment only (Conflict otherwise).
Status checkDecline(RiskState from, bool residualAssessed);

} // namespace vigil::registry

namespace vigil {
template <> struct EnumTable<registry::RiskState> {
    static constexpr std::array<EnumName<registry::RiskState>, 3> names{{
        {registry::RiskState::Open, "open"}, {registry::RiskState::Accepted, "accepted"},
        {registry::RiskState::Closed, "closed"},
    }};
};
template <> struct EnumTable<registry::RiskProbability> {
    static constexpr std::array<EnumName<registry::RiskProbability>, 6> names{{
        {registry::RiskProbability::A, "A"}, {registry::RiskProbability::B, "B"}, {registry::RiskProbability::C, "C"},
        {registry::RiskProbability::D, "D"}, {registry::RiskProbability::E, "E"}, {registry::RiskProbability::F, "F"},
    }};
};
} // namespace vigil
