// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Who may do what with a measure (docs/pdca.md, "Roles"), as pure functions over what the
// store knows of a member: its roles and the cases it would link. Nothing here reads the
// database, so every rule is tested on its own.
//
// A member's roles are the rows vigil-admin role grant wrote (member_roles) plus the
// directory's groups: a commander group makes its members commanders of its unit, an
// inspectorate group makes them inspectorate (organisation-wide when the group has no unit).
// A role covers a unit when the role's unit is that unit or one of its ancestors; a role with
// no unit covers them all.

#include "measurestate.h"
#include "riskstate.h"

#include "shared/directory.h"
#include "shared/result.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace vigil::registry {

enum class MeasureRole { Measures, Commander, Inspectorate };

struct RoleGrant {
    std::string member;
    MeasureRole role = MeasureRole::Measures;
    std::string unit;   ///< empty: the whole organisation
    bool operator==(const RoleGrant&) const = default;
};

/// Each unit's parent ('' for the top), as the units table holds them.
using UnitTree = std::map<std::string, std::string>;

/// Whether a role held for `roleUnit` covers `unit` (the same unit, an ancestor, or '' for all).
bool covers(const UnitTree& tree, const std::string& roleUnit, const std::string& unit);

/// The roles the groups of a member give it: commander and inspectorate groups (other kinds give none).
std::vector<RoleGrant> rolesFromGroups(const std::string& member, const std::vector<std::pair<GroupKind, std::string>>& groups);

/// What the member would link: for each case, whether it is one of the case's recipients and
/// the kinds of the case's groups the member belongs to.
struct CaseStanding {
    std::int64_t caseId = 0;
    bool recipient = false;
    std::vector<GroupKind> kinds;
};

/// What is known of the member who acts, read in the transaction of its step.
struct Actor {
    std::string member;
    std::vector<RoleGrant> roles;   ///< granted and from groups
};

/// Whether `actor` may propose a measure owned by `ownerUnit` that answers `cases`: it must be a
/// recipient of every case (else NotFound, the answer for a case that does not exist), and
/// either a safety officer, confidential advisor or integrity-desk member in the groups of every
/// linked case (at least one), or hold a measures or commander role covering the owner unit.
/// `what` names the step in a refusal (recording a risk follows the same rule).
Status mayPropose(const UnitTree& tree, const Actor& actor, const std::string& ownerUnit,
                  const std::vector<CaseStanding>& cases, std::string_view what = "proposing a measure");

/// Whether `actor` may move a measure owned by `ownerUnit` and proposed by `proposer` from
/// `from` to `to`. Every step after the proposal needs a measures or commander role covering
/// the owner unit and a member other than the proposer (separation of duties), except two: the
/// proposer may start the approved work and withdraw its own proposal. Refused, with the
/// reason, otherwise.
Status mayMove(const UnitTree& tree, const Actor& actor, const std::string& ownerUnit, const std::string& proposer,
               MeasureState from, MeasureState to);

/// The states `actor` may move a measure owned by `ownerUnit` and proposed by `proposer` to from
/// `from` (allowedNext filtered by mayMove): the steps a console offers.
std::vector<MeasureState> stepsFor(const UnitTree& tree, const Actor& actor, const std::string& ownerUnit,
                                   const std::string& proposer, MeasureState from);

/// Whether `actor` may see a measure owned by `ownerUnit` and proposed by `proposer` whose
/// linked cases stand to it as `cases`: it proposed it, holds any role (measures, commander,
/// inspectorate) covering the owner unit, or holds one of the linked cases. Everyone else is
/// told the measure does not exist.
bool maySee(const UnitTree& tree, const Actor& actor, const std::string& ownerUnit, const std::string& proposer,
            const std::vector<CaseStanding>& cases);

// --- Accepting a risk (docs/pdca.md, "Risks") ---------------------------------------------

/// A unit's echelon: its depth in the unit tree, 0 for a top unit. '' (the whole organisation)
/// is 0 too: a role without a unit stands at the top.
int depth(const UnitTree& tree, const std::string& unit);

