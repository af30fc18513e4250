// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Placeholder lists for statements that write or look up many rows at once (createCases' batch
// path, the audit chain's appends): on PostgreSQL one statement of n rows costs one round trip
// instead of n. Both engines accept multi-row VALUES and IN lists, with `?` / `?N`
// placeholders (shared/storage/postgres.h rewrites them).

#include "shared/storage/db.h"

#include <algorithm>
#include <cstddef>
#include <optional>
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

/// Runs `write(first, rows)` for consecutive slices of `n` items, rowsPerStatement(db) at a time;
/// stops at the first failure.
template <typename F>
Status inSlices(Db db, std::size_t n, F&& write)
{
    const std::size_t per = rowsPerStatement(db);
    for (std::size_t first = 0; first < n; first += per)
        if (auto s = write(first, std::min(per, n - first)); !s)
            return s;
    return {};
}

/// A statement for a number of rows, prepared again only when the number changes: on SQLite
/// the same one-row statement serves every row. `sql(rows)` gives its text.
class SizedStatement {
public:
    SizedStatement(Db db, std::string (*sql)(std::size_t rows)) : m_db(db), m_sql(sql) {}

    /// The statement for `rows` rows, reset and ready to bind.
    Result<Stmt*> forRows(std::size_t rows);

private:
    Db m_db;
    std::string (*m_sql)(std::size_t);
    std::optional<Stmt> m_stmt;
    std::size_t m_rows = 0;
};

} // namespace vigil::registry
