// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The shared half of the first*() lookups of every statement type (SqliteStmt, PgStmt, Stmt):
// step once, read column 0 with `read` if a row came.

#include "shared/result.h"

#include <optional>

namespace vigil::detail {

template <typename T, typename Statement, typename Read>
Result<std::optional<T>> firstColumn(Statement& stmt, Read read)
{
    auto row = stmt.step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<T>();
    return std::optional<T>(read(stmt));
}

} // namespace vigil::detail
