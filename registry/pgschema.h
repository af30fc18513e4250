// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The registry's schema on PostgreSQL (docs/postgres-plan.md): migrations numbered exactly as
// the SQLite ones (schema.h), so both engines say "version N" of the same tables and columns.

#include <span>
#include <string_view>

namespace vigil::registry {

/// Every migration in order; pass to migratePgSchema (shared/storage/postgres.h).
std::span<const std::string_view> registryPgMigrations();

} // namespace vigil::registry
