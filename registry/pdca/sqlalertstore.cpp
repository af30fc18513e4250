// SPDX-License-Identifier: EUPL-1.2
#include "sqlalertstore.h"

#include "cubefilter.h"
#include "sqlpeople.h"

#include "registry/forupdate.h"
#include "registry/sqlitecolumns.h"


namespace vigil::registry {

namespace {

// value and level are REAL (DOUBLE PRECISION) columns, bound and read as doubles: both drivers
// carry them exactly (postgres.h sends the shortest text that reads back as the same double).
constexpr std::string_view kSelect
    = "SELECT a.id, a.indicator_id, i.name_nl, i.name_en, i.filter, a.month, a.months, a.rule, "
      "a.value, a.level, a.state, a.raised_at, a.follow_up_due, a.assignee, "
      "a.assigned_by, a.assigned_at, a.measure_id, a.explanation, a.followed_up_by, a.followed_up_at, a.closed_by, "
      "a.closed_at, a.close_note FROM alerts a JOIN indicators i ON i.id = a.indicator_id ";

std::vector<std::string> splitMonths(std::string_view text)
{
    std::vector<std::string> out;
    for (std::size_t at = 0; at < text.size();) {
        std::size_t end = text.find(',', at);
        if (end == std::string_view::npos)
            end = text.size();
        out.emplace_back(text.substr(at, end - at));
        at = end + 1;
    }
    return out;
}

std::string joinMonths(const std::vector<std::string>& months)
{
    std::string out;
    for (const auto& m : months)
        out += (out.empty() ? "" : ",") + m;
    return out;
}

AlertRecord readAlert(const Stmt& s)
{
    AlertRecord a;
    a.id = s.int64(0);
    a.indicatorId = s.text(1);
    a.indicatorNameNl = s.text(2);
    a.indicatorNameEn = s.text(3);
    if (auto filter = parseFilter(s.text(4)))
        a.scopeUnit = filter->unit;
    a.month = s.text(5);
    a.months = splitMonths(s.textView(6));
    a.rule = s.text(7);
    a.value = s.real(8);
    a.level = s.real(9);
    a.state = parseEnum<AlertState>(s.text(10)).value_or(AlertState::Raised);
    a.raisedAt = s.int64(11);
    a.followUpDue = s.int64(12);
    a.assignee = optText(s, 13);
    a.assignedBy = optText(s, 14);
    a.assignedAt = optInt(s, 15);
    a.measure = optInt(s, 16);
    a.explanation = s.text(17);
    a.followedUpBy = optText(s, 18);
    a.followedUpAt = optInt(s, 19);
    a.closedBy = optText(s, 20);
    a.closedAt = optInt(s, 21);
    a.closeNote = s.text(22);
    return a;
}

class SqlAlertTx final : public AlertTx {
public:
    /// `write`: inside a write transaction, where an alert read to be changed is locked (forUpdate).
    SqlAlertTx(Db db, bool write) : m_db(db), m_write(write) {}

    Result<std::optional<AlertRecord>> find(std::int64_t id) override
    {
        // An alert is read to decide its next state: on PostgreSQL a second process deciding on
        // the same alert waits for this one's commit (forupdate.h; the alert's row only).
        auto found = query("WHERE a.id = ?" + std::string(m_write && !forUpdate(m_db).empty() ? " FOR UPDATE OF a" : ""), id);
        if (!found)
            return found.error();
        if (found->empty())
            return std::optional<AlertRecord>{};
        return std::optional(std::move(found->front()));
    }

    Result<std::vector<AlertRecord>> all() override { return query("ORDER BY a.id", std::nullopt); }

