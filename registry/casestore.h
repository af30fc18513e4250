// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The registry's storage interface. The workflow (caseservice.h) talks only to this, so a
// store on either engine (sqlcasestore.h) serves it, SQLite or PostgreSQL.
// Every state change is written together with its audit entry, in one transaction.

#include "aftercare.h"
#include "audit.h"
#include "casestate.h"
#include "clocks.h"

#include "shared/message.h"
#include "shared/routingheader.h"
#include "shared/tokens/tokenverifier.h"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace vigil::registry {

struct CaseRecord {
    std::int64_t id = 0;
    Hash32 envelopeHash{};
    RoutingHeader header;                  ///< what the registry knows: routing fields only
    CaseState state = CaseState::Received;
    CaseOutcome outcome = CaseOutcome::None;
    std::string assignee;                  ///< member id, empty until assigned
    UnixSeconds receivedAt = 0;
    std::optional<UnixSeconds> acknowledgedAt;
    std::optional<UnixSeconds> feedbackAt;
    std::optional<UnixSeconds> closedAt;
    CaseClocks clocks;
    std::optional<UnixSeconds> deleteAfter;
    int followUps = 0;                     ///< reporter follow-ups kept with the case
    std::optional<UnixSeconds> lastFollowUpAt;
    std::optional<UnixSeconds> lastReplyAt;  ///< an advisor's last answer to the reporter
    std::optional<UnixSeconds> firstReplyAt; ///< the first answer put in the reporter's mailbox
    std::optional<std::int64_t> resolvedByMeasure; ///< closed "resolved — measure M" (docs/pdca.md)
    std::optional<UnixSeconds> retaliationAt; ///< the newest retaliation signal (clocks.retaliationDue)
    Aftercare aftercare;                   ///< the check-in plan and the reporter's signals about it
};

/// An envelope to keep: a new report (a case) or, when `header.thread` is set, a reporter's
/// follow-up to the report of that id (a message of its case, never a case or a statistic).
struct NewCase {
    RoutingHeader header;
    Hash32 envelopeHash{};
    Bytes envelope;                        ///< kept sealed for the recipients to fetch
    Bytes receipt;                         ///< the registry's signed receipt (encodeReceipt)
    UnixSeconds receivedAt = 0;
    CaseClocks clocks;
    std::string auditDetail;               ///< e.g. routing remarks; never content
    /// A retaliation follow-up reopens a closed case and sets its retaliation clock this long
    /// after the signal (WorkflowPolicy::retaliationContactHours).
    std::int64_t retaliationHours = 24;
    /// The filing token it spends (docs/protocol.md §11.3), kept in the global spent set in the
    /// same transaction as the case; none when tokens are not checked or it carried none.
    std::optional<tokens::AcceptedToken> token;
};

/// Refused: a follow-up whose reply key is not its report's (someone who knows the report id
/// — a relay does — but is not the reporter). TokenSpent: a new envelope whose token another
/// envelope spent already (nothing stored).
enum class CreateStatus { Created, Duplicate, Conflict, Refused, TokenSpent };

struct CreateOutcome {
    CreateStatus status = CreateStatus::Created;
    std::int64_t caseId = 0;               ///< a follow-up's case; 0 while its report has not arrived
    Bytes receipt;                         ///< for Created the new one, for Duplicate the original
};

/// A message kept with a case: an advisor's reply (sealed to the reporter), an internal note
/// (sealed to the group), or a reporter's follow-up envelope.
/// What one retention round did (CaseStore::purgeExpired).
struct RetentionRound {
    std::size_t deleted = 0;  ///< closed cases deleted
    bool skipped = false;     ///< another registry process on the database was running the round
};

struct CaseMessage {
    std::int64_t id = 0;
    std::string kind;                      ///< "reply", "note", "follow_up"
    std::string author;                    ///< member id; empty for the reporter
    UnixSeconds at = 0;
    Bytes sealed;
};

struct MailboxItem {
    std::int64_t seq = 0;
    MailboxId mailbox{};
    Bytes data;
};

