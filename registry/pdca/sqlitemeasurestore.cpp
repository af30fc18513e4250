// SPDX-License-Identifier: EUPL-1.2
#include "sqlitemeasurestore.h"

#include <algorithm>

namespace vigil::registry {

namespace {

constexpr std::string_view kColumns
    = "id, title, description, domain, owner_unit, owner_role, due_date, due_at, state, verdict, verdict_basis, "
      "proposed_by, proposed_at, approved_by, approved_at, started_by, started_at, implemented_by, implemented_at, "
      "implemented_on, evidence, reopened_by, reopened_at, reopen_reason, checked_by, checked_at, check_note, "
      "cancelled_by, cancelled_at, cancel_reason, supersedes, cases_linked";

std::optional<std::string> optText(const SqliteStmt& s, int column)
{
    return s.isNull(column) ? std::nullopt : std::optional(s.text(column));
}

std::optional<std::int64_t> optInt(const SqliteStmt& s, int column)
{
    return s.isNull(column) ? std::nullopt : std::optional(s.int64(column));
}

void bindText(SqliteStmt& s, int index, const std::optional<std::string>& v)
{
    if (v)
        s.bindText(index, *v);
    else
        s.bindNull(index);
}

void bindInt(SqliteStmt& s, int index, const std::optional<std::int64_t>& v)
{
    if (v)
        s.bind(index, *v);
    else
        s.bindNull(index);
}

MeasureRecord readMeasure(const SqliteStmt& s)
{
    MeasureRecord m;
    m.id = s.int64(0);
    m.title = s.text(1);
    m.description = s.text(2);
    m.domain = parseEnum<Domain>(s.text(3)).value_or(Domain::Physical);
    m.ownerUnit = s.text(4);
    m.ownerRole = s.text(5);
    m.dueDate = s.text(6);
    m.dueAt = s.int64(7);
    m.state = parseEnum<MeasureState>(s.text(8)).value_or(MeasureState::Proposed);
    m.verdict = parseEnum<MeasureVerdict>(s.text(9)).value_or(MeasureVerdict::None);
    m.basis = parseEnum<VerdictBasis>(s.text(10)).value_or(VerdictBasis::None);
    m.proposedBy = s.text(11);
    m.proposedAt = s.int64(12);
    m.approvedBy = optText(s, 13);
    m.approvedAt = optInt(s, 14);
    m.startedBy = optText(s, 15);
    m.startedAt = optInt(s, 16);
    m.implementedBy = optText(s, 17);
    m.implementedAt = optInt(s, 18);
    m.implementedOn = optText(s, 19);
    m.evidence = s.text(20);
    m.reopenedBy = optText(s, 21);
    m.reopenedAt = optInt(s, 22);
    m.reopenReason = s.text(23);
    m.checkedBy = optText(s, 24);
    m.checkedAt = optInt(s, 25);
    m.checkNote = s.text(26);
    m.cancelledBy = optText(s, 27);
    m.cancelledAt = optInt(s, 28);
    m.cancelReason = s.text(29);
    m.supersedes = optInt(s, 30);
    m.casesLinked = s.int64(31);
    return m;
}

/// Binds every column of `m` after id, in kColumns order, from parameter 1 (cases_linked excluded).
void bindMeasure(SqliteStmt& s, const MeasureRecord& m)
{
    s.bindText(1, m.title).bindText(2, m.description).bindText(3, enumName(m.domain)).bindText(4, m.ownerUnit);
    s.bindText(5, m.ownerRole).bindText(6, m.dueDate).bind(7, m.dueAt).bindText(8, enumName(m.state));
    s.bindText(9, enumName(m.verdict)).bindText(10, enumName(m.basis)).bindText(11, m.proposedBy);
    s.bind(12, m.proposedAt);
    bindText(s, 13, m.approvedBy);
    bindInt(s, 14, m.approvedAt);
    bindText(s, 15, m.startedBy);
    bindInt(s, 16, m.startedAt);
    bindText(s, 17, m.implementedBy);
    bindInt(s, 18, m.implementedAt);
    bindText(s, 19, m.implementedOn);
    s.bindText(20, m.evidence);
    bindText(s, 21, m.reopenedBy);
    bindInt(s, 22, m.reopenedAt);
    s.bindText(23, m.reopenReason);
    bindText(s, 24, m.checkedBy);
    bindInt(s, 25, m.checkedAt);
    s.bindText(26, m.checkNote);
    bindText(s, 27, m.cancelledBy);
    bindInt(s, 28, m.cancelledAt);
    s.bindText(29, m.cancelReason);
    bindInt(s, 30, m.supersedes);
}

class SqliteMeasureTx final : public MeasureTx {
public:
    SqliteMeasureTx(SqliteCaseStore& store, SqliteDb& db) : m_store(store), m_db(db) {}

