// SPDX-License-Identifier: EUPL-1.2
#include "postgres.h"

#include <libpq-fe.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cstring>
#include <unordered_map>

namespace vigil {

namespace {

// Type OIDs of pg_type.h (stable across PostgreSQL versions; libpq does not export them).
constexpr unsigned kInt8Oid = 20;
constexpr unsigned kByteaOid = 17;
constexpr unsigned kFloat8Oid = 701;

// What a failure means to the caller, from its SQLSTATE: a broken constraint says something
// about the data (callers word it from the kind), a lost connection, a standby that refuses
// writes or a serialisation failure will pass when tried again, the rest is the database's.
ErrorKind kindOf(const char* sqlstate)
{
    if (!sqlstate)
        return ErrorKind::Unavailable; // no answer at all: the connection is gone
    const std::string_view s(sqlstate);
    if (s == "23505")
        return ErrorKind::Conflict;
    if (s == "23503")
        return ErrorKind::Invalid;
    if (s.starts_with("08") || s == "25006" || s == "40001" || s == "40P01" || s.starts_with("57P"))
        return ErrorKind::Unavailable;
    if (s.starts_with("53") || s.starts_with("58"))
        return ErrorKind::Storage;
    return ErrorKind::Unspecified;
}

// Only the primary message: PostgreSQL's DETAIL repeats the values of a broken key, and a
// value may be what a reporter wrote; errors end up in logs.
Error errorOf(const PGresult* result, pg_conn* conn)
{
    const char* primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    std::string message = primary ? primary : (conn ? PQerrorMessage(conn) : "no connection");
    while (!message.empty() && (message.back() == '\n' || message.back() == ' '))
        message.pop_back();
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    if (!state && conn && PQstatus(conn) == CONNECTION_OK && result)
        state = "XX000";
    return Error{"postgres: " + message, kindOf(state)};
}

bool ok(const PGresult* r)
{
    const auto s = PQresultStatus(r);
    return s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK;
}

std::size_t skipDollarQuote(std::string_view sql, std::size_t at)
{
    // $tag$ … $tag$ (tag may be empty); `at` is on the first '$'. Returns the index after it,
    // or `at` when this '$' opens no quote (then it is a $N parameter or part of a name).
    std::size_t end = at + 1;
    while (end < sql.size() && (std::isalnum(static_cast<unsigned char>(sql[end])) || sql[end] == '_'))
        ++end;
    if (end >= sql.size() || sql[end] != '$' || (end > at + 1 && std::isdigit(static_cast<unsigned char>(sql[at + 1]))))
        return at;
    const std::string_view tag = sql.substr(at, end - at + 1);
    const auto close = sql.find(tag, end + 1);
    return close == std::string_view::npos ? sql.size() : close + tag.size();
}

} // namespace

struct PgSession {
    pg_conn* conn = nullptr;
    std::string conninfo;           ///< to reconnect with, and to keep its password out of messages
    bool inTransaction = false;     ///< the server held a transaction open after the last statement
    bool lostInTransaction = false; ///< the connection died inside one, which has not ended yet
    bool endedByServer = false;     ///< the server said, between statements, that it ends the session
    std::int64_t reconnects = 0;
    /// Statements prepared on the server, by text and parameter types (preparedKey), with
    /// their names; the server forgets them when the connection is replaced, and so does this.
    std::unordered_map<std::string, std::string> prepared;
    std::uint64_t preparedNames = 0;

