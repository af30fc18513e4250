// SPDX-License-Identifier: EUPL-1.2
#include "clocks.h"

#include <chrono>

namespace vigil::registry {

namespace chr = std::chrono;

Clock systemClock()
{
    return [] { return chr::duration_cast<chr::seconds>(chr::system_clock::now().time_since_epoch()).count(); };
}

UnixSeconds addCalendarMonths(UnixSeconds t, int months)
{
    const chr::sys_seconds at{chr::seconds{t}};
    const auto day = chr::floor<chr::days>(at);
    const chr::year_month_day ymd{day};
    chr::year_month_day target = ymd + chr::months{months};
    if (!target.ok())
        target = chr::year_month_day_last{target.year(), chr::month_day_last{target.month()}};
    const auto timeOfDay = at - chr::sys_seconds{day};
    return (chr::sys_days{target} + timeOfDay).time_since_epoch().count();
}

CaseClocks clocksFor(UnixSeconds receivedAt, const ClockPolicy& policy, std::optional<std::int64_t> contactHours)
{
    CaseClocks c;
    c.acknowledgeDue = receivedAt + policy.acknowledgeDays * 86400;
    c.feedbackDue = addCalendarMonths(receivedAt, policy.feedbackMonths);
    if (contactHours)
        c.contactDue = receivedAt + *contactHours * 3600;
    return c;
}

ClockStatus clockStatus(UnixSeconds due, std::optional<UnixSeconds> doneAt, UnixSeconds now, const ClockPolicy& policy)
{
    if (doneAt)
        return ClockStatus::Met;
    if (now > due)
        return ClockStatus::Overdue;
    if (due - now <= policy.dueSoonHours * 3600)
        return ClockStatus::DueSoon;
    return ClockStatus::Running;
}

ClockStatuses clockStatuses(const CaseClocks& clocks, const ClockEvents& events, UnixSeconds now,
                            const ClockPolicy& policy)
{
    ClockStatuses s;
    s.acknowledge = clockStatus(clocks.acknowledgeDue, events.acknowledgedAt, now, policy);
    s.feedback = clockStatus(clocks.feedbackDue, events.feedbackAt, now, policy);
    if (clocks.contactDue)
        s.contact = clockStatus(*clocks.contactDue, events.firstReplyAt, now, policy);
    if (clocks.retaliationDue) {
        // Only an answer written after the signal meets it: an earlier reply answered something else.
        std::optional<UnixSeconds> answered;
        if (events.lastReplyAt && events.retaliationAt && *events.lastReplyAt >= *events.retaliationAt)
            answered = events.lastReplyAt;
        s.retaliation = clockStatus(*clocks.retaliationDue, answered, now, policy);
    }
    return s;
}

} // namespace vigil::registry
