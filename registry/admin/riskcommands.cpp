// SPDX-License-Identifier: EUPL-1.2
// vigil-admin risk policy set|show, risk list|show: who may accept a risk of each level
// (docs/pdca.md, "Who accepts a risk"), and the risk register, read-only (members record and
// decide risks; the operator sets the policy and reads along).

#include "pdcacommands.h"
#include "authoritiesadmin.h"
#include "riskadmin.h"

#include <memory>
#include <optional>

namespace vigil::registry {

namespace {

struct RiskArgs {
    std::string level;
    std::optional<int> maxDepth;
    std::vector<std::string> roles;
    std::int64_t id = 0;
};

} // namespace

void addRiskCommands(AdminCommands& commands)
{
    auto a = std::make_shared<RiskArgs>();
    auto* riskCmd = commands.app().add_subcommand("risk", "the risk register (read-only) and its acceptance policy");
    riskCmd->require_subcommand(1);
    auto* policy = riskCmd->add_subcommand("policy", "who may accept a risk of each level");
    policy->require_subcommand(1);
    auto* set = policy->add_subcommand("set", "set the rule of one level (the others stay)");
    set->add_option("--level", a->level, "high|serious|medium|low")->required()->check(enumValidator<RiskLevel>());
    set->add_option("--max-depth", a->maxDepth,
                    "the deepest echelon that may accept (0 = the top unit); left out: the risk's own scope unit");
    set->add_option("--roles", a->roles, "commander and/or measures (default: commander)")
        ->check(enumValidator<MeasureRole>());
    auto* show = policy->add_subcommand("show", "the acceptance policy in force");
    auto* list = riskCmd->add_subcommand("list", "every risk with its levels and review clock");
    auto* one = riskCmd->add_subcommand("show", "one risk in full, with its decisions");
    one->add_option("id", a->id, "risk number (see `risk list`)")->required();

    commands.onAdmin(set, [a](Admin& admin) {
        std::vector<MeasureRole> roles;
        for (const auto& r : a->roles)
            roles.push_back(asEnum(r, MeasureRole::Commander));
        const auto now = nowSeconds();
        return report(thenPublishAuthorities(
            setAcceptanceRule(admin, asEnum(a->level, RiskLevel::High), a->maxDepth, roles, now), admin, now));
    });
    commands.onAdmin(show, [](Admin& admin) { return report(showAcceptancePolicy(admin)); });
    commands.onAdmin(list, [](Admin& admin) { return report(listRisks(admin, nowSeconds())); });
    commands.onAdmin(one, [a](Admin& admin) { return report(showRisk(admin, a->id, nowSeconds())); });
}

} // namespace vigil::registry
