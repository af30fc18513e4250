// SPDX-License-Identifier: EUPL-1.2
#include "statsaggregate.h"

#include <string>
#include <utility>

namespace vigil::registry {

namespace {

/// `where` selects the closed cases to add, e.g. "WHERE id = 7".
Status aggregate(SqliteDb& db, const std::string& where)
{
    if (auto s = db.exec("INSERT INTO stats_counts(kind, category, domain, unit, month, mode, count) "
                         "SELECT kind, category, domain, unit, month, mode, COUNT(*) FROM cases " + where
                         + " GROUP BY 1, 2, 3, 4, 5, 6 ON CONFLICT DO UPDATE SET count = count + excluded.count");
        !s)
        return s;
    // Whole days, truncated: the statistics judge archived clocks conservatively for it.
    for (auto [clock, column] : {std::pair{"acknowledge", "acknowledged_at"}, std::pair{"feedback", "feedback_at"},
                                 std::pair{"close", "closed_at"}}) {
        const std::string col = column;
        if (auto s = db.exec("INSERT INTO stats_clocks(month, clock, days, count) SELECT month, '" + std::string(clock)
                             + "', (" + col + " - received_at) / 86400, COUNT(*) FROM cases " + where + " AND " + col
                             + " IS NOT NULL GROUP BY 1, 3 ON CONFLICT DO UPDATE SET count = count + excluded.count");
            !s)
            return s;
    }
    return {};
}

} // namespace

Status aggregateClosedCase(SqliteDb& db, std::int64_t caseId)
{
    return aggregate(db, "WHERE state = 'closed' AND id = " + std::to_string(caseId));
}

Status aggregateClosedCases(SqliteDb& db)
{
    return aggregate(db, "WHERE state = 'closed'");
}

} // namespace vigil::registry
