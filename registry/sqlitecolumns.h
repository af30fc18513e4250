// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Typed reads of SQLite columns that the registry's stores share.

#include "shared/bytes.h"
#include "shared/storage/sqlite.h"

#include <algorithm>
#include <cstddef>

namespace vigil::registry {

/// A fixed-size blob column (a key, a hash, an id); a short or long blob (a damaged row)
/// yields zeros, which match and verify nothing, rather than a read past the blob.
template <std::size_t N>
FixedBytes<N> fixedColumn(const SqliteStmt& s, int column)
{
    FixedBytes<N> out{};
    ByteView b = s.blob(column);
    if (b.size() == N)
        std::copy(b.begin(), b.end(), out.begin());
    return out;
}

} // namespace vigil::registry
