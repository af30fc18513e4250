// SPDX-License-Identifier: EUPL-1.2
#include "sqlcasestore.h"

#include "aftercarestore.h"
#include "autoassign.h"
#include "casebatch.h"

#include "indicatorcube.h"
#include "joblock.h"
#include "retention.h"
#include "sqlitecolumns.h"
#include "stats/statsaggregate.h"
#include "stats/surveystats.h"

#include <array>
#include <cassert>
#include <cctype>
#include <map>
#include <utility>

namespace vigil::registry {

namespace {

constexpr std::string_view kCaseColumns
    = "id, report_id, envelope_hash, kind, category, unit, month, lang, mode, severity, likelihood, impact, "
      "immediate_danger, consent_commander, reply_key, directory_version, state, outcome, assignee, received_at, "
      "acknowledged_at, feedback_at, closed_at, ack_due, feedback_due, contact_due, delete_after, "
      "(SELECT COUNT(*) FROM follow_ups WHERE thread = cases.report_id AND reply_key = cases.reply_key), "
      "(SELECT MAX(received_at) FROM follow_ups WHERE thread = cases.report_id AND reply_key = cases.reply_key), "
      "(SELECT MAX(at) FROM case_messages WHERE case_id = cases.id AND kind = 'reply'), "
      "(SELECT MIN(at) FROM case_messages WHERE case_id = cases.id AND kind = 'reply'), resolved_by_measure, "
      "retaliation_at, retaliation_due";

std::optional<UnixSeconds> optionalTime(const Stmt& s, int column)
{
    if (s.isNull(column))
        return std::nullopt;
    return s.int64(column);
}

CaseRecord readCase(const Stmt& s)
{
    CaseRecord c;
    c.id = s.int64(0);
    c.header.reportId = fixedColumn<16>(s, 1);
    c.envelopeHash = fixedColumn<32>(s, 2);
    c.header.contentHash = {};
    c.header.kind = parseEnum<Kind>(s.text(3)).value_or(Kind::NearMiss);
    c.header.category = parseEnum<Category>(s.text(4)).value_or(Category::OtherPhysical);
    c.header.unit = s.text(5);
    c.header.month = s.text(6);
    c.header.language = s.text(7);
    c.header.mode = parseEnum<ReportingMode>(s.text(8)).value_or(ReportingMode::Anonymous);
    c.header.severity = parseEnum<Severity>(s.text(9)).value_or(Severity::None);
    c.header.likelihood = parseEnum<Likelihood>(s.text(10)).value_or(Likelihood::None);
    c.header.impact = parseEnum<ImpactLevel>(s.text(11)).value_or(ImpactLevel::None);
    c.header.immediateDanger = s.int64(12) != 0;
    c.header.consentCommander = s.int64(13) != 0;
    c.header.replyKey = fixedColumn<32>(s, 14);
    c.header.directoryVersion = static_cast<std::uint32_t>(s.int64(15));
    c.state = parseEnum<CaseState>(s.text(16)).value_or(CaseState::Received);
    c.outcome = s.isNull(17) ? CaseOutcome::None : parseEnum<CaseOutcome>(s.text(17)).value_or(CaseOutcome::None);
    c.assignee = s.text(18);
    c.receivedAt = s.int64(19);
    c.acknowledgedAt = optionalTime(s, 20);
    c.feedbackAt = optionalTime(s, 21);
    c.closedAt = optionalTime(s, 22);
    c.clocks.acknowledgeDue = s.int64(23);
    c.clocks.feedbackDue = s.int64(24);
    c.clocks.contactDue = optionalTime(s, 25);
    c.deleteAfter = optionalTime(s, 26);
    c.followUps = static_cast<int>(s.int64(27));
    c.lastFollowUpAt = optionalTime(s, 28);
    c.lastReplyAt = optionalTime(s, 29);
    c.firstReplyAt = optionalTime(s, 30);
    c.resolvedByMeasure = optionalTime(s, 31);
    c.retaliationAt = optionalTime(s, 32);
    c.clocks.retaliationDue = optionalTime(s, 33);
    return c;
}

Result<std::vector<std::string>> textColumn(Db db, std::string_view sql, std::int64_t id)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    std::vector<std::string> out;
    if (auto s = stmt->eachRow([&](const Stmt&) { out.push_back(stmt->text(0)); }); !s)
        return s.error();
    return out;
}

} // namespace

SqlCaseStore::SqlCaseStore(Connection db) : m_conn(std::move(db)), m_db(m_conn.db()), m_audit(m_db)
{
}

SqlCaseStore::~SqlCaseStore() = default;

template <typename F> Status SqlCaseStore::inTransaction(F&& body)
{
    return inWriteTransaction(m_db, std::forward<F>(body));
}

SqliteDb& SqlCaseStore::sqlite()
{
    assert(m_db.sqlite() != nullptr && "a store not yet on Db was used on PostgreSQL");
    return *m_db.sqlite();
}

Status SqlCaseStore::needSqlite(std::string_view what) const
{
    if (m_db.sqlite())
        return {};
    return Error{std::string(what) + " does not run on PostgreSQL yet", ErrorKind::Refused};
}

Status SqlCaseStore::writeAuditedOnDb(const std::function<Status(Db, AuditEntry&)>& body)
{
    auto guard = lock();
    return inTransaction([&]() -> Status {
        AuditEntry entry;
        if (auto s = body(m_db, entry); !s)
            return s;
        return m_audit.append(std::move(entry));
    });
}

Status SqlCaseStore::writeAuditedOnSqlite(const std::function<Status(SqliteDb&, AuditEntry&)>& body)
{
    if (auto s = needSqlite("this change"); !s)
        return s;
    auto guard = lock();
    return inTransaction([&]() -> Status {
        AuditEntry entry;
        if (auto s = body(sqlite(), entry); !s)
            return s;
        return m_audit.append(std::move(entry));
    });
}

Status SqlCaseStore::writeAuditedAllOnDb(const std::function<Status(Db, std::vector<AuditEntry>&)>& body)
{
    auto guard = lock();
    return inTransaction([&]() -> Status {
        std::vector<AuditEntry> entries;
        if (auto s = body(m_db, entries); !s)
            return s;
        for (auto& e : entries)
            if (auto s = m_audit.append(std::move(e)); !s)
                return s;
        return {};
    });
}

