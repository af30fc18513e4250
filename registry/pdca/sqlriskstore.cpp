// SPDX-License-Identifier: EUPL-1.2
#include "sqlriskstore.h"

#include "riskpolicy.h"
#include "sqlpeople.h"

#include "registry/audittrail.h"
#include "registry/forupdate.h"
#include "registry/sqlitecolumns.h"

namespace vigil::registry {

namespace {

constexpr std::string_view kRiskColumns
    = "hazard, description, domain, unit, category, initial_severity, initial_probability, residual_severity, "
      "residual_probability, residual_by, residual_at, residual_note, state, review_due, created_by, created_at, closed_by, "
      "closed_at, close_reason, reopened_by, reopened_at, reopen_reason";

std::optional<MatrixCell> readCell(const Stmt& s, int severity, int probability)
{
    if (s.isNull(severity) || s.isNull(probability))
        return std::nullopt;
    return MatrixCell{parseEnum<Severity>(s.text(severity)).value_or(Severity::None),
                    parseEnum<RiskProbability>(s.text(probability)).value_or(RiskProbability::E)};
}

RiskRecord readRisk(const Stmt& s)
{
    RiskRecord r;
    r.id = s.int64(0);
    r.hazard = s.text(1);
    r.description = s.text(2);
    r.domain = parseEnum<Domain>(s.text(3)).value_or(Domain::Physical);
    r.unit = s.text(4);
    if (auto c = optText(s, 5))
        r.category = parseEnum<Category>(*c);
    r.initial = readCell(s, 6, 7).value_or(MatrixCell{});
    r.residual = readCell(s, 8, 9);
    r.residualBy = optText(s, 10);
    r.residualAt = optInt(s, 11);
    r.residualNote = s.text(12);
    r.state = parseEnum<RiskState>(s.text(13)).value_or(RiskState::Open);
    r.reviewDue = optInt(s, 14);
    r.createdBy = s.text(15);
    r.createdAt = s.int64(16);
    r.closedBy = optText(s, 17);
    r.closedAt = optInt(s, 18);
    r.closeReason = s.text(19);
    r.reopenedBy = optText(s, 20);
    r.reopenedAt = optInt(s, 21);
    r.reopenReason = s.text(22);
    return r;
}

/// Binds every column of kRiskColumns from parameter 1.
void bindRisk(Stmt& s, const RiskRecord& r)
{
    s.bindText(1, r.hazard).bindText(2, r.description).bindText(3, enumName(r.domain)).bindText(4, r.unit);
    // Wire names are static strings: bound without a copy, they outlive the statement.
    if (r.category)
        s.bindText(5, enumName(*r.category));
    else
        s.bindNull(5);
    s.bindText(6, enumName(r.initial.severity)).bindText(7, enumName(r.initial.probability));
    if (r.residual)
        s.bindText(8, enumName(r.residual->severity)).bindText(9, enumName(r.residual->probability));
    else
        s.bindNull(8).bindNull(9);
    bindOptText(s, 10, r.residualBy);
    bindOptInt(s, 11, r.residualAt);
    s.bindText(12, r.residualNote).bindText(13, enumName(r.state));
    bindOptInt(s, 14, r.reviewDue);
    s.bindText(15, r.createdBy).bind(16, r.createdAt);
    bindOptText(s, 17, r.closedBy);
    bindOptInt(s, 18, r.closedAt);
    s.bindText(19, r.closeReason);
    bindOptText(s, 20, r.reopenedBy);
    bindOptInt(s, 21, r.reopenedAt);
    s.bindText(22, r.reopenReason);
}

RiskDecision readDecision(const Stmt& s)
{
    RiskDecision d;
    d.id = s.int64(0);
    d.kind = parseEnum<RiskDecisionKind>(s.text(1)).value_or(RiskDecisionKind::Declined);
    d.level = parseEnum<RiskLevel>(s.text(2)).value_or(RiskLevel::Low);
    d.residual = readCell(s, 3, 4).value_or(MatrixCell{});
    d.member = s.text(5);
    d.acceptor = Acceptor{parseEnum<MeasureRole>(s.text(6)).value_or(MeasureRole::Commander), s.text(7),
                          static_cast<int>(s.int64(8)), static_cast<int>(s.int64(9))};
    d.at = s.int64(10);
    d.reviewDue = optInt(s, 11);
    d.note = s.text(12);
    d.authoritiesSerial = optInt(s, 13);
    return d;
}

class SqlRiskTx final : public RiskTx {
public:
    /// `write`: inside a write transaction, where a risk read to be changed is locked (forUpdate).
    SqlRiskTx(Db db, bool write) : m_db(db), m_write(write) {}

