// SPDX-License-Identifier: EUPL-1.2
// vigil-admin role grant|revoke|list: who coordinates measures, commands or inspects, for which
// unit (docs/pdca.md, "Roles"). A grant or revoke takes effect at once and is audited, and the
// signed authorities are renewed after it.

#include "pdcacommands.h"
#include "authoritiesadmin.h"
#include "measureadmin.h"

#include <memory>

namespace vigil::registry {

namespace {

struct RoleArgs {
    std::string member, role, unit;
};

} // namespace

void addRoleCommands(AdminCommands& commands)
{
    auto a = std::make_shared<RoleArgs>();
    auto* roleCmd = commands.app().add_subcommand("role", "measures, commander and inspectorate roles of members");
    roleCmd->require_subcommand(1);
    auto* grant = roleCmd->add_subcommand("grant", "give a member a role for a unit and everything below it");
    auto* revoke = roleCmd->add_subcommand("revoke", "take a granted role away");
    for (auto* cmd : {grant, revoke}) {
        cmd->add_option("--member", a->member, "member id")->required();
        cmd->add_option("--role", a->role, "measures|commander|inspectorate")
            ->required()
            ->check(enumValidator<MeasureRole>());
        cmd->add_option("--unit", a->unit, "unit id (default: the whole organisation)");
    }
    auto* list = roleCmd->add_subcommand("list", "every role: granted ones and those of commander and inspectorate groups");

    auto grantOf = [a] { return RoleGrant{a->member, asEnum(a->role, MeasureRole::Inspectorate), a->unit}; };
    commands.onAdmin(grant, [grantOf](Admin& admin) {
        const auto now = nowSeconds();
        return report(thenPublishAuthorities(grantRole(admin, grantOf(), now), admin, now));
    });
    commands.onAdmin(revoke, [grantOf](Admin& admin) {
        const auto now = nowSeconds();
        return report(thenPublishAuthorities(revokeRole(admin, grantOf(), now), admin, now));
    });
    commands.onAdmin(list, [](Admin& admin) { return report(listRoles(admin)); });
}

} // namespace vigil::registry
