// SPDX-License-Identifier: EUPL-1.2
#include "measureclocks.h"

#include <chrono>
#include <cstdio>

namespace vigil::registry {

namespace chr = std::chrono;

std::optional<UnixSeconds> endOfDate(std::string_view date)
{
    if (!isCalendarDate(date))
        return std::nullopt;
    auto number = [&](std::size_t at, std::size_t n) {
        int v = 0;
        for (std::size_t i = at; i < at + n; ++i)
            v = v * 10 + (date[i] - '0');
        return v;
    };
    const chr::year_month_day ymd{chr::year{number(0, 4)}, chr::month{static_cast<unsigned>(number(5, 2))},
                                  chr::day{static_cast<unsigned>(number(8, 2))}};
    return chr::sys_days{ymd}.time_since_epoch().count() * 86400 + 86399;
}

std::string dateOf(UnixSeconds t)
{
    const chr::year_month_day ymd{chr::floor<chr::days>(chr::sys_seconds{chr::seconds{t}})};
    char out[16];
    std::snprintf(out, sizeof out, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()));
    return out;
}

MeasureClocks measureClocks(const MeasureRecord& m, UnixSeconds now, const MeasureClockPolicy& policy)
{
    const ClockPolicy soon{.dueSoonHours = std::int64_t{policy.dueSoonDays} * 24};
    MeasureClocks c;
    if (m.state == MeasureState::Cancelled)
        return c;
    const bool implemented = m.state == MeasureState::Implemented || m.state == MeasureState::Checked;
    c.due = clockStatus(m.dueAt, implemented ? m.implementedAt : std::nullopt, now, soon);
    if (implemented && m.implementedOn) {
        if (auto done = endOfDate(*m.implementedOn)) {
            c.checkDue = addCalendarMonths(*done, policy.checkMonths);
            c.check = clockStatus(*c.checkDue, m.state == MeasureState::Checked ? m.checkedAt : std::nullopt, now,
                                  soon);
        }
    }
    return c;
}

bool matches(MeasureFilter filter, const MeasureClocks& clocks)
{
    switch (filter) {
    case MeasureFilter::All:
        return true;
    case MeasureFilter::Overdue:
        return clocks.due == ClockStatus::Overdue || clocks.check == ClockStatus::Overdue;
    case MeasureFilter::DueSoon:
        return clocks.due == ClockStatus::DueSoon || clocks.check == ClockStatus::DueSoon;
    case MeasureFilter::Unchecked:
        return clocks.check == ClockStatus::Overdue;
    }
    return false;
}

} // namespace vigil::registry
