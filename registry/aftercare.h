// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The aftercare plan of a case (issue 16 §2, docs/registry.md "Aftercare plan"): check-in
// moments the advisor sets, from a template per route or by hand, each a clock of its own.
// A moment is done when an advisor's reply reached the reporter's mailbox at or after it; the
// reporter's `decline_contact` signal stops the plan, `more_contact` asks for contact. Pure
// functions: the store (aftercarestore.h) keeps the moments, the service judges them.

#include "clocks.h"

#include "shared/enumtable.h"
#include "shared/reportenums.h"
#include "shared/result.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace vigil::registry {

struct CheckIn {
    std::int64_t id = 0;
    UnixSeconds due = 0;
    std::string addedBy;                    ///< member id
    UnixSeconds addedAt = 0;
};

/// A case's plan as stored: the moments (earliest first) and the reporter's signals about it.
struct Aftercare {
    std::vector<CheckIn> checkIns;
    std::optional<UnixSeconds> stoppedAt;      ///< the reporter declined further contact
    std::optional<UnixSeconds> contactWantedAt; ///< the reporter's newest "more contact" signal
};

/// Planned: not due yet. Due: due, within the grace days. Overdue: past them unanswered.
/// Done: a reply reached the reporter at or after the moment. Stopped: the reporter declined.
enum class CheckInStatus { Planned, Due, Overdue, Done, Stopped };

/// One step of a template: whole days or whole calendar months after the plan's start.
struct CheckInStep {
    int days = 0;
    int months = 0;
    bool operator==(const CheckInStep&) const = default;
};

/// Templates per route (the report's domain): physical has none by default, social safety
/// 1 week, 1 month, 3 months, integrity 1 month, 3 months (docs/registry.md).
using CheckInTemplates = std::map<Domain, std::vector<CheckInStep>>;
CheckInTemplates defaultCheckInTemplates();

/// "7d,1m,3m" → steps; an empty text is no template. Refuses anything else.
Result<std::vector<CheckInStep>> parseCheckInSteps(std::string_view text);
/// The steps as "7d,1m,3m".
std::string checkInStepsText(const std::vector<CheckInStep>& steps);
/// The moments of `steps` after `start` (calendar months as addCalendarMonths).
std::vector<UnixSeconds> checkInMoments(const std::vector<CheckInStep>& steps, UnixSeconds start);

/// How many moments a plan may hold, and how far ahead one may lie.
inline constexpr std::size_t kMaxCheckIns = 12;
inline constexpr std::int64_t kMaxCheckInDaysAhead = 730;

/// A moment's status at `now`; `lastReplyAt` is the case's newest reply to the reporter.
CheckInStatus checkInStatus(UnixSeconds due, const Aftercare& plan, std::optional<UnixSeconds> lastReplyAt,
                            UnixSeconds now, std::int64_t graceDays);

/// The plan as one clock, for the inbox and the overdue lists: the most urgent moment still
/// open (Overdue before Due before Planned) as a ClockStatus — Running, DueSoon (due), Overdue —
/// or Met when every moment is done; nullopt without moments or once the plan stopped.
std::optional<ClockStatus> checkInClock(const Aftercare& plan, std::optional<UnixSeconds> lastReplyAt,
                                        UnixSeconds now, std::int64_t graceDays);

/// The earliest moment after `now` that is still planned: what the console tells the reporter.
std::optional<UnixSeconds> nextCheckIn(const Aftercare& plan, UnixSeconds now);

/// The reporter asked for more contact and no reply reached them since.
bool contactWanted(const Aftercare& plan, std::optional<UnixSeconds> lastReplyAt);

} // namespace vigil::registry

namespace vigil {
template <> struct EnumTable<registry::CheckInStatus> {
    static constexpr std::array<EnumName<registry::CheckInStatus>, 5> names{{
        {registry::CheckInStatus::Planned, "planned"}, {registry::CheckInStatus::Due, "due"},
        {registry::CheckInStatus::Overdue, "overdue"}, {registry::CheckInStatus::Done, "done"},
        {registry::CheckInStatus::Stopped, "stopped"},
    }};
};
} // namespace vigil
