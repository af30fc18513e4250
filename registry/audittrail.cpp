// SPDX-License-Identifier: EUPL-1.2
#include "audittrail.h"

#include "sqlitecolumns.h"

namespace vigil::registry {

namespace {

// The key of the transaction-scoped advisory lock that orders appends on PostgreSQL (any
// constant no other lock of the registry uses: "vigil au" in ASCII).
constexpr std::string_view kSerialiseAppends = "SELECT pg_advisory_xact_lock(8531315210364909941)";

constexpr std::size_t kAuditColumns = 8;

std::string insertSql(std::size_t rows)
{
    return "INSERT INTO audit(seq, at, actor, action, subject, detail, prev, hash) VALUES "
           + valueRows(rows, kAuditColumns);
}

} // namespace

AuditTrail::AuditTrail(Db db) : m_db(db), m_insert(db, insertSql) {}

Status serialiseAppends(Db db)
{
    if (db.dialect() != Dialect::Postgres)
        return {};
    return db.exec(kSerialiseAppends);
}

Status AuditTrail::append(AuditEntry entry)
{
    std::vector<AuditEntry> one;
    one.push_back(std::move(entry));
    return appendAll(std::move(one));
}

Result<std::optional<AuditEntry>> AuditTrail::newest()
{
    if (!m_last) {
        auto last = m_db.prepare("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1");
        if (!last)
            return last.error();
        m_last.emplace(std::move(*last));
    }
    m_last->reset();
    auto row = m_last->step();
    if (!row)
        return row.error();
    std::optional<AuditEntry> out;
    if (*row) {
        out.emplace();
        out->seq = m_last->int64(0);
        out->hash = fixedColumn<32>(*m_last, 1);
    }
    m_last->reset();
    return out;
}

Status AuditTrail::appendAll(std::vector<AuditEntry> entries)
{
    if (entries.empty())
        return {};
    // SQLite's write transaction (BEGIN IMMEDIATE) already excludes every other writer. On
    // PostgreSQL two processes could both read the same newest entry and fork the chain (the
    // second insert would then fail on the seq key and lose its whole transaction): the lock
    // makes the second wait until the first commits, and its read then sees the new entries
    // (READ COMMITTED reads what was committed before each statement). It is released at
    // COMMIT or ROLLBACK, so nobody appends between this read and the inserts below.
    if (auto s = serialiseAppends(m_db); !s)
        return s;
    auto previous = newest();
    if (!previous)
        return previous.error();
    const AuditEntry* before = *previous ? &**previous : nullptr;
    for (AuditEntry& e : entries) {
        chainAuditEntry(e, before);
        before = &e;
    }
    return inSlices(m_db, entries.size(), [&](std::size_t first, std::size_t rows) -> Status {
        auto insert = m_insert.forRows(rows);
        if (!insert)
            return insert.error();
        for (std::size_t r = 0; r < rows; ++r) {
            const AuditEntry& e = entries[first + r];
            const int at = static_cast<int>(r * kAuditColumns);
            (*insert)->bind(at + 1, e.seq)
                .bind(at + 2, e.at)
                .bindText(at + 3, e.actor)
                .bindText(at + 4, e.action)
                .bindText(at + 5, e.subject)
                .bindText(at + 6, e.detail)
                .bind(at + 7, e.prev)
                .bind(at + 8, e.hash);
        }
        return (*insert)->run();
    });
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
