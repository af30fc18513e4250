// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The registry's workflow: turning envelopes into cases, and what advisors may do with them.
// Every check of who may do what lives here; storage is behind CaseStore.

#include "casestore.h"
#include "clocks.h"
#include "orgstore.h"
#include "publishedissuerkeys.h"
#include "registrykeys.h"
#include "stats/checkinload.h"

#include "shared/batch.h"

#include <functional>
#include <map>
#include <chrono>
#include <memory>
#include <optional>
#include <mutex>
#include <random>

namespace vigil::registry {

/// How long intake keeps its routes and token rule where the database cannot tell cheaply
/// whether they changed (PostgreSQL, where asking is a round trip): a route changed there counts
/// within this time. A refusal is never based on rules this old (CaseService::checkWith).
inline constexpr std::chrono::seconds kIntakeRulesMaxAge{1};

struct WorkflowPolicy {
    ClockPolicy clocks;
    std::int64_t retentionDays = 365;      ///< closed cases are deleted this long after closing …
    std::int64_t retentionJitterDays = 14; ///< … plus a random part, so deletion time says little
    /// The immediate-contact route (issue 16 §1): a reporter who says they are in danger now
    /// gets a first-contact clock this short, whatever the route's own clock says.
    std::int64_t immediateContactHours = 4;
    /// A reporter who signals retaliation (issue 16 §3) is answered within this many hours; a
    /// closed case is reopened for it.
    std::int64_t retaliationContactHours = 24;
    /// Aftercare (issue 16 §2): the check-in templates per route, and how many days a due
    /// check-in may wait for the advisor's reply before it is overdue.
    CheckInTemplates checkInTemplates = defaultCheckInTemplates();
    std::int64_t checkInGraceDays = kCheckInGraceDays;
    /// Filing tokens (docs/protocol.md §11.3): verified again here, and spent globally. The key
    /// set is the registry's own newest published issuer-key document unless `keys` is given
    /// (`--token-keys`, tests). A missing token is refused only when forced
    /// (`--require-tokens`): relays are the door (docs/registry.md "Filing tokens" says why).
    tokens::TokenPolicy tokens{tokens::TokenRequirement::Never, 0, nullptr};
};

/// What intake decided for one envelope (mirrors the ingest statuses).
struct IntakeResult {
    IngestStatus status = IngestStatus::Invalid;
    std::int64_t caseId = 0;
    std::string reason;
    Bytes receipt;                         ///< stored: a new receipt; duplicate: the original
    ReportId reportId{};
    bool tokenless = false;                ///< passed without a token while keys were known
};

/// A batch of envelopes checked and ready to store: what intake decided for the invalid ones,
/// and the new cases for the rest (receipts not signed yet). Made on any thread; stored by
/// CaseService::commitIntake, several batches in one transaction (the registry's group commit).
struct PreparedIntake {
    std::vector<IntakeResult> results; ///< one per envelope, in order; final for invalid ones
    std::vector<NewCase> fresh;        ///< the envelopes that passed the checks …
    std::vector<std::size_t> freshIndex; ///< … and where each stands in `results`
};

/// The member's view of a case: routing fields, workflow, and clock statuses.
struct CaseSummary {
    CaseRecord record;
    ClockStatus acknowledgeClock = ClockStatus::Running;
    ClockStatus feedbackClock = ClockStatus::Running;
    std::optional<ClockStatus> contactClock;
    std::optional<ClockStatus> retaliationClock;
    /// The aftercare plan as one clock (aftercare.h checkInClock), each moment's status (in the
    /// order of record.aftercare.checkIns) and the next planned moment.
    std::optional<ClockStatus> checkInClock;
    std::vector<CheckInStatus> checkIns;
    std::optional<UnixSeconds> nextCheckIn;
    bool contactWanted = false;            ///< the reporter asked for more contact, unanswered
    std::vector<CheckInStep> checkInTemplate; ///< the template of the case's route
};

class CaseService {
public:
    /// Recipients are checked against the published directory version a header names; a
    /// header naming a version this registry never published is refused.
    CaseService(CaseStore& store, OrgStore& org, const RegistryKeys& keys, WorkflowPolicy policy, Clock clock);

    /// Opens each envelope's routing header, verifies the binding and the recipients against
    /// the directory, signs one receipt batch (registry receipt key) and creates the cases with
    /// their receipts in one durable transaction (idempotent by report id). Envelopes that fail
    /// get `invalid` with a reason; nothing is stored for them.
    Result<std::vector<IntakeResult>> intake(std::span<const ByteView> envelopes);
    /// The first half of intake(), with no write: opens the headers and checks them. Runs on the
    /// request's thread, so the writer of a group commit does no cryptography but one signature.
    Result<PreparedIntake> prepareIntake(std::span<const ByteView> envelopes);
    /// The second half, for one or more prepared batches at once: one receipt batch signed for
    /// all their new envelopes, all their cases created in one durable transaction, each batch's
    /// `results` completed. On failure nothing is stored and no batch may be acknowledged.
    Status commitIntake(std::span<PreparedIntake* const> batches);
    /// The checks of intake() for one envelope, without storing (the ingest's validator).
    Status validate(ByteView envelope);

    /// Cases the member may see: only those it holds a key wrap for.
    Result<std::vector<CaseSummary>> casesFor(const std::string& memberId);
    /// One case, if the member may see it (otherwise an error that does not reveal existence).
    Result<CaseRecord> caseFor(const std::string& memberId, std::int64_t caseId);
    Result<Bytes> envelopeFor(const std::string& memberId, std::int64_t caseId);