Status SqlCaseStore::writeAuditedAllOnSqlite(const std::function<Status(SqliteDb&, std::vector<AuditEntry>&)>& body)
{
    if (auto s = needSqlite("this change"); !s)
        return s;
    return writeAuditedAllOnDb([&](Db, std::vector<AuditEntry>& entries) { return body(sqlite(), entries); });
}

Status SqlCaseStore::readConsistentOnDb(const std::function<Status(Db)>& body)
{
    auto guard = lock();
    // SQLite: a deferred read transaction is one snapshot (WAL). PostgreSQL: READ COMMITTED
    // would give each statement its own, so a board could count cases a later query no longer
    // sees; REPEATABLE READ gives the whole body one, and READ ONLY refuses a stray write.
    const bool pg = m_db.dialect() == Dialect::Postgres;
    if (auto s = m_db.exec(pg ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" : "BEGIN"); !s)
        return s;
    Status result = body(m_db);
    if (result)
        result = m_db.commit();
    if (!result)
        m_db.rollback();
    return result;
}

Status SqlCaseStore::readConsistentOnSqlite(const std::function<Status(SqliteDb&)>& body)
{
    if (auto s = needSqlite("this reading"); !s)
        return s;
    return readConsistentOnDb([&](Db) { return body(sqlite()); });
}

Status SqlCaseStore::appendAudit(AuditEntry entry)
{
    auto guard = lock();
    return inTransaction([&] { return m_audit.append(std::move(entry)); });
}

/// The statements createCases() needs, prepared once per call.
struct CreateStatements {
    Stmt findCase;
    Stmt caseReplyKey;
    Stmt findFollowUp;
    Stmt insertCase;
    Stmt insertFollowUp;
    Stmt heldFollowUps;
    Stmt spendToken;
    Stmt unspendToken;
    // Written after the batch's cases, in a fixed order (see createCases): the indicator
    // cube's increments and the audit entries, in the order their changes happened.
    std::vector<const NewCase*> counted;
    std::vector<AuditEntry> audit;
    AutoAssignFlags assignFlags; ///< the groups' flags, read once per batch
};

namespace {

Result<CreateStatements> prepareCreate(Db db)
{
    // The two inserts of a report id do nothing when the id is kept already: on PostgreSQL
    // another registry process may have inserted it since this transaction looked (its insert
    // then waits for that one to commit), and a broken unique key would abort the whole batch.
    const std::array<std::string, 8> sql{
        "SELECT id, envelope_hash, receipt FROM cases WHERE report_id = ?",
        "SELECT id, reply_key FROM cases WHERE report_id = ?",
        "SELECT id, envelope_hash, receipt, thread FROM follow_ups WHERE report_id = ?",
        insertCaseSql(1),
        "INSERT INTO follow_ups(report_id, thread, reply_key, envelope_hash, envelope, receipt, received_at, signal) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (report_id) DO NOTHING RETURNING id",
        "SELECT COUNT(*) FROM follow_ups WHERE thread = ? AND reply_key = ?",
        "INSERT INTO spent_tokens(epoch, nonce, not_after) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
        "DELETE FROM spent_tokens WHERE epoch = ? AND nonce = ?"};
    std::vector<Stmt> stmts;
    for (const auto& q : sql) {
        auto st = db.prepare(q);
        if (!st)
            return st.error();
        stmts.push_back(std::move(*st));
    }
    return CreateStatements{std::move(stmts[0]), std::move(stmts[1]), std::move(stmts[2]), std::move(stmts[3]),
                            std::move(stmts[4]), std::move(stmts[5]), std::move(stmts[6]), std::move(stmts[7]),
                            {}, {}, {}};
}

/// An envelope already kept under a report id: its row id, whether it is the same envelope
/// (a duplicate) or another one (a conflict), its receipt, and a follow-up's thread.
struct Kept {
    std::int64_t id = 0;
    bool same = false;
    Bytes receipt;
    std::optional<ReportId> thread;
};

Result<std::optional<Kept>> lookup(Stmt& find, const NewCase& c, bool followUps)
{
    find.reset();
    find.bind(1, c.header.reportId);
    auto row = find.step();
    if (!row)
        return row.error();
    std::optional<Kept> out;
    if (*row) {
        out.emplace();
        out->id = find.int64(0);
        out->same = fixedColumn<32>(find, 1) == c.envelopeHash;
        if (out->same) {
            ByteView r = find.blob(2);
            out->receipt.assign(r.begin(), r.end());
        }
        if (followUps)
            out->thread = fixedColumn<16>(find, 3);
    }
    find.reset();
    return out;
}

/// Puts a new envelope's token into the global spent set (the unique key is the check, so two
/// relays forwarding one token on two envelopes make one case and one refusal); false when
/// another envelope spent it first. An envelope without a token spends nothing.
Result<bool> spendToken(Stmt& spend, const NewCase& c)
{
    if (!c.token)
        return true;
    spend.reset();
    spend.bind(1, static_cast<std::int64_t>(c.token->epoch)).bind(2, c.token->nonce).bind(3, c.token->notAfter);
    if (auto s = spend.run(); !s)
        return s.error();
    return spend.changes() == 1;
}

/// Takes back what spendToken put in, for an envelope that turned out not to be stored.
Status unspendToken(Stmt& unspend, const NewCase& c)
{
    if (!c.token)
        return {};
    unspend.reset();
    unspend.bind(1, static_cast<std::int64_t>(c.token->epoch)).bind(2, c.token->nonce);
    return unspend.run();
}

/// The case a report became: its id and the reply key its reporter holds.
struct ReportCase {
    std::int64_t id = 0;
    PublicKey replyKey{};
};

/// The case of `reportId`, or nothing while the report has not arrived.
Result<std::optional<ReportCase>> caseOfReport(Stmt& caseReplyKey, const ReportId& reportId)
{
    caseReplyKey.reset();
    caseReplyKey.bind(1, reportId);
    auto row = caseReplyKey.step();
    if (!row)
        return row.error();
    std::optional<ReportCase> out;
    if (*row)
        out = ReportCase{caseReplyKey.int64(0), fixedColumn<32>(caseReplyKey, 1)};
    caseReplyKey.reset();
    return out;
}

/// Appends the batch's audit entries so far, in order, and forgets them.
Status appendPending(AuditTrail& trail, CreateStatements& st)
{
    return trail.appendAll(std::exchange(st.audit, {}));
}

/// Counts a batch's new cases in the indicator cube (docs/pdca.md). The audit entries come after
/// it (appendPending): the audit lock is the last lock a batch takes.
Status countInCube(Db db, const std::vector<const NewCase*>& counted)
{
    std::vector<CubeEntry> entries;
    entries.reserve(counted.size());
    for (const NewCase* c : counted)
        entries.push_back(CubeEntry{&c->header, c->receivedAt});
    return countNewCases(db, entries);
}

/// A lost race's answer: the envelope another connection kept under the same report id is
/// committed (the insert that met it waited for that), so answerKept finds it.
Error vanished()
{
    return Error{"a report id met its unique key but no row holds it", ErrorKind::Unavailable};
}

} // namespace

Result<std::optional<CreateOutcome>> SqlCaseStore::answerKept(CreateStatements& st, const NewCase& c)
{
    // Report ids are unique across cases and follow-ups: the same id is a duplicate or a
    // conflict whichever table holds it.
    auto found = lookup(st.findCase, c, false);
    if (found && !*found)
        found = lookup(st.findFollowUp, c, true);
    if (!found)
        return found.error();
    auto& kept = *found;
    if (!kept)
        return std::optional<CreateOutcome>{};
    std::int64_t caseId = kept->id;
    if (kept->thread) {
        // A follow-up's answer names its case (once its report has arrived).
        auto owner = caseOfReport(st.caseReplyKey, *kept->thread);
        if (!owner)
            return owner.error();
        caseId = *owner ? (*owner)->id : 0;
    }
    return std::optional<CreateOutcome>(
        CreateOutcome{kept->same ? CreateStatus::Duplicate : CreateStatus::Conflict, caseId, std::move(kept->receipt)});
}

Result<CreateOutcome> SqlCaseStore::createOne(CreateStatements& st, const NewCase& c, std::string_view actor)
{
    auto kept = answerKept(st, c);
    if (!kept)
        return kept.error();
    if (*kept)
        return std::move(**kept);
    // A follow-up for a report that has arrived must carry that report's reply key.
    std::optional<ReportCase> owner;
    if (c.header.thread) {
        auto ofReport = caseOfReport(st.caseReplyKey, *c.header.thread);
        if (!ofReport)
            return ofReport.error();
        owner = *ofReport;
        if (owner && owner->replyKey != c.header.replyKey)
            return CreateOutcome{CreateStatus::Refused, 0, {}};
    }
    // A duplicate was answered above, before the spent set is asked: its token is the one the
    // stored envelope spent.
    auto unspent = spendToken(st.spendToken, c);
    if (!unspent)
        return unspent.error();
    if (!*unspent) {
        // On PostgreSQL the spender may be the same envelope, kept by another registry process
        // since this one looked: its insert waited for that one, which has committed now.
        auto again = answerKept(st, c);
        if (!again)
            return again.error();
        if (*again)
            return std::move(**again);
        return CreateOutcome{CreateStatus::TokenSpent, 0, {}};
    }
    if (!c.header.thread) {
        auto created = insertCase(st, c, actor);
        if (!created)
            return created.error();
        if (*created)
            return CreateOutcome{CreateStatus::Created, **created, c.receipt};
    } else {
        const std::int64_t caseId = owner ? owner->id : 0;
        auto stored = keepFollowUp(st, c, caseId, actor);
        if (!stored)
            return stored.error();
        if (*stored)
            return CreateOutcome{CreateStatus::Created, caseId, c.receipt};
    }
    // Another connection kept this report id first: it is answered as kept, and a token this
    // envelope spent goes back (a conflicting envelope is not stored, so it spends nothing).
    if (auto s = unspendToken(st.unspendToken, c); !s)
        return s.error();
    auto again = answerKept(st, c);
    if (!again)
        return again.error();
    if (!*again)
        return vanished();
    return std::move(**again);
}

Result<std::vector<CreateOutcome>> SqlCaseStore::createCases(std::span<const NewCase> cases, std::string_view actor)
{
    auto guard = lock();
    std::vector<CreateOutcome> outcomes(cases.size());
    if (!m_create) {
        auto prepared = prepareCreate(m_db);
        if (!prepared)
            return prepared.error();
        m_create = std::make_unique<CreateStatements>(std::move(*prepared));
    }
    // What the last call left (after a failure) is not this batch's.
    CreateStatements* st = m_create.get();
    st->counted.clear();
    st->audit.clear();
    st->assignFlags.clear();
    Status s = inTransaction([&]() -> Status {
        auto seen = seenInDatabase(m_db, cases);
        if (!seen)
            return seen.error();
        // In the batch's order: each run of envelopes that may take the batch path is created
        // before the next envelope that may not (which may be a follow-up to one of them).
        const std::vector<bool> fast = batchable(cases, *seen);
        for (std::size_t i = 0; i < cases.size();) {
            if (!fast[i]) {
                auto outcome = createOne(*st, cases[i], actor);
                if (!outcome)
                    return outcome.error();
                outcomes[i++] = std::move(*outcome);
                continue;
            }
            std::size_t end = i;
            while (end < cases.size() && fast[end])
                ++end;
            if (auto r = createRun(*st, cases.subspan(i, end - i), std::span(outcomes).subspan(i, end - i), actor);
                !r)
                return r;
            i = end;
        }
        if (auto r = countInCube(m_db, st->counted); !r)
            return r;
        return appendPending(m_audit, *st);
    });
    if (!s)
        return s.error();
    return outcomes;
}

Status SqlCaseStore::createRun(CreateStatements& st, std::span<const NewCase> run, std::span<CreateOutcome> outcomes,
                               std::string_view actor)
{
    std::vector<const NewCase*> all;
    for (const NewCase& c : run)
        all.push_back(&c);
    auto held = spendRunTokens(m_db, all);
    if (!held)
        return held.error();
    // Envelopes whose token another envelope spent first are answered one by one afterwards
    // (a duplicate of that envelope, or TokenSpent); the rest are created together.
    std::vector<const NewCase*> rows;
    std::vector<std::size_t> late;
    for (std::size_t i = 0; i < run.size(); ++i) {
        if ((*held)[i])
            rows.push_back(&run[i]);
        else
            late.push_back(i);
    }
    auto ids = insertCaseRows(m_db, rows);
    if (!ids)
        return ids.error();
    if (auto r = insertRouting(m_db, rows, *ids); !r)
        return r;
    std::size_t row = 0;
    for (std::size_t i = 0; i < run.size(); ++i) {
        if (!(*held)[i])
            continue;
        const NewCase& c = run[i];
        const std::int64_t id = (*ids)[row++];
        if (id == 0) {
            // Another connection kept this report id since the batch looked: answered as kept,
            // and the token goes back (createOne's race, docs/postgres-plan.md).
            if (auto r = unspendToken(st.unspendToken, c); !r)
                return r;
            auto again = answerKept(st, c);
            if (!again)
                return again.error();
            if (!*again)
                return vanished();
            outcomes[i] = std::move(**again);
            continue;
        }
        st.counted.push_back(&c);
        st.audit.push_back(
            AuditEntry{0, c.receivedAt, std::string(actor), "case.created", std::to_string(id), c.auditDetail, {}, {}});
        if (auto r = assignByLoad(st, id, c, actor); !r)
            return r;
        outcomes[i] = CreateOutcome{CreateStatus::Created, id, c.receipt};
    }
    for (std::size_t i : late) {
        auto outcome = createOne(st, run[i], actor);
        if (!outcome)
            return outcome.error();
        outcomes[i] = std::move(*outcome);
    }
    return {};
}

Result<std::optional<std::int64_t>> SqlCaseStore::insertCase(CreateStatements& st, const NewCase& c,
                                                             std::string_view actor)
{
    const RoutingHeader& h = c.header;
    Stmt& insert = st.insertCase;
    insert.reset();
    bindCaseRow(insert, 1, c);
    auto inserted = firstInt(insert);
    insert.reset();
    if (!inserted)
        return inserted.error();
    if (!*inserted)
        return std::optional<std::int64_t>{};
    const std::int64_t id = **inserted;
    const NewCase* one[] = {&c};
    const std::int64_t ids[] = {id};
    if (auto r = insertRouting(m_db, one, ids); !r)
        return r.error();
    // The indicator cube counts the new case in the same transaction (docs/pdca.md).
    st.counted.push_back(&c);
    st.audit.push_back(
        AuditEntry{0, c.receivedAt, std::string(actor), "case.created", std::to_string(id), c.auditDetail, {}, {}});
    if (auto s = assignByLoad(st, id, c, actor); !s)
        return s.error();
    // Follow-ups that overtook their report on the way join the case now.
    st.heldFollowUps.reset();
    st.heldFollowUps.bind(1, h.reportId).bind(2, h.replyKey);
    auto held = st.heldFollowUps.step();
    if (!held)
        return held.error();
    const std::int64_t count = *held ? st.heldFollowUps.int64(0) : 0;
    st.heldFollowUps.reset();
    if (count > 0) {
        st.audit.push_back(AuditEntry{0, c.receivedAt, std::string(actor), "case.follow_up", std::to_string(id),
                                      std::to_string(count) + " follow-up(s) received before the report", {}, {}});
        // Signals that overtook their report act now that the case exists, in the order they
        // arrived: a retaliation signal starts its clock (once, from the case's arrival), and
        // the reporter's wish about contact is applied to the aftercare plan as if the report
        // had come first — a "no further contact" then stops any plan the closing would make.
        auto signalled = m_db.prepare("SELECT signal, received_at FROM follow_ups WHERE thread = ? AND reply_key = ? "
                                      "AND signal IS NOT NULL ORDER BY received_at, id");
        if (!signalled)
            return signalled.error();
        signalled->bind(1, h.reportId).bind(2, h.replyKey);
        std::vector<std::pair<FollowUpSignal, UnixSeconds>> signals;
        if (auto s = signalled->eachRow([&](const Stmt& r) {
                if (auto signal = parseEnum<FollowUpSignal>(r.text(0)))
                    signals.emplace_back(*signal, r.int64(1));
            });
            !s)
            return s.error();
        bool retaliation = false;
        for (const auto& [signal, at] : signals) {
            if (signal == FollowUpSignal::Retaliation) {
                retaliation = true;
                continue;
            }
            if (auto r = appendPending(m_audit, st); !r)
                return r.error();
            auto detail = recordContactSignal(m_db, id, signal, at);
            if (!detail)
                return detail.error();
            const char* action =
                signal == FollowUpSignal::DeclineContact ? "case.aftercare_stopped" : "case.contact_wanted";
            if (auto r = m_audit.append(AuditEntry{0, c.receivedAt, std::string(actor), action, std::to_string(id),
                                                   *detail + " (sent before the report arrived)", {}, {}});
                !r)
                return r.error();
        }
        if (retaliation) {
            if (auto r = appendPending(m_audit, st); !r)
                return r.error();
            if (auto r = signalRetaliation(id, c.receivedAt, c.retaliationHours, actor); !r)
                return r.error();
        }
    }
    return std::optional<std::int64_t>(id);
}

Status SqlCaseStore::assignByLoad(CreateStatements& st, std::int64_t caseId, const NewCase& c, std::string_view actor)
{
    // In the transaction that creates the case, so the load read is the load the choice leaves
    // behind (autoassign.h says how the engines keep two creations from reading a stale one).
    auto chosen = chooseAssignee(m_db, caseId, c.header.groups, c.receivedAt, st.assignFlags);
    if (!chosen)
        return chosen.error();
    if (!*chosen)
        return {};
    auto stmt = m_db.prepare("UPDATE cases SET assignee = ? WHERE id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bindText(1, (*chosen)->member).bind(2, caseId);
    if (auto s = stmt->run(); !s)
        return s;
    // Audited as a manual assignment is ("case.assigned"), by the registry, after case.created.
    st.audit.push_back(AuditEntry{0, c.receivedAt, std::string(actor), "case.assigned", std::to_string(caseId),
                                  autoAssignDetail(**chosen), {}, {}});
    return {};
}

Result<bool> SqlCaseStore::keepFollowUp(CreateStatements& st, const NewCase& c, std::int64_t caseId,
                                        std::string_view actor)
{
    Stmt& insert = st.insertFollowUp;
    insert.reset();
    insert.bind(1, c.header.reportId)
        .bind(2, *c.header.thread)
        .bind(3, c.header.replyKey)
        .bind(4, c.envelopeHash)
        .bind(5, c.envelope)
        .bind(6, c.receipt)
        .bind(7, c.receivedAt);
    if (c.header.signal == FollowUpSignal::None)
        insert.bindNull(8);
    else
        insert.bindText(8, enumName(c.header.signal));
    auto inserted = firstInt(insert);
    insert.reset();
    if (!inserted)
        return inserted.error();
    if (!*inserted)
        return false;
    st.audit.push_back(caseId != 0 ? AuditEntry{0, c.receivedAt, std::string(actor), "case.follow_up",
                                                 std::to_string(caseId), "follow-up from the reporter", {}, {}}
                                    : AuditEntry{0, c.receivedAt, std::string(actor), "follow_up.held", "-",
                                                 "follow-up for a report not received yet", {}, {}});
    // Answers of a follow-up held for a report not received yet are not counted: the app
    // offers the survey only for a case it heard was closed, whose report the registry has.
    if (caseId != 0 && c.header.survey) {
        if (auto r = appendPending(m_audit, st); !r)
            return r.error();
        if (auto r = recordSurvey(caseId, *c.header.survey, c.receivedAt, actor); !r)
            return r.error();
    }
    if (caseId != 0
        && (c.header.signal == FollowUpSignal::MoreContact || c.header.signal == FollowUpSignal::DeclineContact)) {
        // The aftercare plan follows the reporter's wish (issue 16 §2), audited in order.
        if (auto r = appendPending(m_audit, st); !r)
            return r.error();
        auto detail = recordContactSignal(m_db, caseId, c.header.signal, c.receivedAt);
        if (!detail)
            return detail.error();
        const char* action = c.header.signal == FollowUpSignal::DeclineContact ? "case.aftercare_stopped"
                                                                               : "case.contact_wanted";
        if (auto r = m_audit.append(AuditEntry{0, c.receivedAt, std::string(actor), action, std::to_string(caseId),
                                               *detail, {}, {}});
            !r)
            return r.error();
    }
    if (caseId != 0 && c.header.signal == FollowUpSignal::Retaliation) {
        // Its audit entry comes after the ones before it, so those are appended first (this
        // takes the audit lock early: a rare case, and a deadlock is retried by the relay).
        if (auto r = appendPending(m_audit, st); !r)
            return r.error();
        if (auto r = signalRetaliation(caseId, c.receivedAt, c.retaliationHours, actor); !r)
            return r.error();
    }
    return true;
}

Status SqlCaseStore::recordSurvey(std::int64_t caseId, const SurveyAnswers& answers, UnixSeconds at,
                                  std::string_view actor)
{
    auto theCase = m_db.prepare("SELECT domain, unit, closed_at, "
                                "(SELECT COUNT(*) FROM survey_answers WHERE case_id = cases.id) FROM cases WHERE id = ?");
    if (!theCase)
        return theCase.error();
    theCase->bind(1, caseId);
    auto row = theCase->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error{"no case " + std::to_string(caseId), ErrorKind::NotFound};
    const std::string domain = theCase->text(0);
    const std::string unit = theCase->text(1);
    // The quarter of closing; a case still open (answers are sent for a closed case, but it may
    // have been reopened since) counts in the quarter the answers came. Never a finer time.
    const std::string quarter = quarterOf(theCase->isNull(2) ? at : theCase->int64(2));
    const bool replacing = theCase->int64(3) > 0;
    theCase->reset();
    auto upsert = m_db.prepare(
        "INSERT INTO survey_answers(case_id, domain, unit, quarter, heard, again, fear) VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(case_id) DO UPDATE SET domain = excluded.domain, unit = excluded.unit, "
        "quarter = excluded.quarter, heard = excluded.heard, again = excluded.again, fear = excluded.fear");
    if (!upsert)
        return upsert.error();
    upsert->bind(1, caseId).bindText(2, domain).bindText(3, unit).bindText(4, quarter);
    if (answers.heard != 0)
        upsert->bind(5, static_cast<std::int64_t>(answers.heard));
    else
        upsert->bindNull(5);
    if (answers.again != ReportAgain::None)
        upsert->bindText(6, enumName(answers.again));
    else
        upsert->bindNull(6);
    if (answers.fear != 0)
        upsert->bind(7, static_cast<std::int64_t>(answers.fear));
    else
        upsert->bindNull(7);
    if (auto s = upsert->run(); !s)
        return s;
    // Who answered is the case; what they answered is for statistics only, never the trail.
    return m_audit.append(AuditEntry{0, at, std::string(actor), "case.survey", std::to_string(caseId),
                                     replacing ? "the reporter answered the survey again; the new answers replace "
                                                 "the earlier ones"
                                               : "the reporter answered the survey",
                                     {}, {}});
}

Status SqlCaseStore::signalRetaliation(std::int64_t caseId, UnixSeconds at, std::int64_t hours,
                                          std::string_view actor)
{
    auto state = m_db.prepare("SELECT state, domain, unit, retaliation_at FROM cases WHERE id = ?");
    if (!state)
        return state.error();
    state->bind(1, caseId);
    auto row = state->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error{"no case " + std::to_string(caseId), ErrorKind::NotFound};
    const bool closed = state->text(0) == "closed";
    const std::string domain = state->text(1);
    const std::string unit = state->text(2);
    // The quarter of the case's previous signal ("" when none).
    const std::string previousQuarter = state->isNull(3) ? std::string() : quarterOf(state->int64(3));
    state->reset();
    // Statistics count cases, not messages: a case once per quarter of its signals
    // (retaliation_counts outlives the case; docs/statistics.md "Retaliation").
    if (const std::string quarter = quarterOf(at); previousQuarter != quarter) {
        auto count = m_db.prepare("INSERT INTO retaliation_counts(quarter, domain, unit, count) VALUES (?, ?, ?, 1) "
                                  "ON CONFLICT(quarter, domain, unit) DO UPDATE SET count = retaliation_counts.count + 1");
        if (!count)
            return count.error();
        count->bindText(1, quarter).bindText(2, domain).bindText(3, unit);
        if (auto s = count->run(); !s)
            return s;
        // The same case once more, organisation-wide, in the month of its first signal of the
        // quarter, for the indicator retaliation_signals: a quarter's months add up to its
        // count here, so the board can suppress them against it (registry/pdca/indicatorboard.h).
        auto month = m_db.prepare("INSERT INTO retaliation_months(month, count) VALUES (?, 1) "
                                  "ON CONFLICT(month) DO UPDATE SET count = retaliation_months.count + 1");
        if (!month)
            return month.error();
        const std::string signalMonth = monthOf(at);
        month->bindText(1, signalMonth);
        if (auto s = month->run(); !s)
            return s;
    }
    std::string detail = "the reporter signals retaliation; answer due within " + std::to_string(hours) + " h";
    if (closed) {
        // Reopened: the case leaves the closed aggregates it was added to and counts as open
        // again, and retention no longer deletes it.
        if (auto s = withdrawClosedCase(m_db, caseId); !s)
            return s;
        // Its missed clocks too: they are judged again when it closes again.
        auto missed = missedOnClosing(caseId);
        if (!missed)
            return missed.error();
        auto closedAt = m_db.prepare("SELECT closed_at FROM cases WHERE id = ?");
        if (!closedAt)
            return closedAt.error();
        closedAt->bind(1, caseId);
        auto when = firstInt(*closedAt);
        if (!when)
            return when.error();
        for (const auto& clock : *missed)
            if (auto s = withdrawMissedClock(m_db, clock, when->value_or(0)); !s)
                return s;
        if (auto s = m_db.exec("UPDATE cases SET state = 'in_progress', outcome = NULL, closed_at = NULL, "
                               "delete_after = NULL WHERE id = " + std::to_string(caseId));
            !s)
            return s;
        detail += "; reopened (closed -> in_progress)";
    }
    auto due = m_db.prepare("UPDATE cases SET retaliation_at = ?, retaliation_due = ? WHERE id = ?");
    if (!due)
        return due.error();
    due->bind(1, at).bind(2, at + hours * 3600).bind(3, caseId);
    if (auto s = due->run(); !s)
        return s;
    return m_audit.append(AuditEntry{0, at, std::string(actor), "case.retaliation", std::to_string(caseId), detail, {}, {}});
}

Status SqlCaseStore::loadMembership(CaseRecord& c)
{
    // In the order the header named them, which is the order they were inserted: SQLite's
    // rowid; PostgreSQL's ctid, the rows' place in the table, holds it as well because a case's
    // rows are written once, together, and never updated.
    const std::string order = m_db.dialect() == Dialect::Sqlite ? " ORDER BY rowid" : " ORDER BY ctid";
    auto groups = textColumn(m_db, "SELECT group_id FROM case_groups WHERE case_id = ?" + order, c.id);
    if (!groups)
        return groups.error();
    auto recipients = textColumn(m_db, "SELECT member_id FROM case_recipients WHERE case_id = ?" + order, c.id);
    if (!recipients)
        return recipients.error();
    c.header.groups = std::move(*groups);
    c.header.recipients = std::move(*recipients);
    return {};
}

Result<std::vector<CaseRecord>> SqlCaseStore::queryCases(std::string_view where,
                                                          const std::function<void(Stmt&)>& bind)
{
    auto stmt
        = m_db.prepare("SELECT " + std::string(kCaseColumns) + " FROM cases " + std::string(where) + " ORDER BY id");
    if (!stmt)
        return stmt.error();
    if (bind)
        bind(*stmt);
    std::vector<CaseRecord> out;
    if (auto s = stmt->eachRow([&](const Stmt&) { out.push_back(readCase(*stmt)); }); !s)
        return s.error();
    for (auto& c : out) {
        if (auto s = loadMembership(c); !s)
            return s.error();
        auto plan = loadAftercare(m_db, c.id);
        if (!plan)
            return plan.error();
        c.aftercare = std::move(*plan);
    }
    return out;
}

Result<std::optional<CaseRecord>> SqlCaseStore::findCase(std::int64_t id)
{
    auto guard = lock();
    auto found = queryCases("WHERE id = ?", [&](Stmt& s) { s.bind(1, id); });
    if (!found)
        return found.error();
    if (found->empty())
        return std::optional<CaseRecord>{};
    return std::optional<CaseRecord>(std::move(found->front()));
}

Result<std::optional<CaseRecord>> SqlCaseStore::findCaseByReportId(const ReportId& reportId)
{
    auto guard = lock();
    auto found = queryCases("WHERE report_id = ?", [&](Stmt& s) { s.bind(1, reportId); });
    if (!found)
        return found.error();
    if (found->empty())
        return std::optional<CaseRecord>{};
    return std::optional<CaseRecord>(std::move(found->front()));
}

Result<std::vector<CaseRecord>> SqlCaseStore::casesForMember(const std::string& memberId)
{
    auto guard = lock();
    return queryCases("WHERE id IN (SELECT case_id FROM case_recipients WHERE member_id = ?)",
                      [&](Stmt& s) { s.bindText(1, memberId); });
}

Result<std::vector<CaseRecord>> SqlCaseStore::openCases()
{
    auto guard = lock();
    return queryCases("WHERE state != 'closed'", {});
}

Result<Bytes> SqlCaseStore::sealedEnvelope(std::int64_t caseId)
{
    auto guard = lock();
    auto stmt = m_db.prepare("SELECT envelope FROM cases WHERE id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, caseId);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error{"no case " + std::to_string(caseId), ErrorKind::NotFound};
    ByteView b = stmt->blob(0);
    return Bytes(b.begin(), b.end());
}

Status SqlCaseStore::updateCase(const CaseRecord& c, AuditEntry audit)
{
    auto guard = lock();
    return inTransaction([&]() -> Status {
        if (auto s = updateCaseIn(c); !s)
            return s;
        return m_audit.append(std::move(audit));
    });
}

Status SqlCaseStore::updateCaseIn(const CaseRecord& c)
{
    auto before = m_db.prepare(
        "SELECT state, acknowledged_at IS NULL, feedback_at IS NULL, received_at, domain, ack_due, feedback_due "
        "FROM cases WHERE id = ?");
    if (!before)
        return before.error();
    before->bind(1, c.id);
    auto row = before->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error{"no case " + std::to_string(c.id), ErrorKind::NotFound};
    const bool closing = c.state == CaseState::Closed && before->text(0) != "closed";
    // The handling clocks (pdca_clocks) take each first acknowledgement and feedback as it
    // happens, in time or late, and on closing every clock that ran out without its event; they
    // outlive the case, so the indicators and the inspectorate's report never read cases for them.
    const bool acknowledging = before->int64(1) != 0 && c.acknowledgedAt.has_value();
    const bool feeding = before->int64(2) != 0 && c.feedbackAt.has_value();
    const auto domain = parseEnum<Domain>(before->textView(4));
    if (!domain)
        return Error{"case " + std::to_string(c.id) + " has no known domain", ErrorKind::Storage};
    const RouteClockEvent ack{"acknowledge", *domain, before->int64(3), before->int64(5)};
    const RouteClockEvent feedback{"feedback", *domain, before->int64(3), before->int64(6)};
    auto stmt = m_db.prepare("UPDATE cases SET state = ?, outcome = ?, assignee = ?, acknowledged_at = ?, "
                             "feedback_at = ?, closed_at = ?, delete_after = ?, resolved_by_measure = ? WHERE id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bindText(1, enumName(c.state));
    if (c.outcome == CaseOutcome::None)
        stmt->bindNull(2);
    else
        stmt->bindText(2, enumName(c.outcome));
    if (c.assignee.empty())
        stmt->bindNull(3);
    else
        stmt->bindText(3, c.assignee);
    bindOptInt(*stmt, 4, c.acknowledgedAt);
    bindOptInt(*stmt, 5, c.feedbackAt);
    bindOptInt(*stmt, 6, c.closedAt);
    bindOptInt(*stmt, 7, c.deleteAfter);
    bindOptInt(*stmt, 8, c.resolvedByMeasure);
    stmt->bind(9, c.id);
    if (auto s = stmt->run(); !s)
        return s;
    if (acknowledging)
        if (auto s = addClockEvent(m_db, ack, *c.acknowledgedAt); !s)
            return s;
    if (feeding)
        if (auto s = addClockEvent(m_db, feedback, *c.feedbackAt); !s)
            return s;
    if (!closing)
        return {};
    auto missed = missedOnClosing(c.id);
    if (!missed)
        return missed.error();
    for (const auto& clock : *missed)
        if (auto s = addMissedClock(m_db, clock, *c.closedAt); !s)
            return s;
    return aggregateClosedCase(m_db, c.id);
}

Result<std::vector<RouteClockEvent>> SqlCaseStore::missedOnClosing(std::int64_t caseId)
{
    // The rule of the report's clocks (registry/report/vmsclocks.h): a clock whose due time
    // passed before the case closed, without its event, was missed.
    auto st = m_db.prepare(
        "SELECT domain, received_at, closed_at, ack_due, acknowledged_at, contact_due, "
        "(SELECT MIN(at) FROM case_messages WHERE case_id = cases.id AND kind = 'reply'), feedback_due, feedback_at "
        "FROM cases WHERE id = ? AND closed_at IS NOT NULL");
    if (!st)
        return st.error();
    st->bind(1, caseId);
    auto row = st->step();
    if (!row)
        return row.error();
    std::vector<RouteClockEvent> missed;
    if (!*row)
        return missed;
    const auto domain = parseEnum<Domain>(st->textView(0));
    if (!domain)
        return Error{"case " + std::to_string(caseId) + " has no known domain", ErrorKind::Storage};
    const UnixSeconds closedAt = st->int64(2);
    const auto check = [&](std::string_view clock, int dueColumn, int doneColumn) {
        const auto due = optInt(*st, dueColumn);
        if (due && *due < closedAt && !optInt(*st, doneColumn))
            missed.push_back(RouteClockEvent{clock, *domain, st->int64(1), *due});
    };
    check("acknowledge", 3, 4);
    check("contact", 5, 6);
    check("feedback", 7, 8);
    return missed;
}

Status SqlCaseStore::addFirstContact(std::int64_t caseId, UnixSeconds at)
{
    // A route's first-contact clock is met by the first reply to the reporter (the reading the
    // report used before v16: MIN(at) of the case's replies); later replies add nothing.
    auto st = m_db.prepare("SELECT domain, received_at, contact_due FROM cases WHERE id = ?1 AND contact_due IS NOT NULL "
                           "AND NOT EXISTS (SELECT 1 FROM case_messages WHERE case_id = ?1 AND kind = 'reply')");
    if (!st)
        return st.error();
    st->bind(1, caseId);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return {};
    const auto domain = parseEnum<Domain>(st->textView(0));
    if (!domain)
        return Error{"case " + std::to_string(caseId) + " has no known domain", ErrorKind::Storage};
    return addClockEvent(m_db, RouteClockEvent{"contact", *domain, st->int64(1), st->int64(2)}, at);
}

Status SqlCaseStore::addMessage(std::int64_t caseId, const CaseMessage& m, AuditEntry audit)
{
    auto guard = lock();
    return inTransaction([&]() -> Status {
        if (m.kind == "reply")
            if (auto s = addFirstContact(caseId, m.at); !s)
                return s;
        auto stmt = m_db.prepare("INSERT INTO case_messages(case_id, kind, author, at, sealed) VALUES (?, ?, ?, ?, ?)");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, caseId).bindText(2, m.kind).bindText(3, m.author).bind(4, m.at).bind(5, m.sealed);
        if (auto s = stmt->run(); !s)
            return s;
        return m_audit.append(std::move(audit));
    });
}

Result<std::vector<CaseMessage>> SqlCaseStore::messages(std::int64_t caseId)
{
    auto guard = lock();
    // Follow-ups come from their own table; their ids are negated so they never collide with
    // a case_messages id. Times are whole seconds: within one second an advisor's message
    // goes first, as a reporter's follow-up is most often an answer to it.
    auto stmt = m_db.prepare(
        "SELECT id, kind, author, at, sealed, 0 AS source, id AS ord FROM case_messages WHERE case_id = ?1 "
        "UNION ALL "
        "SELECT -f.id, 'follow_up', '', f.received_at, f.envelope, 1, f.id FROM follow_ups f "
        "JOIN cases c ON f.thread = c.report_id AND f.reply_key = c.reply_key WHERE c.id = ?1 "
        "ORDER BY 4, 6, 7");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, caseId);
    std::vector<CaseMessage> out;
    if (auto s = stmt->eachRow([&](const Stmt&) {
            ByteView b = stmt->blob(4);
            out.push_back(
                CaseMessage{stmt->int64(0), stmt->text(1), stmt->text(2), stmt->int64(3), Bytes(b.begin(), b.end())});
        });
        !s)
        return s.error();
    return out;
}

Result<std::int64_t> SqlCaseStore::postReply(
    std::int64_t caseId, const MailboxId& mailboxId, const CaseMessage& m, AuditEntry audit)
{
    auto guard = lock();
    std::int64_t seq = 0;
    Status s = inTransaction([&]() -> Status {
        auto msg
            = m_db.prepare("INSERT INTO case_messages(case_id, kind, author, at, sealed) VALUES (?, 'reply', ?, ?, ?)");
        auto box = m_db.prepare("INSERT INTO mailbox(mailbox, case_id, at, data) VALUES (?, ?, ?, ?) RETURNING seq");
        if (!msg)
            return msg.error();
        if (!box)
            return box.error();
        if (auto r = addFirstContact(caseId, m.at); !r)
            return r;
        msg->bind(1, caseId).bindText(2, m.author).bind(3, m.at).bind(4, m.sealed);
        if (auto r = msg->run(); !r)
            return r;
        // Feed positions become visible in the order they are taken (registry/audittrail.h).
        if (auto r = serialiseAppends(m_db); !r)
            return r;
        box->bind(1, mailboxId).bind(2, caseId).bind(3, m.at).bind(4, m.sealed);
        auto inserted = firstInt(*box);
        if (!inserted)
            return inserted.error();
        if (!*inserted)
            return Error{"the mailbox insert returned no seq", ErrorKind::Storage};
        seq = **inserted;
        box->reset();
        return m_audit.append(std::move(audit));
    });
    if (!s)
        return s.error();
    return seq;
}

Result<std::vector<MailboxItem>> SqlCaseStore::mailbox(
    std::string_view prefixHex, std::int64_t afterSeq, std::size_t limit)
{
    auto guard = lock();
    // A hex prefix of the id compares as a blob range: [prefix, prefix + 1).
    auto prefix = fromHex(prefixHex.size() % 2 == 0 ? std::string(prefixHex) : std::string(prefixHex) + "0");
    if (!prefix || prefixHex.size() > 64)
        return Error{"mailbox prefix must be 0 to 64 hex digits", ErrorKind::Invalid};
    // Upper-case hex of the id, as SQLite's hex() spells it.
    const std::string hex = m_db.dialect() == Dialect::Sqlite ? "hex(mailbox)" : "upper(encode(mailbox, 'hex'))";
    auto stmt = m_db.prepare("SELECT seq, mailbox, data FROM mailbox WHERE seq > ? AND " + hex + " LIKE ? "
                             "ORDER BY seq LIMIT ?");
    if (!stmt)
        return stmt.error();
    std::string like;
    for (char ch : prefixHex)
        like.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(ch))));
    like += '%';
    stmt->bind(1, afterSeq).bindText(2, like).bind(3, static_cast<std::int64_t>(limit));
    std::vector<MailboxItem> out;
    if (auto s = stmt->eachRow([&](const Stmt&) {
            ByteView b = stmt->blob(2);
            out.push_back(MailboxItem{stmt->int64(0), fixedColumn<32>(*stmt, 1), Bytes(b.begin(), b.end())});
        });
        !s)
        return s.error();
    return out;
}

