// SPDX-License-Identifier: EUPL-1.2
#pragma once

// One registry database of either engine, migrated to the current schema, for the tests that
// run one body on both (Catch2 GENERATE over the dialect): a real SQLite file in a temporary
// folder, or a fresh database on the test executable's PostgreSQL server (tempostgres.h).
// Each store under test takes a connection of its own, as in a registry process.

#include "shared/storage/db.h"
#include "tests/support/testenv.h"

#include <cstdint>
#include <string>

namespace vigil::test {

/// "SQLite" or "PostgreSQL", for INFO lines.
const char* engineName(Dialect dialect);

class RegistryDatabase {
public:
    /// A new database, migrated with the registry's migrations of that engine.
    explicit RegistryDatabase(Dialect dialect);

    Dialect dialect() const { return m_dialect; }
    /// Another connection to the same database (each store owns one).
    Connection connect() const;
    /// A query of one integer (a COUNT) on the tests' own connection.
    std::int64_t count(const std::string& sql);
    /// Statements without parameters (test data), on the tests' own connection.
    void exec(const std::string& sql);
    /// The tests' own connection, for statements with parameters.
    Db db() { return m_probe.db(); }

private:
    Dialect m_dialect;
    TempDir m_dir;
    std::string m_conninfo;
    Connection m_probe;
};

} // namespace vigil::test
