// SPDX-License-Identifier: EUPL-1.2
#include "aftercare.h"

#include <charconv>

namespace vigil::registry {

CheckInTemplates defaultCheckInTemplates()
{
    // Social safety follows the reporter closely after closing, when retaliation and regret
    // come; integrity reports are slower; a near miss needs no aftercare by default.
    return {{Domain::Physical, {}},
            {Domain::Social, {{7, 0}, {0, 1}, {0, 3}}},
            {Domain::Integrity, {{0, 1}, {0, 3}}}};
}

Result<std::vector<CheckInStep>> parseCheckInSteps(std::string_view text)
{
    std::vector<CheckInStep> steps;
    if (text.empty())
        return steps;
    for (bool more = true; more;) {
        // Every item between commas must be a step: "7d," and "1m,,3m" are refused.
        const auto comma = text.find(',');
        const std::string_view item = text.substr(0, comma);
        more = comma != std::string_view::npos;
        text = more ? text.substr(comma + 1) : std::string_view{};
        int n = 0;
        const char* end = item.data() + item.size();
        auto [p, ec] = std::from_chars(item.data(), end, n);
        if (item.empty() || ec != std::errc{} || n < 1 || n > 730 || p + 1 != end || (*p != 'd' && *p != 'm'))
            return Error{"a check-in step is a number of days or months, as 7d or 3m: \"" + std::string(item) + "\""};
        steps.push_back(*p == 'd' ? CheckInStep{n, 0} : CheckInStep{0, n});
        if (steps.size() > kMaxCheckIns)
            return Error{"a template has at most " + std::to_string(kMaxCheckIns) + " steps"};
    }
    return steps;
}

std::string checkInStepsText(const std::vector<CheckInStep>& steps)
{
    std::string out;
    for (const auto& s : steps) {
        if (!out.empty())
            out += ',';
        out += s.months != 0 ? std::to_string(s.months) + "m" : std::to_string(s.days) + "d";
    }
    return out;
}

std::vector<UnixSeconds> checkInMoments(const std::vector<CheckInStep>& steps, UnixSeconds start)
{
    std::vector<UnixSeconds> out;
    for (const auto& s : steps)
        out.push_back(s.months != 0 ? addCalendarMonths(start, s.months) : start + std::int64_t{s.days} * 86400);
    return out;
}

CheckInStatus checkInStatus(UnixSeconds due, const Aftercare& plan, std::optional<UnixSeconds> lastReplyAt,
                            UnixSeconds now, std::int64_t graceDays)
{
    // The newest reply is enough: any reply at or after the moment makes the newest one so.
    if (lastReplyAt && *lastReplyAt >= due)
        return CheckInStatus::Done;
    if (plan.stoppedAt)
        return CheckInStatus::Stopped;
    if (now < due)
        return CheckInStatus::Planned;
    return now <= due + graceDays * 86400 ? CheckInStatus::Due : CheckInStatus::Overdue;
}

std::optional<ClockStatus> checkInClock(const Aftercare& plan, std::optional<UnixSeconds> lastReplyAt,
                                        UnixSeconds now, std::int64_t graceDays)
{
    if (plan.checkIns.empty() || plan.stoppedAt)
        return std::nullopt;
    bool due = false, planned = false;
    for (const auto& c : plan.checkIns) {
        switch (checkInStatus(c.due, plan, lastReplyAt, now, graceDays)) {
        case CheckInStatus::Overdue: return ClockStatus::Overdue;
        case CheckInStatus::Due: due = true; break;
        case CheckInStatus::Planned: planned = true; break;
        default: break;
        }
    }
    if (due)
        return ClockStatus::DueSoon;
    return planned ? std::optional(ClockStatus::Running) : std::optional(ClockStatus::Met);
}

std::optional<UnixSeconds> nextCheckIn(const Aftercare& plan, UnixSeconds now)
{
    if (plan.stoppedAt)
        return std::nullopt;
    for (const auto& c : plan.checkIns)   // earliest first
        if (c.due > now)
            return c.due;
    return std::nullopt;
}

bool contactWanted(const Aftercare& plan, std::optional<UnixSeconds> lastReplyAt)
{
    return plan.contactWantedAt && (!lastReplyAt || *lastReplyAt < *plan.contactWantedAt);
}

} // namespace vigil::registry
