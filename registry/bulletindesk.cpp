// SPDX-License-Identifier: EUPL-1.2
#include "bulletindesk.h"

#include "forupdate.h"

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

BulletinSubmission readSubmission(const Stmt& s)
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

Result<std::vector<BulletinSubmission>> query(Db db, const std::string& where, const std::function<void(Stmt&)>& bind)
{
    auto stmt = db.prepare("SELECT " + std::string(kColumns) + " FROM bulletin_submissions " + where);
    if (!stmt)
        return stmt.error();
    bind(*stmt);
    std::vector<BulletinSubmission> out;
    if (auto s = stmt->eachRow([&](const Stmt& row) { out.push_back(readSubmission(row)); }); !s)
        return s.error();
    return out;
}

/// What every device would refuse (empty or over-long texts, no category) is refused here,
/// checked by the device's own decoder; and nothing may hide from the operator who reads it
/// before signing.
Status checkContent(const Bulletin& content)
{
    if (content.categories.empty())
        return Error{"bulletin.categories: name at least one category"};
    for (const std::string* t : {&content.titleNl, &content.titleEn, &content.textNl, &content.textEn})
        if (hasHiddenControls(*t))
            return Error{"bulletin: texts may contain new lines but no other control characters or direction overrides"};
    Bulletin probe = content;
    probe.sequence = 1;
    if (auto decoded = decodeBulletin(encodeBulletin(probe)); !decoded)
        return decoded.error();
    return {};
}

/// The case a lesson is drawn from must be one the member holds, and closed; read inside the
/// submission's transaction, so retention cannot delete it in between.
Status checkCase(Db db, const std::string& memberId, std::int64_t caseId)
{
    auto stmt = db.prepare("SELECT c.state FROM cases c JOIN case_recipients r ON r.case_id = c.id "
                           "WHERE c.id = ? AND r.member_id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, caseId).bindText(2, memberId);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row) // the same answer for "no such case" and "not yours"
        return Error{"no case " + std::to_string(caseId) + " for this advisor", ErrorKind::NotFound};
    if (stmt->text(0) != "closed")
        return Error{"case " + std::to_string(caseId) + " is not closed: lessons learned are drawn from closed cases",
                     ErrorKind::Refused};
    return {};
}

} // namespace

bool hasHiddenControls(std::string_view text)
{
    const auto* b = reinterpret_cast<const unsigned char*>(text.data());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((b[i] < 0x20 && b[i] != '\n') || b[i] == 0x7f)
            return true;
        if (b[i] == 0xc2 && i + 1 < text.size() && b[i + 1] >= 0x80 && b[i + 1] <= 0x9f)
            return true; // C1 controls
        if (b[i] == 0xe2 && i + 2 < text.size()
            && ((b[i + 1] == 0x80 && b[i + 2] >= 0xaa && b[i + 2] <= 0xae)      // U+202A..U+202E
                || (b[i + 1] == 0x81 && b[i + 2] >= 0xa6 && b[i + 2] <= 0xa9)))  // U+2066..U+2069
            return true;
    }
    return false;
}

