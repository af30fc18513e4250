// SPDX-License-Identifier: EUPL-1.2
#include "storerestore.h"

#include "dirlock.h"
#include "durablefile.h"
#include "privatedir.h"

#include <ctime>
#include <string>

namespace vigil {

namespace fs = std::filesystem;

namespace {

/// "20261206T003000Z": sorts by time, and is safe in a file name.
std::string stamp(std::int64_t unixSeconds)
{
    const std::time_t t = static_cast<std::time_t>(unixSeconds);
    std::tm utc{};
    gmtime_r(&t, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y%m%dT%H%M%SZ", &utc);
    return text;
}

fs::path withSuffix(const fs::path& path, std::string_view suffix)
{
    return fs::path(path.string() + std::string(suffix));
}

/// A name for the replaced database that no earlier restore used.
fs::path asideName(const fs::path& live, std::int64_t now)
{
    const std::string base = live.string() + ".before-restore-" + stamp(now);
    fs::path candidate = base;
    for (int n = 2; fs::exists(candidate) || fs::exists(withSuffix(candidate, "-wal")); ++n)
        candidate = base + "-" + std::to_string(n);
    return candidate;
}

/// Moves the live database and its WAL (which may hold commits not yet checkpointed: it
/// belongs with the file) aside; the -shm is only an index SQLite rebuilds, so it goes.
Result<fs::path> moveAside(const fs::path& live, std::int64_t now)
{
    const fs::path aside = asideName(live, now);
    std::error_code ec;
    for (std::string_view suffix : {"", "-wal"}) {
        const fs::path from = withSuffix(live, suffix);
        if (!fs::exists(from, ec))
            continue;
        if (auto s = renameDurably(from, withSuffix(aside, suffix)); !s)
            return s.error();
    }
    fs::remove(withSuffix(live, "-shm"), ec);
    return aside;
}

} // namespace

Result<RestoreOutcome> restoreDatabase(const RestoreRequest& request, const StoreKind& kind)
{
    if (auto s = checkPrivateDirectory(request.dataDir); !s)
        return s.error();
    auto lock = lockDirectory(request.dataDir, "a running vigil-" + std::string(kind.what) + " (or another restore)");
    if (!lock)
        return lock.error();
    std::error_code ec;
    if (!fs::is_regular_file(request.backup, ec))
        return Error{request.backup.string() + " does not exist or is not a file", ErrorKind::NotFound};

    const fs::path live = request.dataDir / kind.fileName;
    const fs::path incoming = withSuffix(live, ".restoring");
    fs::remove(incoming, ec);   // left by a restore that died; we hold the folder, so no one else's
    auto installed = [&]() -> Result<RestoreOutcome> {
        if (auto s = copyFileDurably(request.backup, incoming); !s)
            return s.error();
        auto checked = checkDatabaseFile(incoming, kind, request.backup);
        if (!checked)
            return checked.error();
        RestoreOutcome outcome{*checked, std::nullopt};
        if (fs::exists(live, ec) || fs::exists(withSuffix(live, "-wal"), ec)) {
            if (!request.force)
                return Error{live.string() + " exists; --force replaces it (the current database is kept aside as "
                                 + live.filename().string() + ".before-restore-<time>)",
                             ErrorKind::Conflict};
            auto aside = moveAside(live, request.now);
            if (!aside)
                return aside.error();
            outcome.keptAside = *aside;
        }
        if (auto s = renameDurably(incoming, live); !s)
            return s.error();
        return outcome;
    }();
    if (!installed)
        fs::remove(incoming, ec);
    return installed;
}

} // namespace vigil
