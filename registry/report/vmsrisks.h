// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The risk register in the inspectorate's report (docs/pdca.md, "The inspectorate's report"):
// the risks in force at the cut-off on the risk matrix, initially and after measures; how many
// there are per residual level, open or accepted, and accepted at the authority level the
// policy required; and the period's decisions on them — by role, unit and echelon, never by
// member. Pure.
//
// Which figures are suppressed: the matrices are counts of risks published as the risks API
// publishes its heat map (k and secondary suppression). The figures per level and the decisions
// describe handling — what the organisation decided and at which authority — and are exact, as
// the measures' are (docs/pdca-plan.md Q8); the decisions are listed one by one anyway. An exact
// level's count is the sum of the residual matrix's cells of that level, so the residual matrix
// is suppressed with each level's cells as one more line: no level holds exactly one hidden
// cell, and when that cannot be had (or the matrix's total is hidden) the level's counts are
// hidden instead.

#include "vmsinputs.h"

#include "registry/pdca/riskstore.h"
#include "registry/stats/suppression.h"

#include <boost/json/object.hpp>

#include <vector>

namespace vigil::report {

/// The report's "risks": matrix_initial, matrix_residual (the statistics' table shape),
/// by_level and decisions.
boost::json::object risksJson(const std::vector<registry::RiskRecord>& risks, const VmsPeriod& period,
                              const registry::SuppressionRule& rule);

/// The wire names of the levels by_level lists, in order: high … eliminated, then
/// "not_assessed" (open risks without a residual assessment).
const std::vector<std::string>& byLevelNames();

} // namespace vigil::report
