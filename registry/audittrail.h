// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The audit trail as the registry's database holds it (table `audit`): appends each entry
// chained to the newest one (audit.h) and reads the whole trail back. It never opens a
// transaction of its own: an entry is appended inside the write transaction of the change it
// records, so the two are committed together or not at all. It runs on either engine
// (shared/storage/db.h); on PostgreSQL, where several registry processes may append at once,
// appends are serialised in the database (see append).

#include "audit.h"
#include "multirow.h"

#include "shared/result.h"
#include "shared/storage/db.h"

#include <optional>
#include <vector>

namespace vigil::registry {

/// Takes, on PostgreSQL, the transaction-scoped lock that orders appends to the audit chain and
/// to the mailbox feed across registry processes, until COMMIT or ROLLBACK; call it before the
/// insert that takes a feed position (mailbox.seq). Identity values are handed out at INSERT
/// but become visible at COMMIT, so without it a phone reading "everything after seq N" could
/// read N+1 before N commits, and never see N. SQLite's one writer orders them already.
[[nodiscard]] Status serialiseAppends(Db db);

class AuditTrail {
public:
    /// Works on `db`, whose connection must outlive it; the caller serialises its use.
    explicit AuditTrail(Db db);

    /// Chains `entry` to the newest entry and inserts it. Call inside a write transaction
    /// (Db::beginWrite) that also holds the change it records.
    Status append(AuditEntry entry);
    /// append() for several entries in this order: one lock and one read of the newest entry for
    /// them all, then the inserts (one per kRowsPerStatement entries on PostgreSQL, where each
    /// statement is a round trip). Appending one at a time costs three statements an entry, and
    /// a batch of new cases appends one or two per case.
    Status appendAll(std::vector<AuditEntry> entries);
    /// Every entry, oldest first.
    Result<std::vector<AuditEntry>> entries();
    /// The entries of one subject whose action starts with `actionPrefix` ("risk."), in order:
    /// the history of one record of a register.
    Result<std::vector<AuditEntry>> entriesAbout(std::string_view actionPrefix, std::string_view subject);

private:
    /// The newest entry, or nullopt while the trail is empty (read inside the caller's
    /// transaction, after serialiseAppends).
    Result<std::optional<AuditEntry>> newest();

    Db m_db;
    // Prepared once: intake appends an entry per case.
    std::optional<Stmt> m_last;
    SizedStatement m_insert;
};

} // namespace vigil::registry
