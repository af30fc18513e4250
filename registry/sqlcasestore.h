// SPDX-License-Identifier: EUPL-1.2
#pragma once

// CaseStore on either engine the registry runs on (shared/storage/db.h): SQLite (WAL,
// synchronous=FULL), the embedded default, or PostgreSQL. Its SQL is written once, in the
// dialect both accept. One connection behind a mutex: the registry's writes are small and few
// next to the relays' ingest, and batches keep intake fast. Several processes may share one
// database: case creation stays idempotent through the unique keys on report ids (INSERT …
// ON CONFLICT DO NOTHING), never through a lock of the application's.

#include "audittrail.h"
#include "casestore.h"
#include "indicatorcube.h"

#include "shared/storage/db.h"
#include "shared/storage/sqlite.h"

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <type_traits>

namespace vigil::registry {

struct CreateStatements; // the prepared statements of one createCases() call

class SqlCaseStore final : public CaseStore {
public:
    /// Takes a connection whose schema is current: SQLite opened with
    /// openServerDatabase(…, registryMigrations(), …), PostgreSQL migrated with
    /// migratePgSchema(…, registryPgMigrations(), …).
    explicit SqlCaseStore(Connection db);
    ~SqlCaseStore() override;

    Result<std::vector<CreateOutcome>> createCases(std::span<const NewCase> cases, std::string_view actor) override;
    Result<std::optional<CaseRecord>> findCase(std::int64_t id) override;
    Result<std::optional<CaseRecord>> findCaseByReportId(const ReportId& reportId) override;
    Result<std::vector<CaseRecord>> casesForMember(const std::string& memberId) override;
    Result<std::vector<CaseRecord>> openCases() override;
    Result<Bytes> sealedEnvelope(std::int64_t caseId) override;
    Status updateCase(const CaseRecord& updated, AuditEntry audit) override;
    Status addMessage(std::int64_t caseId, const CaseMessage& message, AuditEntry audit) override;
    Result<std::vector<CaseMessage>> messages(std::int64_t caseId) override;
    Result<std::int64_t> postReply(std::int64_t caseId, const MailboxId& mailbox, const CaseMessage& message,
                                   AuditEntry audit) override;
    Result<std::vector<MailboxItem>> mailbox(std::string_view prefixHex, std::int64_t afterSeq,
                                             std::size_t limit) override;
    Status addCheckIns(std::int64_t caseId, std::span<const UnixSeconds> dues, const std::string& by,
                       AuditEntry audit) override;
    Status removeCheckIn(std::int64_t caseId, std::int64_t checkInId, AuditEntry audit) override;
    Result<std::vector<CaseRecord>> closedCasesWithCheckIns() override;
    Status appendAudit(AuditEntry entry) override;
    Result<std::vector<AuditEntry>> auditLog() override;
    Result<RetentionRound> purgeExpired(UnixSeconds now) override;

