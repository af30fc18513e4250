// SPDX-License-Identifier: EUPL-1.2
#pragma once

// What `vigil-admin role …` and `vigil-admin measure …` do (rolecommands.cpp,
// measurecommands.cpp), over an opened data directory, so tests call the same code. The
// operator grants roles and reads the measures register; measures themselves are proposed
// and moved by members (registry/pdca/measuredesk.h), never by the operator.

#include "admin.h"

#include "registry/pdca/authority.h"
#include "registry/pdca/measureclocks.h"
#include "registry/pdca/measureeffect.h"
#include "registry/pdca/measurepolicy.h"

#include <string>

namespace vigil::registry {

/// Grants or revokes a measures, commander or inspectorate role ('' unit: the whole organisation).
Result<std::string> grantRole(Admin& admin, const RoleGrant& grant, std::int64_t now);
Result<std::string> revokeRole(Admin& admin, const RoleGrant& grant, std::int64_t now);
/// Every role: granted ones and those the commander and inspectorate groups give.
Result<std::string> listRoles(Admin& admin);

/// Sets the clock policy (a value left out stays as it is), audited as "pdca.policy"; returns
/// the policy in force.
Result<std::string> setMeasureClockPolicy(Admin& admin, std::optional<int> dueSoonDays, std::optional<int> checkMonths,
                                          std::int64_t now);
/// The register as a table with its clocks, filtered.
Result<std::string> listMeasures(Admin& admin, MeasureFilter filter, std::int64_t now);
/// One measure in full, with its indicators, risks and effect checks.
Result<std::string> showMeasure(Admin& admin, std::int64_t id, std::int64_t now);
/// The effect check measure `id` would get now on `indicator` ('' = its primary one); read-only.
Result<std::string> previewMeasureEffect(Admin& admin, std::int64_t id, const std::string& indicator, std::int64_t now);

/// A unit's strength from a month on (the exposure of effect checks), audited unit.strength.
Result<std::string> setUnitStrength(Admin& admin, const std::string& unit, const StrengthRow& row, std::int64_t now);
/// A unit's strength rows.
Result<std::string> listUnitStrength(Admin& admin, const std::string& unit);

} // namespace vigil::registry
