// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The risk levels of MIL-STD-882E's risk assessment matrix (severity I catastrophic … IV
// negligible × likelihood A frequent … E improbable), in one place for every part that ranks
// a risk: the registry's risk register (registry/pdca) and, as the design asks, the console's
// case list. Pure.

#include "enumtable.h"
#include "reportenums.h"

#include <optional>

namespace vigil {

/// A risk's level, least to most severe. Eliminated is a residual risk whose hazard is gone
/// (882E probability F); a matrix cell is never eliminated.
enum class RiskLevel { Eliminated, Low, Medium, Serious, High };

/// The matrix level of severity × likelihood; nullopt when either is None (not assessed).
std::optional<RiskLevel> matrixLevel(Severity severity, Likelihood likelihood);

/// The level of a report's own assessment: its matrix cell when it has one, otherwise from its
/// impact (severe or immediate danger: high, substantial: serious, limited: medium); nullopt
/// when it carries none ("unrated").
std::optional<RiskLevel> reportLevel(Severity severity, Likelihood likelihood, ImpactLevel impact,
                                     bool immediateDanger);

} // namespace vigil

namespace vigil {
template <> struct EnumTable<RiskLevel> {
    static constexpr std::array<EnumName<RiskLevel>, 5> names{{
        {RiskLevel::Eliminated, "eliminated"}, {RiskLevel::Low, "low"}, {RiskLevel::Medium, "medium"},
        {RiskLevel::Serious, "serious"}, {RiskLevel::High, "high"},
    }};
};
} // namespace vigil