    Status updateCase(const CaseRecord& updated) override { return m_store.updateCaseIn(updated); }

    Result<std::optional<MeasureRecord>> find(std::int64_t id) override
    {
        auto found = query("WHERE id = ?", id);
        if (!found)
            return found.error();
        if (found->empty())
            return std::optional<MeasureRecord>{};
        return std::optional(std::move(found->front()));
    }

    Result<std::vector<MeasureRecord>> all() override { return query("ORDER BY id", std::nullopt); }

    Result<std::int64_t> insert(const MeasureRecord& m) override
    {
        auto stmt = m_db.prepare("INSERT INTO measures(" + std::string(kColumns.substr(4, kColumns.rfind(", ") - 4))
                                 + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        if (!stmt)
            return stmt.error();
        bindMeasure(*stmt, m);
        if (auto s = stmt->run(); !s)
            return s.error();
        return m_db.lastInsertRowid();
    }

    Status update(const MeasureRecord& m) override
    {
        std::string sets;
        // Every column between id and cases_linked, as "name = ?".
        std::string_view columns = kColumns.substr(4, kColumns.rfind(", ") - 4);
        for (std::size_t at = 0; at < columns.size();) {
            std::size_t end = columns.find(", ", at);
            if (end == std::string_view::npos)
                end = columns.size();
            sets += (sets.empty() ? "" : ", ") + std::string(columns.substr(at, end - at)) + " = ?";
            at = end + 2;
        }
        auto stmt = m_db.prepare("UPDATE measures SET " + sets + " WHERE id = ?");
        if (!stmt)
            return stmt.error();
        bindMeasure(*stmt, m);
        stmt->bind(31, m.id);
        if (auto s = stmt->run(); !s)
            return s;
        if (m_db.changes() == 0)
            return Error{"no measure " + std::to_string(m.id), ErrorKind::NotFound};
        return {};
    }

    Status linkCase(std::int64_t measureId, std::int64_t caseId, const std::string& by, UnixSeconds at) override
    {
        auto stmt = m_db.prepare("INSERT OR IGNORE INTO measure_cases(measure_id, case_id, linked_by, linked_at) "
                                 "VALUES (?, ?, ?, ?)");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, measureId).bind(2, caseId).bindText(3, by).bind(4, at);
        if (auto s = stmt->run(); !s)
            return s;
        if (m_db.changes() == 0)
            return {};
        auto count = m_db.prepare("UPDATE measures SET cases_linked = cases_linked + 1 WHERE id = ?");
        if (!count)
            return count.error();
        count->bind(1, measureId);
        return count->run();
    }

    Result<bool> exists(std::int64_t id) override
    {
        auto stmt = m_db.prepare("SELECT 1 FROM measures WHERE id = ?");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, id);
        return stmt->step();
    }

    Result<UnitTree> units() override
    {
        auto stmt = m_db.prepare("SELECT id, COALESCE(parent, '') FROM units");
        if (!stmt)
            return stmt.error();
        UnitTree tree;
        if (auto s = stmt->eachRow([&](const SqliteStmt& r) { tree[r.text(0)] = r.text(1); }); !s)
            return s.error();
        return tree;
    }

    Result<Actor> actor(const std::string& member) override
    {
        auto active = m_db.prepare("SELECT active FROM members WHERE id = ?");
        if (!active)
            return active.error();
        active->bindText(1, member);
        auto row = active->step();
        if (!row)
            return row.error();
        if (!*row)
            return Error{"no member " + member, ErrorKind::NotFound};
        if (active->int64(0) == 0)
            return Error{"member " + member + " is disabled", ErrorKind::Refused};
        Actor a{member, {}};
        auto granted = m_db.prepare("SELECT role, unit FROM member_roles WHERE member_id = ? ORDER BY role, unit");
        if (!granted)
            return granted.error();
        granted->bindText(1, member);
        if (auto s = granted->eachRow([&](const SqliteStmt& r) {
                a.roles.push_back({member, parseEnum<MeasureRole>(r.text(0)).value_or(MeasureRole::Inspectorate),
                                   r.text(1)});
            });
            !s)
            return s.error();
        auto groups = m_db.prepare("SELECT g.kind, COALESCE(g.unit, '') FROM groups g JOIN group_members gm "
                                   "ON gm.group_id = g.id WHERE gm.member_id = ? ORDER BY g.id");
        if (!groups)
            return groups.error();
        groups->bindText(1, member);
        std::vector<std::pair<GroupKind, std::string>> kinds;
        if (auto s = groups->eachRow([&](const SqliteStmt& r) {
                if (auto k = parseEnum<GroupKind>(r.text(0)))
                    kinds.emplace_back(*k, r.text(1));
            });
            !s)
            return s.error();
        for (auto& r : rolesFromGroups(member, kinds))
            a.roles.push_back(std::move(r));
        return a;
    }