Result<std::vector<AuditEntry>> SqlCaseStore::auditLog()
{
    auto guard = lock();
    return m_audit.entries();
}

Status SqlCaseStore::addCheckIns(std::int64_t caseId, std::span<const UnixSeconds> dues, const std::string& by,
                                 AuditEntry audit)
{
    auto guard = lock();
    return inTransaction([&]() -> Status {
        if (auto s = insertCheckIns(m_db, caseId, dues, by, audit.at); !s)
            return s;
        return m_audit.append(std::move(audit));
    });
}

Status SqlCaseStore::removeCheckIn(std::int64_t caseId, std::int64_t checkInId, AuditEntry audit)
{
    auto guard = lock();
    return inTransaction([&]() -> Status {
        auto due = deleteCheckIn(m_db, caseId, checkInId);
        if (!due)
            return due.error();
        audit.detail += " (due " + std::to_string(*due) + ")";
        return m_audit.append(std::move(audit));
    });
}

Result<std::vector<CaseRecord>> SqlCaseStore::closedCasesWithCheckIns()
{
    auto guard = lock();
    return queryCases("WHERE state = 'closed' AND id IN (SELECT case_id FROM checkins) "
                      "AND id NOT IN (SELECT case_id FROM aftercare WHERE stopped_at IS NOT NULL)",
                      {});
}

