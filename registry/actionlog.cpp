// SPDX-License-Identifier: EUPL-1.2
#include "actionlog.h"

namespace vigil::registry {

Result<std::optional<StoredAnswer>> ActionLog::find(const std::string& memberId, const std::string& actionId)
{
    std::lock_guard guard(m_mutex);
    auto stmt = m_db.prepare("SELECT status, response FROM advisor_actions WHERE member_id = ? AND action_id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bindText(1, memberId).bindText(2, actionId);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<StoredAnswer>{};
    return std::optional<StoredAnswer>(StoredAnswer{static_cast<unsigned>(stmt->int64(0)), stmt->text(1)});
}

Status ActionLog::record(const std::string& memberId, const std::string& actionId, std::int64_t at,
                         const StoredAnswer& answer)
{
    std::lock_guard guard(m_mutex);
    auto stmt = m_db.prepare("INSERT OR IGNORE INTO advisor_actions(action_id, member_id, at, status, response) "
                             "VALUES (?, ?, ?, ?, ?)");
    if (!stmt)
        return stmt.error();
    stmt->bindText(1, actionId).bindText(2, memberId).bind(3, at).bind(4, static_cast<std::int64_t>(answer.status))
        .bindText(5, answer.body);
    return stmt->run();
}

} // namespace vigil::registry
