// SPDX-License-Identifier: EUPL-1.2
#include "joblock.h"

#include <string>

namespace vigil::registry {

namespace {

// Keys of the advisory locks, one per job: constants no other lock of the registry uses ("vigil
// rt" and "vigil pd" in ASCII; the audit chain's is in audittrail.cpp, the action gate's keys
// are hashes of member and action id, server/actiongate.cpp).
std::int64_t keyOf(Job job)
{
    switch (job) {
    case Job::Retention: return 8532464671513408116;
    case Job::PdcaSweep: return 8532464671513407588;
    }
    return 0;
}

} // namespace

Result<bool> tryJobLock(Db db, Job job)
{
    if (db.dialect() != Dialect::Postgres)
        return true;
    auto taken = db.queryInt("SELECT CASE WHEN pg_try_advisory_xact_lock(" + std::to_string(keyOf(job))
                             + ") THEN 1 ELSE 0 END");
    if (!taken)
        return taken.error();
    return *taken == 1;
}

Result<JobHold> JobHold::tryTake(std::optional<Db> db, Job job)
{
    if (!db || db->dialect() != Dialect::Postgres)
        return JobHold(std::nullopt, true);
    // A transaction that only takes the lock: it holds no snapshot between statements (READ
    // COMMITTED) and writes nothing, so keeping it open while the job runs holds back nothing
    // but the lock.
    if (auto s = db->exec("BEGIN"); !s)
        return s.error();
    auto held = tryJobLock(*db, job);
    if (!held || !*held) {
        db->rollback();
        if (!held)
            return held.error();
        return JobHold(std::nullopt, false);
    }
    return JobHold(db, true);
}

JobHold::JobHold(JobHold&& other) noexcept : m_db(other.m_db), m_held(other.m_held)
{
    other.m_db.reset();
}

JobHold::~JobHold()
{
    // Nothing was written in it: ending it either way releases the lock.
    if (m_db)
        m_db->rollback();
}

} // namespace vigil::registry
