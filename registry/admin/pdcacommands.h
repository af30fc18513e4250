// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The subcommand groups of the measures register (registry/pdca), beside those of commands.h:
// role grant|revoke|list (rolecommands.cpp) and measure list|show (measurecommands.cpp).

#include "commands.h"

namespace vigil::registry {

void addRoleCommands(AdminCommands& commands);
void addMeasureCommands(AdminCommands& commands);

} // namespace vigil::registry
