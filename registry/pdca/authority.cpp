// SPDX-License-Identifier: EUPL-1.2
#include "authority.h"

#include <algorithm>
#include <tuple>

namespace vigil::registry {

bool covers(const UnitTree& tree, const std::string& roleUnit, const std::string& unit)
{
    if (roleUnit.empty())
        return true;
    // Walk up from `unit`; the bound stops a cycle the tree should never have.
    std::string at = unit;
    for (std::size_t steps = 0; !at.empty() && steps <= tree.size(); ++steps) {
        if (at == roleUnit)
            return true;
        auto parent = tree.find(at);
        if (parent == tree.end())
            return false;
        at = parent->second;
    }
    return false;
}

std::vector<RoleGrant> rolesFromGroups(const std::string& member,
                                       const std::vector<std::pair<GroupKind, std::string>>& groups)
{
    std::vector<RoleGrant> out;
    for (const auto& [kind, unit] : groups) {
        if (kind == GroupKind::Commander)
            out.push_back({member, MeasureRole::Commander, unit});
        else if (kind == GroupKind::Inspectorate)
            out.push_back({member, MeasureRole::Inspectorate, unit});
    }
    return out;
}

namespace {

/// The member's measures or commander role covering `unit`, if any.
bool decides(const UnitTree& tree, const Actor& actor, const std::string& unit)
{
    return std::any_of(actor.roles.begin(), actor.roles.end(), [&](const RoleGrant& r) {
        return (r.role == MeasureRole::Measures || r.role == MeasureRole::Commander) && covers(tree, r.unit, unit);
    });
}

bool onlyInspects(const Actor& actor)
{
    return !actor.roles.empty() && std::all_of(actor.roles.begin(), actor.roles.end(), [](const RoleGrant& r) {
        return r.role == MeasureRole::Inspectorate;
    });
}

Error refused(std::string message)
{
    return Error{std::move(message), ErrorKind::Refused};
}

Error noRole(const Actor& actor, const std::string& unit, std::string_view what)
{
    if (onlyInspects(actor))
        return refused(actor.member + " holds the inspectorate role, which reads measures and changes none");
    return refused(std::string(what) + " needs a measures or commander role for " + unit
                   + " (or a unit above it); " + actor.member + " holds none");
}

bool handlesCase(const CaseStanding& c)
{
    return std::any_of(c.kinds.begin(), c.kinds.end(), [](GroupKind k) {
        return k == GroupKind::SafetyOfficer || k == GroupKind::ConfidentialAdvisor || k == GroupKind::IntegrityDesk;
    });
}

std::string stepName(MeasureState from, MeasureState to)
{
    switch (to) {
    case MeasureState::Approved:
        return "approving a measure";
    case MeasureState::InProgress:
        return from == MeasureState::Implemented ? "reopening a measure" : "starting a measure";
    case MeasureState::Implemented:
        return "recording a measure as implemented";
    case MeasureState::Checked:
        return "checking a measure";
    case MeasureState::Cancelled:
        return "cancelling a measure";
    case MeasureState::Proposed:
        break;
    }
    return "this step";
}

} // namespace

Status mayPropose(const UnitTree& tree, const Actor& actor, const std::string& ownerUnit,
                  const std::vector<CaseStanding>& cases, std::string_view what)
{
    // A case the member does not hold is not named to it at all, as everywhere else.
    for (const auto& c : cases)
        if (!c.recipient)
            return Error{"no case " + std::to_string(c.caseId) + " for this member", ErrorKind::NotFound};
    if (decides(tree, actor, ownerUnit))
        return {};
    if (!cases.empty() && std::all_of(cases.begin(), cases.end(), handlesCase))
        return {};
    if (onlyInspects(actor))
        return refused(actor.member + " holds the inspectorate role, which reads measures and changes none");
    return refused(std::string(what) + " for " + (ownerUnit.empty() ? "the whole organisation" : ownerUnit)
                   + " needs a measures or commander role for it, or the cases it answers as their safety officer "
                     "or advisor; "
                   + actor.member + " has neither");
}

Status mayMove(const UnitTree& tree, const Actor& actor, const std::string& ownerUnit, const std::string& proposer,
               MeasureState from, MeasureState to)
{
    const bool isProposer = actor.member == proposer;
    // The two steps the proposer may take alone: withdraw its proposal, start approved work.
    if (isProposer && ((from == MeasureState::Proposed && to == MeasureState::Cancelled)
                       || (from == MeasureState::Approved && to == MeasureState::InProgress)))
        return {};
    if (!decides(tree, actor, ownerUnit))
        return noRole(actor, ownerUnit, stepName(from, to));
    if (isProposer)
        return refused("separation of duties: " + actor.member + " proposed this measure, so " + stepName(from, to)
                       + " is for another member with a measures or commander role for " + ownerUnit);
    return {};
}

bool maySee(const UnitTree& tree, const Actor& actor, const std::string& ownerUnit, const std::string& proposer,
            const std::vector<CaseStanding>& cases)
{
    if (actor.member == proposer)
        return true;
    if (std::any_of(actor.roles.begin(), actor.roles.end(),
                    [&](const RoleGrant& r) { return covers(tree, r.unit, ownerUnit); }))
        return true;
    return std::any_of(cases.begin(), cases.end(), [](const CaseStanding& c) { return c.recipient; });
}

namespace {

std::string unitName(const std::string& unit)
{
    return unit.empty() ? "the whole organisation" : unit;
}

/// How a refusal names a role: the measures role is the measures coordinator's.
std::string roleName(MeasureRole role)
{
    return role == MeasureRole::Measures ? "measures coordinator" : std::string(enumName(role));
}

std::string rolesText(const std::vector<MeasureRole>& roles)
{
    std::string out;
    for (std::size_t i = 0; i < roles.size(); ++i)
        out += (i == 0 ? "" : i + 1 == roles.size() ? " or " : ", ") + roleName(roles[i]);
    return out;
}

bool inRule(const AcceptanceRule& rule, MeasureRole role)
{
    return std::find(rule.roles.begin(), rule.roles.end(), role) != rule.roles.end();
}

} // namespace

int depth(const UnitTree& tree, const std::string& unit)
{
    int d = 0;
    std::string at = unit;
    // The bound stops a cycle the tree should never have.
    for (std::size_t steps = 0; !at.empty() && steps <= tree.size(); ++steps) {
        auto parent = tree.find(at);
        if (parent == tree.end() || parent->second.empty())
            return d;
        at = parent->second;
        ++d;
    }
    return d;
}

AcceptancePolicy defaultAcceptancePolicy()
{
    return AcceptancePolicy{{
        {RiskLevel::High, 0, {MeasureRole::Commander}},
        {RiskLevel::Serious, 1, {MeasureRole::Commander}},
        {RiskLevel::Medium, std::nullopt, {MeasureRole::Commander}},
        {RiskLevel::Low, std::nullopt, {MeasureRole::Commander, MeasureRole::Measures}},
    }};
}

AcceptanceRule AcceptancePolicy::ruleFor(RiskLevel level) const
{
    // An eliminated residual risk is confirmed as a low one would be accepted.
    const RiskLevel as = level == RiskLevel::Eliminated ? RiskLevel::Low : level;
    for (const auto& r : rules)
        if (r.level == as)
            return r;
    for (const auto& r : defaultAcceptancePolicy().rules)
        if (r.level == as)
            return r;
    return AcceptanceRule{};
}

AcceptanceCheck checkAcceptance(const AcceptancePolicy& policy, const UnitTree& tree, const Actor& actor,
                                const std::string& scopeUnit, RiskLevel level)
{
    const AcceptanceRule rule = policy.ruleFor(level);
    const int scopeDepth = depth(tree, scopeUnit);
    const int required = rule.maxDepth ? std::min(*rule.maxDepth, scopeDepth) : scopeDepth;
    AcceptanceCheck out;
    std::optional<Acceptor> nearest;   // the rule's role covering the scope closest to it, enough or not
    for (const auto& r : actor.roles) {
        if (!inRule(rule, r.role) || !covers(tree, r.unit, scopeUnit))
            continue;
        const Acceptor candidate{r.role, r.unit, depth(tree, r.unit), required};
        if (!nearest || candidate.roleDepth > nearest->roleDepth)
            nearest = candidate;
        if (candidate.roleDepth <= required && (!out.acceptor || candidate.roleDepth > out.acceptor->roleDepth))
            out.acceptor = candidate;
    }
    if (out.acceptor)
        return out;
    const std::string needs = "a " + std::string(enumName(level)) + " risk at " + unitName(scopeUnit) + " needs a "
                              + rolesText(rule.roles)
                              + (rule.maxDepth ? " at echelon " + std::to_string(required) + " or higher"
                                               : " of " + unitName(scopeUnit) + " or a unit above it");
    if (nearest) {
        out.shortfall = AcceptanceShortfall::AuthorityTooLow;
        out.reason = needs + "; " + actor.member + " is " + roleName(nearest->role) + " of " + unitName(nearest->unit)
                     + " (echelon " + std::to_string(nearest->roleDepth) + ")";
    } else {
        out.shortfall = AcceptanceShortfall::RoleRequired;
        out.reason = needs + "; " + actor.member + " holds no such role for it";
    }
    return out;
}

Result<Acceptor> mayAcceptRisk(const AcceptancePolicy& policy, const UnitTree& tree, const Actor& actor,
                               const std::string& scopeUnit, RiskLevel level)
{
    AcceptanceCheck c = checkAcceptance(policy, tree, actor, scopeUnit, level);
    if (c.acceptor)
        return *c.acceptor;
    return refused(std::move(c.reason));
}

Status mayManageRisk(const UnitTree& tree, const Actor& actor, const std::string& scopeUnit, std::string_view what)
{
    if (decides(tree, actor, scopeUnit))
        return {};
    if (onlyInspects(actor))
        return refused(actor.member + " holds the inspectorate role, which reads risks and changes none");
    return refused(std::string(what) + " needs a measures or commander role for " + unitName(scopeUnit)
                   + (scopeUnit.empty() ? "" : " (or a unit above it)") + "; " + actor.member + " holds none");
}

bool maySeeRisk(const UnitTree& tree, const Actor& actor, const std::string& scopeUnit, const std::string& creator,
                const std::vector<CaseStanding>& cases)
{
    if (std::any_of(actor.roles.begin(), actor.roles.end(),
                    [](const RoleGrant& r) { return r.role == MeasureRole::Inspectorate; }))
        return true;
    return maySee(tree, actor, scopeUnit, creator, cases);
}

std::vector<MeasureState> stepsFor(const UnitTree& tree, const Actor& actor, const std::string& ownerUnit,
                                   const std::string& proposer, MeasureState from)
{
    std::vector<MeasureState> steps;
    for (const MeasureState to : allowedNext(from))
        if (mayMove(tree, actor, ownerUnit, proposer, from, to))
            steps.push_back(to);
    return steps;
}

} // namespace vigil::registry
