// SPDX-License-Identifier: EUPL-1.2
#include "vmsissues.h"

#include "registry/pdca/measureclocks.h"
#include "registry/pdca/pdcatext.h"
#include "registry/sqlitecolumns.h"

namespace vigil::report {
namespace {

using registry::AuditEntry;

constexpr std::string_view kSelect = "SELECT id, period, made_at, made_by, inputs_hash, reissue_of, reason";

VmsIssue readIssue(const Stmt& s)
{
    VmsIssue issue;
    issue.id = s.int64(0);
    issue.period = s.text(1);
    issue.madeAt = s.int64(2);
    issue.madeBy = s.text(3);
    const ByteView hash = s.blob(4);
    issue.inputsHash.assign(hash.begin(), hash.end());
    issue.reissueOf = registry::optInt(s, 5);
    issue.reason = s.text(6);
    return issue;
}

Result<std::optional<VmsIssue>> latestIn(Db db, const std::string& period)
{
    auto stmt = db.prepare(std::string(kSelect) + " FROM vms_reports WHERE period = ?1 ORDER BY id DESC LIMIT 1");
    if (!stmt)
        return stmt.error();
    stmt->bindText(1, period);
    std::optional<VmsIssue> latest;
    if (auto s = stmt->eachRow([&](const Stmt& row) { latest = readIssue(row); }); !s)
        return s.error();
    return latest;
}

} // namespace

Result<std::vector<VmsIssue>> listVmsIssues(registry::SqlCaseStore& store)
{
    std::vector<VmsIssue> issues;
    auto s = store.readConsistent([&](Db db) -> Status {
        auto stmt = db.prepare(std::string(kSelect) + " FROM vms_reports ORDER BY id");
        if (!stmt)
            return stmt.error();
        return stmt->eachRow([&](const Stmt& row) { issues.push_back(readIssue(row)); });
    });
    if (!s)
        return registry::orStorage(s.error());
    return issues;
}

Result<VmsIssue> findVmsIssue(registry::SqlCaseStore& store, std::int64_t id)
{
    std::optional<VmsIssue> found;
    auto s = store.readConsistent([&](Db db) -> Status {
        auto stmt = db.prepare(std::string(kSelect) + ", signed FROM vms_reports WHERE id = ?1");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, id);
        return stmt->eachRow([&](const Stmt& row) {
            found = readIssue(row);
            const ByteView bytes = row.blob(7);
            found->signedReport.assign(bytes.begin(), bytes.end());
        });
    });
    if (!s)
        return registry::orStorage(s.error());
    if (!found)
        return Error{"no report " + std::to_string(id), ErrorKind::NotFound};
    return std::move(*found);
}

Result<std::optional<VmsIssue>> latestVmsIssue(registry::SqlCaseStore& store, const std::string& period)
{
    std::optional<VmsIssue> latest;
    auto s = store.readConsistent([&](Db db) -> Status {
        auto found = latestIn(db, period);
        if (!found)
            return found.error();
        latest = std::move(*found);
        return {};
    });
    if (!s)
        return registry::orStorage(s.error());
    return latest;
}

Status checkVmsReissue(const std::string& period, const std::optional<VmsIssue>& latest, bool reissue,
                       const std::string& reason)
{
    if (!reissue) {
        if (!reason.empty())
            return Error{"a reason is given only with a reissue", ErrorKind::Invalid};
        if (latest)
            return Error{period + " was issued already: report " + std::to_string(latest->id) + " on "
                             + registry::dateOf(latest->madeAt) + " by " + latest->madeBy
                             + " (a period is issued once; to issue it again, give --reissue and --reason)",
                         ErrorKind::Conflict};
        return {};
    }
    if (!latest)
        return Error{period + " has not been issued: there is nothing to reissue", ErrorKind::Invalid};
    return registry::checkText("reason", reason, 1, 2000, true);
}

Result<std::int64_t> recordVmsIssue(registry::SqlCaseStore& store, const VmsIssue& issue,
                                    std::optional<std::int64_t> expectedLatest, const std::string& auditDetail)
{
    std::int64_t id = 0;
    auto s = store.writeAudited([&](Db db, AuditEntry& audit) -> Status {
        // Two operators issuing the same period at once: on PostgreSQL the second waits here for
        // the first one's commit and then finds its report (SQLite's writer lock does the same).
        if (db.dialect() == Dialect::Postgres)
            if (auto locked = db.exec("LOCK TABLE vms_reports IN EXCLUSIVE MODE"); !locked)
                return locked;
        auto latest = latestIn(db, issue.period);
        if (!latest)
            return latest.error();
        const std::optional<std::int64_t> now = *latest ? std::optional((*latest)->id) : std::nullopt;
        if (now != expectedLatest)
            return Error{issue.period + " was issued meanwhile as report " + std::to_string(now.value_or(0))
                             + ": issue again to follow it",
                         ErrorKind::Conflict};
        auto insert = db.prepare("INSERT INTO vms_reports (period, made_at, made_by, signed, inputs_hash, "
                                 "reissue_of, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id");
        if (!insert)
            return insert.error();
        insert->bindText(1, issue.period).bind(2, issue.madeAt).bindText(3, issue.madeBy);
        insert->bind(4, ByteView(issue.signedReport)).bind(5, ByteView(issue.inputsHash));
        registry::bindOptInt(*insert, 6, issue.reissueOf);
        insert->bindText(7, issue.reason);
        auto inserted = registry::insertedId(*insert);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        audit = AuditEntry{0, issue.madeAt, issue.madeBy, "report.issued", issue.period,
                           "report " + std::to_string(id) + " " + auditDetail, {}, {}};
        return {};
    });
    if (!s)
        return registry::orStorage(s.error());
    return id;
}

} // namespace vigil::report
