// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The subcommand groups of the measures register (registry/pdca), beside those of commands.h:
// role grant|revoke|list (rolecommands.cpp), measure list|show|policy (measurecommands.cpp),
// risk policy set|show, risk list|show (riskcommands.cpp), indicator add|list|show|retire
// (indicatorcommands.cpp), alert list|show (alertcommands.cpp), report vms|verify
// (reportcommands.cpp) and authorities show|publish (authoritiescommands.cpp).

#include "commands.h"

namespace vigil::registry {

void addRoleCommands(AdminCommands& commands);
void addMeasureCommands(AdminCommands& commands);
void addRiskCommands(AdminCommands& commands);
void addIndicatorCommands(AdminCommands& commands);
void addAlertCommands(AdminCommands& commands);
void addReportCommands(AdminCommands& commands);
void addAuthoritiesCommands(AdminCommands& commands);

} // namespace vigil::registry
