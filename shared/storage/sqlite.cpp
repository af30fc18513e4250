// SPDX-License-Identifier: EUPL-1.2
#include "sqlite.h"

#include "firstcolumn.h"

#include <sqlite3.h>

#include <fcntl.h>
#include <unistd.h>

namespace vigil {

SqliteStmt::~SqliteStmt()
{
    sqlite3_finalize(m_stmt);
}

SqliteStmt& SqliteStmt::operator=(SqliteStmt&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = other.m_stmt;
        other.m_stmt = nullptr;
    }
    return *this;
}

SqliteStmt& SqliteStmt::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

SqliteStmt& SqliteStmt::bind(int index, ByteView blob)
{
    // A zero-length blob must still bind as a blob (not NULL), so give SQLite a valid pointer.
    static const std::uint8_t empty = 0;
    sqlite3_bind_blob64(m_stmt, index, blob.empty() ? &empty : blob.data(), blob.size(), SQLITE_STATIC);
    return *this;
}

SqliteStmt& SqliteStmt::bindText(int index, std::string_view text)
{
    sqlite3_bind_text64(m_stmt, index, text.data(), text.size(), SQLITE_STATIC, SQLITE_UTF8);
    return *this;
}

SqliteStmt& SqliteStmt::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

SqliteStmt& SqliteStmt::bindReal(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Result<bool> SqliteStmt::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    // A broken constraint says something about the data, not the disk: callers word it (an id
    // used twice, a reference to nothing) from the kind, never from SQLite's English.
    ErrorKind kind = ErrorKind::Unspecified;
    switch (sqlite3_extended_errcode(sqlite3_db_handle(m_stmt))) {
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY: kind = ErrorKind::Conflict; break;
    case SQLITE_CONSTRAINT_FOREIGNKEY: kind = ErrorKind::Invalid; break;
    default: break;
    }
    return Error{std::string("sqlite: ") + sqlite3_errmsg(sqlite3_db_handle(m_stmt)), kind};
}

Status SqliteStmt::run()
{
    for (;;) {
        auto r = step();
        if (!r)
            return r.error();
        if (!*r)
            return {};
    }
}

void SqliteStmt::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::int64_t SqliteStmt::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double SqliteStmt::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

ByteView SqliteStmt::blob(int column) const
{
    const void* data = sqlite3_column_blob(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (!data || size <= 0)
        return {};
    return {static_cast<const std::uint8_t*>(data), static_cast<std::size_t>(size)};
}

std::string SqliteStmt::text(int column) const
{
    return std::string(textView(column));
}

std::string_view SqliteStmt::textView(int column) const
{
    const unsigned char* data = sqlite3_column_text(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (!data || size <= 0)
        return {};
    return {reinterpret_cast<const char*>(data), static_cast<std::size_t>(size)};
}

bool SqliteStmt::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

SqliteDb::~SqliteDb()
{
    sqlite3_close_v2(m_db);
}

SqliteDb& SqliteDb::operator=(SqliteDb&& other) noexcept
{
    if (this != &other) {
        sqlite3_close_v2(m_db);
        m_db = other.m_db;
        other.m_db = nullptr;
    }
    return *this;
}

Result<SqliteDb> SqliteDb::open(const std::filesystem::path& path, bool create)
{
    sqlite3* db = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        std::string message = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
        sqlite3_close_v2(db);
        return Error{"sqlite: cannot open " + path.string() + ": " + message};
    }
    sqlite3_extended_result_codes(db, 1);
    return SqliteDb(db);
}

Status SqliteDb::exec(std::string_view sql)
{
    char* err = nullptr;
    const std::string text(sql);
    if (sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
        std::string message = err ? err : lastError();
        sqlite3_free(err);
        return Error{"sqlite: " + message};
    }
    return {};
}

Result<SqliteStmt> SqliteDb::prepare(std::string_view sql)
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v3(m_db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr)
        != SQLITE_OK)
        return Error{"sqlite: " + lastError() + " in: " + std::string(sql)};
    return SqliteStmt(stmt);
}

Result<std::int64_t> SqliteDb::queryInt(std::string_view sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    auto value = firstInt(*stmt);
    if (!value)
        return value.error();
    return value->value_or(0);
}