    ~PgSession()
    {
        if (conn)
            PQfinish(conn);
    }
};

namespace {

std::string trimmed(std::string message)
{
    while (!message.empty() && (message.back() == '\n' || message.back() == ' '))
        message.pop_back();
    return message;
}

// Fixed session settings the reads rely on: hex bytea, UTC, ISO dates (notices never reach
// stderr: PgDb::connect gives the connection onServerMessage as its receiver).
Status applySessionSettings(pg_conn* conn)
{
    PGresult* r = PQexec(conn, "SET bytea_output = 'hex'; SET TimeZone = 'UTC'; SET DateStyle = 'ISO'");
    Status result;
    if (!ok(r))
        result = errorOf(r, conn);
    if (r)
        PQclear(r);
    return result;
}

bool isStatement(std::string_view sql, std::string_view word)
{
    while (!sql.empty() && (std::isspace(static_cast<unsigned char>(sql.back())) || sql.back() == ';'))
        sql.remove_suffix(1);
    while (!sql.empty() && std::isspace(static_cast<unsigned char>(sql.front())))
        sql.remove_prefix(1);
    return sql.size() == word.size()
           && std::equal(sql.begin(), sql.end(), word.begin(),
                         [](char a, char b) { return std::toupper(static_cast<unsigned char>(a)) == b; });
}

// Messages the server sends outside a statement's answer. Notices are dropped: nothing of ours
// reads them. An error that arrives while the session is idle is the server saying why it ends
// the session, just before it closes it ("terminating connection due to administrator command":
// a planned restart, a fast shutdown before a switchover, an operator's pg_terminate_backend).
// Without this the next statement would go out on the dying session and fail.
void onServerMessage(void* session, const PGresult* r)
{
    const char* severity = PQresultErrorField(r, PG_DIAG_SEVERITY_NONLOCALIZED);
    if (severity && (std::string_view(severity) == "FATAL" || std::string_view(severity) == "PANIC"))
        static_cast<PgSession*>(session)->endedByServer = true;
}

// Before a statement goes out. Between transactions a connection whose server went away (its
// socket at end of file: PQconsumeInput reads without blocking) is replaced by PQreset, with the
// same connection string, so a host list finds the server that is read-write now; nothing was
// open on it, so nothing is lost. Inside a transaction it never is: the statements before the
// loss are gone, and running the rest on a fresh connection, each committing alone, would break
// the transaction's all-or-nothing.
Status ready(PgSession& s)
{
    if (!s.conn)
        return Error{"postgres: no connection", ErrorKind::Unavailable};
    if (s.lostInTransaction)
        return Error{"postgres: the connection was lost during this transaction", ErrorKind::Unavailable};
    if (s.inTransaction)
        return {};
    if (PQstatus(s.conn) == CONNECTION_OK && PQconsumeInput(s.conn) == 1) {
        // PQisBusy parses what arrived while the session was idle, which hands a server's
        // farewell to onServerMessage.
        static_cast<void>(PQisBusy(s.conn));
        if (!s.endedByServer && PQstatus(s.conn) == CONNECTION_OK)
            return {};
    }
    s.endedByServer = false;
    PQreset(s.conn);
    s.prepared.clear();
    if (PQstatus(s.conn) != CONNECTION_OK)
        return Error{"postgres: cannot reconnect: " + withoutPassword(trimmed(PQerrorMessage(s.conn)), s.conninfo),
                     ErrorKind::Unavailable};
    ++s.reconnects;
    return applySessionSettings(s.conn);
}

// The error of a failed result, which it frees (null: the connection failed).
Error failed(PGresult* r, pg_conn* conn)
{
    auto e = errorOf(r, conn);
    if (r)
        PQclear(r);
    return e;
}

// Statements a session keeps prepared on the server. The stores use a few dozen texts (a
// multi-row insert has one per row count); past the limit a statement is sent unprepared.
constexpr std::size_t kMaxPreparedPerSession = 256;

// Only plain INSERTs (… VALUES …, with ON CONFLICT and RETURNING) are prepared: their plan
// is the same whatever the table holds, and planning a multi-row one costs more than running
// it. A statement that reads rows is planned afresh each time: PostgreSQL's cached generic plan
// is made from the statistics of its sixth run, and for a table that was nearly empty then it
// scans the table, which grows (measured: a look-up by 64 report ids went from 0.3 ms to 14 ms
// over 12,000 new cases, until autovacuum analysed the table again).
bool worthPreparing(std::string_view sql)
{
    while (!sql.empty() && std::isspace(static_cast<unsigned char>(sql.front())))
        sql.remove_prefix(1);
    const auto upper = [](std::string_view s) {
        std::string out(s);
        for (char& c : out)
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        return out;
    };
    const std::string text = upper(sql);
    return text.starts_with("INSERT") && text.find("SELECT") == std::string::npos;
}

// A prepared statement's types are fixed when it is prepared, so a text bound with other types
// (a NULL where there was a number) is another statement.
std::string preparedKey(const std::string& sql, const std::vector<unsigned>& types)
{
    std::string key = sql;
    key.push_back('\0');
    for (unsigned t : types) {
        key.push_back(static_cast<char>(t & 0xff));
        key.push_back(static_cast<char>((t >> 8) & 0xff));
        key.push_back(static_cast<char>((t >> 16) & 0xff));
        key.push_back(static_cast<char>((t >> 24) & 0xff));
    }
    return key;
}

// After a statement: whether the server holds a transaction open now, and whether the
// connection died inside one.
void track(PgSession& s)
{
    const bool wasIn = s.inTransaction;
    if (PQstatus(s.conn) != CONNECTION_OK) {
        s.lostInTransaction = wasIn;
        s.inTransaction = false;
        return;
    }
    const auto t = PQtransactionStatus(s.conn);
    s.inTransaction = t == PQTRANS_INTRANS || t == PQTRANS_INERROR;
}

} // namespace

std::string postgresPlaceholders(std::string_view sql)
{
    std::string out;
    out.reserve(sql.size() + 8);
    int highest = 0;
    for (std::size_t i = 0; i < sql.size();) {
        const char c = sql[i];
        std::size_t skip = i;
        if (c == '\'' || c == '"') {
            skip = i + 1;
            while (skip < sql.size()) {
                if (sql[skip] == c) {
                    if (skip + 1 < sql.size() && sql[skip + 1] == c) { // '' or "" inside
                        skip += 2;
                        continue;
                    }
                    ++skip;
                    break;
                }
                ++skip;
            }
        } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
            skip = sql.find('\n', i);
            skip = skip == std::string_view::npos ? sql.size() : skip;
        } else if (c == '/' && i + 1 < sql.size() && sql[i + 1] == '*') {
            skip = sql.find("*/", i + 2);
            skip = skip == std::string_view::npos ? sql.size() : skip + 2;
        } else if (c == '$') {
            skip = skipDollarQuote(sql, i);
        } else if (c == '?') {
            std::size_t end = i + 1;
            while (end < sql.size() && std::isdigit(static_cast<unsigned char>(sql[end])))
                ++end;
            int number = ++highest;
            if (end > i + 1) {
                std::from_chars(sql.data() + i + 1, sql.data() + end, number);
                highest = std::max(highest - 1, number);
            }
            out += '$';
            out += std::to_string(number);
            i = end;
            continue;
        }
        if (skip > i) {
            out.append(sql.substr(i, skip - i));
            i = skip;
        } else {
            out += c;
            ++i;
        }
    }
    return out;
}

