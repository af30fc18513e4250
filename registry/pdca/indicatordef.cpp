// SPDX-License-Identifier: EUPL-1.2
#include "indicatordef.h"

#include <algorithm>
#include <numeric>

namespace vigil::registry {
namespace {

Error invalid(const IndicatorDef& def, std::string what)
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
        return invalid(def, "the id is 1 to 64 of a-z, 0-9 and '-'");
    if (def.nameNl.empty() || def.nameNl.size() > 120 || def.nameEn.empty() || def.nameEn.size() > 120)
        return invalid(def, "a Dutch and an English name of 1 to 120 bytes are required");
    if (def.levels.baselineMonths < 6 || def.levels.baselineMonths > 36)
        return invalid(def, "the baseline is 6 to 36 months");
    if (def.levels.periodMonths != 1 && def.levels.periodMonths != 3 && def.levels.periodMonths != 6
        && def.levels.periodMonths != 12)
        return invalid(def, "the period is 1 (a rolling baseline), 3, 6 or 12 months");
    if (def.rules.empty())
        return invalid(def, "at least one alert rule is required");
    if (auto parsed = parseAlertRules(formatAlertRules(def.rules)); !parsed)
        return invalid(def, parsed.error().message);
    if (def.followUpDays < 1 || def.followUpDays > 365)
        return invalid(def, "an alert is followed up within 1 to 365 days");
    if (def.target)
        return invalid(def, "a count of reports has no target: a target on reporting discourages reporting "
                            "(targets are for handling indicators)");
    return {};
}

Result<std::vector<IndicatorFamily>> familiesOf(const std::vector<IndicatorDef>& defs, const UnitTree& tree)
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
                return Error{"indicators " + defs[a].id + " and " + defs[b].id + " count the same reports",
                             ErrorKind::Invalid};
            if (o == Overlap::Partial)
                return Error{"indicators " + defs[a].id + " and " + defs[b].id
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
            return Error{"indicators " + defs[group[0]].id + " and " + defs[group[1]].id
                             + " overlap, but no indicator of theirs contains all the others",
                         ErrorKind::Invalid};
        IndicatorFamily family{*whole, {}};
        for (const std::size_t m : group) {
            if (m == *whole)
                continue;
            for (const std::size_t other : family.parts)
                if (overlap[m][other] != Overlap::Disjoint)
                    return Error{"indicators " + defs[other].id + " and " + defs[m].id + " both lie inside "
                                     + defs[*whole].id
                                     + " and overlap: the parts of one indicator must share no report",
                                 ErrorKind::Invalid};
            family.parts.push_back(m);
        }
        families.push_back(std::move(family));
    }
    return families;
}

} // namespace vigil::registry
