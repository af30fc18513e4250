// SPDX-License-Identifier: EUPL-1.2
#include "statsaggregate.h"

#include <string>
#include <utility>

namespace vigil::registry {

namespace {

/// `where` selects the closed cases to add, e.g. "WHERE id = 7"; `sign` -1 takes them out again.
Status aggregate(Db db, const std::string& where, int sign = 1)
{
    // PostgreSQL needs the conflict target named and the stored count qualified (a bare
    // `count` is ambiguous there); SQLite accepts both.
    const auto update = [](std::string_view table, std::string_view key) {
        return " ON CONFLICT (" + std::string(key) + ") DO UPDATE SET count = " + std::string(table)
            + ".count + excluded.count";
    };
    const std::string counted = sign > 0 ? "COUNT(*)" : "-COUNT(*)";
    // One marginal per published table family (schema.cpp): they stay small however many
    // cases there are, and their totals agree by construction.
    for (const char* facet : {"'kind_category', month, kind, category, '', ''", "'unit_kind', month, kind, '', unit, ''",
                              "'mode', month, '', '', '', mode"}) {
        if (auto s = db.exec("INSERT INTO stats_counts(facet, month, kind, category, unit, mode, count) SELECT "
                             + std::string(facet) + ", " + counted + " FROM cases " + where
                             + " GROUP BY 1, 2, 3, 4, 5, 6"
                             + update("stats_counts", "facet, month, kind, category, unit, mode"));
            !s)
            return s;
    }
    // Whole days, truncated: the statistics judge archived clocks conservatively for it.
    for (auto [clock, column] : {std::pair{"acknowledge", "acknowledged_at"}, std::pair{"feedback", "feedback_at"},
                                 std::pair{"close", "closed_at"}}) {
        const std::string col = column;
        if (auto s = db.exec("INSERT INTO stats_clocks(month, clock, days, count) SELECT month, '" + std::string(clock)
                             + "', (" + col + " - received_at) / 86400, " + counted + " FROM cases " + where + " AND " + col
                             + " IS NOT NULL GROUP BY 1, 3" + update("stats_clocks", "month, clock, days"));
            !s)
            return s;
    }
    // A withdrawn case leaves no empty cell behind (the statistics read cells, not cases).
    if (sign < 0)
        for (const char* table : {"stats_counts", "stats_clocks"})
            if (auto s = db.exec("DELETE FROM " + std::string(table) + " WHERE count <= 0"); !s)
                return s;
    return {};
}

} // namespace

Status aggregateClosedCase(Db db, std::int64_t caseId)
{
    return aggregate(db, "WHERE state = 'closed' AND id = " + std::to_string(caseId));
}

Status withdrawClosedCase(Db db, std::int64_t caseId)
{
    return aggregate(db, "WHERE state = 'closed' AND id = " + std::to_string(caseId), -1);
}

Status aggregateClosedCases(Db db)
{
    return aggregate(db, "WHERE state = 'closed'");
}

} // namespace vigil::registry
