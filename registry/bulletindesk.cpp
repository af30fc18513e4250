// SPDX-License-Identifier: EUPL-1.2
#include "bulletindesk.h"

#include <sstream>

namespace vigil::registry {

namespace {

constexpr std::string_view kColumns = "id, author, case_id, submitted_at, kind, categories, title_nl, title_en, "
                                      "text_nl, text_en, state, decided_at, reason, sequence";

std::string joinCategories(const std::vector<Category>& categories)
{
    std::string out;
    for (auto c : categories) {
        if (!out.empty())
            out += ',';
        out += enumName(c);
    }
    return out;
}

std::vector<Category> splitCategories(const std::string& text)
{
    std::vector<Category> out;
    std::stringstream in(text);
    for (std::string name; std::getline(in, name, ',');)
        if (auto c = parseEnum<Category>(name))
            out.push_back(*c);
    return out;
}

BulletinSubmission readSubmission(const SqliteStmt& s)
{
    BulletinSubmission b;
    b.id = s.int64(0);
    b.author = s.text(1);
    if (!s.isNull(2))
        b.caseId = s.int64(2);
    b.submittedAt = s.int64(3);
    b.content.kind = parseEnum<BulletinKind>(s.text(4)).value_or(BulletinKind::LessonLearned);
    b.content.categories = splitCategories(s.text(5));
    b.content.titleNl = s.text(6);
    b.content.titleEn = s.text(7);
    b.content.textNl = s.text(8);
    b.content.textEn = s.text(9);
    b.state = parseEnum<SubmissionState>(s.text(10)).value_or(SubmissionState::Pending);
    if (!s.isNull(11))
        b.decidedAt = s.int64(11);
    b.reason = s.text(12);
    if (!s.isNull(13)) {
        b.content.sequence = static_cast<std::uint64_t>(s.int64(13));
        b.content.published = b.decidedAt ? static_cast<std::uint64_t>(*b.decidedAt) : 0;
    }
    return b;
}

Result<std::vector<BulletinSubmission>> query(SqliteDb& db, const std::string& where,
                                              const std::function<void(SqliteStmt&)>& bind)
{
    auto stmt = db.prepare("SELECT " + std::string(kColumns) + " FROM bulletin_submissions " + where);
    if (!stmt)
        return stmt.error();
    bind(*stmt);
    std::vector<BulletinSubmission> out;
    if (auto s = stmt->eachRow([&](const SqliteStmt& row) { out.push_back(readSubmission(row)); }); !s)
        return s.error();
    return out;
}

/// What every device would refuse (empty or over-long texts, no category) is refused here,
/// checked by the device's own decoder.
Status checkContent(const Bulletin& content)
{
    if (content.categories.empty())
        return Error{"bulletin.categories: name at least one category"};
    Bulletin probe = content;
    probe.sequence = 1;
    if (auto decoded = decodeBulletin(encodeBulletin(probe)); !decoded)
        return decoded.error();
    return {};
}

} // namespace

Result<std::uint64_t> publishBulletinLocked(SqliteDb& db, Bulletin bulletin, const SigningKeyPair& rootKey,
                                            UnixSeconds now)
{
    auto last = db.queryInt("SELECT COALESCE(MAX(sequence), 0) FROM bulletins");
    if (!last)
        return last.error();
    bulletin.sequence = static_cast<std::uint64_t>(*last + 1);
    bulletin.published = static_cast<std::uint64_t>(now);
    const Bytes blob = signBulletin(bulletin, rootKey);
    // Reject here what every device would reject (empty or over-long texts).
    if (auto check = verifyBulletin(blob, rootKey.publicKey); !check)
        return check.error();
    auto stmt = db.prepare("INSERT INTO bulletins(sequence, published, signed) VALUES (?, ?, ?)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, static_cast<std::int64_t>(bulletin.sequence)).bind(2, now).bind(3, blob);
    if (auto s = stmt->run(); !s)
        return s.error();
    return bulletin.sequence;
}

Result<BulletinSubmission> BulletinDesk::submit(const std::string& memberId, std::optional<std::int64_t> caseId,
                                                const Bulletin& content, UnixSeconds now)
{
    if (auto s = checkContent(content); !s)
        return s.error();
    if (caseId) {
        if (m_cases == nullptr)
            return Error{"this desk cannot check cases"};
        auto c = m_cases->caseFor(memberId, *caseId);
        if (!c)
            return c.error();
        if (c->state != CaseState::Closed)
            return Error{"case " + std::to_string(*caseId)
                         + " is not closed: lessons learned are drawn from closed cases"};
    }
    std::int64_t id = 0;
    Status s = m_store.writeAudited([&](SqliteDb& db, AuditEntry& audit) -> Status {
        auto stmt = db.prepare("INSERT INTO bulletin_submissions(author, case_id, submitted_at, kind, categories, "
                               "title_nl, title_en, text_nl, text_en) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!stmt)
            return stmt.error();
        const std::string categories = joinCategories(content.categories);
        stmt->bindText(1, memberId);
        if (caseId)
            stmt->bind(2, *caseId);
        else
            stmt->bindNull(2);
        stmt->bind(3, now)
            .bindText(4, enumName(content.kind))
            .bindText(5, categories)
            .bindText(6, content.titleNl)
            .bindText(7, content.titleEn)
            .bindText(8, content.textNl)
            .bindText(9, content.textEn);
        if (auto r = stmt->run(); !r)
            return r;
        id = db.lastInsertRowid();
        audit = AuditEntry{0, now, memberId, "bulletin.submitted", "submission " + std::to_string(id),
                           caseId ? "from case " + std::to_string(*caseId) : std::string("no case"), {}, {}};
        return {};
    });
    if (!s)
        return s.error();
    return find(id);
}

Result<std::vector<BulletinSubmission>> BulletinDesk::submittedBy(const std::string& memberId)
{
    auto lock = m_store.lock();
    return query(m_store.db(), "WHERE author = ? ORDER BY id DESC", [&](SqliteStmt& s) { s.bindText(1, memberId); });
}

Result<std::vector<BulletinSubmission>> BulletinDesk::inState(SubmissionState state)
{
    auto lock = m_store.lock();
    return query(m_store.db(), "WHERE state = ? ORDER BY id",
                 [&](SqliteStmt& s) { s.bindText(1, enumName(state)); });
}

Result<BulletinSubmission> BulletinDesk::find(std::int64_t id)
{
    auto lock = m_store.lock();
    auto found = query(m_store.db(), "WHERE id = ?", [&](SqliteStmt& s) { s.bind(1, id); });
    if (!found)
        return found.error();
    if (found->empty())
        return Error{"no bulletin submission " + std::to_string(id)};
    return std::move(found->front());
}

Result<std::uint64_t> BulletinDesk::approve(std::int64_t id, const SigningKeyPair& rootKey, UnixSeconds now)
{
    std::uint64_t sequence = 0;
    Status s = m_store.writeAudited([&](SqliteDb& db, AuditEntry& audit) -> Status {
        // Read inside the transaction, so two operators cannot both publish one submission.
        auto found = query(db, "WHERE id = ?", [&](SqliteStmt& st) { st.bind(1, id); });
        if (!found)
            return found.error();
        if (found->empty())
            return Error{"no bulletin submission " + std::to_string(id)};
        const BulletinSubmission& b = found->front();
        if (b.state != SubmissionState::Pending)
            return Error{"submission " + std::to_string(id) + " is already " + std::string(enumName(b.state))};
        auto published = publishBulletinLocked(db, b.content, rootKey, now);
        if (!published)
            return published.error();
        sequence = *published;
        auto stmt = db.prepare("UPDATE bulletin_submissions SET state = 'published', decided_at = ?, sequence = ? "
                               "WHERE id = ?");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, now).bind(2, static_cast<std::int64_t>(sequence)).bind(3, id);
        if (auto r = stmt->run(); !r)
            return r;
        audit = AuditEntry{0, now, "admin", "bulletin.published", std::to_string(sequence),
                           "submission " + std::to_string(id) + " by " + b.author + " approved", {}, {}};
        return {};
    });
    if (!s)
        return s.error();
    return sequence;
}

Status BulletinDesk::reject(std::int64_t id, const std::string& reason, UnixSeconds now)
{
    if (reason.empty() || reason.size() > 2000)
        return Error{"give the author a reason (1 to 2000 characters)"};
    return m_store.writeAudited([&](SqliteDb& db, AuditEntry& audit) -> Status {
        auto stmt = db.prepare("UPDATE bulletin_submissions SET state = 'rejected', decided_at = ?, reason = ? "
                               "WHERE id = ? AND state = 'pending'");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, now).bindText(2, reason).bind(3, id);
        if (auto r = stmt->run(); !r)
            return r;
        if (db.changes() == 0)
            return Error{"no pending bulletin submission " + std::to_string(id)};
        // The reason goes to the author, not into the audit trail (it may quote the draft).
        audit = AuditEntry{0, now, "admin", "bulletin.rejected", "submission " + std::to_string(id), "", {}, {}};
        return {};
    });
}

} // namespace vigil::registry
