// SPDX-License-Identifier: EUPL-1.2
#include "riskadmin.h"

#include "registry/pdca/measureclocks.h"
#include "registry/pdca/measurepolicy.h"
#include "registry/pdca/pdcaclocks.h"
#include "registry/pdca/riskdesk.h"
#include "registry/pdca/riskpolicy.h"
#include "registry/pdca/sqlriskstore.h"

#include <sstream>

namespace vigil::registry {

namespace {

std::string rolesText(const std::vector<MeasureRole>& roles)
{
    std::string out;
    for (auto r : roles)
        out += (out.empty() ? "" : ",") + std::string(enumName(r));
    return out;
}

std::string ruleText(const AcceptanceRule& rule)
{
    return std::string(enumName(rule.level)) + "\t"
           + (rule.maxDepth ? "echelon " + std::to_string(*rule.maxDepth) + " or higher" : "the scope unit or above")
           + "\t" + rolesText(rule.roles);
}

std::string cellText(const std::optional<MatrixCell>& c)
{
    if (!c)
        return "-";
    return std::string(enumName(c->severity)) + "-" + std::string(enumName(c->probability)) + " "
           + std::string(enumName(levelOf(*c)));
}

std::string scopeText(const std::string& unit)
{
    return unit.empty() ? "(all)" : unit;
}

} // namespace

Result<std::string> setAcceptanceRule(Admin& admin, RiskLevel level, std::optional<int> maxDepth,
                                      const std::vector<MeasureRole>& roles, std::int64_t now)
{
    if (level == RiskLevel::Eliminated)
        return Error{"--level: expected high, serious, medium or low (an eliminated risk follows low's rule)"};
    if (maxDepth && (*maxDepth < 0 || *maxDepth > 32))
        return Error{"--max-depth: expected an echelon from 0 (the top) to 32, got " + std::to_string(*maxDepth)};
    for (auto r : roles)
        if (r == MeasureRole::Inspectorate)
            return Error{"--roles: the inspectorate accepts no risk; expected commander and/or measures"};
    auto policy = acceptancePolicy(admin.org());
    if (!policy)
        return policy.error();
    AcceptanceRule rule{level, maxDepth, roles.empty() ? std::vector{MeasureRole::Commander} : roles};
    AcceptancePolicy next;
    for (RiskLevel l : {RiskLevel::High, RiskLevel::Serious, RiskLevel::Medium, RiskLevel::Low})
        next.rules.push_back(l == level ? rule : policy->ruleFor(l));
    const std::string text = encodeAcceptancePolicy(next);
    Status s = admin.cases().writeAudited([&](Db db, AuditEntry& audit) -> Status {
        if (auto r = OrgStore::putSetting(db, kAcceptanceSetting, text); !r)
            return r;
        audit = AuditEntry{0, now, "admin", "pdca.policy", "risks", "pdca.acceptance " + ruleText(rule), {}, {}};
        return {};
    });
    if (!s)
        return s.error();
    return showAcceptancePolicy(admin);
}

Result<std::string> showAcceptancePolicy(Admin& admin)
{
    auto policy = acceptancePolicy(admin.org());
    if (!policy)
        return policy.error();
    std::ostringstream out;
    out << "level\twho may accept\troles\n";
    for (RiskLevel l : {RiskLevel::High, RiskLevel::Serious, RiskLevel::Medium, RiskLevel::Low})
        out << ruleText(policy->ruleFor(l)) << '\n';
    return out.str();
}

Result<std::string> listRisks(Admin& admin, std::int64_t now)
{
    auto clockPolicy = measureClockPolicy(admin.org());
    if (!clockPolicy)
        return clockPolicy.error();
    SqlRiskStore store(admin.cases());
    auto all = RiskDesk(store).all();
    if (!all)
        return all.error();
    std::ostringstream out;
    out << "risk\tstate\tinitial\tresidual\tscope\treview due\treview clock\thazard\n";
    for (const auto& r : *all) {
        const auto review = reviewClock(r, now, *clockPolicy);
        out << r.id << '\t' << enumName(r.state) << '\t' << cellText(r.initial) << '\t' << cellText(r.residual) << '\t'
            << scopeText(r.unit) << '\t' << (r.reviewDue ? dateOf(*r.reviewDue) : "-") << '\t'
            << (review ? std::string(enumName(*review)) : "-") << '\t' << r.hazard << '\n';
    }
    out << all->size() << " risk(s)\n";
    return out.str();
}

Result<std::string> showRisk(Admin& admin, std::int64_t id, std::int64_t now)
{
    auto clockPolicy = measureClockPolicy(admin.org());
    if (!clockPolicy)
        return clockPolicy.error();
    SqlRiskStore store(admin.cases());
    auto r = RiskDesk(store).find(id);
    if (!r)
        return r.error();
    const auto review = reviewClock(*r, now, *clockPolicy);
    std::ostringstream out;
    out << "risk " << r->id << ": " << r->hazard << "\nstate: " << enumName(r->state) << "\ndomain: "
        << enumName(r->domain) << "\nscope: " << scopeText(r->unit)
        << "\ncategory: " << (r->category ? std::string(enumName(*r->category)) : "-")
        << "\ninitial: " << cellText(r->initial) << "\nresidual: " << cellText(r->residual)
        << (r->residualBy ? " (by " + *r->residualBy + " on " + dateOf(r->residualAt.value_or(0)) + ")" : "")
        << "\nreview due: " << (r->reviewDue ? dateOf(*r->reviewDue) + " (" + std::string(enumName(*review)) + ")" : "-")
        << "\nrecorded: " << r->createdBy << " on " << dateOf(r->createdAt) << "\ncases:";
    for (auto c : r->cases)
        out << ' ' << c;
    out << "\nmeasures:";
    for (auto m : r->measures)
        out << ' ' << m;
    out << "\ndecisions:\n";
    for (const auto& d : r->decisions)
        out << "  " << dateOf(d.at) << ' ' << enumName(d.kind) << ' ' << cellText(d.residual) << " by " << d.member
            << " as " << enumName(d.acceptor.role) << " of " << scopeText(d.acceptor.unit) << " (echelon "
            << d.acceptor.roleDepth << ", required " << d.acceptor.requiredDepth << ")"
            << (d.reviewDue ? ", review " + dateOf(*d.reviewDue) : "")
            << (d.authoritiesSerial ? ", under authorities " + std::to_string(*d.authoritiesSerial) : "") << '\n';
    out << "\ndescription:\n" << r->description << "\n";
    if (!r->residualNote.empty())
        out << "\nresidual risk rests on:\n" << r->residualNote << "\n";
    if (!r->closeReason.empty())
        out << "\nclosed because:\n" << r->closeReason << "\n";
    if (!r->reopenReason.empty())
        out << "\nreopened because:\n" << r->reopenReason << "\n";
    return out.str();
}

} // namespace vigil::registry
