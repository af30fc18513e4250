// SPDX-License-Identifier: EUPL-1.2
#include "statsaggregate.h"

#include <string>
#include <utility>

namespace vigil::registry {

namespace {

/// `where` selects the closed cases to add, e.g. "WHERE id = 7".
Status aggregate(SqliteDb& db, const std::string& where)
{
    // One marginal per published table family (schema.cpp): they stay small however many
    // cases there are, and their totals agree by construction.
    for (const char* facet : {"'kind_category', month, kind, category, '', ''", "'unit_kind', month, kind, '', unit, ''",
                              "'mode', month, '', '', '', mode"}) {
        if (auto s = db.exec("INSERT INTO stats_counts(facet, month, kind, category, unit, mode, count) SELECT "
                             + std::string(facet) + ", COUNT(*) FROM cases " + where
                             + " GROUP BY 1, 2, 3, 4, 5, 6 ON CONFLICT DO UPDATE SET count = count + excluded.count");
            !s)
            return s;
    }
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
