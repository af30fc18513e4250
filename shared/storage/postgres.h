// SPDX-License-Identifier: EUPL-1.2
#pragma once

// A thin layer over libpq with the shape of sqlite.h: a connection, statements with 1-based
// binds stepped row by row, 0-based column reads, failures as Result values with an error kind,
// and versioned migrations. The registry's stores are written once against this shape
// (docs/postgres-plan.md); only the registry links it (vigil_storage_pg), never a relay.
//
// Statements are sent on their first step. A plain INSERT is prepared on the server the first
// time a connection runs its text with those parameter types, and executed by name from then
// on (the server parses and plans it once per connection); a statement that reads rows is
// planned afresh each time (postgres.cpp says why). Parameters travel out of line (typed int8,
// float8, bytea in binary; text for the server to infer), results come back in text form and
// are converted on read. Placeholders may be written SQLite's way (`?`, `?N`) and
// are rewritten to `$N` outside quotes and comments, so one SQL text serves both engines where
// the dialects agree.
//
// A connection survives the loss of its server (docs/postgres-plan.md, "Durability, standby,
// failover"): a statement that finds it dead between transactions reconnects first, with the
// same connection string (so a host list with target_session_attrs=read-write finds whichever
// server is the primary now). One lost inside a transaction is never replaced silently: every
// statement of that transaction fails Unavailable, its COMMIT too, until the caller's ROLLBACK
// ends it; the next transaction reconnects.

#include "shared/bytes.h"
#include "shared/result.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

struct pg_conn;
struct pg_result;

namespace vigil {
struct PgSession; ///< a connection and what the driver knows of its state (postgres.cpp)
}

namespace vigil {

/// `sql` with every `?` / `?N` outside string literals, quoted names and comments written as
/// `$N` (a bare `?` takes the number after the highest seen so far, as SQLite counts).
std::string postgresPlaceholders(std::string_view sql);

class PgStmt {
public:
    PgStmt() = default;
    ~PgStmt();
    PgStmt(PgStmt&& other) noexcept;
    PgStmt& operator=(PgStmt&& other) noexcept;
    PgStmt(const PgStmt&) = delete;
    PgStmt& operator=(const PgStmt&) = delete;

    /// Binds parameter `index` (1-based). Values are copied: unlike SQLite's, a temporary is safe.
    PgStmt& bind(int index, std::int64_t value);
    PgStmt& bind(int index, ByteView blob);
    PgStmt& bindText(int index, std::string_view text);
    PgStmt& bindNull(int index);
    PgStmt& bindReal(int index, double value);

    /// The first call sends the statement; then true while a row is available, false at the end.
    Result<bool> step();
    /// Sends the statement and reads nothing back, for statements that return no rows.
    Status run();
    template <typename F>
    Status eachRow(F&& onRow)
    {
        for (;;) {
            auto row = step();
            if (!row)
                return row.error();
            if (!*row)
                return {};
            onRow(static_cast<const PgStmt&>(*this));
        }
    }
    /// Forgets the last result and the bindings, ready for the next use.
    void reset();
    /// Rows an INSERT / UPDATE / DELETE changed (0 before it ran).
    std::int64_t changes() const { return m_changes; }

    /// Reads of the current row; an integer column may also be a boolean ('t' reads as 1).
    std::int64_t int64(int column) const;
    double real(int column) const;
    /// The bytes of a bytea column, valid until the statement steps again or is reset.
    ByteView blob(int column) const;
    std::string text(int column) const;
    std::string_view textView(int column) const;
    bool isNull(int column) const;

private:
    friend class PgDb;
    PgStmt(PgSession* session, std::string sql) : m_session(session), m_sql(std::move(sql)) {}
    struct Param {
        std::optional<std::string> value; ///< nullopt is SQL NULL
        unsigned type = 0;                ///< 0: let the server infer it
        int format = 0;                   ///< 0 text, 1 binary
    };
    Param& param(int index);
    void clearResult();

    PgSession* m_session = nullptr; ///< owned by the PgDb, which outlives its statements
    std::string m_sql;
    std::vector<Param> m_params;
    pg_result* m_result = nullptr;
    int m_row = -1;
    int m_rows = 0;
    std::int64_t m_changes = 0;
    mutable std::vector<std::optional<Bytes>> m_decoded; ///< bytea columns of the current row
};

class PgDb {
public:
    PgDb();
    ~PgDb();
    PgDb(PgDb&& other) noexcept;
    PgDb& operator=(PgDb&& other) noexcept;
    PgDb(const PgDb&) = delete;
    PgDb& operator=(const PgDb&) = delete;

    /// Connects with a libpq connection string or URI (`postgresql://…`, `host=… dbname=…`; a
    /// list of hosts with target_session_attrs=read-write finds the primary after a failover).
    /// The error never repeats the connection string: it may hold a password.
    static Result<PgDb> connect(const std::string& conninfo);

    /// Runs one or more statements without parameters.
    Status exec(std::string_view sql);
    /// A statement to bind and step; nothing is sent before its first step.
    Result<PgStmt> prepare(std::string_view sql);
    /// A query that returns a single integer.
    Result<std::int64_t> queryInt(std::string_view sql);
    /// Whether the connection is up (false once the server went away, until a statement
    /// between transactions has reconnected).
    bool connected() const;
    /// Times the connection was replaced after its server went away.
    std::int64_t reconnects() const;
    std::string lastError() const;

private:
    explicit PgDb(std::unique_ptr<PgSession> session);
    std::unique_ptr<PgSession> m_session;
};

/// Checks, without connecting, that `conninfo` is a libpq connection URI (`postgresql://…`,
/// `postgres://…`; a list of hosts and `target_session_attrs` pass as libpq reads them) or a
/// `key=value` string. The error never repeats it: it may hold a password.
[[nodiscard]] Status checkConninfo(const std::string& conninfo);

/// `text` with the password `conninfo` carries (in a URI's user part or a `password`
/// parameter; as written and as libpq decodes it) replaced by `***`, for a message that might
/// quote it (libpq's own, on a string it cannot parse).
std::string withoutPassword(std::string text, const std::string& conninfo);

/// Applies the migrations the database has not seen yet (the table vigil_schema counts them),
/// each in its own transaction, under a lock so two registry processes starting at once do not
/// both migrate; refuses a database whose schema is newer than `migrations`. `what` names the
/// database in errors.
Status migratePgSchema(PgDb& db, std::span<const std::string_view> migrations, std::string_view what);

} // namespace vigil
