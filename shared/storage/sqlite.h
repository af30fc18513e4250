// SPDX-License-Identifier: EUPL-1.2
#pragma once

// A thin RAII layer over the SQLite C API: connections and prepared statements that report
// failures as Result values, plus versioned migrations. Storage helper shared by the relay and
// the registry (the only part of shared/ that does I/O; it is its own library, vigil_storage).

#include "shared/bytes.h"
#include "shared/result.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>

struct sqlite3;
struct sqlite3_stmt;

namespace vigil {

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
    /// A temporary string or byte vector would be gone before the statement reads it: refused
    /// at compile time (name a variable that outlives the step instead).
    template <typename S>
        requires(std::is_same_v<S, std::string> || std::is_same_v<S, Bytes>)
    SqliteStmt& bindText(int index, S&& temporary) = delete;
    template <typename S>
        requires(std::is_same_v<S, std::string> || std::is_same_v<S, Bytes>)
    SqliteStmt& bind(int index, S&& temporary) = delete;
    SqliteStmt& bindNull(int index);
    /// A floating-point value (a REAL column), bound by its own name so an integer never
    /// silently becomes one.
    SqliteStmt& bindReal(int index, double value);

    /// One step: true when a row is available, false when done.
    Result<bool> step();
    /// Steps to completion, for statements that return no rows.
    Status run();
    /// Steps to the end, calling `onRow(*this)` for every row; the first error stops it.
    template <typename F>
    Status eachRow(F&& onRow)
    {
        for (;;) {
            auto row = step();
            if (!row)
                return row.error();
            if (!*row)
                return {};
            onRow(static_cast<const SqliteStmt&>(*this));
        }
    }
    /// Resets the statement and clears its bindings, ready for the next use.
    void reset();

    std::int64_t int64(int column) const;
    double real(int column) const;
    ByteView blob(int column) const;
    std::string text(int column) const;
    /// The text without a copy: valid until the statement steps again or is reset (for scans
    /// of many rows that keep only what they derive from each).
    std::string_view textView(int column) const;
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
    /// Rows changed through this connection since it opened (sqlite3_total_changes64).
    std::int64_t totalChanges() const;
    std::string lastError() const;
    sqlite3* handle() { return m_db; }

private:
    explicit SqliteDb(sqlite3* db) : m_db(db) {}
    sqlite3* m_db = nullptr;
};

/// Steps `stmt` once and returns the first column of the first row (a blob, an integer or
/// text), or nullopt when the query finds no row. For lookups of one value by key; a NULL
/// in that column reads as an empty blob, 0 or empty text.
Result<std::optional<Bytes>> firstBlob(SqliteStmt& stmt);
Result<std::optional<std::int64_t>> firstInt(SqliteStmt& stmt);
Result<std::optional<std::string>> firstText(SqliteStmt& stmt);

/// Applies the migrations `db` has not seen yet (PRAGMA user_version counts them), each in its
/// own transaction; refuses a database whose schema is newer than `migrations` (a downgrade
/// would misread it). `what` names the database in errors.
///
/// A migration that starts with kRebuildMigration rebuilds a table (SQLite's documented
/// procedure for a change ALTER TABLE cannot make, such as a CHECK): it runs with foreign keys
/// off, because dropping a parent table with them on deletes-and-checks every child row, and
/// is committed only when PRAGMA foreign_key_check then finds nothing.
Status migrateSchema(SqliteDb& db, std::span<const std::string_view> migrations, std::string_view what);
/// The first line of a migration that rebuilds a table (see migrateSchema).
inline constexpr std::string_view kRebuildMigration = "-- rebuild: foreign keys off\n";

/// Opens a server database the way every connection must see it: WAL (readers run beside the
/// single writer), synchronous=FULL (a COMMIT returns only once it is on disk, so nothing is
/// acknowledged before it is durable), a busy timeout and foreign keys; migrates when
/// `migrations` is non-empty (only the writer connection should pass them).
Result<SqliteDb> openServerDatabase(const std::filesystem::path& path, std::span<const std::string_view> migrations,
                                    std::string_view what);

} // namespace vigil
