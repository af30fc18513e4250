// SPDX-License-Identifier: EUPL-1.2
#include "sqlmeasurestore.h"

#include "indicatorregister.h"
#include "sqlpeople.h"

#include "registry/forupdate.h"
#include "registry/sqlitecolumns.h"

#include <algorithm>

namespace vigil::registry {

namespace {

constexpr std::string_view kMeasureColumns
    = "id, title, description, domain, owner_unit, owner_role, due_date, due_at, state, verdict, verdict_basis, "
      "proposed_by, proposed_at, approved_by, approved_at, started_by, started_at, implemented_by, implemented_at, "
      "implemented_on, evidence, reopened_by, reopened_at, reopen_reason, checked_by, checked_at, check_note, "
      "cancelled_by, cancelled_at, cancel_reason, supersedes, cases_linked";

MeasureRecord readMeasure(const Stmt& s)
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

/// Binds every column of `m` after id, in kMeasureColumns order, from parameter 1 (cases_linked excluded).
void bindMeasure(Stmt& s, const MeasureRecord& m)
{
    s.bindText(1, m.title).bindText(2, m.description).bindText(3, enumName(m.domain)).bindText(4, m.ownerUnit);
    s.bindText(5, m.ownerRole).bindText(6, m.dueDate).bind(7, m.dueAt).bindText(8, enumName(m.state));
    s.bindText(9, enumName(m.verdict)).bindText(10, enumName(m.basis)).bindText(11, m.proposedBy);
    s.bind(12, m.proposedAt);
    bindOptText(s, 13, m.approvedBy);
    bindOptInt(s, 14, m.approvedAt);
    bindOptText(s, 15, m.startedBy);
    bindOptInt(s, 16, m.startedAt);
    bindOptText(s, 17, m.implementedBy);
    bindOptInt(s, 18, m.implementedAt);
    bindOptText(s, 19, m.implementedOn);
    s.bindText(20, m.evidence);
    bindOptText(s, 21, m.reopenedBy);
    bindOptInt(s, 22, m.reopenedAt);
    s.bindText(23, m.reopenReason);
    bindOptText(s, 24, m.checkedBy);
    bindOptInt(s, 25, m.checkedAt);
    s.bindText(26, m.checkNote);
    bindOptText(s, 27, m.cancelledBy);
    bindOptInt(s, 28, m.cancelledAt);
    s.bindText(29, m.cancelReason);
    bindOptInt(s, 30, m.supersedes);
}

constexpr std::string_view kCheckColumns
    = "id, indicator_id, at, by_member, before_from, before_to, after_from, after_to, before_count, after_count, "
      "before_exposure, after_exposure, exposure_unit, rate_ratio, ci_low, ci_high, p_value, result, inputs_hash";

std::optional<double> optReal(const Stmt& s, int column)
{
    return s.isNull(column) ? std::nullopt : std::optional(s.real(column));
}

void bindOptReal(Stmt& s, int index, const std::optional<double>& v)
{
    if (v)
        s.bindReal(index, *v);
    else
        s.bindNull(index);
}

MeasureCheck readCheck(const Stmt& s)
{
    MeasureCheck c;
    c.id = s.int64(0);
    c.indicator = s.text(1);
    c.at = s.int64(2);
    c.by = s.text(3);
    c.windows = {monthIndex(s.text(4)).value_or(0), monthIndex(s.text(5)).value_or(0),
                 monthIndex(s.text(6)).value_or(0), monthIndex(s.text(7)).value_or(0)};
    c.beforeCount = optInt(s, 8);
    c.afterCount = optInt(s, 9);
    c.beforeExposure = s.real(10);
    c.afterExposure = s.real(11);
    c.exposureUnit = parseEnum<ExposureUnit>(s.text(12)).value_or(ExposureUnit::Months);
    c.rateRatio = optReal(s, 13);
    c.ciLow = optReal(s, 14);
    c.ciHigh = optReal(s, 15);
    c.pValue = optReal(s, 16);
    c.result = parseEnum<EffectVerdict>(s.text(17)).value_or(EffectVerdict::Inconclusive);
    c.inputsHash = fixedColumn<32>(s, 18);
    c.reason = reasonOf(c);
    return c;
}

class SqlMeasureTx final : public MeasureTx {
public:
    /// `write`: inside a write transaction, where a measure read to be changed is locked (forUpdate).
    SqlMeasureTx(SqlCaseStore& store, Db db, bool write) : m_store(store), m_db(db), m_write(write) {}

    Status updateCase(const CaseRecord& updated) override { return m_store.updateCaseIn(updated); }

    Result<std::optional<MeasureRecord>> find(std::int64_t id) override
    {
        // A measure is read to decide its next state: on PostgreSQL a second process deciding
        // on the same measure waits for this one's commit (forupdate.h).
        auto found = query("WHERE id = ?" + std::string(m_write ? forUpdate(m_db) : ""), id);
        if (!found)
            return found.error();
        if (found->empty())
            return std::optional<MeasureRecord>{};
        return std::optional(std::move(found->front()));
    }

