// SPDX-License-Identifier: EUPL-1.2
#include "indicatorjson.h"

#include <boost/json/parse.hpp>

#include <algorithm>
#include <cmath>

namespace vigil::registry {
namespace {

double rounded(double v) { return std::round(v * 100) / 100; }
// A fraction or ratio needs finer levels than a count.
double roundedFor(const IndicatorSeries& s, double v)
{
    return isWholeCount(s.measure) ? rounded(v) : std::round(v * 10000) / 10000;
}

boost::json::value hiddenLabel(const IndicatorSeries& s, std::size_t i, const SuppressionRule& rule)
{
    return s.status[i] == CellStatus::Primary ? boost::json::value(primaryLabel(rule))
                                              : boost::json::value(kSecondaryLabel);
}

// A term or base of a month as published beside its value: the count when the value is
// published (a ratio's or share's terms then both are), the value's label otherwise.
boost::json::value termAt(const IndicatorSeries& s, const std::vector<std::int64_t>& term, std::size_t i,
                          const SuppressionRule& rule)
{
    if (s.status[i] == CellStatus::Published)
        return term[i];
    return hiddenLabel(s, i, rule);
}

boost::json::value valueAt(const IndicatorSeries& s, std::size_t i, const SuppressionRule& rule)
{
    switch (s.status[i]) {
    case CellStatus::Published:
        // A count (of reports or of retaliation signals) is exact; a ratio, share or median to 4 decimals (a share is a fraction, 0.25 for 25 %);
        // null where it is undefined (no accidents to divide by, no case in the month).
        if (isWholeCount(s.measure))
            return s.values[i] ? boost::json::value(s.counts[i]) : boost::json::value(nullptr);  // null: not yet
        if (!s.values[i])
            return nullptr;
        return std::round(*s.values[i] * 10000) / 10000;
    case CellStatus::Primary: return boost::json::value(primaryLabel(rule));
    case CellStatus::Secondary: break;
    }
    return boost::json::value(kSecondaryLabel);
}

/// The alert of `indicator` that covers `month`, if any.
const AlertRecord* alertAt(std::span<const AlertRecord> alerts, const std::string& indicator, const std::string& month)
{
    for (const auto& a : alerts)
        if (a.indicatorId == indicator
            && (a.month == month || std::find(a.months.begin(), a.months.end(), month) != a.months.end()))
            return &a;
    return nullptr;
}

} // namespace

boost::json::object indicatorJson(const IndicatorDef& def, const IndicatorSeries& s, int from, int to,
                                  const SuppressionRule& rule, std::span<const AlertRecord> alertObjects)
{
    boost::json::object o;
    o["id"] = def.id;
    o["name_nl"] = def.nameNl;
    o["name_en"] = def.nameEn;
    o["measure"] = enumName(def.measure);
    o["scope"] = boost::json::parse(canonicalJson(def.filter));
    if (def.denominator)
        o["denominator"] = boost::json::parse(canonicalJson(*def.denominator));
    if (def.measure == IndicatorMeasure::WithinClock || def.measure == IndicatorMeasure::MedianDays)
        o["clock"] = enumName(def.clock);
    if (def.measure == IndicatorMeasure::WithinClock)
        o["within_days"] = def.withinDays;
    if (def.target)
        o["target"] = boost::json::object{{"value", def.target->value},
                                          {"direction", enumName(def.target->direction)}};
    else
        o["target"] = nullptr;
    o["rules"] = formatAlertRules(def.rules);
    o["direction"] = enumName(def.levels.direction);
    o["frozen_after"] = def.frozenAfter ? boost::json::value(monthText(*def.frozenAfter)) : nullptr;
    if (def.frozenAfter)
        to = std::min(to, *def.frozenAfter);  // a frozen indicator publishes no later month
    boost::json::array months, values, levels, alerts, offTarget, numerators, denominators;
    for (int m = from; m <= to; ++m) {
        const int i = m - s.firstMonth;
        if (i < 0 || static_cast<std::size_t>(i) >= s.status.size())
            continue;
        const auto at = static_cast<std::size_t>(i);
        months.emplace_back(monthText(m));
        values.push_back(valueAt(s, at, rule));
        if (!isWholeCount(def.measure)) {
            numerators.push_back(termAt(s, s.counts, at, rule));
            denominators.push_back(termAt(s, s.bases, at, rule));
        }
        if (const auto& l = s.levels[at])
            levels.push_back(boost::json::object{{"mean", roundedFor(s, l->mean)}, {"sd", roundedFor(s, l->sd)},
                                                 {"l1", roundedFor(s, l->level(1))}, {"l2", roundedFor(s, l->level(2))},
                                                 {"l3", roundedFor(s, l->level(3))}});
        else
            levels.emplace_back(nullptr);
        if (at < s.offTarget.size() && s.offTarget[at])
            offTarget.emplace_back(monthText(m));
        if (s.fired[at] && def.alerts) {
            boost::json::object mark{{"month", monthText(m)}, {"rule", formatAlertRules({*s.fired[at]})}};
            if (const AlertRecord* a = alertAt(alertObjects, def.id, monthText(m))) {
                mark["id"] = a->id;
                mark["state"] = enumName(a->state);
            }
            alerts.push_back(std::move(mark));
        }
    }
    o["months"] = std::move(months);
    o["values"] = std::move(values);
    o["levels"] = std::move(levels);
    o["alerts"] = std::move(alerts);
    o["off_target"] = std::move(offTarget);
    // What each value is over: a ratio's or share's two counts; a clock share's cases in time of
    // the cases received; measures on time of the measures due; a median's cases.
    if (def.measure == IndicatorMeasure::MedianDays) {
        o["cases"] = std::move(numerators);
    } else if (!isWholeCount(def.measure)) {
        o["numerators"] = std::move(numerators);
        o["denominators"] = std::move(denominators);
    }
    return o;
}

} // namespace vigil::registry
