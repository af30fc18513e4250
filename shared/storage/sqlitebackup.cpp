// SPDX-License-Identifier: EUPL-1.2
#include "sqlitebackup.h"

#include "durablefile.h"

#include <sqlite3.h>

#include <unistd.h>

#include <string>

namespace vigil {

namespace fs = std::filesystem;

namespace {

/// Pages per backup step (4 KiB each): short enough that no lock is held for long (and that
/// even the tests' small databases are copied in several steps beside a writer), long enough
/// that the per-step cost is nothing next to the copying.
constexpr int kPagesPerStep = 64;
/// Steps in a row that found a lock (5 ms apart) before the backup gives up: in WAL mode with
/// a read snapshot held, only something unusual (an EXCLUSIVE locking mode) locks the source
/// that long, and a backup that waits forever would hide it from the operator's timer.
constexpr int kBusyRetries = 2000;

Result<bool> hasTable(SqliteDb& db, std::string_view table)
{
    auto stmt = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1");
    if (!stmt)
        return stmt.error();
    const std::string name(table);
    stmt->bindText(1, name);
    auto row = stmt->step();
    if (!row)
        return row.error();
    return *row;
}

/// Ends the source's read transaction on every path out of the copy.
struct ReadSnapshot {
    SqliteDb& db;
    bool open = false;
    ~ReadSnapshot()
    {
        if (open)
            (void)db.exec("COMMIT");
    }
};

Status copyPages(SqliteDb& source, SqliteDb& dest)
{
    // One snapshot for the whole copy: BEGIN is deferred, the first read opens the read
    // transaction, and every step after reads the same one.
    ReadSnapshot snapshot{source};
    if (auto s = source.exec("BEGIN"); !s)
        return s.error();
    snapshot.open = true;
    if (auto s = source.queryInt("SELECT count(*) FROM sqlite_master"); !s)
        return s.error();
    sqlite3_backup* backup = sqlite3_backup_init(dest.handle(), "main", source.handle(), "main");
    if (!backup)
        return Error{"sqlite: cannot start the backup: " + dest.lastError(), ErrorKind::Storage};
    int rc = SQLITE_OK;
    int busy = 0;
    while (rc == SQLITE_OK || ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && busy < kBusyRetries)) {
        rc = sqlite3_backup_step(backup, kPagesPerStep);
        busy = rc == SQLITE_BUSY || rc == SQLITE_LOCKED ? busy + 1 : 0;
        if (busy > 0)
            sqlite3_sleep(5);
    }
    const int finished = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE || finished != SQLITE_OK)
        return Error{std::string("sqlite: backup failed: ") + sqlite3_errstr(rc != SQLITE_DONE ? rc : finished),
                     ErrorKind::Storage};
    return {};
}

} // namespace

Result<CheckedDatabase> checkDatabaseFile(const fs::path& file, const StoreKind& kind, const fs::path& shownAs)
{
    const std::string name = shownAs.empty() ? file.string() : shownAs.string();
    std::error_code ec;
    if (!fs::is_regular_file(file, ec))
        return Error{name + " does not exist or is not a file", ErrorKind::NotFound};
    const auto bytes = static_cast<std::int64_t>(fs::file_size(file, ec));
    const std::string notOurs = name + " is not a Vigil " + std::string(kind.what) + " database";
    if (bytes == 0)
        return Error{notOurs + " (it is empty)", ErrorKind::Invalid};
    auto db = SqliteDb::open(file, false);
    if (!db)
        return Error{notOurs + " (" + db.error().message + ")", ErrorKind::Invalid};
    auto version = db->queryInt("PRAGMA user_version");
    if (!version)
        return Error{notOurs + " (" + version.error().message + ")", ErrorKind::Invalid};
    for (std::string_view table : kind.tables) {
        auto has = hasTable(*db, table);
        if (!has)
            return Error{notOurs + " (" + has.error().message + ")", ErrorKind::Invalid};
        if (!*has)
            return Error{notOurs + " (it has no table " + std::string(table) + ")", ErrorKind::Invalid};
    }
    if (*version < 1)
        return Error{notOurs + " (it has no schema version)", ErrorKind::Invalid};
    if (*version > kind.knownVersion)
        return Error{name + ": " + std::string(kind.what) + " schema version " + std::to_string(*version)
                         + " is newer than this build knows (" + std::to_string(kind.knownVersion)
                         + "); use the release that wrote it, or a newer one",
                     ErrorKind::Refused};
    auto integrity = db->prepare("PRAGMA integrity_check");
    if (!integrity)
        return integrity.error();
    auto verdict = firstText(*integrity);
    if (!verdict)
        return Error{name + " is damaged (" + verdict.error().message + ")", ErrorKind::Invalid};
    if (verdict->value_or("") != "ok")
        return Error{name + " is damaged: integrity_check says " + verdict->value_or("nothing"),
                     ErrorKind::Invalid};
    return CheckedDatabase{*version, bytes};
}

Result<CheckedDatabase> backupDatabase(SqliteDb& source, const fs::path& target, const StoreKind& kind)
{
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::error_code ec;
    if (!fs::is_directory(folder, ec))
        return Error{"cannot write the backup: folder " + folder.string() + " does not exist", ErrorKind::NotFound};
    if (fs::is_directory(target, ec))
        return Error{target.string() + " is a folder; name the backup file", ErrorKind::Invalid};
    // Hidden and unique beside the target, so a rename finishes it and a crash leaves no file
    // that looks like a backup.
    const fs::path temp = folder / ("." + target.filename().string() + ".partial-" + std::to_string(::getpid()));
    fs::remove(temp, ec);
    auto result = [&]() -> Result<CheckedDatabase> {
        if (auto s = createPrivateFile(temp); !s)
            return s.error();
        {
            auto dest = SqliteDb::open(temp, false);
            if (!dest)
                return dest.error();
            if (auto s = copyPages(source, *dest); !s)
                return s.error();
            // The pages came with the source's WAL mark; a backup is one file, readable alone.
            if (auto s = dest->exec("PRAGMA journal_mode = DELETE"); !s)
                return s.error();
        }
        auto checked = checkDatabaseFile(temp, kind);
        if (!checked)
            return withContext("the backup did not check out", checked.error());
        if (auto s = syncPath(temp); !s)
            return s.error();
        if (auto s = renameDurably(temp, target); !s)
            return s.error();
        return checked;
    }();
    if (!result)
        fs::remove(temp, ec);
    return result;
}

} // namespace vigil
