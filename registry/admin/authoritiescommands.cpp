// SPDX-License-Identifier: EUPL-1.2
// vigil-admin authorities show|publish: the signed record of the PDCA roles and the acceptance
// policy (docs/pdca.md, "Roles"). Role grants, revokes and policy changes sign a new one
// themselves; `publish` is for when that step failed.

#include "authoritiesadmin.h"
#include "pdcacommands.h"

#include <memory>

namespace vigil::registry {

void addAuthoritiesCommands(AdminCommands& commands)
{
    auto json = std::make_shared<bool>(false);
    auto* cmd = commands.app().add_subcommand("authorities", "the signed record of PDCA roles and who accepts risks");
    cmd->require_subcommand(1);
    auto* show = cmd->add_subcommand("show", "the newest signed authorities, verified against their directory");
    show->add_flag("--json", *json, "print the signed JSON payload");
    auto* publish = cmd->add_subcommand("publish", "sign the roles and policy as they stand now");
    commands.onAdmin(show, [json](Admin& admin) { return report(showAuthorities(admin, nowSeconds(), *json)); });
    commands.onAdmin(publish, [](Admin& admin) { return report(publishAuthorities(admin, nowSeconds())); });
}

} // namespace vigil::registry