    Status transition(const std::string& memberId, std::int64_t caseId, CaseState to,
                      CaseOutcome outcome = CaseOutcome::None);
    /// A transition checked (the member sees the case, the step is legal) and not yet stored:
    /// the case as it will be and the audit entry that records it.
    struct PreparedTransition {
        CaseRecord updated;
        AuditEntry audit;
    };
    /// transition() up to storing, so a layer above (the measures register closing a case
    /// "resolved — measure M") stores it together with its own rows in one transaction. A
    /// `measure` is only for closing resolved (else Invalid); it is named in the audit detail.
    Result<PreparedTransition> prepareTransition(const std::string& memberId, std::int64_t caseId, CaseState to,
                                                 CaseOutcome outcome, std::optional<std::int64_t> measure);
    /// Assigns or reassigns the case to a member who holds its key (never an excluded one).
    Status assign(const std::string& memberId, std::int64_t caseId, const std::string& assignee);
    /// Posts a reply sealed to the reporter (sealReply output) to the case's mailbox.
    Result<std::int64_t> reply(const std::string& memberId, std::int64_t caseId, Bytes sealedReply);
    /// Keeps an internal note (sealed to the group by the console) with the case.
    Status note(const std::string& memberId, std::int64_t caseId, Bytes sealedNote);
    Result<std::vector<CaseMessage>> messagesFor(const std::string& memberId, std::int64_t caseId);
    /// Audit entries about one case, for its history view.
    Result<std::vector<AuditEntry>> historyFor(const std::string& memberId, std::int64_t caseId);

    /// Adds check-in moments to the case's aftercare plan: `dues` as given, or, when empty, the
    /// moments of its route's template after its closing (or now, while it is open). Each must
    /// lie after now and within kMaxCheckInDaysAhead. Audited; refused once the reporter declined.
    Status planCheckIns(const std::string& memberId, std::int64_t caseId, std::vector<UnixSeconds> dues);
    /// Removes one moment of the plan, audited.
    Status removeCheckIn(const std::string& memberId, std::int64_t caseId, std::int64_t checkInId);

    /// Cases whose acknowledge, contact or feedback clock is overdue / due soon (open ones), or
    /// whose aftercare plan has a check-in overdue / due (closed ones too).
    Result<std::vector<CaseSummary>> overdue();
    Result<std::vector<CaseSummary>> dueSoon();
    /// Deletes closed cases past retention; returns how many.
    Result<std::size_t> runRetention();
    /// runRetention as the hourly sweep needs it: also whether another registry process on the
    /// database ran the round (PostgreSQL; the round is skipped here then).
    Result<RetentionRound> retentionRound();

    CaseSummary summarise(const CaseRecord& record) const;

private:
    struct Checked {
        RoutingHeader header;
        Hash32 envelopeHash{};
        std::optional<std::int64_t> contactHours;
        std::string remarks;
        std::optional<tokens::AcceptedToken> token;
        bool tokenless = false;
    };
    Result<Checked> check(ByteView envelope, const std::vector<RouteEntry>& routes, const tokens::TokenPolicy& rule);
    /// The token rule for one batch: the configured one with the key set now published.
    Result<tokens::TokenPolicy> tokenPolicy();
    /// What intake checks an envelope against: the routes and the token rule.
    struct IntakeRules {
        std::vector<RouteEntry> routes;
        tokens::TokenPolicy tokens;
    };
    /// The rules intake uses, and whether they are known to be the database's current ones.
    struct RulesInUse {
        std::shared_ptr<const IntakeRules> rules;
        bool current = false;
    };
    /// The rules, read again when OrgStore::changeStamp says they may have changed (SQLite:
    /// about once per commit of anyone's, and then current) or, where it cannot say
    /// (PostgreSQL), when they are older than kIntakeRulesMaxAge (not known to be current
    /// then). `mustRead`: read them now.
    Result<RulesInUse> intakeRules(bool mustRead = false);
    /// check() with `rules`; an envelope refused by rules not known to be current is checked
    /// once more with rules read now (a token of an epoch published a moment ago passes at once).
    Result<Checked> checkWith(ByteView envelope, RulesInUse& rules);
    /// A published directory version, verified once and then cached (versions never change).
    Result<std::shared_ptr<const Directory>> directoryFor(std::uint32_t version);
    /// Why a header naming `version` is refused: this registry never published it.
    Error unpublishedVersion(std::uint32_t version);
    Result<CaseRecord> visibleCase(const std::string& memberId, std::int64_t caseId);

    CaseStore& m_store;
    OrgStore& m_org;
    const RegistryKeys& m_keys;
    WorkflowPolicy m_policy;
    Clock m_clock;
    std::mt19937_64 m_random;
    PublishedIssuerKeys m_issuerKeys;
    std::mutex m_rulesMutex;
    std::shared_ptr<const IntakeRules> m_rules;
    std::optional<OrgStore::ChangeStamp> m_rulesStamp; ///< the stamp m_rules were read at
    std::chrono::steady_clock::time_point m_rulesReadAt;
    std::mutex m_directoryMutex;
    std::map<std::uint32_t, std::shared_ptr<const Directory>> m_directories;
};

} // namespace vigil::registry
