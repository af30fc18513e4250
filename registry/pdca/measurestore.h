// SPDX-License-Identifier: EUPL-1.2
#pragma once

// What the measures register keeps, and the storage interface MeasureDesk works through.
// SqlMeasureStore is the default backend; a PostgreSQL backend implements the same two
// interfaces: MeasureStore runs one transaction with its audit entry, MeasureTx is what may be
// read and written inside it. The rules live in MeasureDesk, once.

#include "authority.h"
#include "indicatorboard.h"
#include "measureeffect.h"
#include "measurestate.h"
#include "peopletx.h"

#include "registry/audit.h"
#include "registry/casestore.h"
#include "registry/clocks.h"

#include "shared/reportenums.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace vigil::registry {

/// One of the indicators meant to show a measure's effect (measure_indicators).
struct IndicatorLink {
    std::string id;
    bool primary = false;   ///< the one an effect check uses unless told otherwise
    bool operator==(const IndicatorLink&) const = default;
};

/// A measure as the register holds it.
struct MeasureRecord {
    std::int64_t id = 0;
    std::string title;
    std::string description;
    Domain domain = Domain::Physical;
    std::string ownerUnit;
    std::string ownerRole;          ///< the function within the unit, e.g. "S3"
    std::string dueDate;            ///< YYYY-MM-DD
    UnixSeconds dueAt = 0;          ///< the last second of the due date, UTC
    MeasureState state = MeasureState::Proposed;
    MeasureVerdict verdict = MeasureVerdict::None;
    VerdictBasis basis = VerdictBasis::None;
    std::string proposedBy;
    UnixSeconds proposedAt = 0;
    std::optional<std::string> approvedBy, startedBy, implementedBy, reopenedBy, checkedBy, cancelledBy;
    std::optional<UnixSeconds> approvedAt, startedAt, implementedAt, reopenedAt, checkedAt, cancelledAt;
    std::optional<std::string> implementedOn;   ///< the real-world date, YYYY-MM-DD
    std::string evidence;
    std::string reopenReason;
    std::string checkNote;
    std::string cancelReason;
    std::optional<std::int64_t> supersedes;     ///< the measure this one replaces
    std::int64_t casesLinked = 0;               ///< every case ever linked, also those since deleted
    std::vector<std::int64_t> cases;            ///< the linked cases the registry still holds
    std::vector<IndicatorLink> indicators;      ///< by id
    std::vector<std::int64_t> risks;            ///< the risks it is linked to (measure_risks), by id
    std::vector<MeasureCheck> checks;           ///< every effect check recorded on it, oldest first
    bool operator==(const MeasureRecord&) const = default;
};

/// The reads and writes of one transaction of the register (with PeopleTx's reads of members).
class MeasureTx : public PeopleTx {
public:
    virtual Result<std::optional<MeasureRecord>> find(std::int64_t id) = 0;
    /// Every measure, by id.
    virtual Result<std::vector<MeasureRecord>> all() = 0;
    /// Inserts `m` (its id, cases and casesLinked are ignored) and returns its id.
    virtual Result<std::int64_t> insert(const MeasureRecord& m) = 0;
    /// Writes every field of `m` but id, cases and casesLinked.
    virtual Status update(const MeasureRecord& m) = 0;
    /// Links a case to a measure and counts it in cases_linked (once per case).
    virtual Status linkCase(std::int64_t measureId, std::int64_t caseId, const std::string& by, UnixSeconds at) = 0;
    /// Stores a case as CaseService::prepareTransition made it (no audit entry of its own: the
    /// transaction's entry records it).
    virtual Status updateCase(const CaseRecord& updated) = 0;
    /// Whether the measure exists.
    virtual Result<bool> exists(std::int64_t id) = 0;
    /// Replaces the measure's indicators with `links` (ids checked by the caller).
    virtual Status setIndicators(std::int64_t measureId, const std::vector<IndicatorLink>& links) = 0;
    /// Whether indicator `id` takes new links: in force and not frozen (true), retired or frozen
    /// (false), unknown (nullopt).
    virtual Result<std::optional<bool>> indicatorInForce(const std::string& id) = 0;
    /// The indicator board as of settled month `asOf` (indicatorregister.h readBoard), read in
    /// this transaction and stored nowhere.
    virtual Result<IndicatorBoard> board(int asOf, const BoardPolicy& policy) = 0;
    /// The strength rows of one unit (unit_strength), by month.
    virtual Result<std::vector<StrengthRow>> strength(const std::string& unit) = 0;
    /// Sets a unit's strength from a month on, and returns what it replaced (none: a new row).
    virtual Result<std::optional<std::int64_t>> setStrength(const std::string& unit, const StrengthRow& row) = 0;
    /// Records an effect check of measure `measureId` (its id is ignored) and returns its id.
    virtual Result<std::int64_t> insertCheck(std::int64_t measureId, const MeasureCheck& check) = 0;
    /// Roles granted (member_roles only), by member, role, unit.
    virtual Result<std::vector<RoleGrant>> grants() = 0;
    /// Adds a grant; false when it was there already.
    virtual Result<bool> grant(const RoleGrant& g, UnixSeconds at) = 0;
    /// Removes a grant; false when there was none.
    virtual Result<bool> revoke(const RoleGrant& g) = 0;
};

class MeasureStore {
public:
    virtual ~MeasureStore() = default;
    /// Runs `body` in one write transaction and appends the audit entry it fills in; if
    /// `body` fails, nothing of it is kept and no entry is written.
    virtual Status write(const std::function<Status(MeasureTx&, AuditEntry&)>& body) = 0;
    /// Runs `body` over a consistent view, for reading.
    virtual Status read(const std::function<Status(MeasureTx&)>& body) = 0;
};

} // namespace vigil::registry
