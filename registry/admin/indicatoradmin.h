// SPDX-License-Identifier: EUPL-1.2
#pragma once

// What `vigil-admin indicator …` does (indicatorcommands.cpp), over an opened data directory,
// so tests call the same code: define, list, show (the board as published), freeze and retire
// safety performance indicators (registry/pdca/indicatorregister.h).

#include "admin.h"

#include "registry/pdca/indicatordef.h"

#include <optional>
#include <string>

namespace vigil::registry {

Result<std::string> defineIndicator(Admin& admin, const IndicatorDef& def, std::int64_t now);
Result<std::string> retireIndicator(Admin& admin, const std::string& id, std::int64_t now);
/// Freezes an indicator at its last settled month (IndicatorRegister::freeze); refused twice.
Result<std::string> freezeIndicator(Admin& admin, const std::string& id, std::int64_t now);
Result<std::string> listIndicators(Admin& admin);
/// The indicator's months as the board as of `asOf` (YYYY-MM; empty: the last settled month)
/// publishes them, with alert levels and the rules that fire.
Result<std::string> showIndicator(Admin& admin, const std::string& id, const std::string& asOf, std::int64_t k,
                                  std::int64_t now);

} // namespace vigil::registry
