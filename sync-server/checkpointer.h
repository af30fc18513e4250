// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Moves SQLite's WAL checkpoints off the commit path. With automatic checkpoints, the
// COMMIT that crosses the threshold also copies the WAL into the database and syncs it,
// which stalls every request waiting on that commit (the tail of the ack latency). Here the
// writer connection only appends to the WAL; a WAL hook tells this thread how long the WAL
// is, and it runs PASSIVE checkpoints on its own connection, which never block the writer.
// It writes no rows: the single-writer rule for the data is untouched.

#include "shared/storage/sqlite.h"

#include <condition_variable>
#include <filesystem>
#include <memory>
#include <mutex>
#include <thread>

namespace vigil {
class Logger;
} // namespace vigil

namespace vigil::relay {

class WalCheckpointer {
public:
    /// Opens its own connection to `path` and starts the thread.
    static Result<std::unique_ptr<WalCheckpointer>> start(const std::filesystem::path& path, Logger& log,
                                                          int thresholdPages = 1000);
    ~WalCheckpointer();

    /// Turns off automatic checkpoints on `writer` and reports its WAL length to this thread
    /// after every commit. `writer` must outlive this object or be detached first.
    void attach(SqliteDb& writer);
    /// Stops the thread (after a checkpoint in progress); idempotent.
    void stop();

private:
    WalCheckpointer(SqliteDb db, Logger& log, int thresholdPages);
    static int onWalCommit(void* self, struct sqlite3* db, const char* name, int pages);
    void run();

    SqliteDb m_db;
    Logger& m_log;
    int m_threshold;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    int m_walPages = 0;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace vigil::relay