    Result<std::vector<CaseStanding>> standing(const std::string& member,
                                               const std::vector<std::int64_t>& cases) override
    {
        auto recipient = m_db.prepare("SELECT 1 FROM case_recipients WHERE case_id = ? AND member_id = ?");
        auto kinds = m_db.prepare("SELECT DISTINCT g.kind FROM case_groups cg JOIN groups g ON g.id = cg.group_id "
                                  "JOIN group_members gm ON gm.group_id = g.id WHERE cg.case_id = ? "
                                  "AND gm.member_id = ?");
        if (!recipient)
            return recipient.error();
        if (!kinds)
            return kinds.error();
        std::vector<CaseStanding> out;
        for (std::int64_t id : cases) {
            CaseStanding c{id, false, {}};
            recipient->reset();
            recipient->bind(1, id).bindText(2, member);
            auto row = recipient->step();
            if (!row)
                return row.error();
            c.recipient = *row;
            kinds->reset();
            kinds->bind(1, id).bindText(2, member);
            if (auto s = kinds->eachRow([&](const SqliteStmt& r) {
                    if (auto k = parseEnum<GroupKind>(r.text(0)))
                        c.kinds.push_back(*k);
                });
                !s)
                return s.error();
            out.push_back(std::move(c));
        }
        return out;
    }

    Result<std::vector<RoleGrant>> grants() override
    {
        auto stmt = m_db.prepare("SELECT member_id, role, unit FROM member_roles ORDER BY member_id, role, unit");
        if (!stmt)
            return stmt.error();
        std::vector<RoleGrant> out;
        if (auto s = stmt->eachRow([&](const SqliteStmt& r) {
                out.push_back({r.text(0), parseEnum<MeasureRole>(r.text(1)).value_or(MeasureRole::Inspectorate),
                               r.text(2)});
            });
            !s)
            return s.error();
        return out;
    }

    Result<bool> grant(const RoleGrant& g, UnixSeconds at) override
    {
        auto stmt = m_db.prepare("INSERT OR IGNORE INTO member_roles(member_id, role, unit, granted_at) "
                                 "VALUES (?, ?, ?, ?)");
        if (!stmt)
            return stmt.error();
        stmt->bindText(1, g.member).bindText(2, enumName(g.role)).bindText(3, g.unit).bind(4, at);
        if (auto s = stmt->run(); !s)
            return s.error();
        return m_db.changes() > 0;
    }

    Result<bool> revoke(const RoleGrant& g) override
    {
        auto stmt = m_db.prepare("DELETE FROM member_roles WHERE member_id = ? AND role = ? AND unit = ?");
        if (!stmt)
            return stmt.error();
        stmt->bindText(1, g.member).bindText(2, enumName(g.role)).bindText(3, g.unit);
        if (auto s = stmt->run(); !s)
            return s.error();
        return m_db.changes() > 0;
    }

private:
    Result<std::vector<MeasureRecord>> query(const std::string& where, std::optional<std::int64_t> id)
    {
        auto stmt = m_db.prepare("SELECT " + std::string(kColumns) + " FROM measures " + where);
        if (!stmt)
            return stmt.error();
        if (id)
            stmt->bind(1, *id);
        std::vector<MeasureRecord> out;
        if (auto s = stmt->eachRow([&](const SqliteStmt& r) { out.push_back(readMeasure(r)); }); !s)
            return s.error();
        auto links = m_db.prepare("SELECT case_id FROM measure_cases WHERE measure_id = ? ORDER BY case_id");
        if (!links)
            return links.error();
        for (auto& m : out) {
            links->reset();
            links->bind(1, m.id);
            if (auto s = links->eachRow([&](const SqliteStmt& r) { m.cases.push_back(r.int64(0)); }); !s)
                return s.error();
        }
        return out;
    }

    SqliteCaseStore& m_store;
    SqliteDb& m_db;
};

} // namespace

Status SqliteMeasureStore::write(const std::function<Status(MeasureTx&, AuditEntry&)>& body)
{
    return m_store.writeAudited([&](SqliteDb& db, AuditEntry& audit) {
        SqliteMeasureTx tx(m_store, db);
        return body(tx, audit);
    });
}

Status SqliteMeasureStore::read(const std::function<Status(MeasureTx&)>& body)
{
    // A read transaction: a measure and its links come from one snapshot, even while
    // vigil-registry and vigil-admin write through their own connections.
    auto lock = m_store.lock();
    SqliteDb& db = m_store.db();
    if (auto s = db.exec("BEGIN"); !s)
        return s;
    SqliteMeasureTx tx(m_store, db);
    Status result = body(tx);
    (void)db.exec(result ? "COMMIT" : "ROLLBACK");
    return result;
}

} // namespace vigil::registry
