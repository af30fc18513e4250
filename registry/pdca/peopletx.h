// SPDX-License-Identifier: EUPL-1.2
#pragma once

// What every register of plan–do–check–act reads about people inside its transaction: the unit
// tree, a member's roles, and how a member stands to cases. MeasureTx and RiskTx both extend it,
// so the rules of authority.h see the same facts whichever register asks.

#include "authority.h"

#include <cstdint>
#include <string>
#include <vector>

namespace vigil::registry {

class PeopleTx {
public:
    virtual ~PeopleTx() = default;
    /// The unit tree (each unit's parent).
    virtual Result<UnitTree> units() = 0;
    /// The member's roles (granted and from its commander and inspectorate groups); NotFound
    /// when there is no such member, Refused when it is disabled.
    virtual Result<Actor> actor(const std::string& member) = 0;
    /// How `member` stands to each case (a case that does not exist: not a recipient).
    virtual Result<std::vector<CaseStanding>> standing(const std::string& member,
                                                       const std::vector<std::int64_t>& cases) = 0;
};

} // namespace vigil::registry
