// SPDX-License-Identifier: EUPL-1.2
#include "indicatordef.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

namespace vigil::registry {
namespace {

Error invalidDef(const IndicatorDef& def, std::string what)
{
    return Error{"indicator " + (def.id.empty() ? std::string("(no id)") : def.id) + ": " + std::move(what),
                 ErrorKind::Invalid};
}

bool isId(const std::string& id)
{
    return !id.empty() && id.size() <= 64 && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

// The union-find root of `i`.
std::size_t root(std::vector<std::size_t>& parent, std::size_t i)
{
    while (parent[i] != i)
        i = parent[i] = parent[parent[i]];
    return i;
}

} // namespace

Status validate(const IndicatorDef& def)
{
    if (!isId(def.id))
        return invalidDef(def, "the id is 1 to 64 of a-z, 0-9 and '-'");
    if (def.nameNl.empty() || def.nameNl.size() > 120 || def.nameEn.empty() || def.nameEn.size() > 120)
        return invalidDef(def, "a Dutch and an English name of 1 to 120 bytes are required");
    if (def.levels.baselineMonths < 6 || def.levels.baselineMonths > 36)
        return invalidDef(def, "the baseline is 6 to 36 months");
    if (def.levels.periodMonths != 1 && def.levels.periodMonths != 3 && def.levels.periodMonths != 6
        && def.levels.periodMonths != 12)
        return invalidDef(def, "the period is 1 (a rolling baseline), 3, 6 or 12 months");
    if (def.rules.empty())
        return invalidDef(def, "at least one alert rule is required");
    if (auto parsed = parseAlertRules(formatAlertRules(def.rules)); !parsed)
        return invalidDef(def, parsed.error().message);
    if (def.followUpDays < 1 || def.followUpDays > 365)
        return invalidDef(def, "an alert is followed up within 1 to 365 days");
    const bool reports = countsReports(def.measure);
    if (def.target && reports)
        return invalidDef(def, std::string(kNoReportTarget));
    if (def.target && def.measure == IndicatorMeasure::RetaliationSignals)
        return invalidDef(def, std::string(kNoRetaliationTarget));
    if (def.target && !std::isfinite(def.target->value))
        return invalidDef(def, "the target is a number");
    if (def.target && def.target->value < 0)
        return invalidDef(def, "the target is not negative");
    const bool isShare = def.measure == IndicatorMeasure::WithinClock || def.measure == IndicatorMeasure::MeasuresOnTime;
    if (def.target && isShare && def.target->value > 1)
        return invalidDef(def, "a share's target is a fraction from 0 to 1 (0.9 for 90 %)");
    const bool twoTerms = def.measure == IndicatorMeasure::Ratio || def.measure == IndicatorMeasure::Share;
    if (twoTerms != def.denominator.has_value())
        return invalidDef(def, twoTerms ? "a ratio or share needs a denominator"
                                     : "only a ratio or share has a denominator");
    if (!reports && !(def.filter == CubeFilter{}))
        return invalidDef(def, "a handling indicator (within_clock, median_days, measures_on_time) and retaliation_signals "
                            "are organisation-wide: they take no unit, kind, category, mode or level");
    if (def.measure == IndicatorMeasure::WithinClock && (def.withinDays < 1 || def.withinDays > 28))
        return invalidDef(def, "within_clock counts within 1 to 28 days (a month settles one month later)");
    if (def.measure != IndicatorMeasure::WithinClock && def.withinDays != 0)
        return invalidDef(def, "only within_clock takes a number of days");
    return {};
}

std::string describe(const IndicatorDef& def)
{
    std::string out;
    switch (def.measure) {
    case IndicatorMeasure::Count: out = canonicalJson(def.filter); break;
    case IndicatorMeasure::Ratio:
    case IndicatorMeasure::Share:
        out = std::string(enumName(def.measure)) + " " + canonicalJson(def.filter)
              + (def.measure == IndicatorMeasure::Ratio ? " / " : " of ")
              + (def.denominator ? canonicalJson(*def.denominator) : std::string("?"));
        break;
    case IndicatorMeasure::WithinClock:
        out = "within_clock " + std::string(enumName(def.clock)) + " < " + std::to_string(def.withinDays) + " days";
        break;
    case IndicatorMeasure::MedianDays: out = "median_days " + std::string(enumName(def.clock)); break;
    case IndicatorMeasure::MeasuresOnTime: out = "measures_on_time"; break;
    case IndicatorMeasure::RetaliationSignals: out = "retaliation_signals"; break;
    }
    out += " rules " + formatAlertRules(def.rules);
    if (def.levels.direction == AlertDirection::Down)
        out += " on a fall";
    if (def.target) {
        char value[32];
        std::snprintf(value, sizeof value, "%g", def.target->value);
        out += " target " + std::string(enumName(def.target->direction)) + " " + value;
    }
    return out;
}

AlertDirection defaultDirection(IndicatorMeasure measure)
{
    return measure == IndicatorMeasure::WithinClock || measure == IndicatorMeasure::MeasuresOnTime
               ? AlertDirection::Down
               : AlertDirection::Up;
}

bool countsReports(IndicatorMeasure measure)
{
    return measure == IndicatorMeasure::Count || measure == IndicatorMeasure::Ratio || measure == IndicatorMeasure::Share;
}

bool isWholeCount(IndicatorMeasure measure)
{
    return measure == IndicatorMeasure::Count || measure == IndicatorMeasure::RetaliationSignals;
}

std::vector<IndicatorTerm> termsOf(const std::vector<IndicatorDef>& defs)
{
    std::vector<IndicatorTerm> terms;
    for (const auto& def : defs) {
        if (def.measure == IndicatorMeasure::Count)
            terms.push_back({def.id, def.filter});
        else if (def.denominator) {
            terms.push_back({def.id + "/numerator", def.filter});
            terms.push_back({def.id + "/denominator", *def.denominator});
        }
    }
    return terms;
}

Result<std::vector<IndicatorFamily>> familiesOf(const std::vector<IndicatorDef>& defs, const UnitTree& tree)
{
    auto layout = layoutOf(defs, tree);
    if (!layout)
        return layout.error();
    return std::move(layout->families);
}

namespace {

// The two terms of one ratio or share must relate as the measure says.
Status checkTerms(const IndicatorDef& def, const UnitTree& tree)
{
    if (!def.denominator)
        return {};
    const Overlap o = overlapOf(def.filter, *def.denominator, tree);
    if (def.measure == IndicatorMeasure::Share && o != Overlap::Within)
        return invalidDef(def, "a share's numerator lies inside its denominator and is smaller (the anonymous reports "
                            "among all reports)");
    if (def.measure == IndicatorMeasure::Ratio && o != Overlap::Disjoint)
        return invalidDef(def, "a ratio's numerator and denominator share no report (near misses per accident); "
                            "for a part of a whole use a share");
    return {};
}

// A count's term is named by its indicator alone; a ratio's or share's carries "/".
bool isCount(const std::string& termName) { return termName.find('/') == std::string::npos; }

Result<std::vector<IndicatorFamily>> familiesOfTerms(const std::vector<IndicatorTerm>& defs, const UnitTree& tree)
{
    const std::size_t n = defs.size();
    std::vector<std::size_t> parent(n);
    std::iota(parent.begin(), parent.end(), 0);
    std::vector<std::vector<Overlap>> overlap(n, std::vector<Overlap>(n, Overlap::Disjoint));
    for (std::size_t a = 0; a < n; ++a) {
        for (std::size_t b = a + 1; b < n; ++b) {
            const Overlap o = overlapOf(defs[a].filter, defs[b].filter, tree);
            overlap[a][b] = o;
            overlap[b][a] = o == Overlap::Contains ? Overlap::Within : o == Overlap::Within ? Overlap::Contains : o;
            if (o == Overlap::Same)
                return Error{"indicators " + defs[a].name + " and " + defs[b].name + " count the same reports",
                             ErrorKind::Invalid};
            if (o == Overlap::Partial)
                return Error{"indicators " + defs[a].name + " and " + defs[b].name
                                 + " overlap in part: their differences would reveal hidden months; make one "
                                   "contain the other or let them share no report",
                             ErrorKind::Invalid};
            if (o != Overlap::Disjoint)
                parent[root(parent, a)] = root(parent, b);
        }
    }

    std::vector<std::vector<std::size_t>> members(n);
    for (std::size_t i = 0; i < n; ++i)
        members[root(parent, i)].push_back(i);
    std::vector<IndicatorFamily> families;
    for (const auto& group : members) {
        if (group.empty())
            continue;
        // The union contains every other member; the rest must share no report pairwise.
        const auto whole = std::find_if(group.begin(), group.end(), [&](std::size_t u) {
            return std::all_of(group.begin(), group.end(),
                               [&](std::size_t m) { return m == u || overlap[u][m] == Overlap::Contains; });
        });
        if (whole == group.end())
            return Error{"indicators " + defs[group[0]].name + " and " + defs[group[1]].name
                             + " overlap, but no indicator of theirs contains all the others",
                         ErrorKind::Invalid};
        IndicatorFamily family{*whole, {}};
        for (const std::size_t m : group) {
            if (m == *whole)
                continue;
            for (const std::size_t other : family.parts)
                if (overlap[m][other] != Overlap::Disjoint)
                    return Error{"indicators " + defs[other].name + " and " + defs[m].name + " both lie inside "
                                     + defs[*whole].name
                                     + " and overlap: the parts of one indicator must share no report",
                                 ErrorKind::Invalid};
            family.parts.push_back(m);
        }
        families.push_back(std::move(family));
    }
    return families;
}

} // namespace

Result<TermLayout> layoutOf(const std::vector<IndicatorDef>& defs, const UnitTree& tree)
{
    for (const auto& def : defs)
        if (auto s = checkTerms(def, tree); !s)
            return s.error();
    const std::vector<IndicatorTerm> terms = termsOf(defs);
    TermLayout layout;
    for (const IndicatorTerm& term : terms) {
        std::size_t at = 0;
        while (at < layout.series.size() && overlapOf(term.filter, layout.series[at].filter, tree) != Overlap::Same)
            ++at;
        if (at == layout.series.size()) {
            layout.series.push_back(term);
            layout.names.emplace_back();
        } else if (isCount(term.name)
                   && std::any_of(layout.names[at].begin(), layout.names[at].end(), isCount)) {
            // Two count indicators of the same reports would be one figure under two names.
            return Error{"indicators " + layout.names[at].front() + " and " + term.name + " count the same reports",
                         ErrorKind::Invalid};
        }
        layout.names[at].push_back(term.name);
        layout.seriesOfTerm.push_back(at);
    }
    auto families = familiesOfTerms(layout.series, tree);
    if (!families)
        return families.error();
    layout.families = std::move(*families);
    return layout;
}

} // namespace vigil::registry