// --- PgStmt -------------------------------------------------------------------------------

PgStmt::~PgStmt()
{
    clearResult();
}

PgStmt::PgStmt(PgStmt&& other) noexcept
    : m_session(other.m_session), m_sql(std::move(other.m_sql)), m_params(std::move(other.m_params)),
      m_result(other.m_result), m_row(other.m_row), m_rows(other.m_rows), m_changes(other.m_changes),
      m_decoded(std::move(other.m_decoded))
{
    other.m_result = nullptr;
    other.m_session = nullptr;
}

PgStmt& PgStmt::operator=(PgStmt&& other) noexcept
{
    if (this != &other) {
        clearResult();
        m_session = other.m_session;
        m_sql = std::move(other.m_sql);
        m_params = std::move(other.m_params);
        m_result = other.m_result;
        m_row = other.m_row;
        m_rows = other.m_rows;
        m_changes = other.m_changes;
        m_decoded = std::move(other.m_decoded);
        other.m_result = nullptr;
        other.m_session = nullptr;
    }
    return *this;
}

void PgStmt::clearResult()
{
    if (m_result)
        PQclear(m_result);
    m_result = nullptr;
    m_row = -1;
    m_rows = 0;
    m_decoded.clear();
}

PgStmt::Param& PgStmt::param(int index)
{
    const auto at = static_cast<std::size_t>(index > 0 ? index - 1 : 0);
    if (m_params.size() <= at)
        m_params.resize(at + 1);
    return m_params[at];
}