Result<RetentionRound> SqlCaseStore::purgeExpired(UnixSeconds now)
{
    auto guard = lock();
    RetentionRound round;
    // secure_delete overwrites freed pages, so a deleted case is not left readable in the file.
    // PostgreSQL has no such switch: a deleted row stays in its page until VACUUM reuses the
    // space (docs/postgres-plan.md).
    if (m_db.dialect() == Dialect::Sqlite)
        if (auto s = m_db.exec("PRAGMA secure_delete = ON"); !s)
            return s.error();
    Status s = inTransaction([&]() -> Status {
        // Every registry process on a PostgreSQL database runs this sweep: the first to take
        // the job's lock does the round, inside this transaction, and a process that finds it
        // held skips it (its transaction commits having done nothing). Without the lock both
        // would scan and delete, the second finding the rows gone after waiting on them.
        auto mine = tryJobLock(m_db, Job::Retention);
        if (!mine)
            return mine.error();
        if (!*mine) {
            round.skipped = true;
            return {};
        }
        auto purged = purgeDue(m_db, m_audit, now);
        if (!purged)
            return purged.error();
        round.deleted = *purged;
        // Spent tokens of an ended epoch: that epoch's tokens are refused by their window now.
        return m_db.exec("DELETE FROM spent_tokens WHERE not_after <= " + std::to_string(now));
    });
    if (!s)
        return s.error();
    return round;
}

} // namespace vigil::registry
