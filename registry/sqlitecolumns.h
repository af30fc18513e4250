// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Typed reads and binds of columns that the registry's stores share, for a statement of either
// engine (SqliteStmt, or Stmt of shared/storage/db.h).

#include "shared/bytes.h"
#include "shared/storage/sqlite.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace vigil::registry {

/// A fixed-size blob column (a key, a hash, an id); a short or long blob (a damaged row)
/// yields zeros, which match and verify nothing, rather than a read past the blob.
template <std::size_t N, typename Statement>
FixedBytes<N> fixedColumn(const Statement& s, int column)
{
    FixedBytes<N> out{};
    ByteView b = s.blob(column);
    if (b.size() == N)
        std::copy(b.begin(), b.end(), out.begin());
    return out;
}

/// A nullable text column.
template <typename Statement>
std::optional<std::string> optText(const Statement& s, int column)
{
    return s.isNull(column) ? std::nullopt : std::optional(s.text(column));
}

/// A nullable integer column.
template <typename Statement>
std::optional<std::int64_t> optInt(const Statement& s, int column)
{
    return s.isNull(column) ? std::nullopt : std::optional(s.int64(column));
}

/// Binds `v`, or NULL when it is empty.
template <typename Statement>
void bindOptText(Statement& s, int index, const std::optional<std::string>& v)
{
    if (v)
        s.bindText(index, *v);
    else
        s.bindNull(index);
}

/// The id an `INSERT … RETURNING id` (both engines) gave back, stepped to the end so the
/// statement is done; a Storage error if no row came.
template <typename Statement>
Result<std::int64_t> insertedId(Statement& s)
{
    auto row = s.step();
    if (!row)
        return row.error();
    if (!*row)
        return Error{"an insert returned no id", ErrorKind::Storage};
    const std::int64_t id = s.int64(0);
    if (auto done = s.step(); !done)
        return done.error();
    return id;
}

template <typename Statement>
void bindOptInt(Statement& s, int index, const std::optional<std::int64_t>& v)
{
    if (v)
        s.bind(index, *v);
    else
        s.bindNull(index);
}

} // namespace vigil::registry
