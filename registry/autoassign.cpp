// SPDX-License-Identifier: EUPL-1.2
#include "autoassign.h"

#include "forupdate.h"

#include <algorithm>
#include <tuple>
#include <vector>

namespace vigil::registry {

namespace {

/// The group's auto_assign flag, read with `lock` appended.
Result<bool> readFlag(Db db, const std::string& groupId, std::string_view lock)
{
    auto stmt = db.prepare("SELECT auto_assign FROM groups WHERE id = ?" + std::string(lock));
    if (!stmt)
        return stmt.error();
    stmt->bindText(1, groupId);
    auto on = firstInt(*stmt);
    if (!on)
        return on.error();
    return on->value_or(0) != 0;
}

/// Whether group `groupId` assigns automatically. When it does, on PostgreSQL its row is then
/// locked until the commit: two registry processes creating cases for the same group at once
/// choose one after the other, and the second reads the load the first just committed (READ
/// COMMITTED takes a new snapshot for each statement after the wait). The one row stands for
/// the group's members, whose loads the choice reads. A group that does not assign is read
/// without a lock, so its intake never waits on another process. SQLite needs no lock: a write
/// transaction holds the database's one writer lock, so nobody assigns in between.
Result<bool> assignsAutomatically(Db db, const std::string& groupId)
{
    auto on = readFlag(db, groupId, "");
    if (!on || !*on || db.dialect() != Dialect::Postgres)
        return on;
    return readFlag(db, groupId, forUpdate(db));
}

/// The group's active members who hold the case's key, with their loads, in no set order.
Result<std::vector<AutoAssignment>> candidates(Db db, std::int64_t caseId, const std::string& groupId, UnixSeconds since)
{
    auto stmt = db.prepare(
        "SELECT gm.member_id, "
        "(SELECT COUNT(*) FROM cases c WHERE c.assignee = gm.member_id AND c.state <> 'closed'), "
        "(SELECT COUNT(*) FROM cases c WHERE c.assignee = gm.member_id AND c.received_at >= ?) "
        "FROM group_members gm JOIN members m ON m.id = gm.member_id "
        "WHERE gm.group_id = ? AND m.active = 1 "
        "AND EXISTS (SELECT 1 FROM case_recipients r WHERE r.case_id = ? AND r.member_id = gm.member_id)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, since).bindText(2, groupId).bind(3, caseId);
    std::vector<AutoAssignment> out;
    if (auto s = stmt->eachRow([&](const Stmt& row) {
            out.push_back(AutoAssignment{row.text(0), groupId, row.int64(1), row.int64(2)});
        });
        !s)
        return s.error();
    return out;
}

} // namespace

Result<std::optional<AutoAssignment>> chooseAssignee(Db db, std::int64_t caseId, std::span<const std::string> groups,
                                                     UnixSeconds now, AutoAssignFlags& known)
{
    const UnixSeconds since = now - kAutoAssignRecentDays * 86400;
    for (const std::string& group : groups) {
        auto flag = known.find(group);
        if (flag == known.end()) {
            auto on = assignsAutomatically(db, group);
            if (!on)
                return on.error();
            flag = known.emplace(group, *on).first;
        }
        if (!flag->second)
            continue;
        auto members = candidates(db, caseId, group, since);
        if (!members)
            return members.error();
        if (members->empty())
            continue;
        // Sorted here rather than by ORDER BY: text collations differ between the engines (and
        // between PostgreSQL databases), byte order of std::string does not.
        const auto key = [](const AutoAssignment& a) { return std::tie(a.openLoad, a.recent, a.member); };
        return std::optional<AutoAssignment>(
            *std::min_element(members->begin(), members->end(),
                              [&](const AutoAssignment& a, const AutoAssignment& b) { return key(a) < key(b); }));
    }
    return std::optional<AutoAssignment>{};
}

std::string autoAssignDetail(const AutoAssignment& chosen)
{
    return "assigned automatically by load to " + chosen.member + " (group " + chosen.group + ": "
           + std::to_string(chosen.openLoad) + " open case(s), " + std::to_string(chosen.recent) + " in the last "
           + std::to_string(kAutoAssignRecentDays) + " days)";
}

} // namespace vigil::registry
