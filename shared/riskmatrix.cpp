// SPDX-License-Identifier: EUPL-1.2
#include "riskmatrix.h"

#include <array>

namespace vigil {

std::optional<RiskLevel> matrixLevel(Severity severity, Likelihood likelihood)
{
    if (severity == Severity::None || likelihood == Likelihood::None)
        return std::nullopt;
    // MIL-STD-882E table III: rows likelihood A..E, columns severity I..IV.
    using enum RiskLevel;
    static constexpr std::array<std::array<RiskLevel, 4>, 5> matrix{{
        {High, High, Serious, Medium},
        {High, High, Serious, Medium},
        {High, Serious, Medium, Low},
        {Serious, Medium, Medium, Low},
        {Medium, Medium, Medium, Low},
    }};
    // Both enums start with None, so I and A are 1.
    return matrix[static_cast<std::size_t>(likelihood) - 1][static_cast<std::size_t>(severity) - 1];
}

std::optional<RiskLevel> reportLevel(Severity severity, Likelihood likelihood, ImpactLevel impact,
                                     bool immediateDanger)
{
    if (auto cell = matrixLevel(severity, likelihood))
        return cell;
    if (immediateDanger || impact == ImpactLevel::Severe)
        return RiskLevel::High;
    if (impact == ImpactLevel::Substantial)
        return RiskLevel::Serious;
    if (impact == ImpactLevel::Limited)
        return RiskLevel::Medium;
    return std::nullopt;
}

} // namespace vigil