PgStmt& PgStmt::bind(int index, std::int64_t value)
{
    // int8 in network byte order: exact, and typed so `?1 + 1` or a comparison needs no cast.
    std::array<char, 8> be{};
    const auto u = static_cast<std::uint64_t>(value);
    for (int i = 0; i < 8; ++i)
        be[static_cast<std::size_t>(i)] = static_cast<char>((u >> (56 - 8 * i)) & 0xff);
    param(index) = Param{std::string(be.data(), be.size()), kInt8Oid, 1};
    return *this;
}

PgStmt& PgStmt::bind(int index, ByteView blob)
{
    param(index) = Param{std::string(reinterpret_cast<const char*>(blob.data()), blob.size()), kByteaOid, 1};
    return *this;
}

PgStmt& PgStmt::bindText(int index, std::string_view text)
{
    // Untyped: the server takes the column's type (text, a date, jsonb) from the statement.
    param(index) = Param{std::string(text), 0, 0};
    return *this;
}

PgStmt& PgStmt::bindNull(int index)
{
    param(index) = Param{};
    return *this;
}

PgStmt& PgStmt::bindReal(int index, double value)
{
    std::array<char, 32> buf{};
    const auto [end, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), value); // shortest exact form
    param(index) = Param{std::string(buf.data(), ec == std::errc{} ? end : buf.data()), kFloat8Oid, 0};
    return *this;
}

Result<bool> PgStmt::step()
{
    if (!m_session)
        return Error{"postgres: statement has no connection", ErrorKind::Unavailable};
    if (!m_result) {
        if (auto s = ready(*m_session); !s)
            return s.error();
        pg_conn* conn = m_session->conn;
        std::vector<const char*> values(m_params.size());
        std::vector<int> lengths(m_params.size());
        std::vector<int> formats(m_params.size());
        std::vector<unsigned> types(m_params.size());
        for (std::size_t i = 0; i < m_params.size(); ++i) {
            const auto& p = m_params[i];
            values[i] = p.value ? p.value->data() : nullptr;
            lengths[i] = p.value ? static_cast<int>(p.value->size()) : 0;
            formats[i] = p.format;
            types[i] = p.type;
        }
        // An INSERT is prepared on the server at its first run on this connection, then
        // executed by name: the server parses and plans it once per connection instead of every
        // time (a 64-row insert of the case store's batches takes longer to plan than to run).
        const int n = static_cast<int>(m_params.size());
        std::string key = preparedKey(m_sql, types);
        // A text not worth preparing is remembered with an empty name, so it is judged once.
        auto name = m_session->prepared.find(key);
        if (name == m_session->prepared.end() && m_session->prepared.size() < kMaxPreparedPerSession) {
            std::string fresh;
            if (worthPreparing(m_sql)) {
                fresh = "vigil_" + std::to_string(++m_session->preparedNames);
                PGresult* p = PQprepare(conn, fresh.c_str(), m_sql.c_str(), n, types.data());
                track(*m_session);
                if (!ok(p))
                    return failed(p, conn);
                PQclear(p);
            }
            name = m_session->prepared.emplace(std::move(key), std::move(fresh)).first;
        }
        const bool byName = name != m_session->prepared.end() && !name->second.empty();
        PGresult* r = byName
            ? PQexecPrepared(conn, name->second.c_str(), n, values.data(), lengths.data(), formats.data(), 0)
            : PQexecParams(conn, m_sql.c_str(), n, types.data(), values.data(), lengths.data(), formats.data(), 0);
        track(*m_session);
        if (!ok(r))
            return failed(r, conn);
        m_result = r;
        m_rows = PQntuples(r);
        m_row = -1;
        const char* tuples = PQcmdTuples(r);
        m_changes = (tuples && *tuples) ? std::strtoll(tuples, nullptr, 10) : 0;
    }
    m_decoded.clear();
    if (m_row + 1 >= m_rows) {
        m_row = m_rows;
        return false;
    }
    ++m_row;
    return true;
}

