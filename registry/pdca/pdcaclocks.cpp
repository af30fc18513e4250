// SPDX-License-Identifier: EUPL-1.2
#include "pdcaclocks.h"

#include <algorithm>
#include <tuple>

namespace vigil::registry {

std::optional<ClockStatus> reviewClock(const RiskRecord& r, UnixSeconds now, const MeasureClockPolicy& policy)
{
    if (r.state != RiskState::Accepted || !r.reviewDue)
        return std::nullopt;
    // A review sets the next review date, so the clock of an accepted risk is never met: it
    // runs towards the date in force.
    return clockStatus(*r.reviewDue, std::nullopt, now,
                       ClockPolicy{.dueSoonHours = std::int64_t{policy.reviewSoonDays} * 24});
}

ClockStatus followUpClock(const AlertRecord& a, UnixSeconds now, const MeasureClockPolicy& policy)
{
    // A closed alert was followed up first (alertstate.h); its clock was met then.
    return clockStatus(a.followUpDue, a.followedUpAt ? a.followedUpAt : a.closedAt, now,
                       ClockPolicy{.dueSoonHours = std::int64_t{policy.dueSoonDays} * 24});
}

std::vector<PdcaClockEntry> pdcaClockList(const std::vector<MeasureRecord>& measures,
                                          const std::vector<RiskRecord>& risks, UnixSeconds now,
                                          const MeasureClockPolicy& policy)
{
    return pdcaClockList(measures, risks, {}, now, policy);
}

std::vector<PdcaClockEntry> pdcaClockList(const std::vector<MeasureRecord>& measures,
                                          const std::vector<RiskRecord>& risks,
                                          const std::vector<AlertRecord>& alerts, UnixSeconds now,
                                          const MeasureClockPolicy& policy)
{
    std::vector<PdcaClockEntry> out;
    for (const auto& m : measures) {
        const MeasureClocks c = measureClocks(m, now, policy);
        const std::string state(enumName(m.state));
        if (c.due && *c.due != ClockStatus::Met)
            out.push_back({"measure", m.id, m.title, state, "due", m.dueAt, *c.due});
        if (c.check && *c.check != ClockStatus::Met)
            out.push_back({"measure", m.id, m.title, state, "check", *c.checkDue, *c.check});
    }
    for (const auto& r : risks)
        if (auto review = reviewClock(r, now, policy))
            out.push_back({"risk", r.id, r.hazard, std::string(enumName(r.state)), "review", *r.reviewDue, *review});
    for (const auto& a : alerts)
        if (const ClockStatus s = followUpClock(a, now, policy); s != ClockStatus::Met)
            out.push_back({"alert", a.id, a.indicatorId + " " + a.month, std::string(enumName(a.state)), "follow_up",
                           a.followUpDue, s});
    auto rank = [](ClockStatus s) { return s == ClockStatus::Overdue ? 0 : s == ClockStatus::DueSoon ? 1 : 2; };
    std::stable_sort(out.begin(), out.end(), [&](const PdcaClockEntry& a, const PdcaClockEntry& b) {
        return std::tuple(rank(a.status), a.due, a.subject, a.id) < std::tuple(rank(b.status), b.due, b.subject, b.id);
    });
    return out;
}

} // namespace vigil::registry
