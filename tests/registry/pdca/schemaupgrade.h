// SPDX-License-Identifier: EUPL-1.2
#pragma once

// What the schema upgrade tests share: rows written with the SQL of an older schema version
// into a registry database left at that version, then opened by the current code.

#include "shared/storage/sqlite.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>

namespace vigil::test {

inline constexpr std::int64_t kJan1 = 1767225600;   // 2026-01-01T00:00:00Z
inline constexpr std::int64_t kMarch1 = 1772323200; // 2026-03-01T00:00:00Z
inline constexpr std::int64_t kDay = 86400;

/// Runs `sql`, failing the test (and showing the statement) when it fails.
inline void exec(SqliteDb& db, const std::string& sql)
{
    INFO(sql);
    REQUIRE(db.exec(sql).ok());
}

/// A time as an SQL literal, 0 as NULL (no event yet).
inline std::string orNull(std::int64_t t)
{
    return t == 0 ? std::string("NULL") : std::to_string(t);
}

} // namespace vigil::test
