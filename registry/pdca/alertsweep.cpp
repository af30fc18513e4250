// SPDX-License-Identifier: EUPL-1.2
#include "alertsweep.h"

#include "registry/joblock.h"

#include <algorithm>
#include <map>

namespace vigil::registry {

namespace {

/// The latest month any alert of each indicator covers (its month or a later one).
std::map<std::string, int> coveredUpTo(const std::vector<AlertRecord>& alerts)
{
    std::map<std::string, int> out;
    for (const auto& a : alerts) {
        int& last = out.try_emplace(a.indicatorId, -1).first->second;
        last = std::max(last, monthIndex(a.month).value_or(-1));
        for (const auto& m : a.months)
            last = std::max(last, monthIndex(m).value_or(-1));
    }
    return out;
}

} // namespace

AlertPlan planAlerts(const IndicatorBoard& board, const std::vector<AlertIndicator>& indicators,
                     const std::vector<AlertRecord>& alerts, int settleMonths)
{
    AlertPlan plan;
    const auto covered = coveredUpTo(alerts);
    for (std::size_t d = 0; d < board.series.size() && d < board.indicators.size(); ++d) {
        const IndicatorDef& def = board.indicators[d];
        const IndicatorSeries& s = board.series[d];
        const auto ind = std::find_if(indicators.begin(), indicators.end(),
                                      [&](const AlertIndicator& i) { return i.id == def.id; });
        if (!def.alerts || def.frozenAfter || ind == indicators.end() || ind->retired || !ind->alerts)
            continue;
        // A month settled by the time the indicator was defined only marks the board.
        int from = IndicatorRegister::lastSettled(ind->createdAt, settleMonths) + 1;
        if (auto c = covered.find(def.id); c != covered.end())
            from = std::max(from, c->second + 1);
        const auto open = std::find_if(alerts.begin(), alerts.end(), [&](const AlertRecord& a) {
            return a.indicatorId == def.id && a.state != AlertState::Closed;
        });
        AlertRaise* raising = nullptr;
        for (std::size_t i = 0; i < s.fired.size(); ++i) {
            const int month = s.firstMonth + static_cast<int>(i);
            if (month < from || month > board.asOf || !s.fired[i] || !s.levels[i])
                continue;
            const std::string text = monthText(month);
            if (open != alerts.end())
                plan.extend.push_back({open->id, text});
            else if (raising)
                raising->laterMonths.push_back(text);
            else {
                const AlertRule rule = *s.fired[i];
                plan.raise.push_back({def.id, text, {}, formatAlertRules({rule}), s.values[i].value_or(0),
                                      s.levels[i]->level(rule.sigmas)});
                raising = &plan.raise.back();
            }
        }
    }
    return plan;
}

Result<SweepOutcome> runAlertSweep(IndicatorRegister& indicators, AlertDesk& alerts, const BoardPolicy& policy,
                                   UnixSeconds now)
{
    const int asOf = IndicatorRegister::lastSettled(now, policy.settleMonths);
    SweepOutcome out{monthText(asOf), 0, 0};
    auto defined = alerts.indicators();
    if (!defined)
        return defined.error();
    // Without an indicator in force there is no board to keep, and no snapshot is stored.
    if (std::none_of(defined->begin(), defined->end(), [](const AlertIndicator& i) { return !i.retired; }))
        return out;
    auto board = indicators.board(asOf, policy, now);
    if (!board)
        return board.error();
    auto held = alerts.all();
    if (!held)
        return held.error();
    const AlertPlan plan = planAlerts(*board, *defined, *held, policy.settleMonths);
    for (const auto& r : plan.raise) {
        auto raised = alerts.raise(r, now);
        if (raised)
            ++out.raised;
        else if (raised.error().kind != ErrorKind::Conflict)
            return raised.error();
    }
    for (const auto& e : plan.extend) {
        auto extended = alerts.extend(e.alertId, e.month, now);
        if (extended)
            ++out.extended;
        else if (extended.error().kind != ErrorKind::Conflict)
            return extended.error();
    }
    return out;
}

Result<SweepOutcome> runAlertSweepRound(std::optional<Db> lockDb, IndicatorRegister& indicators, AlertDesk& alerts,
                                        const BoardPolicy& policy, UnixSeconds now)
{
    // The sweep is several transactions (the board's snapshot, each raise and extension) on the
    // case store's connection, so the lock is held by a transaction of its own on another
    // connection, from before the board is read until the last alert is written. Without it
    // every process would build the board and try every raise, the unique keys turning all but
    // one of each into a Conflict: the work done once, but by all of them.
    auto hold = JobHold::tryTake(lockDb, Job::PdcaSweep);
    if (!hold)
        return hold.error();
    if (!hold->held()) {
        SweepOutcome skipped{monthText(IndicatorRegister::lastSettled(now, policy.settleMonths)), 0, 0};
        skipped.skipped = true;
        return skipped;
    }
    return runAlertSweep(indicators, alerts, policy, now);
}

} // namespace vigil::registry
