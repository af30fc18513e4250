// SPDX-License-Identifier: EUPL-1.2
// vigil-admin init: keys, database, default groups and routes in a new data directory (the
// database there, or on PostgreSQL with --database).

#include "commands.h"

#include <memory>

namespace vigil::registry {

void addInitCommand(AdminCommands& commands)
{
    auto init = std::make_shared<InitOptions>();
    auto* cmd = commands.app().add_subcommand("init", "create keys, database, default groups and routes");
    cmd->add_option("--organisation", init->organisation, "organisation name shown on devices")->capture_default_str();
    cmd->add_option("--unit-id", init->topUnitId, "id of the top unit")->capture_default_str();
    cmd->add_option("--unit-name-en,--unit-name", init->topUnitName, "English name of the top unit")
        ->capture_default_str();
    cmd->add_option("--unit-name-nl", init->topUnitNameNl, "Dutch name of the top unit")->capture_default_str();
    commands.onDataDir(cmd, [init, &commands](const std::filesystem::path& data) {
        return report(Admin::init(data, *init, nowSeconds(), commands.database()));
    });
}

} // namespace vigil::registry
