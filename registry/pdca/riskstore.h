// SPDX-License-Identifier: EUPL-1.2
#pragma once

// What the risk register keeps, and the storage interface RiskDesk works through, as
// measurestore.h is for measures: RiskStore runs one transaction with its audit entry, RiskTx
// is what may be read and written inside it. SqlRiskStore is the default backend; the rules
// live in RiskDesk, once.

#include "authority.h"
#include "peopletx.h"
#include "riskstate.h"

#include "registry/audit.h"
#include "registry/clocks.h"

#include "shared/reportenums.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace vigil::registry {

enum class RiskDecisionKind { Accepted, Declined, Reviewed };

/// One decision on a risk: who took it under which role, at which echelon, for which cell.
struct RiskDecision {
    std::int64_t id = 0;
    RiskDecisionKind kind = RiskDecisionKind::Accepted;
    RiskLevel level = RiskLevel::Low;
    MatrixCell residual;
    std::string member;
    Acceptor acceptor;
    UnixSeconds at = 0;
    std::optional<UnixSeconds> reviewDue;   ///< none for a decision not to accept
    std::string note;
    /// The serial of the signed authorities document in force when it was taken (the newest
    /// stored); none before the first document and for decisions from before schema v17.
    /// Set by the store as it records the decision, never by the caller.
    std::optional<std::int64_t> authoritiesSerial;
    bool operator==(const RiskDecision&) const = default;
};

/// A risk as the register holds it.
struct RiskRecord {
    std::int64_t id = 0;
    std::string hazard;                    ///< one line, the organisation's words
    std::string description;
    Domain domain = Domain::Physical;
    std::string unit;                      ///< the scope: this unit and below ('' the whole organisation)
    std::optional<Category> category;
    MatrixCell initial;
    std::optional<MatrixCell> residual;      ///< after measures; none until assessed
    std::optional<std::string> residualBy;
    std::optional<UnixSeconds> residualAt;
    std::string residualNote;              ///< what the residual assessment rests on
    RiskState state = RiskState::Open;
    std::optional<UnixSeconds> reviewDue;  ///< while accepted
    std::string createdBy;
    UnixSeconds createdAt = 0;
    std::optional<std::string> closedBy, reopenedBy;
    std::optional<UnixSeconds> closedAt, reopenedAt;
    std::string closeReason;
    std::string reopenReason;
    std::vector<std::int64_t> cases;       ///< linked cases the registry still holds
    std::vector<std::int64_t> measures;    ///< linked measures
    std::vector<RiskDecision> decisions;   ///< oldest first
    bool operator==(const RiskRecord&) const = default;
};

/// What a linked measure tells about who may see it (authority.h maySee).
struct MeasureStanding {
    std::string ownerUnit;
    std::string proposedBy;
    std::vector<std::int64_t> cases;
};

/// The reads and writes of one transaction of the risk register.
class RiskTx : public PeopleTx {
public:
    virtual Result<std::optional<RiskRecord>> find(std::int64_t id) = 0;
    /// Every risk, by id.
    virtual Result<std::vector<RiskRecord>> all() = 0;
    /// Inserts `r` (its id, cases, measures and decisions are ignored) and returns its id.
    virtual Result<std::int64_t> insert(const RiskRecord& r) = 0;
    /// Writes every field of `r` but id, cases, measures and decisions.
    virtual Status update(const RiskRecord& r) = 0;
    virtual Status linkCase(std::int64_t riskId, std::int64_t caseId) = 0;
    /// Links a measure; false when it was linked already.
    virtual Result<bool> linkMeasure(std::int64_t riskId, std::int64_t measureId) = 0;
    /// Unlinks a measure; false when it was not linked.
    virtual Result<bool> unlinkMeasure(std::int64_t riskId, std::int64_t measureId) = 0;
    virtual Status addDecision(std::int64_t riskId, const RiskDecision& d) = 0;
    /// A measure as authority.h needs it, or nullopt when there is no such measure.
    virtual Result<std::optional<MeasureStanding>> measure(std::int64_t id) = 0;
    /// The acceptance policy in force (the setting pdca.acceptance, or the default).
    virtual Result<AcceptancePolicy> acceptancePolicy() = 0;
    /// The risk's audit entries ("risk.*" with its id as subject), oldest first.
    virtual Result<std::vector<AuditEntry>> history(std::int64_t riskId) = 0;
};

class RiskStore {
public:
    virtual ~RiskStore() = default;
    /// Runs `body` in one write transaction and appends the audit entry it fills in; if `body`
    /// fails, nothing of it is kept and no entry is written.
    virtual Status write(const std::function<Status(RiskTx&, AuditEntry&)>& body) = 0;
    /// Runs `body` over a consistent view, for reading.
    virtual Status read(const std::function<Status(RiskTx&)>& body) = 0;
};

} // namespace vigil::registry

namespace vigil {
template <> struct EnumTable<registry::RiskDecisionKind> {
    static constexpr std::array<EnumName<registry::RiskDecisionKind>, 3> names{{
        {registry::RiskDecisionKind::Accepted, "accepted"}, {registry::RiskDecisionKind::Declined, "declined"},
        {registry::RiskDecisionKind::Reviewed, "reviewed"},
    }};
};
} // namespace vigil