Status PgStmt::run()
{
    for (;;) {
        auto r = step();
        if (!r)
            return r.error();
        if (!*r)
            return {};
    }
}

void PgStmt::reset()
{
    clearResult();
    m_params.clear();
}

bool PgStmt::isNull(int column) const
{
    return !m_result || m_row < 0 || m_row >= m_rows || column >= PQnfields(m_result)
        || PQgetisnull(m_result, m_row, column);
}

std::string_view PgStmt::textView(int column) const
{
    if (isNull(column))
        return {};
    return {PQgetvalue(m_result, m_row, column), static_cast<std::size_t>(PQgetlength(m_result, m_row, column))};
}

std::string PgStmt::text(int column) const
{
    return std::string(textView(column));
}

std::int64_t PgStmt::int64(int column) const
{
    const auto v = textView(column);
    if (v == "t")
        return 1;
    if (v == "f")
        return 0;
    std::int64_t out = 0;
    std::from_chars(v.data(), v.data() + v.size(), out);
    return out;
}

double PgStmt::real(int column) const
{
    const auto v = textView(column);
    double out = 0;
    std::from_chars(v.data(), v.data() + v.size(), out);
    return out;
}

ByteView PgStmt::blob(int column) const
{
    const auto v = textView(column);
    if (column < 0)
        return {};
    const auto at = static_cast<std::size_t>(column);
    if (m_decoded.size() <= at)
        m_decoded.resize(at + 1);
    auto& slot = m_decoded[at];
    if (!slot) {
        // bytea in text form is "\x" and two hex digits per byte (bytea_output = hex, set at connect).
        Bytes bytes;
        if (v.size() >= 2 && v[0] == '\\' && v[1] == 'x') {
            bytes.reserve((v.size() - 2) / 2);
            for (std::size_t i = 2; i + 1 < v.size(); i += 2) {
                std::uint8_t b = 0;
                std::from_chars(v.data() + i, v.data() + i + 2, b, 16);
                bytes.push_back(b);
            }
        } else {
            bytes.assign(v.begin(), v.end()); // a text column read as bytes
        }
        slot = std::move(bytes);
    }
    return ByteView(slot->data(), slot->size());
}

// --- PgDb ---------------------------------------------------------------------------------

PgDb::PgDb() = default;
PgDb::PgDb(std::unique_ptr<PgSession> session) : m_session(std::move(session)) {}
PgDb::~PgDb() = default;
PgDb::PgDb(PgDb&& other) noexcept = default;
PgDb& PgDb::operator=(PgDb&& other) noexcept = default;

Result<PgDb> PgDb::connect(const std::string& conninfo)
{
    auto session = std::make_unique<PgSession>();
    session->conn = PQconnectdb(conninfo.c_str());
    session->conninfo = conninfo;
    if (!session->conn)
        return Error{"postgres: out of memory", ErrorKind::Storage};
    if (PQstatus(session->conn) != CONNECTION_OK)
        return Error{"postgres: cannot connect: " + withoutPassword(trimmed(PQerrorMessage(session->conn)), conninfo),
                     ErrorKind::Unavailable};
    // The receiver outlives PQreset, which keeps the same connection object.
    PQsetNoticeReceiver(session->conn, onServerMessage, session.get());
    if (auto s = applySessionSettings(session->conn); !s)
        return s.error();
    return PgDb(std::move(session));
}