    Result<std::vector<MeasureRecord>> all() override { return query("ORDER BY id", std::nullopt); }

    Result<std::int64_t> insert(const MeasureRecord& m) override
    {
        auto stmt = m_db.prepare("INSERT INTO measures(" + std::string(kMeasureColumns.substr(4, kMeasureColumns.rfind(", ") - 4))
                                 + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id");
        if (!stmt)
            return stmt.error();
        bindMeasure(*stmt, m);
        return insertedId(*stmt);
    }

    Status update(const MeasureRecord& m) override
    {
        std::string sets;
        // Every column between id and cases_linked, as "name = ?".
        std::string_view columns = kMeasureColumns.substr(4, kMeasureColumns.rfind(", ") - 4);
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
        if (stmt->changes() == 0)
            return Error{"no measure " + std::to_string(m.id), ErrorKind::NotFound};
        return {};
    }

    Status linkCase(std::int64_t measureId, std::int64_t caseId, const std::string& by, UnixSeconds at) override
    {
        auto stmt = m_db.prepare("INSERT INTO measure_cases(measure_id, case_id, linked_by, linked_at) "
                                 "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, measureId).bind(2, caseId).bindText(3, by).bind(4, at);
        if (auto s = stmt->run(); !s)
            return s;
        if (stmt->changes() == 0)
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

    Result<UnitTree> units() override { return readUnitTree(m_db); }

    Result<Actor> actor(const std::string& member) override { return readActor(m_db, member); }

    Result<std::vector<CaseStanding>> standing(const std::string& member,
                                               const std::vector<std::int64_t>& cases) override
    {
        return readStanding(m_db, member, cases);
    }

    Status setIndicators(std::int64_t measureId, const std::vector<IndicatorLink>& links) override
    {
        auto clear = m_db.prepare("DELETE FROM measure_indicators WHERE measure_id = ?");
        if (!clear)
            return clear.error();
        clear->bind(1, measureId);
        if (auto s = clear->run(); !s)
            return s;
        auto insert = m_db.prepare("INSERT INTO measure_indicators(measure_id, indicator_id, is_primary) VALUES (?, ?, ?)");
        if (!insert)
            return insert.error();
        for (const auto& l : links) {
            insert->reset();
            insert->bind(1, measureId).bindText(2, l.id).bind(3, l.primary ? 1 : 0);
            if (auto s = insert->run(); !s)
                return s;
        }
        return {};
    }

    Result<std::optional<bool>> indicatorInForce(const std::string& id) override
    {
        auto stmt = m_db.prepare("SELECT retired_at IS NULL AND frozen_after IS NULL FROM indicators WHERE id = ?");
        if (!stmt)
            return stmt.error();
        stmt->bindText(1, id);
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            return std::optional<bool>{};
        return std::optional<bool>(stmt->int64(0) != 0);
    }

    Result<IndicatorBoard> board(int asOf, const BoardPolicy& policy) override { return readBoard(m_db, asOf, policy); }

    Result<std::vector<StrengthRow>> strength(const std::string& unit) override
    {
        auto stmt = m_db.prepare("SELECT from_month, people FROM unit_strength WHERE unit = ? ORDER BY from_month");
        if (!stmt)
            return stmt.error();
        stmt->bindText(1, unit);
        std::vector<StrengthRow> out;
        if (auto s = stmt->eachRow([&](const Stmt& r) { out.push_back({r.text(0), r.int64(1)}); }); !s)
            return s.error();
        return out;
    }

    Result<std::optional<std::int64_t>> setStrength(const std::string& unit, const StrengthRow& row) override
    {
        auto old = m_db.prepare("SELECT people FROM unit_strength WHERE unit = ? AND from_month = ?"
                                + std::string(forUpdate(m_db)));
        if (!old)
            return old.error();
        old->bindText(1, unit).bindText(2, row.fromMonth);
        auto found = old->step();
        if (!found)
            return found.error();
        const std::optional<std::int64_t> was = *found ? std::optional(old->int64(0)) : std::nullopt;
        auto put = m_db.prepare("INSERT INTO unit_strength(unit, from_month, people) VALUES (?, ?, ?) "
                                 "ON CONFLICT (unit, from_month) DO UPDATE SET people = excluded.people");
        if (!put)
            return put.error();
        put->bindText(1, unit).bindText(2, row.fromMonth).bind(3, row.people);
        if (auto s = put->run(); !s)
            return s.error();
        return was;
    }

    Result<std::int64_t> insertCheck(std::int64_t measureId, const MeasureCheck& c) override
    {
        auto stmt = m_db.prepare("INSERT INTO measure_checks(measure_id, "
                                 + std::string(kCheckColumns.substr(4))
                                 + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id");
        if (!stmt)
            return stmt.error();
        const std::string months[] = {monthText(c.windows.beforeFrom), monthText(c.windows.beforeTo),
                                      monthText(c.windows.afterFrom), monthText(c.windows.afterTo)};
        stmt->bind(1, measureId).bindText(2, c.indicator).bind(3, c.at).bindText(4, c.by);
        for (int i = 0; i < 4; ++i)
            stmt->bindText(5 + i, months[i]);
        bindOptInt(*stmt, 9, c.beforeCount);
        bindOptInt(*stmt, 10, c.afterCount);
        stmt->bindReal(11, c.beforeExposure).bindReal(12, c.afterExposure).bindText(13, enumName(c.exposureUnit));
        bindOptReal(*stmt, 14, c.rateRatio);
        bindOptReal(*stmt, 15, c.ciLow);
        bindOptReal(*stmt, 16, c.ciHigh);
        bindOptReal(*stmt, 17, c.pValue);
        stmt->bindText(18, enumName(c.result)).bind(19, ByteView(c.inputsHash));
        return insertedId(*stmt);
    }

    Result<std::vector<RoleGrant>> grants() override
    {
        auto stmt = m_db.prepare("SELECT member_id, role, unit FROM member_roles ORDER BY member_id, role, unit");
        if (!stmt)
            return stmt.error();
        std::vector<RoleGrant> out;
        if (auto s = stmt->eachRow([&](const Stmt& r) {
                out.push_back({r.text(0), parseEnum<MeasureRole>(r.text(1)).value_or(MeasureRole::Inspectorate),
                               r.text(2)});
            });
            !s)
            return s.error();
        return out;
    }

    Result<bool> grant(const RoleGrant& g, UnixSeconds at) override
    {
        auto stmt = m_db.prepare("INSERT INTO member_roles(member_id, role, unit, granted_at) "
                                 "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING");
        if (!stmt)
            return stmt.error();
        stmt->bindText(1, g.member).bindText(2, enumName(g.role)).bindText(3, g.unit).bind(4, at);
        if (auto s = stmt->run(); !s)
            return s.error();
        return stmt->changes() > 0;
    }

    Result<bool> revoke(const RoleGrant& g) override
    {
        auto stmt = m_db.prepare("DELETE FROM member_roles WHERE member_id = ? AND role = ? AND unit = ?");
        if (!stmt)
            return stmt.error();
        stmt->bindText(1, g.member).bindText(2, enumName(g.role)).bindText(3, g.unit);
        if (auto s = stmt->run(); !s)
            return s.error();
        return stmt->changes() > 0;
    }

private:
    Result<std::vector<MeasureRecord>> query(const std::string& where, std::optional<std::int64_t> id)
    {
        auto stmt = m_db.prepare("SELECT " + std::string(kMeasureColumns) + " FROM measures " + where);
        if (!stmt)
            return stmt.error();
        if (id)
            stmt->bind(1, *id);
        std::vector<MeasureRecord> out;
        if (auto s = stmt->eachRow([&](const Stmt& r) { out.push_back(readMeasure(r)); }); !s)
            return s.error();
        auto links = m_db.prepare("SELECT case_id FROM measure_cases WHERE measure_id = ? ORDER BY case_id");
        auto indicators = m_db.prepare(
            "SELECT indicator_id, is_primary FROM measure_indicators WHERE measure_id = ? ORDER BY indicator_id");
        auto risks = m_db.prepare("SELECT risk_id FROM measure_risks WHERE measure_id = ? ORDER BY risk_id");
        auto checks = m_db.prepare("SELECT " + std::string(kCheckColumns)
                                   + " FROM measure_checks WHERE measure_id = ? ORDER BY at, id");
        for (auto* st : {&links, &indicators, &risks, &checks})
            if (!*st)
                return st->error();
        for (auto& m : out) {
            const auto each = [&](Stmt& st, auto&& onRow) {
                st.reset();
                st.bind(1, m.id);
                return st.eachRow(onRow);
            };
            if (auto s = each(*links, [&](const Stmt& r) { m.cases.push_back(r.int64(0)); }); !s)
                return s.error();
            if (auto s = each(*indicators,
                              [&](const Stmt& r) { m.indicators.push_back({r.text(0), r.int64(1) != 0}); });
                !s)
                return s.error();
            if (auto s = each(*risks, [&](const Stmt& r) { m.risks.push_back(r.int64(0)); }); !s)
                return s.error();
            if (auto s = each(*checks, [&](const Stmt& r) { m.checks.push_back(readCheck(r)); }); !s)
                return s.error();
        }
        return out;
    }

    SqlCaseStore& m_store;
    Db m_db;
    bool m_write;
};

} // namespace

Status SqlMeasureStore::write(const std::function<Status(MeasureTx&, AuditEntry&)>& body)
{
    return m_store.writeAudited([&](Db db, AuditEntry& audit) {
        SqlMeasureTx tx(m_store, db, true);
        return body(tx, audit);
    });
}

Status SqlMeasureStore::read(const std::function<Status(MeasureTx&)>& body)
{
    return m_store.readConsistent([&](Db db) {
        SqlMeasureTx tx(m_store, db, false);
        return body(tx);
    });
}

} // namespace vigil::registry
