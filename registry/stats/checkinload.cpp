// SPDX-License-Identifier: EUPL-1.2
#include "checkinload.h"

namespace vigil::registry {

Result<CheckInLoad> countCheckInLoad(Db db, std::int64_t now, std::int64_t graceDays)
{
    // One pass over the moments already due; the two subqueries use the indexes on
    // aftercare(case_id) and case_messages(case_id).
    auto stmt = db.prepare(
        "SELECT COALESCE(SUM(CASE WHEN k.due + ?2 >= ?1 THEN 1 ELSE 0 END), 0), "
        "COALESCE(SUM(CASE WHEN k.due + ?2 < ?1 THEN 1 ELSE 0 END), 0) FROM checkins k "
        "WHERE k.due <= ?1 "
        "AND NOT EXISTS (SELECT 1 FROM aftercare a WHERE a.case_id = k.case_id AND a.stopped_at IS NOT NULL) "
        "AND NOT EXISTS (SELECT 1 FROM case_messages m WHERE m.case_id = k.case_id AND m.kind = 'reply' "
        "AND m.at >= k.due)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, now).bind(2, graceDays * 86400);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return CheckInLoad{};
    return CheckInLoad{stmt->int64(0), stmt->int64(1)};
}

} // namespace vigil::registry