    /// The connection, of either engine (same thread rules apply: hold lock() while using it).
    Db db() { return m_db; }
    Dialect dialect() const { return m_db.dialect(); }
    /// The SQLite connection, for what exists on SQLite only (tests that read the file as it
    /// is): only on SQLite, a programmer error otherwise. Every store of the registry is on Db.
    SqliteDb& sqlite();
    std::unique_lock<std::mutex> lock() { return std::unique_lock(m_mutex); }
    /// Runs `body` and appends the audit entry it fills in, in one transaction (for changes
    /// outside the case tables, e.g. bulletin submissions), under lock(). A body that takes a
    /// `Db` runs on either engine; one that still takes `SqliteDb&` runs on SQLite only (on
    /// PostgreSQL it is refused) until it moves to Db.
    template <typename F>
    Status writeAudited(F&& body)
    {
        if constexpr (std::is_invocable_r_v<Status, F&, Db, AuditEntry&>)
            return writeAuditedOnDb(std::function<Status(Db, AuditEntry&)>(std::forward<F>(body)));
        else
            return writeAuditedOnSqlite(std::function<Status(SqliteDb&, AuditEntry&)>(std::forward<F>(body)));
    }
    /// writeAudited for a change that is several facts (a directory and the authorities signed
    /// with it): every entry `body` adds is appended, in order, in the same transaction.
    /// A body that takes a `Db` runs on either engine; one taking `SqliteDb&`, on SQLite only.
    template <typename F>
    Status writeAuditedAll(F&& body)
    {
        if constexpr (std::is_invocable_r_v<Status, F&, Db, std::vector<AuditEntry>&>)
            return writeAuditedAllOnDb(std::function<Status(Db, std::vector<AuditEntry>&)>(std::forward<F>(body)));
        else
            return writeAuditedAllOnSqlite(
                std::function<Status(SqliteDb&, std::vector<AuditEntry>&)>(std::forward<F>(body)));
    }
    /// Runs `body` in one read transaction under lock(): what it reads comes from one snapshot,
    /// even while vigil-registry and vigil-admin write through their own connections (on
    /// PostgreSQL a REPEATABLE READ, READ ONLY transaction). A body that takes a `Db` runs on
    /// either engine; one taking `SqliteDb&`, on SQLite only, as writeAudited.
    template <typename F>
    Status readConsistent(F&& body)
    {
        if constexpr (std::is_invocable_r_v<Status, F&, Db>)
            return readConsistentOnDb(std::function<Status(Db)>(std::forward<F>(body)));
        else
            return readConsistentOnSqlite(std::function<Status(SqliteDb&)>(std::forward<F>(body)));
    }
    /// updateCase() without its transaction and audit entry: for a body of writeAudited that
    /// changes a case together with rows of another table (closing a case resolved by a measure).
    Status updateCaseIn(const CaseRecord& updated);

private:
    Status writeAuditedOnDb(const std::function<Status(Db, AuditEntry&)>& body);
    Status writeAuditedOnSqlite(const std::function<Status(SqliteDb&, AuditEntry&)>& body);
    Status writeAuditedAllOnDb(const std::function<Status(Db, std::vector<AuditEntry>&)>& body);
    Status writeAuditedAllOnSqlite(const std::function<Status(SqliteDb&, std::vector<AuditEntry>&)>& body);
    Status readConsistentOnDb(const std::function<Status(Db)>& body);
    Status readConsistentOnSqlite(const std::function<Status(SqliteDb&)>& body);
    /// The cases `where` selects, its one parameter (if any) bound by `bind`.
    Result<std::vector<CaseRecord>> queryCases(std::string_view where, const std::function<void(Stmt&)>& bind);
    Status loadMembership(CaseRecord& record);
    /// createCases() for one new report (returns its case id) / one follow-up of case `caseId`
    /// (0: its report has not arrived, the follow-up is held).
    /// Each answers nullopt (false) when another connection kept the same report id first: the
    /// insert met the unique key and did nothing, and the caller answers as for any envelope
    /// already kept.
    Result<std::optional<std::int64_t>> insertCase(CreateStatements& st, const NewCase& c, std::string_view actor);
    Result<bool> keepFollowUp(CreateStatements& st, const NewCase& c, std::int64_t caseId, std::string_view actor);
    /// Assigns new case `caseId` by load when a group it is routed to does so (autoassign.h),
    /// audited after its case.created entry.
    Status assignByLoad(CreateStatements& st, std::int64_t caseId, const NewCase& c, std::string_view actor);
    /// The answer for an envelope whose report id is kept already, or nullopt when it is new.
    Result<std::optional<CreateOutcome>> answerKept(CreateStatements& st, const NewCase& c);
    /// createCases() for a run of envelopes that batchable() let through (casebatch.h), inside
    /// its transaction: `outcomes[i]` gets the answer for `run[i]`.
    Status createRun(CreateStatements& st, std::span<const NewCase> run, std::span<CreateOutcome> outcomes,
                     std::string_view actor);
    /// createCases() for one envelope, inside its transaction.
    Result<CreateOutcome> createOne(CreateStatements& st, const NewCase& c, std::string_view actor);
    /// The clocks of closed case `caseId` that ran out before it closed without their event.
    Result<std::vector<RouteClockEvent>> missedOnClosing(std::int64_t caseId);
    /// Adds the first reply to case `caseId` at `at` to its route's first-contact clock, if it is
    /// the first and the route has one (before the reply is stored).
    Status addFirstContact(std::int64_t caseId, UnixSeconds at);
    /// A retaliation follow-up joined case `caseId` at `at`: reopen it if closed, start its
    /// retaliation clock, audit both (inside createCases' transaction).
    Status signalRetaliation(std::int64_t caseId, UnixSeconds at, std::int64_t hours, std::string_view actor);
    /// Keeps a follow-up's survey answers with its case (one set per case, a later one replaces
    /// it), by the case's route, unit and quarter of closing; audited without the answers.
    Status recordSurvey(std::int64_t caseId, const SurveyAnswers& answers, UnixSeconds at, std::string_view actor);
    /// Runs `body` in a write transaction (inWriteTransaction), rolling back on failure.
    template <typename F>
    Status inTransaction(F&& body);
    /// An error for the SQLite-only helpers called on PostgreSQL.
    Status needSqlite(std::string_view what) const;

    Connection m_conn;
    Db m_db;              ///< m_conn's view (the store never moves: it holds a mutex)
    std::mutex m_mutex;
    AuditTrail m_audit;   ///< on m_db: each entry in the transaction of the change it records
    /// createCases()' statements, prepared on its first call and kept (each batch then parses
    /// none on SQLite); destroyed before the connection.
    std::unique_ptr<CreateStatements> m_create;
};

} // namespace vigil::registry