Status PgDb::exec(std::string_view sql)
{
    if (!m_session)
        return Error{"postgres: no connection", ErrorKind::Unavailable};
    if (m_session->lostInTransaction) {
        // The end of a transaction whose connection died: ROLLBACK has nothing left to undo; a
        // COMMIT cannot say whether the server committed before it went away, so it fails (the
        // caller acknowledges nothing; a resend finds the rows if they were kept).
        if (isStatement(sql, "ROLLBACK")) {
            m_session->lostInTransaction = false;
            return {};
        }
        if (isStatement(sql, "COMMIT")) {
            m_session->lostInTransaction = false;
            return Error{"postgres: the connection was lost before COMMIT returned", ErrorKind::Unavailable};
        }
    }
    if (auto s = ready(*m_session); !s)
        return s;
    const std::string text(sql);
    PGresult* r = PQexec(m_session->conn, text.c_str());
    track(*m_session);
    if (!ok(r))
        return failed(r, m_session->conn);
    PQclear(r);
    return {};
}

Result<PgStmt> PgDb::prepare(std::string_view sql)
{
    if (!m_session)
        return Error{"postgres: no connection", ErrorKind::Unavailable};
    return PgStmt(m_session.get(), postgresPlaceholders(sql));
}

Result<std::int64_t> PgDb::queryInt(std::string_view sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error{"postgres: query returned no row", ErrorKind::NotFound};
    return stmt->int64(0);
}

bool PgDb::connected() const
{
    return m_session && m_session->conn && PQstatus(m_session->conn) == CONNECTION_OK;
}

std::int64_t PgDb::reconnects() const
{
    return m_session ? m_session->reconnects : 0;
}

std::string PgDb::lastError() const
{
    return m_session && m_session->conn ? trimmed(PQerrorMessage(m_session->conn)) : "no connection";
}

Status migratePgSchema(PgDb& db, std::span<const std::string_view> migrations, std::string_view what)
{
    const std::string name(what);
    // One row (id 1). Two processes creating the table at once: one may lose the race on the
    // catalogue and fail here, but the table exists then, and the LOCK below orders the rest.
    (void)db.exec("CREATE TABLE IF NOT EXISTS vigil_schema (id INT PRIMARY KEY CHECK (id = 1), version BIGINT NOT NULL); "
                  "INSERT INTO vigil_schema VALUES (1, 0) ON CONFLICT DO NOTHING");
    for (;;) {
        if (auto s = db.exec("BEGIN; LOCK TABLE vigil_schema IN EXCLUSIVE MODE"); !s)
            return withContext(name, s.error());
        auto version = db.queryInt("SELECT version FROM vigil_schema");
        if (!version) {
            (void)db.exec("ROLLBACK");
            return withContext(name, version.error());
        }
        const auto have = static_cast<std::size_t>(*version);
        if (have > migrations.size()) {
            (void)db.exec("ROLLBACK");
            return Error{name + ": schema version " + std::to_string(have) + " is newer than this program knows ("
                             + std::to_string(migrations.size()) + "); refusing to use it",
                         ErrorKind::Refused};
        }
        if (have == migrations.size())
            return db.exec("COMMIT");
        auto step = db.exec(migrations[have]);
        if (step)
            step = db.exec("UPDATE vigil_schema SET version = " + std::to_string(have + 1) + "; COMMIT");
        if (!step) {
            (void)db.exec("ROLLBACK");
            return withContext(name + ": migration " + std::to_string(have + 1), step.error());
        }
    }
}

} // namespace vigil