/// How long a follow-up whose report is unknown is kept: longer than any closed case is (the
/// report may have been deleted by retention, or still sit in a relay at sea).
inline constexpr std::int64_t kOrphanFollowUpDays = 400;
/// How long a lessons-learned submission the operator sent back stays for its author.
inline constexpr std::int64_t kRejectedLessonDays = 90;
/// How long the registry remembers its answer to an advisor's action id (a console's queue
/// replays within hours; a month is generous).
inline constexpr std::int64_t kActionAnswerDays = 30;

class CaseStore {
public:
    virtual ~CaseStore() = default;

    /// Creates cases and keeps follow-ups in one transaction, idempotently by report id (a
    /// follow-up has an id of its own): the same id with the same envelope hash is a duplicate,
    /// with another hash a conflict (nothing overwritten).
    virtual Result<std::vector<CreateOutcome>> createCases(std::span<const NewCase> cases, std::string_view actor) = 0;
    virtual Result<std::optional<CaseRecord>> findCase(std::int64_t id) = 0;
    virtual Result<std::optional<CaseRecord>> findCaseByReportId(const ReportId& reportId) = 0;
    /// Cases the member holds a key wrap for (never others: conflict-of-interest exclusions hold).
    virtual Result<std::vector<CaseRecord>> casesForMember(const std::string& memberId) = 0;
    virtual Result<std::vector<CaseRecord>> openCases() = 0;
    virtual Result<Bytes> sealedEnvelope(std::int64_t caseId) = 0;
    /// Writes the workflow fields of `updated` (state, outcome, assignee, times, deleteAfter)
    /// and the audit entry in one transaction.
    virtual Status updateCase(const CaseRecord& updated, AuditEntry audit) = 0;

    virtual Status addMessage(std::int64_t caseId, const CaseMessage& message, AuditEntry audit) = 0;
    /// Replies, notes and the reporter's follow-ups of a case, oldest first.
    virtual Result<std::vector<CaseMessage>> messages(std::int64_t caseId) = 0;
    /// Posts a reply to a device mailbox (and keeps it with the case); returns the mailbox seq.
    virtual Result<std::int64_t> postReply(std::int64_t caseId, const MailboxId& mailbox, const CaseMessage& message,
                                           AuditEntry audit) = 0;
    /// Mailbox items whose id starts with `prefixHex`, after `afterSeq`, oldest first.
    virtual Result<std::vector<MailboxItem>> mailbox(std::string_view prefixHex, std::int64_t afterSeq,
                                                     std::size_t limit) = 0;

    /// Adds check-in moments to the case's aftercare plan with the audit entry, in one
    /// transaction; Conflict once the reporter declined further contact (aftercarestore.h).
    virtual Status addCheckIns(std::int64_t caseId, std::span<const UnixSeconds> dues, const std::string& by,
                               AuditEntry audit) = 0;
    /// Removes one moment of the case's plan with the audit entry (its detail gets the moment's
    /// time); NotFound when the case has no such moment.
    virtual Status removeCheckIn(std::int64_t caseId, std::int64_t checkInId, AuditEntry audit) = 0;
    /// Closed cases whose aftercare plan still runs (moments not done, not stopped), for the
    /// overdue and due-soon lists: their check-ins are clocks too.
    virtual Result<std::vector<CaseRecord>> closedCasesWithCheckIns() = 0;

    virtual Status appendAudit(AuditEntry entry) = 0;
    virtual Result<std::vector<AuditEntry>> auditLog() = 0;

    /// Deletes (securely) closed cases whose deleteAfter has passed, with their follow-ups,
    /// keeping only their anonymous statistics; says how many were deleted. Follow-ups whose
    /// report never arrived go after kOrphanFollowUpDays. On PostgreSQL a round that another
    /// registry process is running at the same moment is skipped (joblock.h), changing nothing.
    virtual Result<RetentionRound> purgeExpired(UnixSeconds now) = 0;
};

} // namespace vigil::registry
