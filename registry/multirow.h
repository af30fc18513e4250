// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Placeholder lists for statements that write or look up many rows at once (createCases' batch
// path, the audit chain's appends): on PostgreSQL one statement of n rows costs one round trip
// instead of n. Both engines accept multi-row VALUES and IN lists, with `?` / `?N`
// placeholders (shared/storage/postgres.h rewrites them).

#include "shared/storage/db.h"

#include <cstddef>
#include <string>

namespace vigil::registry {

/// Rows per multi-row statement: keeps every statement far below SQLite's 32,766 and
/// PostgreSQL's 65,535 parameters (a case row has 22), and its text small enough to parse
/// quickly.
inline constexpr std::size_t kRowsPerStatement = 64;

/// Rows per statement on `db`'s engine: kRowsPerStatement on PostgreSQL, where each statement
/// is a round trip; one on SQLite, where a statement is a function call and one prepared
/// statement stepped again costs less than parsing a long one.
std::size_t rowsPerStatement(Db db);

/// "(?,?,?),(?,?,?)" for `rows` rows of `columns` values, for INSERT … VALUES.
std::string valueRows(std::size_t rows, std::size_t columns);

/// "?1,?2,…,?n", for an IN list that a statement repeats (each branch of a UNION names the
/// same parameters).
std::string numberedList(std::size_t n);

} // namespace vigil::registry
