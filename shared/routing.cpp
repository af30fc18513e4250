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

/// The unit a report without one is routed from: the top of the tree (the first unit without
/// a parent), so "I'd rather not say" reaches the organisation-level groups.
std::string topUnit(const Directory& d)
{
    for (const auto& u : d.units)
        if (u.parent.empty())
            return u.id;
    return {};
}

/// The group of `kind` nearest to `unit` that has someone to read the report: the unit's own,
/// then its parents', then an organisation-wide one (unit ""). A group without members is
/// passed over as if it did not exist — routing to it would reach nobody.
const Group* groupAt(const Directory& d, GroupKind kind, const std::string& unit)
{
    for (const auto& g : d.groups)
        if (g.kind == kind && g.unit == unit && !g.members.empty())
            return &g;
    return nullptr;
}

const Group* nearestGroup(const Directory& d, GroupKind kind, std::string unit)
{
    if (unit.empty())
        unit = topUnit(d);
    for (std::size_t steps = 0; steps <= d.units.size() + 1; ++steps) {
        if (const Group* g = groupAt(d, kind, unit))
            return g;
        if (unit.empty())
            return nullptr;
        const Unit* u = d.unit(unit);
        unit = u != nullptr ? u->parent : std::string();
    }
    // Only a cycle in the tree (the decoder refuses one; never trusted here) gets this far: the
    // organisation-wide groups still count.
    return groupAt(d, kind, std::string());
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
    if (out.empty())
        if (const Group* g = fallbackGroup(d, q.unit))
            out.push_back(g);
    return out;
}

const Group* fallbackGroup(const Directory& d, const std::string& unit)
{
    for (GroupKind kind : kFallbackKinds)
        if (const Group* g = nearestGroup(d, kind, unit))
            return g;
    return nullptr;
}

std::vector<RouteQuery> unroutableReports(const Directory& d)
{
    std::vector<std::string> units{std::string()};
    for (const auto& u : d.units)
        units.push_back(u.id);
    std::vector<RouteQuery> out;
    for (Domain domain : {Domain::Physical, Domain::Social, Domain::Integrity})
        for (Severity severity : {Severity::None, Severity::I, Severity::II, Severity::III, Severity::IV})
            for (ImpactLevel impact : {ImpactLevel::None, ImpactLevel::Limited, ImpactLevel::Substantial, ImpactLevel::Severe})
                for (bool danger : {false, true})
                    for (bool consent : {false, true})
                        for (const auto& unit : units) {
                            RouteQuery q{domain, severity, impact, danger, consent, unit};
                            // nearestGroup only returns groups with members: none means nobody.
                            if (resolveGroups(d, q).empty())
                                out.push_back(std::move(q));
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
