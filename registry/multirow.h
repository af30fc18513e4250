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
#include <utility>
#include <vector>

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

/// Most envelope bytes one multi-row statement carries. The PostgreSQL driver copies what it
/// sends, so an uncapped slice of 64 photo reports (up to 4 MiB each) would hold up to 256 MiB
/// a second time; with the cap a batch of photos costs at most this much extra.
inline constexpr std::size_t kBytesPerStatement = 16u * 1024 * 1024;

/// Consecutive slices (first, rows) of items of `sizes` bytes: at most `perStatement` rows
/// and `maxBytes` bytes each, except that an item larger than `maxBytes` goes alone.
std::vector<std::pair<std::size_t, std::size_t>> slicesOf(const std::vector<std::size_t>& sizes,
                                                          std::size_t perStatement, std::size_t maxBytes);

/// inSlices() for items of `sizes` bytes (slicesOf(), with kBytesPerStatement).
template <typename F>
Status inSlicesOfBytes(Db db, const std::vector<std::size_t>& sizes, F&& write)
{
    for (const auto& [first, rows] : slicesOf(sizes, rowsPerStatement(db), kBytesPerStatement))
        if (auto s = write(first, rows); !s)
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
