// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Background work that runs once across registry processes (docs/postgres-plan.md, "Several
// registry processes"). Every vigil-registry runs the hourly retention sweep and the PDCA
// sweep; on one PostgreSQL database only one of them may do a given round at a time, the others
// skip it. The guard is PostgreSQL's transaction-scoped advisory lock, tried, never waited for:
// a process that finds the job's lock held knows another one is doing the round right now. The
// lock goes with the transaction that holds it — at COMMIT, at ROLLBACK, or when the process
// dies and its connection closes — so a crashed sweep never blocks the next round.
// On SQLite nothing changes: one process holds the data folder, and its single writer already
// serialises (the lock is always "taken" there).

#include "shared/storage/db.h"

#include <optional>

namespace vigil::registry {

/// The registry's jobs that must not run in two processes at once.
enum class Job {
    Retention,  ///< the retention sweep (retention.h), one write transaction
    PdcaSweep,  ///< the PDCA sweep (pdca/alertsweep.h): the board, its snapshot, the alerts
};

/// Inside a transaction open on `db`: takes `job`'s lock if no other transaction holds it and
/// says whether this one holds it now (`pg_try_advisory_xact_lock`); always true on SQLite.
[[nodiscard]] Result<bool> tryJobLock(Db db, Job job);

/// A job's lock held by a transaction of its own, for a job whose work spans several
/// transactions (the PDCA sweep stores the board's snapshot and raises each alert in a
/// transaction of its own, on other connections). The connection must be used for nothing
/// else while the hold lives; the lock is released when the hold is destroyed.
class JobHold {
public:
    /// Opens a transaction on `db` and tries `job`'s lock in it; with no connection (SQLite)
    /// the job is simply held. held() says whether this process runs the round.
    [[nodiscard]] static Result<JobHold> tryTake(std::optional<Db> db, Job job);
    ~JobHold();
    JobHold(JobHold&& other) noexcept;
    JobHold& operator=(JobHold&&) = delete;
    JobHold(const JobHold&) = delete;
    JobHold& operator=(const JobHold&) = delete;

    bool held() const { return m_held; }

private:
    JobHold(std::optional<Db> db, bool held) : m_db(db), m_held(held) {}
    std::optional<Db> m_db; ///< the holding transaction's connection, until released
    bool m_held = false;
};

} // namespace vigil::registry
