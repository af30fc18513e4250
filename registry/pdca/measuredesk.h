// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The measures register's workflow (docs/pdca.md, "Measures"): proposing a measure, moving it
// through its states, and the operator's role grants. Every change is one transaction of the
// MeasureStore with its audit entry, and the rules are checked inside it against what the
// database holds then (the state machine of measurestate.h, who may act of authority.h), so a
// step that fails changes nothing and writes no entry. Audit entries name texts only by a short
// hash (textTag): a title may be telling, the trail is read by others.

#include "measurestore.h"
#include "pdcatext.h"

#include "registry/caseservice.h"

#include <optional>
#include <string>
#include <vector>

namespace vigil::registry {

struct MeasureProposal {
    std::string title;            ///< 1–200 characters, one line
    std::string description;      ///< up to 8000 characters
    Domain domain = Domain::Physical;
    std::string ownerUnit;        ///< a unit of the organisation
    std::string ownerRole;        ///< a function within it, e.g. "S3" (1–64 characters, never a name)
    std::string dueDate;          ///< YYYY-MM-DD, today or later
    std::vector<std::int64_t> cases;         ///< the cases it answers (the proposer must hold each)
    std::optional<std::int64_t> supersedes;  ///< a measure it replaces
    /// The indicators meant to show its effect (each in force), and which of them an effect
    /// check uses; '' = the only one (none needed when there are none).
    std::vector<std::string> indicators;
    std::string primaryIndicator;
};

class MeasureDesk {
public:
    /// `board` is how the indicator board an effect check reads is built (the indicators API's).
    explicit MeasureDesk(MeasureStore& store, BoardPolicy board = {}, EffectPolicy effect = {})
        : m_store(store), m_board(board), m_effect(effect)
    {
    }

    /// Proposes a measure as `member`. Invalid for a malformed proposal (the message names the
    /// field), NotFound for a case the member does not hold or a superseded measure that does
    /// not exist, Refused when the member may not propose (authority.h).
    Result<MeasureRecord> propose(const std::string& member, const MeasureProposal& proposal, UnixSeconds now);
    /// Moves measure `id` to `to` as `member`. NotFound (no such measure), Conflict (not a step
    /// from its state), Invalid (what the step needs: a reason, a date not in the future,
    /// evidence, a verdict), Refused (who may take it, separation of duties).
    /// Checked with basis effect_check: the register computes the check on `step.indicator` (or
    /// the primary indicator), records it in measure_checks and takes its verdict, all in the
    /// step's transaction; a verdict given with it is Invalid, a measure without indicators or an
    /// after window that has not settled Conflict ("the after window settles on YYYY-MM-DD").
    Result<MeasureRecord> transition(const std::string& member, std::int64_t id, MeasureState to,
                                     const MeasureStep& step, UnixSeconds now);

    /// Closes a case "resolved — measure `measureId`" as `member`: `closing` is the case's
    /// transition as CaseService::prepareTransition checked it. In one transaction with the
    /// transition's audit entry: the measure must be one the member may see (else NotFound) and
    /// approved, in progress, implemented or checked (else Conflict); the case is linked to it
    /// (counted once) and names it in resolved_by_measure.
    Status closeCase(const std::string& member, std::int64_t measureId,
                     const CaseService::PreparedTransition& closing, UnixSeconds now);

    /// Replaces the indicators of measure `id` as `member` (measures or commander covering the
    /// owner unit, or the proposer while the measure is proposed), audited as
    /// measure.indicators_linked. Conflict once the measure is checked or cancelled; Invalid for an
    /// unknown or retired indicator or a primary one not among them; NotFound when the member
    /// may not see the measure.
    Result<MeasureRecord> linkIndicators(const std::string& member, std::int64_t id,
                                         const std::vector<std::string>& indicators, const std::string& primary,
                                         UnixSeconds now);
    /// The effect check the measure would get now, on `indicator` ('' = its primary one),
    /// recorded nowhere: what a check step would record, but for id, at and by. NotFound when
    /// the member may not see the measure, Conflict when it is not implemented, has no
    /// indicators, or its after window has not settled.
    Result<MeasureCheck> previewEffect(const std::string& member, std::int64_t id, const std::string& indicator,
                                       UnixSeconds now);
    /// The same for the operator, who reads every measure (vigil-admin measure check).
    Result<MeasureCheck> previewEffect(std::int64_t id, const std::string& indicator, UnixSeconds now);

    /// The operator sets a unit's strength from a month on (audited unit.strength as "admin");
    /// NotFound for an unknown unit, Invalid for a bad month or a strength below 1.
    Status setUnitStrength(const std::string& unit, const StrengthRow& row, UnixSeconds now);
    /// A unit's strength rows, by month.
    Result<std::vector<StrengthRow>> unitStrength(const std::string& unit);

    Result<MeasureRecord> find(std::int64_t id);
    /// Measure `id` as `member` may see it (authority.h maySee), its cases cut to those the
    /// member holds; NotFound both when there is no such measure and when it is not the
    /// member's to see, Refused for a disabled member.
    Result<MeasureRecord> findFor(const std::string& member, std::int64_t id);
    /// Every measure `member` may see, by id, each cut as findFor does.
    Result<std::vector<MeasureRecord>> visibleTo(const std::string& member);
    /// Every measure, by id.
    Result<std::vector<MeasureRecord>> all();
    /// The steps `member` may take on each of `measures` (stepsFor), read in one transaction;
    /// one list per measure, in order.
    Result<std::vector<std::vector<MeasureState>>> stepsFor(const std::string& member,
                                                            const std::vector<MeasureRecord>& measures);

    /// The operator grants or revokes a role (actor "admin"); NotFound for an unknown member or
    /// unit, Conflict when the grant is already there / was not there.
    Status grantRole(const RoleGrant& grant, UnixSeconds now);
    Status revokeRole(const RoleGrant& grant, UnixSeconds now);
    /// The granted roles (member_roles; the directory's groups give the others).
    Result<std::vector<RoleGrant>> grants();

private:
    /// The measures `member` may see (only `id` when given), cut as findFor does.
    Result<std::vector<MeasureRecord>> visible(const std::string& member, std::optional<std::int64_t> id);
    /// previewEffect, as `member` or (none) as the operator.
    Result<MeasureCheck> preview(const std::optional<std::string>& member, std::int64_t id,
                                 const std::string& indicator, UnixSeconds now);

    MeasureStore& m_store;
    BoardPolicy m_board;
    EffectPolicy m_effect;
};

} // namespace vigil::registry