namespace {

Status insertBulletin(Db db, const Bulletin& bulletin, ByteView blob)
{
    auto stmt = db.prepare("INSERT INTO bulletins(sequence, published, signed) VALUES (?, ?, ?)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, static_cast<std::int64_t>(bulletin.sequence))
        .bind(2, static_cast<std::int64_t>(bulletin.published))
        .bind(3, blob);
    return stmt->run();
}

} // namespace

Result<std::uint64_t> publishBulletinLocked(Db db, Bulletin bulletin, const SigningKeyPair& rootKey,
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
    if (auto s = insertBulletin(db, bulletin, blob); !s)
        return s.error();
    return bulletin.sequence;
}

Result<Bulletin> storeSignedBulletin(Db db, ByteView blob, const RootKeySet& pinned)
{
    // Checked as every device will check it, against the key set the registry has pinned.
    auto bulletin = verifyBulletin(blob, pinned);
    if (!bulletin)
        return bulletin.error();
    auto last = db.queryInt("SELECT COALESCE(MAX(sequence), 0) FROM bulletins");
    if (!last)
        return last.error();
    if (bulletin->sequence != static_cast<std::uint64_t>(*last + 1))
        return Error{"bulletin: prepared as number " + std::to_string(bulletin->sequence) + ", but the next is "
                         + std::to_string(*last + 1) + ": prepare it again and have it signed",
                     ErrorKind::Conflict};
    if (auto s = checkContent(*bulletin); !s)
        return withKind(ErrorKind::Invalid, s.error());
    if (auto s = insertBulletin(db, *bulletin, blob); !s)
        return s.error();
    return bulletin;
}

Result<BulletinSubmission> BulletinDesk::submit(const std::string& memberId, std::optional<std::int64_t> caseId,
                                                const Bulletin& content, UnixSeconds now, const std::string& actionId)
{
    if (auto s = checkContent(content); !s)
        return withKind(ErrorKind::Invalid, s.error());
    if (!actionId.empty()) {
        // A replay of a submission that was stored (its answer got lost): the same one again.
        auto lock = m_store.lock();
        auto earlier = query(m_store.db(), "WHERE author = ? AND action_id = ?", [&](Stmt& s) {
            s.bindText(1, memberId).bindText(2, actionId);
        });
        lock.unlock();
        if (!earlier)
            return withKind(ErrorKind::Storage, earlier.error());
        if (!earlier->empty()) {
            BulletinSubmission& first = earlier->front();
            // Compared as submitted: approval later sets the sequence and publication time.
            Bulletin stored = first.content;
            stored.sequence = content.sequence;
            stored.published = content.published;
            if (stored == content && first.caseId == caseId)
                return std::move(first);
            return Error{"action_id \"" + actionId + "\" was already used for another submission", ErrorKind::Conflict};
        }
    }
    std::int64_t id = 0;
    Status s = m_store.writeAudited([&](Db db, AuditEntry& audit) -> Status {
        if (caseId)
            if (auto c = checkCase(db, memberId, *caseId); !c)
                return c;
        auto stmt = db.prepare("INSERT INTO bulletin_submissions(author, case_id, submitted_at, kind, categories, "
                               "title_nl, title_en, text_nl, text_en, action_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                               "RETURNING id");
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
        if (actionId.empty())
            stmt->bindNull(10);
        else
            stmt->bindText(10, actionId);
        auto inserted = firstInt(*stmt);
        if (!inserted)
            return inserted.error();
        id = inserted->value_or(0);
        audit = AuditEntry{0, now, memberId, "bulletin.submitted", "submission " + std::to_string(id),
                           caseId ? "from case " + std::to_string(*caseId) : std::string("no case"), {}, {}};
        return {};
    });
    // checkCase gives its refusals a kind; a failure without one is storage.
    if (!s)
        return s.error().kind == ErrorKind::Unspecified ? withKind(ErrorKind::Storage, s.error()) : s.error();
    auto stored = find(id);
    // Just stored, so any failure to read it back is storage.
    return stored ? stored : withKind(ErrorKind::Storage, stored.error());
}

Result<std::vector<BulletinSubmission>> BulletinDesk::submittedBy(const std::string& memberId)
{
    auto lock = m_store.lock();
    return query(m_store.db(), "WHERE author = ? ORDER BY id DESC", [&](Stmt& s) { s.bindText(1, memberId); });
}

Result<std::vector<BulletinSubmission>> BulletinDesk::inState(SubmissionState state)
{
    auto lock = m_store.lock();
    return query(m_store.db(), "WHERE state = ? ORDER BY id", [&](Stmt& s) { s.bindText(1, enumName(state)); });
}

Result<BulletinSubmission> BulletinDesk::find(std::int64_t id)
{
    auto lock = m_store.lock();
    auto found = query(m_store.db(), "WHERE id = ?", [&](Stmt& s) { s.bind(1, id); });
    if (!found)
        return found.error();
    if (found->empty())
        return Error{"no bulletin submission " + std::to_string(id), ErrorKind::NotFound};
    return std::move(found->front());
}

Result<std::uint64_t> BulletinDesk::approve(std::int64_t id, const SigningKeyPair& rootKey, UnixSeconds now)
{
    std::uint64_t sequence = 0;
    Status s = m_store.writeAudited([&](Db db, AuditEntry& audit) -> Status {
        // Read inside the transaction and locked, so two operators cannot both publish one
        // submission (a second approval waits, then reads it published).
        auto b = pendingSubmissionLocked(db, id);
        if (!b)
            return b.error();
        auto published = publishBulletinLocked(db, b->content, rootKey, now);
        if (!published)
            return published.error();
        sequence = *published;
        if (auto r = markPublishedLocked(db, id, sequence, now); !r)
            return r;
        audit = AuditEntry{0, now, "admin", "bulletin.published", std::to_string(sequence),
                           "submission " + std::to_string(id) + " by " + b->author + " approved", {}, {}};
        return {};
    });
    if (!s)
        return s.error();
    return sequence;
}

Status BulletinDesk::reject(std::int64_t id, const std::string& reason, UnixSeconds now)
{
    if (reason.empty() || reason.size() > 2000)
        return Error{"give the author a reason (1 to 2000 characters)", ErrorKind::Invalid};
    return m_store.writeAudited([&](Db db, AuditEntry& audit) -> Status {
        auto stmt = db.prepare("UPDATE bulletin_submissions SET state = 'rejected', decided_at = ?, reason = ? "
                               "WHERE id = ? AND state = 'pending'");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, now).bindText(2, reason).bind(3, id);
        if (auto r = stmt->run(); !r)
            return r;
        if (stmt->changes() == 0)
            return Error{"no pending bulletin submission " + std::to_string(id), ErrorKind::NotFound};
        // The reason goes to the author, not into the audit trail (it may quote the draft).
        audit = AuditEntry{0, now, "admin", "bulletin.rejected", "submission " + std::to_string(id), "", {}, {}};
        return {};
    });
}

Result<BulletinSubmission> pendingSubmissionLocked(Db db, std::int64_t id)
{
    auto found = query(db, "WHERE id = ?" + std::string(forUpdate(db)), [&](Stmt& st) { st.bind(1, id); });
    if (!found)
        return found.error();
    if (found->empty())
        return Error{"no bulletin submission " + std::to_string(id), ErrorKind::NotFound};
    if (found->front().state != SubmissionState::Pending)
        return Error{"submission " + std::to_string(id) + " is already " + std::string(enumName(found->front().state)),
                     ErrorKind::Conflict};
    return std::move(found->front());
}

Status markPublishedLocked(Db db, std::int64_t id, std::uint64_t sequence, UnixSeconds now)
{
    auto stmt = db.prepare("UPDATE bulletin_submissions SET state = 'published', decided_at = ?, sequence = ? "
                           "WHERE id = ? AND state = 'pending'");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, now).bind(2, static_cast<std::int64_t>(sequence)).bind(3, id);
    return stmt->run();
}

bool sameText(const Bulletin& a, const Bulletin& b)
{
    return a.kind == b.kind && a.categories == b.categories && a.titleNl == b.titleNl && a.titleEn == b.titleEn
        && a.textNl == b.textNl && a.textEn == b.textEn;
}

} // namespace vigil::registry
