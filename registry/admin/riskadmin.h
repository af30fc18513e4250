// SPDX-License-Identifier: EUPL-1.2
#pragma once

// What `vigil-admin risk …` does (riskcommands.cpp), over an opened data directory, so tests
// call the same code: the operator sets who may accept a risk of each level and reads the risk
// register. Risks themselves are recorded and decided by members (registry/pdca/riskdesk.h),
// never by the operator.

#include "admin.h"

#include "registry/pdca/authority.h"

#include <optional>
#include <string>
#include <vector>

namespace vigil::registry {

/// Sets the acceptance rule of `level` (high, serious, medium or low): the deepest echelon that
/// may accept it (none: the scope unit's own) and the roles that may (empty: commander). The
/// other levels keep their rules. Audited as "pdca.policy"; returns the policy in force.
Result<std::string> setAcceptanceRule(Admin& admin, RiskLevel level, std::optional<int> maxDepth,
                                      const std::vector<MeasureRole>& roles, std::int64_t now);
/// The acceptance policy in force, one line per level.
Result<std::string> showAcceptancePolicy(Admin& admin);
/// The register as a table: state, levels, scope, review clock.
Result<std::string> listRisks(Admin& admin, std::int64_t now);
/// One risk in full, with its decisions.
Result<std::string> showRisk(Admin& admin, std::int64_t id, std::int64_t now);

} // namespace vigil::registry
