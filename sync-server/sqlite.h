// SPDX-License-Identifier: EUPL-1.2
#pragma once

// A thin RAII layer over the SQLite C API: connections and prepared statements that report
// failures as Result values. Candidate for shared/ (the registry's SQLite backend needs it too).

#include "shared/bytes.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace vigil::relay {

class SqliteStmt {
public:
    SqliteStmt() = default;
    explicit SqliteStmt(sqlite3_stmt* stmt) : m_stmt(stmt) {}
    ~SqliteStmt();
    SqliteStmt(SqliteStmt&& other) noexcept : m_stmt(other.m_stmt) { other.m_stmt = nullptr; }
    SqliteStmt& operator=(SqliteStmt&& other) noexcept;
    SqliteStmt(const SqliteStmt&) = delete;
    SqliteStmt& operator=(const SqliteStmt&) = delete;

    /// Binds parameter `index` (1-based). Blobs and text are bound without a copy: the
    /// caller keeps them alive until the statement is stepped to completion or reset.
    SqliteStmt& bind(int index, std::int64_t value);
    SqliteStmt& bind(int index, ByteView blob);
    SqliteStmt& bindText(int index, std::string_view text);
    SqliteStmt& bindNull(int index);

    /// One step: true when a row is available, false when done.
    Result<bool> step();
    /// Steps to completion, for statements that return no rows.
    Status run();
    /// Resets the statement and clears its bindings, ready for the next use.
    void reset();

    std::int64_t int64(int column) const;
    ByteView blob(int column) const;
    std::string text(int column) const;
    bool isNull(int column) const;

private:
    sqlite3_stmt* m_stmt = nullptr;
};

class SqliteDb {
public:
    SqliteDb() = default;
    ~SqliteDb();
    SqliteDb(SqliteDb&& other) noexcept : m_db(other.m_db) { other.m_db = nullptr; }
    SqliteDb& operator=(SqliteDb&& other) noexcept;
    SqliteDb(const SqliteDb&) = delete;
    SqliteDb& operator=(const SqliteDb&) = delete;

    /// Opens (creating when `create`) the database file in full-mutex-free mode: a
    /// connection is used by one thread at a time.
    static Result<SqliteDb> open(const std::filesystem::path& path, bool create);

    Status exec(std::string_view sql);
    Result<SqliteStmt> prepare(std::string_view sql);
    /// Runs a query that returns a single integer (a PRAGMA, a COUNT).
    Result<std::int64_t> queryInt(std::string_view sql);
    std::int64_t lastInsertRowid() const;
    /// Rows changed by the last INSERT / UPDATE / DELETE.
    std::int64_t changes() const;
    std::string lastError() const;
    sqlite3* handle() { return m_db; }

private:
    explicit SqliteDb(sqlite3* db) : m_db(db) {}
    sqlite3* m_db = nullptr;
};

/// Opens the relay database the way every connection must see it: WAL, synchronous=FULL
/// (a COMMIT returns only after the WAL is on disk), a busy timeout, then migrates the schema
/// when `migrate` (only the writer connection migrates).
Result<SqliteDb> openRelayDatabase(const std::filesystem::path& path, bool migrate);

} // namespace vigil::relay
