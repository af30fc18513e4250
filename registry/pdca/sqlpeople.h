// SPDX-License-Identifier: EUPL-1.2
#pragma once

// PeopleTx's reads on the registry's database of either engine (units, members, member_roles,
// groups, case_recipients, case_groups), for the transactions of every PDCA register.

#include "peopletx.h"

#include "shared/storage/db.h"

namespace vigil::registry {

Result<UnitTree> readUnitTree(Db db);
Result<Actor> readActor(Db db, const std::string& member);
Result<std::vector<CaseStanding>> readStanding(Db db, const std::string& member,
                                               const std::vector<std::int64_t>& cases);

} // namespace vigil::registry
