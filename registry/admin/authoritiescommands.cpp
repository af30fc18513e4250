// SPDX-License-Identifier: EUPL-1.2
// vigil-admin authorities show|prepare|publish: the signed record of the PDCA roles and the acceptance
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
    auto file = std::make_shared<std::string>();
    auto* publish = cmd->add_subcommand(
        "publish", "sign the roles and policy as they stand now with the root key, or --signed by the key holders");
    publish->add_option("--signed", *file, "authorities prepared and signed by the key holders (vigil-admin sign)");
    auto* prepare = cmd->add_subcommand("prepare", "write the roles and policy, unsigned, for the key holders");
    prepare->add_option("--out", *file, "where to write them")->required();
    commands.onAdmin(show, [json](Admin& admin) { return report(showAuthorities(admin, nowSeconds(), *json)); });
    commands.onAdmin(publish, [file](Admin& admin) {
        return report(file->empty() ? publishAuthorities(admin, nowSeconds())
                                    : publishSignedAuthorities(admin, *file, nowSeconds()));
    });
    commands.onAdmin(prepare, [file](Admin& admin) { return report(prepareAuthoritiesFile(admin, nowSeconds(), *file)); });
}

} // namespace vigil::registry