    Result<std::int64_t> insert(const AlertRecord& a) override
    {
        auto taken = m_db.prepare("SELECT 1 FROM alerts WHERE indicator_id = ? AND month = ?");
        if (!taken)
            return taken.error();
        taken->bindText(1, a.indicatorId).bindText(2, a.month);
        auto exists = taken->step();
        if (!exists)
            return exists.error();
        if (*exists)
            return Error{"indicator " + a.indicatorId + " has an alert for " + a.month + " already",
                         ErrorKind::Conflict};
        auto stmt = m_db.prepare("INSERT INTO alerts(indicator_id, month, months, rule, value, level, state, raised_at, "
                                 "follow_up_due) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
        if (!stmt)
            return stmt.error();
        const std::string months = joinMonths(a.months);
        stmt->bindText(1, a.indicatorId).bindText(2, a.month).bindText(3, months).bindText(4, a.rule);
        stmt->bindReal(5, a.value).bindReal(6, a.level).bindText(7, enumName(a.state)).bind(8, a.raisedAt);
        stmt->bind(9, a.followUpDue);
        return insertedId(*stmt);
    }

    Status update(const AlertRecord& a) override
    {
        auto stmt = m_db.prepare("UPDATE alerts SET months = ?, state = ?, follow_up_due = ?, assignee = ?, "
                                 "assigned_by = ?, assigned_at = ?, measure_id = ?, explanation = ?, "
                                 "followed_up_by = ?, followed_up_at = ?, closed_by = ?, closed_at = ?, "
                                 "close_note = ? WHERE id = ?");
        if (!stmt)
            return stmt.error();
        const std::string months = joinMonths(a.months);
        stmt->bindText(1, months).bindText(2, enumName(a.state)).bind(3, a.followUpDue);
        bindOptText(*stmt, 4, a.assignee);
        bindOptText(*stmt, 5, a.assignedBy);
        bindOptInt(*stmt, 6, a.assignedAt);
        bindOptInt(*stmt, 7, a.measure);
        stmt->bindText(8, a.explanation);
        bindOptText(*stmt, 9, a.followedUpBy);
        bindOptInt(*stmt, 10, a.followedUpAt);
        bindOptText(*stmt, 11, a.closedBy);
        bindOptInt(*stmt, 12, a.closedAt);
        stmt->bindText(13, a.closeNote).bind(14, a.id);
        if (auto s = stmt->run(); !s)
            return s;
        if (stmt->changes() == 0)
            return Error{"no alert " + std::to_string(a.id), ErrorKind::NotFound};
        return {};
    }

    Result<std::vector<AlertIndicator>> indicators() override
    {
        auto stmt = m_db.prepare("SELECT id, filter, created_at, retired_at IS NOT NULL, alerts, follow_up_days "
                                 "FROM indicators ORDER BY id");
        if (!stmt)
            return stmt.error();
        std::vector<AlertIndicator> out;
        if (auto s = stmt->eachRow([&](const Stmt& r) {
                AlertIndicator i;
                i.id = r.text(0);
                if (auto filter = parseFilter(r.text(1)))
                    i.scopeUnit = filter->unit;
                i.createdAt = r.int64(2);
                i.retired = r.int64(3) != 0;
                i.alerts = r.int64(4) != 0;
                i.followUpDays = static_cast<int>(r.int64(5));
                out.push_back(std::move(i));
            });
            !s)
            return s.error();
        return out;
    }

    Result<std::optional<AlertMeasureFacts>> measure(std::int64_t id) override
    {
        auto stmt = m_db.prepare("SELECT owner_unit, proposed_by FROM measures WHERE id = ?");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, id);
        auto found = stmt->step();
        if (!found)
            return found.error();
        if (!*found)
            return std::optional<AlertMeasureFacts>{};
        AlertMeasureFacts facts{stmt->text(0), stmt->text(1), {}};
        auto cases = m_db.prepare("SELECT case_id FROM measure_cases WHERE measure_id = ? ORDER BY case_id");
        if (!cases)
            return cases.error();
        cases->bind(1, id);
        if (auto s = cases->eachRow([&](const Stmt& r) { facts.cases.push_back(r.int64(0)); }); !s)
            return s.error();
        return std::optional(std::move(facts));
    }

    Result<UnitTree> units() override { return readUnitTree(m_db); }

    Result<Actor> actor(const std::string& member) override { return readActor(m_db, member); }

    Result<std::vector<CaseStanding>> standing(const std::string& member,
                                               const std::vector<std::int64_t>& cases) override
    {
        return readStanding(m_db, member, cases);
    }

private:
    Result<std::vector<AlertRecord>> query(const std::string& where, std::optional<std::int64_t> id)
    {
        auto stmt = m_db.prepare(std::string(kSelect) + where);
        if (!stmt)
            return stmt.error();
        if (id)
            stmt->bind(1, *id);
        std::vector<AlertRecord> out;
        if (auto s = stmt->eachRow([&](const Stmt& r) { out.push_back(readAlert(r)); }); !s)
            return s.error();
        return out;
    }

    Db m_db;
    bool m_write;
};

} // namespace

Status SqlAlertStore::write(const std::function<Status(AlertTx&, AuditEntry&)>& body)
{
    return m_store.writeAudited([&](Db db, AuditEntry& audit) {
        SqlAlertTx tx(db, true);
        return body(tx, audit);
    });
}

Status SqlAlertStore::read(const std::function<Status(AlertTx&)>& body)
{
    return m_store.readConsistent([&](Db db) {
        SqlAlertTx tx(db, false);
        return body(tx);
    });
}

} // namespace vigil::registry
