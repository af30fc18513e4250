// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The risk matrix as a heat map: how many of the risks a member sees fall in each cell of
// probability × severity, initially and after measures — published like every other count of
// the registry, through small-cell suppression (registry/stats/suppression.h: k, secondary
// suppression) in the table shape of the statistics (docs/statistics.md), so a cell of 1…k−1
// is never shown and no hidden cell can be worked out from the margins. Pure.

#include "riskstore.h"

#include "registry/stats/statsreport.h"

#include <vector>

namespace vigil::registry {

/// The heat map of the risks still in force (open or accepted) among `risks`: rows
/// probability A–E (and F, eliminated, for the residual map), columns severity I–IV; the
/// residual map counts assessed risks only. Named "risks_initial" / "risks_residual".
StatsTable riskHeatMap(const std::vector<RiskRecord>& risks, bool residual, const SuppressionRule& rule);

} // namespace vigil::registry
