// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The life of an alert object (docs/pdca.md, "Alerts") as a pure state machine, as
// measurestate.h is for measures: which steps are allowed and what each step must carry. Who
// may take a step is the desk's business (alertdesk.h, over authority.h's roles).
//
//   raised → assigned → followed_up → closed
//   raised / assigned → assigned        (assigned, or assigned to someone else)
//   raised → followed_up                (followed up at once by whoever acts on it)
//
// A follow-up names a measure, gives an explanation ("explained": no measure is needed), or
// both. An alert is closed only once followed up: an alert that needs nothing is followed up
// with an explanation first, so every closed alert says what was done about it.

#include "shared/enumtable.h"
#include "shared/result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace vigil::registry {

enum class AlertState { Raised, Assigned, FollowedUp, Closed };

/// What a step carries besides its target state; each field belongs to one kind of step.
struct AlertStep {
    std::string assignee;               ///< assigning: the member who follows the alert up
    std::optional<std::int64_t> measure;  ///< following up: the measure that answers it
    std::string explanation;            ///< following up: why no (other) measure is needed
    std::string note;                   ///< closing: optional
};

/// The states reachable from `from` in one step (none from closed).
std::vector<AlertState> allowedNext(AlertState from);

/// Whether `from` → `to` is allowed with what `step` carries: an illegal step is Conflict (the
/// message names the allowed next states); a missing or misplaced assignee, measure,
/// explanation or note is Invalid.
Status checkAlertTransition(AlertState from, AlertState to, const AlertStep& step);

} // namespace vigil::registry

namespace vigil {
template <> struct EnumTable<registry::AlertState> {
    static constexpr std::array<EnumName<registry::AlertState>, 4> names{{
        {registry::AlertState::Raised, "raised"}, {registry::AlertState::Assigned, "assigned"},
        {registry::AlertState::FollowedUp, "followed_up"}, {registry::AlertState::Closed, "closed"},
    }};
};
} // namespace vigil
