// SPDX-License-Identifier: EUPL-1.2
#pragma once

// PeopleTx's reads on the registry's SQLite database (units, members, member_roles, groups,
// case_recipients, case_groups), for the SQLite transactions of every PDCA register.

#include "peopletx.h"

#include "shared/storage/sqlite.h"

namespace vigil::registry {

Result<UnitTree> readUnitTree(SqliteDb& db);
Result<Actor> readActor(SqliteDb& db, const std::string& member);
Result<std::vector<CaseStanding>> readStanding(SqliteDb& db, const std::string& member,
                                               const std::vector<std::int64_t>& cases);

} // namespace vigil::registry
