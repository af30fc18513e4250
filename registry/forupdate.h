// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Row locks for a read that decides a write, written once for both engines.

#include "shared/storage/db.h"

#include <string_view>

namespace vigil::registry {

/// " FOR UPDATE" on PostgreSQL, nothing on SQLite: appended to a SELECT inside a write
/// transaction, it locks the rows read until the commit, so a second process deciding on the
/// same rows waits and then reads what the first wrote. SQLite has no such clause and needs
/// none: its write transactions (BEGIN IMMEDIATE) hold the database's one writer lock.
inline std::string_view forUpdate(Db db)
{
    return db.dialect() == Dialect::Postgres ? " FOR UPDATE" : "";
}

} // namespace vigil::registry
