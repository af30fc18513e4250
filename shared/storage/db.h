// SPDX-License-Identifier: EUPL-1.2
#pragma once

// One database interface over both engines the registry runs on (docs/postgres-plan.md): a
// store is written once against `Db` and `Stmt`, and runs on SQLite (the embedded default) or
// on PostgreSQL. `Db` is a non-owning view of an open connection of either engine and converts
// implicitly from `SqliteDb&` and `PgDb&`, so code that holds a `SqliteDb` calls a function
// taking `Db` unchanged while the stores move over one by one. `Connection` owns one.
//
// The two engines are a closed set, so dispatch is a branch on the engine, not a virtual call:
// a scan over a million rows reads columns at the cost of the engine's own accessor.
// SQL passed here must be written in the dialect both accept (placeholders `?`/`?N`,
// `INSERT … ON CONFLICT … DO NOTHING`, `RETURNING`, `IS [NOT] DISTINCT FROM`); where the engines
// differ (schemas, PRAGMAs, date arithmetic) the caller asks `dialect()`.

#include "postgres.h"
#include "sqlite.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>

namespace vigil {

enum class Dialect { Sqlite, Postgres };

/// A prepared statement of either engine. Binds are 1-based, columns 0-based; blobs and text
/// are bound without a copy (keep them alive until the statement is done), as in sqlite.h.
class Stmt {
public:
    Stmt() = default;
    Stmt(SqliteStmt stmt, SqliteDb& db) : m_impl(std::move(stmt)), m_sqliteDb(&db) {}
    explicit Stmt(PgStmt stmt) : m_impl(std::move(stmt)) {}

    Stmt& bind(int index, std::int64_t value);
    Stmt& bind(int index, ByteView blob);
    Stmt& bindText(int index, std::string_view text);
    template <typename S>
        requires(std::is_same_v<S, std::string> || std::is_same_v<S, Bytes>)
    Stmt& bindText(int index, S&& temporary) = delete;
    template <typename S>
        requires(std::is_same_v<S, std::string> || std::is_same_v<S, Bytes>)
    Stmt& bind(int index, S&& temporary) = delete;
    Stmt& bindNull(int index);
    Stmt& bindReal(int index, double value);

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
            onRow(static_cast<const Stmt&>(*this));
        }
    }
    void reset();
    /// Rows changed by this statement's last INSERT / UPDATE / DELETE.
    std::int64_t changes() const;

    std::int64_t int64(int column) const;
    double real(int column) const;
    ByteView blob(int column) const;
    std::string text(int column) const;
    std::string_view textView(int column) const;
    bool isNull(int column) const;

private:
    template <typename F>
    decltype(auto) visit(F&& f)
    {
        return std::visit(std::forward<F>(f), m_impl);
    }
    template <typename F>
    decltype(auto) visit(F&& f) const
    {
        return std::visit(std::forward<F>(f), m_impl);
    }

    std::variant<SqliteStmt, PgStmt> m_impl;
    SqliteDb* m_sqliteDb = nullptr; ///< SQLite counts changes per connection, not per statement
};

/// A non-owning view of an open connection of either engine; cheap to copy. The connection
/// must outlive the view and every statement prepared through it.
class Db {
public:
    Db(SqliteDb& db) : m_sqlite(&db) {} // NOLINT: implicit, so SqliteDb& callers need no change
    Db(PgDb& db) : m_pg(&db) {}         // NOLINT: implicit, likewise

    Dialect dialect() const { return m_pg ? Dialect::Postgres : Dialect::Sqlite; }
    /// Runs one or more statements without parameters.
    Status exec(std::string_view sql);
    Result<Stmt> prepare(std::string_view sql);
    /// A query that returns a single integer (a COUNT).
    Result<std::int64_t> queryInt(std::string_view sql);
    std::string lastError() const;

    /// Starts a write transaction: BEGIN IMMEDIATE on SQLite (the writer lock at once, so two
    /// writers never deadlock on an upgrade), BEGIN on PostgreSQL (row locks serialise there).
    Status beginWrite();
    Status commit();
    /// Never fails the caller: a rollback after a lost connection has nothing left to undo.
    void rollback();

    /// The engine's own connection, for the few paths that exist on one engine only (PRAGMAs,
    /// SQLite's backup API); null on the other engine.
    SqliteDb* sqlite() const { return m_sqlite; }
    PgDb* postgres() const { return m_pg; }

private:
    SqliteDb* m_sqlite = nullptr;
    PgDb* m_pg = nullptr;
};

/// An owned connection of either engine (what a store keeps); `db()` is its view.
class Connection {
public:
    Connection(SqliteDb db) : m_db(std::move(db)) {} // NOLINT: implicit, as Db
    Connection(PgDb db) : m_db(std::move(db)) {}     // NOLINT: implicit, as Db
    Db db()
    {
        return std::visit([](auto& d) { return Db(d); }, m_db);
    }
    Dialect dialect() const { return m_db.index() == 0 ? Dialect::Sqlite : Dialect::Postgres; }

private:
    std::variant<SqliteDb, PgDb> m_db;
};

/// Runs `body` in a write transaction: commits when it succeeds, rolls back when it or the
/// commit fails, and returns the first failure.
template <typename F>
Status inWriteTransaction(Db db, F&& body)
{
    if (auto s = db.beginWrite(); !s)
        return s;
    Status result = body();
    if (result)
        result = db.commit();
    if (!result)
        db.rollback();
    return result;
}

/// Steps once and returns column 0 of the first row, or nullopt when no row came (sqlite.h).
Result<std::optional<Bytes>> firstBlob(Stmt& stmt);
Result<std::optional<std::int64_t>> firstInt(Stmt& stmt);
Result<std::optional<std::string>> firstText(Stmt& stmt);

} // namespace vigil
