// SPDX-License-Identifier: EUPL-1.2
#include "audittrail.h"

#include "sqlitecolumns.h"

namespace vigil::registry {

namespace {

// The key of the transaction-scoped advisory lock that orders appends on PostgreSQL (any
// constant no other lock of the registry uses: "vigil au" in ASCII).
constexpr std::string_view kSerialiseAppends = "SELECT pg_advisory_xact_lock(8531315210364909941)";

} // namespace

Status serialiseAppends(Db db)
{
    if (db.dialect() != Dialect::Postgres)
        return {};
    return db.exec(kSerialiseAppends);
}

Status AuditTrail::append(AuditEntry entry)
{
    // SQLite's write transaction (BEGIN IMMEDIATE) already excludes every other writer. On
    // PostgreSQL two processes could both read the same newest entry and fork the chain (the
    // second insert would then fail on the seq key and lose its whole transaction): the lock
    // makes the second wait until the first commits, and its read then sees the new entry
    // (READ COMMITTED reads what was committed before each statement). It is released at
    // COMMIT or ROLLBACK.
    if (auto s = serialiseAppends(m_db); !s)
        return s;
    if (!m_last) {
        auto last = m_db.prepare("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1");
        auto insert = m_db.prepare("INSERT INTO audit(seq, at, actor, action, subject, detail, prev, hash) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        if (!last)
            return last.error();
        if (!insert)
            return insert.error();
        m_last.emplace(std::move(*last));
        m_insert.emplace(std::move(*insert));
    }
    // Read inside the caller's write transaction, so another process appending (vigil-admin)
    // cannot interleave between this read and the insert.
    m_last->reset();
    auto row = m_last->step();
    if (!row)
        return row.error();
    AuditEntry previous;
    if (*row) {
        previous.seq = m_last->int64(0);
        previous.hash = fixedColumn<32>(*m_last, 1);
    }
    m_last->reset();
    chainAuditEntry(entry, *row ? &previous : nullptr);
    Stmt& insert = *m_insert;
    insert.reset();
    insert.bind(1, entry.seq)
        .bind(2, entry.at)
        .bindText(3, entry.actor)
        .bindText(4, entry.action)
        .bindText(5, entry.subject)
        .bindText(6, entry.detail)
        .bind(7, entry.prev)
        .bind(8, entry.hash);
    auto result = insert.run();
    insert.reset();
    return result;
}

Result<std::vector<AuditEntry>> AuditTrail::entries()
{
    return entriesAbout("", "");
}

Result<std::vector<AuditEntry>> AuditTrail::entriesAbout(std::string_view actionPrefix, std::string_view subject)
{
    // An empty subject and prefix select every entry (entries()). The casts give PostgreSQL the
    // parameters' type, which it cannot infer from length() alone.
    auto stmt = m_db.prepare("SELECT seq, at, actor, action, subject, detail, prev, hash FROM audit "
                             "WHERE (CAST(?1 AS TEXT) = '' OR subject = ?1)"
                             " AND substr(action, 1, length(CAST(?2 AS TEXT))) = ?2 ORDER BY seq");
    if (!stmt)
        return stmt.error();
    const std::string subjectText(subject), prefix(actionPrefix);
    stmt->bindText(1, subjectText).bindText(2, prefix);
    std::vector<AuditEntry> out;
    if (auto s = stmt->eachRow([&](const Stmt&) {
            out.push_back(AuditEntry{stmt->int64(0), stmt->int64(1), stmt->text(2), stmt->text(3), stmt->text(4),
                stmt->text(5), fixedColumn<32>(*stmt, 6), fixedColumn<32>(*stmt, 7)});
        });
        !s)
        return s.error();
    return out;
}

} // namespace vigil::registry