/// Who may accept a risk of one level: a role among `roles` for the risk's scope unit or a unit
/// above it, at echelon `maxDepth` or higher (a smaller depth); without `maxDepth`, at the scope
/// unit's own echelon or higher.
struct AcceptanceRule {
    RiskLevel level = RiskLevel::Low;
    std::optional<int> maxDepth;
    std::vector<MeasureRole> roles{MeasureRole::Commander};
    bool operator==(const AcceptanceRule&) const = default;
};

/// One rule per level high, serious, medium, low (an eliminated residual risk is accepted as a
/// low one). The organisation's policy is the setting pdca.acceptance (riskpolicy.h).
struct AcceptancePolicy {
    std::vector<AcceptanceRule> rules;
    /// The rule for `level`; the default's when the policy lacks one.
    AcceptanceRule ruleFor(RiskLevel level) const;
    bool operator==(const AcceptancePolicy&) const = default;
};

/// high → echelon 0, serious → echelon 1 or higher, medium → a commander of the scope unit or
/// above, low → its commander or measures coordinator or above.
AcceptancePolicy defaultAcceptancePolicy();

/// The role a risk was accepted under, as risk_decisions records it.
struct Acceptor {
    MeasureRole role = MeasureRole::Commander;
    std::string unit;          ///< the role's unit ('' the whole organisation)
    int roleDepth = 0;         ///< that unit's echelon
    int requiredDepth = 0;     ///< the deepest echelon the policy allowed for this risk
    bool operator==(const Acceptor&) const = default;
};

/// Why a member may not accept a risk: it holds no role of the kind the level needs for the
/// scope (`RoleRequired`), or holds one, but at too low an echelon (`AuthorityTooLow`).
enum class AcceptanceShortfall { None, RoleRequired, AuthorityTooLow };

struct AcceptanceCheck {
    std::optional<Acceptor> acceptor;   ///< set when the member may accept
    AcceptanceShortfall shortfall = AcceptanceShortfall::None;
    std::string reason;                 ///< why not, for people
};

/// Whether `actor` may accept (or review the acceptance of) a risk of `level` scoped to
/// `scopeUnit` under `policy`, and under which of its roles: the most local one that is enough.
AcceptanceCheck checkAcceptance(const AcceptancePolicy& policy, const UnitTree& tree, const Actor& actor,
                                const std::string& scopeUnit, RiskLevel level);

/// checkAcceptance as a Result: the acceptor, or Refused with the reason, e.g. "a serious risk
/// at 13-bde needs a commander at echelon 1 or higher; m8 is commander of 13-bde (echelon 2)".
Result<Acceptor> mayAcceptRisk(const AcceptancePolicy& policy, const UnitTree& tree, const Actor& actor,
                               const std::string& scopeUnit, RiskLevel level);

/// Whether `actor` may change a risk scoped to `scopeUnit` (create, assess, close, reopen,
/// link): a measures or commander role covering the scope; Refused with the reason otherwise.
Status mayManageRisk(const UnitTree& tree, const Actor& actor, const std::string& scopeUnit, std::string_view what);

/// Whether `actor` may see a risk scoped to `scopeUnit` created by `creator` whose linked cases
/// stand to it as `cases`: as maySee for a measure (its creator, any role covering the scope,
/// a holder of a linked case), and the inspectorate reads every risk.
bool maySeeRisk(const UnitTree& tree, const Actor& actor, const std::string& scopeUnit, const std::string& creator,
                const std::vector<CaseStanding>& cases);

} // namespace vigil::registry

namespace vigil {
template <> struct EnumTable<registry::MeasureRole> {
    static constexpr std::array<EnumName<registry::MeasureRole>, 3> names{{
        {registry::MeasureRole::Measures, "measures"}, {registry::MeasureRole::Commander, "commander"},
        {registry::MeasureRole::Inspectorate, "inspectorate"},
    }};
};
} // namespace vigil