    Result<UnitTree> units() override { return readUnitTree(m_db); }
    Result<Actor> actor(const std::string& member) override { return readActor(m_db, member); }
    Result<std::vector<CaseStanding>> standing(const std::string& member,
                                               const std::vector<std::int64_t>& cases) override
    {
        return readStanding(m_db, member, cases);
    }

    Result<std::optional<RiskRecord>> find(std::int64_t id) override
    {
        // A risk is read to decide its next state: on PostgreSQL a second process deciding on
        // the same risk waits for this one's commit (forupdate.h).
        auto found = query("WHERE id = ?" + std::string(m_write ? forUpdate(m_db) : ""), id);
        if (!found)
            return found.error();
        if (found->empty())
            return std::optional<RiskRecord>{};
        return std::optional(std::move(found->front()));
    }

    Result<std::vector<RiskRecord>> all() override { return query("ORDER BY id", std::nullopt); }

    Result<std::int64_t> insert(const RiskRecord& r) override
    {
        auto stmt = m_db.prepare("INSERT INTO risks(" + std::string(kRiskColumns)
                                 + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id");
        if (!stmt)
            return stmt.error();
        bindRisk(*stmt, r);
        return insertedId(*stmt);
    }

    Status update(const RiskRecord& r) override
    {
        std::string sets;
        for (std::string_view rest = kRiskColumns; !rest.empty();) {
            const auto comma = rest.find(", ");
            sets += (sets.empty() ? "" : ", ") + std::string(rest.substr(0, comma)) + " = ?";
            rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 2);
        }
        auto stmt = m_db.prepare("UPDATE risks SET " + sets + " WHERE id = ?");
        if (!stmt)
            return stmt.error();
        bindRisk(*stmt, r);
        stmt->bind(23, r.id);
        if (auto s = stmt->run(); !s)
            return s;
        if (stmt->changes() == 0)
            return Error{"no risk " + std::to_string(r.id), ErrorKind::NotFound};
        return {};
    }

    Status linkCase(std::int64_t riskId, std::int64_t caseId) override
    {
        auto linked = pairStatement("INSERT INTO risk_cases(risk_id, case_id) VALUES (?, ?) ON CONFLICT DO NOTHING", riskId, caseId);
        if (!linked)
            return linked.error();
        return {};
    }

    Result<bool> linkMeasure(std::int64_t riskId, std::int64_t measureId) override
    {
        return pairStatement("INSERT INTO measure_risks(risk_id, measure_id) VALUES (?, ?) ON CONFLICT DO NOTHING", riskId,
                             measureId);
    }

    Result<bool> unlinkMeasure(std::int64_t riskId, std::int64_t measureId) override
    {
        return pairStatement("DELETE FROM measure_risks WHERE risk_id = ? AND measure_id = ?", riskId, measureId);
    }

    Status addDecision(std::int64_t riskId, const RiskDecision& d) override
    {
        auto stmt = m_db.prepare(
            "INSERT INTO risk_decisions(risk_id, decision, level, residual_severity, residual_probability, member_id, "
            "role, role_unit, role_depth, required_depth, at, review_due, note, authorities_serial) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT MAX(serial) FROM authority_documents))");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, riskId).bindText(2, enumName(d.kind)).bindText(3, enumName(d.level));
        stmt->bindText(4, enumName(d.residual.severity)).bindText(5, enumName(d.residual.probability));
        stmt->bindText(6, d.member).bindText(7, enumName(d.acceptor.role)).bindText(8, d.acceptor.unit);
        stmt->bind(9, std::int64_t{d.acceptor.roleDepth}).bind(10, std::int64_t{d.acceptor.requiredDepth});
        stmt->bind(11, d.at);
        bindOptInt(*stmt, 12, d.reviewDue);
        stmt->bindText(13, d.note);
        return stmt->run();
    }

