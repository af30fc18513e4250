// SPDX-License-Identifier: EUPL-1.2
#pragma once

// vigil-admin tokens … and device … (tokencommands.cpp): filing tokens and device credentials.

#include "commands.h"

namespace vigil::registry {

void addTokenCommands(AdminCommands& commands);

} // namespace vigil::registry
