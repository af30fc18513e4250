// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The case workflow of DESIGN.md §6 as a pure state machine: which transitions are allowed,
// and which closing outcomes each state permits.

#include "shared/enumtable.h"
#include "shared/result.h"

#include <vector>

namespace vigil::registry {

enum class CaseState { Received, Acknowledged, Assigned, InProgress, FeedbackGiven, Closed };
enum class CaseOutcome { None, Resolved, Unfounded, Referred, Withdrawn };

/// Whether `from` → `to` is allowed (closing needs an outcome; `resolved` needs feedback
/// first). The error says what is allowed instead.
Status checkTransition(CaseState from, CaseState to, CaseOutcome outcome = CaseOutcome::None);

/// The states reachable from `from` in one step, for the console's "next steps" buttons.
std::vector<CaseState> allowedNext(CaseState from);

/// Whether the assignee may change in this state (reassignment to a colleague).
bool canReassign(CaseState state);

} // namespace vigil::registry

namespace vigil {
template <> struct EnumTable<registry::CaseState> {
    static constexpr std::array<EnumName<registry::CaseState>, 6> names{{
        {registry::CaseState::Received, "received"}, {registry::CaseState::Acknowledged, "acknowledged"},
        {registry::CaseState::Assigned, "assigned"}, {registry::CaseState::InProgress, "in_progress"},
        {registry::CaseState::FeedbackGiven, "feedback_given"}, {registry::CaseState::Closed, "closed"},
    }};
};
template <> struct EnumTable<registry::CaseOutcome> {
    static constexpr std::array<EnumName<registry::CaseOutcome>, 5> names{{
        {registry::CaseOutcome::None, "none"}, {registry::CaseOutcome::Resolved, "resolved"},
        {registry::CaseOutcome::Unfounded, "unfounded"}, {registry::CaseOutcome::Referred, "referred"},
        {registry::CaseOutcome::Withdrawn, "withdrawn"},
    }};
};
} // namespace vigil
