// SPDX-License-Identifier: EUPL-1.2
#include "indicatoradmin.h"

#include "registry/pdca/indicatorregister.h"

#include <algorithm>
#include <cstdio>
#include <sstream>

namespace vigil::registry {
namespace {

std::string fixed(double v)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", v);
    return buffer;
}

} // namespace

Result<std::string> defineIndicator(Admin& admin, const IndicatorDef& def, std::int64_t now)
{
    if (auto s = IndicatorRegister(admin.cases()).define(def, "admin", now); !s)
        return s.error();
    return "indicator " + def.id + " defined: " + canonicalJson(def.filter) + ", rules "
           + formatAlertRules(def.rules) + "\n";
}

Result<std::string> retireIndicator(Admin& admin, const std::string& id, std::int64_t now)
{
    if (auto s = IndicatorRegister(admin.cases()).retire(id, "admin", now); !s)
        return s.error();
    return "indicator " + id + " retired: later boards leave it out\n";
}

Result<std::string> listIndicators(Admin& admin)
{
    auto defs = IndicatorRegister(admin.cases()).active();
    if (!defs)
        return defs.error();
    std::ostringstream out;
    out << "id\tname (en)\tname (nl)\tbaseline\tperiod\trules\tfilter\n";
    for (const auto& d : *defs)
        out << d.id << '\t' << d.nameEn << '\t' << d.nameNl << '\t' << d.levels.baselineMonths << '\t'
            << d.levels.periodMonths << '\t' << formatAlertRules(d.rules) << '\t' << canonicalJson(d.filter) << '\n';
    out << defs->size() << " indicator(s)\n";
    return out.str();
}

Result<std::string> showIndicator(Admin& admin, const std::string& id, const std::string& asOf, std::int64_t k,
                                  std::int64_t now)
{
    BoardPolicy policy;
    policy.rule.k = k;
    int month = IndicatorRegister::lastSettled(now, policy.settleMonths);
    if (!asOf.empty()) {
        auto parsed = monthIndex(asOf);
        if (!parsed)
            return Error{"--as-of: expected YYYY-MM", ErrorKind::Invalid};
        month = *parsed;
    }
    auto board = IndicatorRegister(admin.cases()).board(month, policy, now);
    if (!board)
        return board.error();
    const auto s = std::find_if(board->series.begin(), board->series.end(),
                                [&](const IndicatorSeries& series) { return series.id == id; });
    if (s == board->series.end())
        return Error{"no indicator " + id + " in force", ErrorKind::NotFound};
    std::ostringstream out;
    out << id << " as of " << monthText(month) << " (k = " << threshold(policy.rule) << ")\n";
    out << "month\treports\tlevels (+1/+2/+3 sd)\talert\n";
    for (std::size_t m = 0; m < s->status.size(); ++m) {
        out << monthText(s->firstMonth + static_cast<int>(m)) << '\t';
        if (const auto v = s->published(m))
            out << *v;
        else
            out << (s->status[m] == CellStatus::Primary ? primaryLabel(policy.rule) : std::string(kSecondaryLabel));
        out << '\t';
        if (const auto& l = s->levels[m])
            out << fixed(l->level(1)) << " / " << fixed(l->level(2)) << " / " << fixed(l->level(3));
        else
            out << "too few reports for alert levels";
        out << '\t' << (s->fired[m] ? formatAlertRules({*s->fired[m]}) : "-") << '\n';
    }
    return out.str();
}

} // namespace vigil::registry
