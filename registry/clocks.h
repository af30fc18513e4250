// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Legal and internal clocks of a case (DESIGN.md §6): acknowledgement within 7 days and
// feedback within 3 months of the registry's receipt (EU Directive 2019/1937, Dutch
// Whistleblowers Protection Act), plus an optional per-route first-contact clock.

#include "shared/enumtable.h"

#include <cstdint>
#include <functional>
#include <optional>

namespace vigil::registry {

using UnixSeconds = std::int64_t;

/// The registry's notion of "now", injectable so tests can move time.
using Clock = std::function<UnixSeconds()>;
Clock systemClock();

struct ClockPolicy {
    std::int64_t acknowledgeDays = 7;
    int feedbackMonths = 3;
    std::int64_t dueSoonHours = 48;  ///< a clock this close to its deadline is "due soon"
};

struct CaseClocks {
    UnixSeconds acknowledgeDue = 0;
    UnixSeconds feedbackDue = 0;
    std::optional<UnixSeconds> contactDue;  ///< route-specific first contact, e.g. 48 h for social safety
    /// The reporter signalled retaliation (issue 16 §3): an answer is due this soon after the
    /// newest signal, whatever the case's other clocks say.
    std::optional<UnixSeconds> retaliationDue;
};

/// `t` plus whole calendar months, at the same time of day; a day the target month lacks
/// becomes its last day (31 Jan + 1 month = 28 or 29 Feb).
UnixSeconds addCalendarMonths(UnixSeconds t, int months);

/// Deadlines for a case received at `receivedAt`. Feedback is due after whole calendar months
/// (31 Jan + 3 months = 30 Apr, the last day when the day does not exist).
CaseClocks clocksFor(UnixSeconds receivedAt, const ClockPolicy& policy, std::optional<std::int64_t> contactHours);

enum class ClockStatus { Met, Running, DueSoon, Overdue };

/// A clock's status: Met once `doneAt` is set (even if late — lateness is a statistic, not a
/// status), else Running, DueSoon within the policy window, or Overdue.
ClockStatus clockStatus(UnixSeconds due, std::optional<UnixSeconds> doneAt, UnixSeconds now, const ClockPolicy& policy);

/// What happened to a case that can stop its clocks. Each clock is met only by its own event:
/// a state change on the registry that the reporter never sees is not contact.
struct ClockEvents {
    std::optional<UnixSeconds> acknowledgedAt;
    std::optional<UnixSeconds> feedbackAt;
    std::optional<UnixSeconds> firstReplyAt;  ///< the first reply put in the reporter's mailbox
    std::optional<UnixSeconds> retaliationAt; ///< the newest retaliation signal from the reporter
    std::optional<UnixSeconds> lastReplyAt;   ///< the newest reply put in the reporter's mailbox
};

struct ClockStatuses {
    ClockStatus acknowledge = ClockStatus::Running;
    ClockStatus feedback = ClockStatus::Running;
    std::optional<ClockStatus> contact;  ///< only for routes with a first-contact clock
    std::optional<ClockStatus> retaliation;  ///< only once the reporter signalled retaliation
};

/// Acknowledgement is met by acknowledging, feedback by feedback given, first contact by the
/// first reply that reached the reporter, retaliation by a reply at or after the newest signal.
ClockStatuses clockStatuses(const CaseClocks& clocks, const ClockEvents& events, UnixSeconds now,
                            const ClockPolicy& policy);

} // namespace vigil::registry

namespace vigil {
template <> struct EnumTable<registry::ClockStatus> {
    static constexpr std::array<EnumName<registry::ClockStatus>, 4> names{{
        {registry::ClockStatus::Met, "met"}, {registry::ClockStatus::Running, "running"},
        {registry::ClockStatus::DueSoon, "due_soon"}, {registry::ClockStatus::Overdue, "overdue"},
    }};
};
} // namespace vigil