std::int64_t SqliteDb::lastInsertRowid() const
{
    return sqlite3_last_insert_rowid(m_db);
}

std::int64_t SqliteDb::changes() const
{
    return sqlite3_changes64(m_db);
}

std::int64_t SqliteDb::totalChanges() const
{
    return sqlite3_total_changes64(m_db);
}

std::string SqliteDb::lastError() const
{
    return m_db ? sqlite3_errmsg(m_db) : "no connection";
}

Result<std::optional<Bytes>> firstBlob(SqliteStmt& stmt)
{
    return detail::firstColumn<Bytes>(stmt, [](const SqliteStmt& s) {
        const ByteView b = s.blob(0);
        return Bytes(b.begin(), b.end());
    });
}

Result<std::optional<std::int64_t>> firstInt(SqliteStmt& stmt)
{
    return detail::firstColumn<std::int64_t>(stmt, [](const SqliteStmt& s) { return s.int64(0); });
}

Result<std::optional<std::string>> firstText(SqliteStmt& stmt)
{
    return detail::firstColumn<std::string>(stmt, [](const SqliteStmt& s) { return s.text(0); });
}

Status migrateSchema(SqliteDb& db, std::span<const std::string_view> migrations, std::string_view what)
{
    auto version = db.queryInt("PRAGMA user_version");
    if (!version)
        return version.error();
    const auto known = static_cast<std::int64_t>(migrations.size());
    if (*version > known)
        return Error{std::string(what) + ": database schema version " + std::to_string(*version)
                     + " is newer than this build knows (" + std::to_string(known) + "); use a newer release"};
    for (auto v = *version; v < known; ++v) {
        const std::string_view migration = migrations[static_cast<std::size_t>(v)];
        // PRAGMA foreign_keys is a no-op inside a transaction: switch it before BEGIN.
        const bool rebuild = migration.starts_with(kRebuildMigration);
        std::string restore = "PRAGMA foreign_keys = ON";
        if (rebuild) {
            auto was = db.queryInt("PRAGMA foreign_keys");
            if (!was)
                return was.error();
            restore = "PRAGMA foreign_keys = " + std::to_string(*was);
            if (auto s = db.exec("PRAGMA foreign_keys = OFF"); !s)
                return s.error();
        }
        if (auto s = db.exec("BEGIN IMMEDIATE"); !s)
            return s.error();
        auto applied = db.exec(migration);
        if (applied && rebuild) {
            auto dangling = db.queryInt("SELECT COUNT(*) FROM pragma_foreign_key_check");
            if (!dangling)
                applied = dangling.error();
            else if (*dangling != 0)
                applied = Error{std::to_string(*dangling) + " row(s) would lose their foreign key", ErrorKind::Storage};
        }
        if (applied)
            applied = db.exec("PRAGMA user_version = " + std::to_string(v + 1));
        if (!applied) {
            (void)db.exec("ROLLBACK");
            if (rebuild)
                (void)db.exec(restore);
            return withContext(std::string(what) + " migration " + std::to_string(v + 1), applied.error());
        }
        if (auto s = db.exec("COMMIT"); !s)
            return s.error();
        if (rebuild)
            if (auto s = db.exec(restore); !s)
                return s.error();
    }
    return {};
}

Result<SqliteDb> openServerDatabase(const std::filesystem::path& path, std::span<const std::string_view> migrations,
                                    std::string_view what)
{
    if (!migrations.empty()) {
        // Create the file owner-only before SQLite does (with 0644 less the umask): SQLite gives
        // the -wal and -shm files it creates later the database file's mode.
        const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0)
            ::close(fd);
    }
    auto db = SqliteDb::open(path, !migrations.empty());
    if (!db)
        return db.error();
    for (const char* pragma : {"PRAGMA busy_timeout = 10000", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                               "PRAGMA foreign_keys = ON"}) {
        if (auto s = db->exec(pragma); !s)
            return s.error();
    }
    if (!migrations.empty()) {
        if (auto s = migrateSchema(*db, migrations, what); !s)
            return s.error();
    }
    return db;
}

} // namespace vigil
