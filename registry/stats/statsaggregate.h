// SPDX-License-Identifier: EUPL-1.2
#pragma once

// How a closed case enters the statistics aggregates (stats_counts, stats_clocks; see
// registry/schema.cpp): the case store calls aggregateClosedCase in the transaction that closes
// a case; aggregateClosedCases does the same for many at once (bulk loads, benchmarks).

#include "shared/storage/db.h"

namespace vigil::registry {

/// Adds case `caseId` (which must be closed) to the aggregates.
Status aggregateClosedCase(Db db, std::int64_t caseId);
/// Takes closed case `caseId` out of the aggregates again, before it is reopened (a retaliation
/// signal, issue 16 §3): it then counts as an open case, and once more when it closes again.
Status withdrawClosedCase(Db db, std::int64_t caseId);
/// Adds every case in state 'closed' to the aggregates (each case must be added only once).
Status aggregateClosedCases(Db db);

} // namespace vigil::registry
