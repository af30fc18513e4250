// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The risk register's workflow (docs/pdca.md, "Risks"): recording a risk, assessing its
// residual risk, deciding on its acceptance, reviewing an acceptance, closing and reopening,
// and linking the measures that lower it. Every change is one transaction of the RiskStore
// with its audit entry, and the rules are checked inside it against what the database holds
// then (the state machine of riskstate.h, who may act of authority.h, the acceptance policy in
// force), so a step that fails changes nothing and writes no entry. Audit entries name texts
// only by their tag (pdcatext.h).

#include "riskstore.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace vigil::registry {

struct RiskProposal {
    std::string hazard;                  ///< 1–200 characters, one line
    std::string description;             ///< up to 8000 characters
    Domain domain = Domain::Physical;
    std::string unit;                    ///< the scope: a unit, or '' for the whole organisation
    std::optional<Category> category;
    MatrixCell initial;                    ///< severity I–IV × probability A–E
    std::vector<std::int64_t> cases;     ///< cases that show the hazard (the member must hold each)
    std::vector<std::int64_t> measures;  ///< measures that lower it (the member must see each)
};

/// A decision on an acceptance: accept (with the review date) or decline.
struct RiskDecisionRequest {
    bool accept = true;
    std::string reviewDue;               ///< YYYY-MM-DD, after today; accepting and reviewing only
    std::string note;                    ///< up to 8000 characters
};

class RiskDesk {
public:
    explicit RiskDesk(RiskStore& store) : m_store(store) {}

    /// Records a risk as `member`: Invalid for a malformed proposal (naming the field),
    /// NotFound for a case it does not hold or a measure it may not see, Refused when it may
    /// not record a risk for the scope (the rule of proposing a measure, authority.h).
    Result<RiskRecord> create(const std::string& member, const RiskProposal& proposal, UnixSeconds now);
    /// Assesses the residual risk (probability F: eliminated). An accepted risk is open again
    /// afterwards: its acceptance was of the cell that changed.
    Result<RiskRecord> assess(const std::string& member, std::int64_t id, const MatrixCell& residual,
                              const std::string& note, UnixSeconds now);
    /// Accepts or declines the residual risk. Refused when the member's authority is not enough
    /// for the risk's level and scope (mayAcceptRisk); `shortfall`, when given, says why.
    Result<RiskRecord> decide(const std::string& member, std::int64_t id, const RiskDecisionRequest& request,
                              UnixSeconds now, AcceptanceShortfall* shortfall = nullptr);
    /// Reviews an acceptance: the authority is checked again, the review date moves on.
    Result<RiskRecord> review(const std::string& member, std::int64_t id, const std::string& reviewDue,
                              const std::string& note, UnixSeconds now, AcceptanceShortfall* shortfall = nullptr);
    Result<RiskRecord> close(const std::string& member, std::int64_t id, const std::string& reason, UnixSeconds now);
    /// Reopens an accepted risk: its acceptance ends.
    Result<RiskRecord> reopen(const std::string& member, std::int64_t id, const std::string& reason, UnixSeconds now);
    /// Links or unlinks a measure the member may see (Conflict when it was linked / was not).
    Result<RiskRecord> linkMeasure(const std::string& member, std::int64_t id, std::int64_t measureId, bool link,
                                   UnixSeconds now);

    Result<RiskRecord> find(std::int64_t id);
    /// Risk `id` as `member` may see it (maySeeRisk), its cases and measures cut to those the
    /// member holds and sees; NotFound both when there is none and when it is not the member's.
    Result<RiskRecord> findFor(const std::string& member, std::int64_t id);
    /// The audit entries of a risk `member` may see (NotFound otherwise), oldest first.
    Result<std::vector<AuditEntry>> historyFor(const std::string& member, std::int64_t id);
    /// Every risk `member` may see, by id, each cut as findFor does.
    Result<std::vector<RiskRecord>> visibleTo(const std::string& member);
    /// Every risk, by id.
    Result<std::vector<RiskRecord>> all();

private:
    using ChangeBody
        = std::function<Status(RiskTx&, const UnitTree&, const Actor&, RiskRecord&, AuditEntry&)>;
    /// Runs one change of risk `id` as `member` in one transaction: finds it (NotFound also when
    /// the member may not see it), hands it to `body` with the unit tree and the actor, stores
    /// what `body` left in the record with the audit entry whose action and detail it set.
    Result<RiskRecord> change(const std::string& member, std::int64_t id, UnixSeconds now, const ChangeBody& body);
    Result<std::vector<RiskRecord>> visible(const std::string& member, std::optional<std::int64_t> id);
    /// Closing (to closed) and reopening (to open): a step with a reason by a measures or
    /// commander role covering the scope.
    Result<RiskRecord> moveWithReason(const std::string& member, std::int64_t id, RiskState to,
                                      const std::string& reason, UnixSeconds now);

    RiskStore& m_store;
};

} // namespace vigil::registry
