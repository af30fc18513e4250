// SPDX-License-Identifier: EUPL-1.2
#include "routing.h"

#include <algorithm>
#include <set>

namespace vigil {

namespace {

/// Severity I is the worst, so "at or above II" means I or II.
bool meetsSeverity(Severity actual, Severity threshold)
{
    if (threshold == Severity::None)
        return true;
    return actual != Severity::None && static_cast<int>(actual) <= static_cast<int>(threshold);
}

bool meetsImpact(const RouteQuery& q, ImpactLevel threshold)
{
    if (threshold == ImpactLevel::None)
        return true;
    return q.immediateDanger || static_cast<int>(q.impact) >= static_cast<int>(threshold);
}

const Group* nearestGroup(const Directory& d, GroupKind kind, std::string unit)
{
    for (std::size_t steps = 0; steps <= d.units.size() + 1; ++steps) {
        for (const auto& g : d.groups)
            if (g.kind == kind && g.unit == unit)
                return &g;
        if (unit.empty())
            return nullptr;
        const Unit* u = d.unit(unit);
        unit = u != nullptr ? u->parent : std::string();
    }
    return nullptr;
}

} // namespace

RouteQuery routeQueryFor(const RoutingHeader& h)
{
    return RouteQuery{domainOf(h.kind), h.severity, h.impact, h.immediateDanger, h.consentCommander, h.unit};
}

bool ruleApplies(const RouteRule& rule, const RouteQuery& q)
{
    return rule.domain == q.domain && meetsSeverity(q.severity, rule.minSeverity) && meetsImpact(q, rule.minImpact)
        && (!rule.consentRequired || q.consentCommander);
}

std::vector<const Group*> resolveGroups(const Directory& d, const RouteQuery& q)
{
    std::vector<const Group*> out;
    for (const auto& rule : d.routes) {
        if (!ruleApplies(rule, q))
            continue;
        const Group* g = nearestGroup(d, rule.target, q.unit);
        if (g != nullptr && std::find(out.begin(), out.end(), g) == out.end())
            out.push_back(g);
    }
    return out;
}

Result<std::vector<Recipient>> recipientsFor(std::span<const Group* const> groups,
                                             std::span<const std::string> excludedMemberIds)
{
    std::vector<Recipient> out;
    std::set<std::string> seen(excludedMemberIds.begin(), excludedMemberIds.end());
    for (const Group* g : groups)
        for (const auto& m : g->members)
            if (seen.insert(m.id).second)
                out.push_back(Recipient{m.id, m.boxKey});
    if (out.empty())
        return Error{"routing: no recipient is left to read this report (check the directory and exclusions)"};
    return out;
}

Result<std::vector<Recipient>> followUpRecipients(const Directory& directory, const RoutingHeader& original)
{
    std::vector<Recipient> out;
    for (const auto& id : original.recipients) {
        const Member* found = nullptr;
        for (const auto& gid : original.groups)
            if (const Group* g = directory.group(gid); g && !found)
                for (const auto& m : g->members)
                    if (m.id == id)
                        found = &m;
        if (found)
            out.push_back(Recipient{found->id, found->boxKey});
    }
    if (out.empty())
        return Error{"nobody who read this report is in the directory any more"};
    return out;
}

} // namespace vigil
