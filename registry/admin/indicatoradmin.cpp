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

// Levels of a count to 0.1; values and levels of a ratio, share or median to 0.001.
std::string precise(double v)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.3f", v);
    return buffer;
}

} // namespace

Result<std::string> defineIndicator(Admin& admin, const IndicatorDef& def, std::int64_t now)
{
    if (auto s = IndicatorRegister(admin.cases()).define(def, "admin", now); !s)
        return s.error();
    return "indicator " + def.id + " defined: " + describe(def) + "\n";
}

Result<std::string> retireIndicator(Admin& admin, const std::string& id, std::int64_t now)
{
    if (auto s = IndicatorRegister(admin.cases()).retire(id, "admin", now); !s)
        return s.error();
    return "indicator " + id + " retired: later boards leave it out\n";
}

Result<std::string> freezeIndicator(Admin& admin, const std::string& id, std::int64_t now)
{
    auto last = IndicatorRegister(admin.cases()).freeze(id, "admin", now, BoardPolicy{}.settleMonths);
    if (!last)
        return last.error();
    return "indicator " + id + " frozen after " + *last + ": no later month or alert; its history stays\n";
}

Result<std::string> listIndicators(Admin& admin)
{
    auto defs = IndicatorRegister(admin.cases()).active();
    if (!defs)
        return defs.error();
    std::ostringstream out;
    out << "id\tmeasure\tname (en)\tname (nl)\tbaseline\tperiod\tdefinition\n";
    for (const auto& d : *defs)
        out << d.id << '\t' << enumName(d.measure) << '\t' << d.nameEn << '\t' << d.nameNl << '\t'
            << d.levels.baselineMonths << '\t' << d.levels.periodMonths << '\t' << describe(d)
            << (d.frozenAfter ? " frozen after " + monthText(*d.frozenAfter) : std::string()) << '\n';
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
    const IndicatorDef& def = board->indicators[static_cast<std::size_t>(s - board->series.begin())];
    out << id << " as of " << monthText(month) << " (k = " << threshold(policy.rule) << "): " << describe(def) << '\n';
    if (countsReports(def.measure) && def.measure != IndicatorMeasure::Count)
        out << "a ratio or share is published only when both its counts are\n";
    else if (def.measure == IndicatorMeasure::RetaliationSignals)
        out << "retaliation signals are published per quarter once it has settled, suppressed against its total\n";
    else if (!countsReports(def.measure))
        out << "a handling figure is published only over at least k cases (or measures)\n";
    const auto figure = [&](double v) { return isWholeCount(def.measure) ? fixed(v) : precise(v); };
    if (def.frozenAfter)
        out << "frozen after " << monthText(*def.frozenAfter) << ": no later month is published or alerted\n";
    const bool fall = def.levels.direction == AlertDirection::Down;
    out << "month\tvalue\tlevels (" << (fall ? "-1/-2/-3" : "+1/+2/+3") << " sd)\talert" << (def.target ? "\ttarget" : "") << '\n';
    for (std::size_t m = 0; m < s->status.size(); ++m) {
        if (def.frozenAfter && s->firstMonth + static_cast<int>(m) > *def.frozenAfter)
            break;
        out << monthText(s->firstMonth + static_cast<int>(m)) << '\t';
        if (s->status[m] != CellStatus::Published)
            out << (s->status[m] == CellStatus::Primary ? primaryLabel(policy.rule) : std::string(kSecondaryLabel));
        else if (isWholeCount(def.measure) && s->value(m))
            out << s->counts[m];
        else if (const auto v = s->value(m))
            out << figure(*v) << " (" << s->counts[m]
                << (def.measure == IndicatorMeasure::MedianDays ? std::string(" cases") : " / " + std::to_string(s->bases[m]))
                << ')';
        else
            out << '-';
        out << '\t';
        if (const auto& l = s->levels[m])
            out << figure(l->level(1)) << " / " << figure(l->level(2)) << " / " << figure(l->level(3));
        else
            out << "too few reports for alert levels";
        out << '\t' << (s->fired[m] ? formatAlertRules({*s->fired[m]}) : "-");
        if (def.target)
            out << '\t' << (s->offTarget[m] ? "off target" : "-");
        out << '\n';
    }
    return out.str();
}

} // namespace vigil::registry
