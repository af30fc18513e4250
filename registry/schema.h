// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The registry's SQLite schema as ordered migrations (PRAGMA user_version counts them).

#include "shared/result.h"

#include <cstddef>
#include <span>
#include <string_view>

namespace vigil::registry {

/// The schema version that adds an indicator's alert direction and freeze (kV14 in schema.cpp).
inline constexpr std::size_t kIndicatorDirectionVersion = 14;
/// The schema version that keeps the handling clocks per route with their outcome (kV16).
inline constexpr std::size_t kRouteClocksVersion = 16;
/// The schema version that records the authorities document of each risk decision (kV17).
inline constexpr std::size_t kDecisionAuthoritiesVersion = 17;
/// The schema version that keeps the reporters' survey answers (kV18).
inline constexpr std::size_t kSurveyAnswersVersion = 18;
/// The schema version that records the root key sets and their rotations (kV19).
inline constexpr std::size_t kRootKeySetsVersion = 19;
/// The schema version that counts retaliation signals for statistics (kV20).
inline constexpr std::size_t kRetaliationCountsVersion = 20;
/// The schema version that keeps the order of units, groups and memberships in a column (kV21).
inline constexpr std::size_t kOrgPositionsVersion = 21;
/// The schema version that keeps the aftercare plans' check-ins (kV22).
inline constexpr std::size_t kAftercareVersion = 22;
/// The schema version that lets a group assign new cases automatically by load (kV23).
inline constexpr std::size_t kAutoAssignVersion = 23;
/// The schema version that counts retaliation signals per month for the indicator retaliation_signals (kV24).
inline constexpr std::size_t kRetaliationIndicatorVersion = 24;

/// Every migration in order; pass to openServerDatabase (shared/storage/sqlite.h).
std::span<const std::string_view> registryMigrations();

} // namespace vigil::registry
