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

#include "shared/directory.h"
#include "shared/result.h"

#include <cstdint>
#include <map>
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
Status mayPropose(const UnitTree& tree, const Actor& actor, const std::string& ownerUnit,
                  const std::vector<CaseStanding>& cases);

/// Whether `actor` may move a measure owned by `ownerUnit` and proposed by `proposer` from
/// `from` to `to`. Every step after the proposal needs a measures or commander role covering
/// the owner unit and a member other than the proposer (separation of duties), except two: the
/// proposer may start the approved work and withdraw its own proposal. Refused, with the
/// reason, otherwise.
Status mayMove(const UnitTree& tree, const Actor& actor, const std::string& ownerUnit, const std::string& proposer,
               MeasureState from, MeasureState to);

/// Whether `actor` may see a measure owned by `ownerUnit` and proposed by `proposer` whose
/// linked cases stand to it as `cases`: it proposed it, holds any role (measures, commander,
/// inspectorate) covering the owner unit, or holds one of the linked cases. Everyone else is
/// told the measure does not exist.
bool maySee(const UnitTree& tree, const Actor& actor, const std::string& ownerUnit, const std::string& proposer,
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
