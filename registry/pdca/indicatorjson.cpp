// SPDX-License-Identifier: EUPL-1.2
#include "indicatorjson.h"

#include <boost/json/parse.hpp>

#include <algorithm>
#include <cmath>

namespace vigil::registry {
namespace {

double rounded(double v) { return std::round(v * 100) / 100; }

boost::json::value valueAt(const IndicatorSeries& s, std::size_t i, const SuppressionRule& rule)
{
    switch (s.status[i]) {
    case CellStatus::Published: return s.counts[i];
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
    o["scope"] = boost::json::parse(canonicalJson(def.filter));
    o["rules"] = formatAlertRules(def.rules);
    boost::json::array months, values, levels, alerts;
    for (int m = from; m <= to; ++m) {
        const int i = m - s.firstMonth;
        if (i < 0 || static_cast<std::size_t>(i) >= s.status.size())
            continue;
        const auto at = static_cast<std::size_t>(i);
        months.emplace_back(monthText(m));
        values.push_back(valueAt(s, at, rule));
        if (const auto& l = s.levels[at])
            levels.push_back(boost::json::object{{"mean", rounded(l->mean)}, {"sd", rounded(l->sd)},
                                                 {"l1", rounded(l->level(1))}, {"l2", rounded(l->level(2))},
                                                 {"l3", rounded(l->level(3))}});
        else
            levels.emplace_back(nullptr);
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
    return o;
}

} // namespace vigil::registry