    Result<std::optional<MeasureStanding>> measure(std::int64_t id) override
    {
        auto stmt = m_db.prepare("SELECT owner_unit, proposed_by FROM measures WHERE id = ?");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, id);
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            return std::optional<MeasureStanding>{};
        MeasureStanding m{stmt->text(0), stmt->text(1), {}};
        auto links = ids("SELECT case_id FROM measure_cases WHERE measure_id = ? ORDER BY case_id", id);
        if (!links)
            return links.error();
        m.cases = std::move(*links);
        return std::optional(std::move(m));
    }

    Result<AcceptancePolicy> acceptancePolicy() override { return storedAcceptancePolicy(m_db); }

    Result<std::vector<AuditEntry>> history(std::int64_t riskId) override
    {
        return AuditTrail(m_db).entriesAbout("risk.", std::to_string(riskId));
    }

private:
    /// Runs a statement over (risk, other) and says whether it changed a row.
    Result<bool> pairStatement(const std::string& sql, std::int64_t riskId, std::int64_t other)
    {
        auto stmt = m_db.prepare(sql);
        if (!stmt)
            return stmt.error();
        stmt->bind(1, riskId).bind(2, other);
        if (auto s = stmt->run(); !s)
            return s.error();
        return stmt->changes() > 0;
    }

    Result<std::vector<std::int64_t>> ids(const std::string& sql, std::int64_t id)
    {
        auto stmt = m_db.prepare(sql);
        if (!stmt)
            return stmt.error();
        stmt->bind(1, id);
        std::vector<std::int64_t> out;
        if (auto s = stmt->eachRow([&](const Stmt& r) { out.push_back(r.int64(0)); }); !s)
            return s.error();
        return out;
    }

    Result<std::vector<RiskRecord>> query(const std::string& where, std::optional<std::int64_t> id)
    {
        auto stmt = m_db.prepare("SELECT id, " + std::string(kRiskColumns) + " FROM risks " + where);
        if (!stmt)
            return stmt.error();
        if (id)
            stmt->bind(1, *id);
        std::vector<RiskRecord> out;
        if (auto s = stmt->eachRow([&](const Stmt& r) { out.push_back(readRisk(r)); }); !s)
            return s.error();
        for (auto& r : out)
            if (auto s = loadLinks(r); !s)
                return s.error();
        return out;
    }

    Status loadLinks(RiskRecord& r)
    {
        auto cases = ids("SELECT case_id FROM risk_cases WHERE risk_id = ? ORDER BY case_id", r.id);
        if (!cases)
            return cases.error();
        r.cases = std::move(*cases);
        auto measures = ids("SELECT measure_id FROM measure_risks WHERE risk_id = ? ORDER BY measure_id", r.id);
        if (!measures)
            return measures.error();
        r.measures = std::move(*measures);
        auto decisions = m_db.prepare(
            "SELECT id, decision, level, residual_severity, residual_probability, member_id, role, role_unit, "
            "role_depth, required_depth, at, review_due, note, authorities_serial FROM risk_decisions "
            "WHERE risk_id = ? ORDER BY id");
        if (!decisions)
            return decisions.error();
        decisions->bind(1, r.id);
        return decisions->eachRow([&](const Stmt& row) { r.decisions.push_back(readDecision(row)); });
    }

    Db m_db;
    bool m_write;
};

} // namespace

Status SqlRiskStore::write(const std::function<Status(RiskTx&, AuditEntry&)>& body)
{
    return m_store.writeAudited([&](Db db, AuditEntry& audit) {
        SqlRiskTx tx(db, true);
        return body(tx, audit);
    });
}

Status SqlRiskStore::read(const std::function<Status(RiskTx&)>& body)
{
    return m_store.readConsistent([&](Db db) {
        SqlRiskTx tx(db, false);
        return body(tx);
    });
}

Result<AcceptancePolicy> storedAcceptancePolicy(Db db)
{
    auto stmt = db.prepare("SELECT value FROM settings WHERE key = ?");
    if (!stmt)
        return stmt.error();
    stmt->bindText(1, kAcceptanceSetting);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return defaultAcceptancePolicy();
    auto policy = decodeAcceptancePolicy(stmt->text(0));
    if (!policy)
        return withContext("setting pdca.acceptance", policy.error());
    return policy;
}

} // namespace vigil::registry
