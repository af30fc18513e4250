// SPDX-License-Identifier: EUPL-1.2
#include "capacity.h"

#include <algorithm>
#include <map>

namespace vigil::registry {

namespace {

/// The advisors to show: active members of some group, and whoever still has open cases (a
/// member disabled or taken out of every group with cases on their desk is exactly what
/// management must see).
Result<std::map<std::string, AdvisorCapacity>> advisorsWithLoad(Db db)
{
    auto stmt = db.prepare(
        "SELECT m.id, m.name, (SELECT COUNT(*) FROM cases c WHERE c.assignee = m.id AND c.state <> 'closed') "
        "FROM members m WHERE (m.active = 1 AND EXISTS (SELECT 1 FROM group_members gm WHERE gm.member_id = m.id)) "
        "OR EXISTS (SELECT 1 FROM cases c WHERE c.assignee = m.id AND c.state <> 'closed')");
    if (!stmt)
        return stmt.error();
    std::map<std::string, AdvisorCapacity> out;
    if (auto s = stmt->eachRow([&](const Stmt& row) {
            AdvisorCapacity a;
            a.member = row.text(0);
            a.name = row.text(1);
            a.open = row.int64(2);
            out.emplace(a.member, std::move(a));
        });
        !s)
        return s.error();
    return out;
}

/// The period's assigned cases, each counted for its assignee: first contact and its clock.
Status addFirstContacts(Db db, std::map<std::string, AdvisorCapacity>& advisors, UnixSeconds from, UnixSeconds to,
                        UnixSeconds now)
{
    auto stmt = db.prepare(
        "SELECT assignee, received_at, contact_due, "
        "(SELECT MIN(at) FROM case_messages WHERE case_id = cases.id AND kind = 'reply') "
        "FROM cases WHERE assignee IS NOT NULL AND received_at >= ? AND received_at < ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, from).bind(2, to);
    std::map<std::string, std::vector<double>> hours, clocks;
    if (auto s = stmt->eachRow([&](const Stmt& row) {
            auto [it, added] = advisors.try_emplace(row.text(0));
            AdvisorCapacity& a = it->second;
            if (added)
                a.member = a.name = row.text(0); // no member row any more: shown by id
            ++a.cases;
            const UnixSeconds received = row.int64(1);
            // Flags and plain values, not std::optional: GCC 12 reports optionals read this way
            // as maybe-uninitialized once the unity build inlines more (a false positive).
            const bool hasDue = !row.isNull(2);
            const bool replied = !row.isNull(3);
            const UnixSeconds due = hasDue ? row.int64(2) : 0;
            const UnixSeconds reply = replied ? row.int64(3) : 0;
            if (replied) {
                ++a.contacted;
                hours[a.member].push_back(static_cast<double>(reply - received) / 3600.0);
            }
            // A clock still running with no reply yet is not decided: neither within nor late.
            if (hasDue && (replied || due < now)) {
                ++a.clocked;
                if (replied && reply <= due)
                    ++a.withinClock;
                clocks[a.member].push_back(static_cast<double>(due - received) / 3600.0);
            }
        });
        !s)
        return s;
    for (auto& [member, a] : advisors) {
        a.medianContactHours = medianOf(hours[member]);
        a.clockHours = medianOf(clocks[member]);
    }
    return {};
}

Result<std::vector<GroupCapacity>> groupLoads(Db db)
{
    auto stmt = db.prepare(
        "SELECT g.id, g.name_nl, g.name_en, g.auto_assign, "
        "(SELECT COUNT(*) FROM group_members gm JOIN members m ON m.id = gm.member_id "
        "WHERE gm.group_id = g.id AND m.active = 1), "
        "(SELECT COUNT(*) FROM case_groups cg JOIN cases c ON c.id = cg.case_id "
        "WHERE cg.group_id = g.id AND c.state <> 'closed'), "
        "(SELECT COUNT(*) FROM case_groups cg JOIN cases c ON c.id = cg.case_id "
        "WHERE cg.group_id = g.id AND c.state <> 'closed' AND c.assignee IS NULL) "
        "FROM groups g ORDER BY g.position, g.id");
    if (!stmt)
        return stmt.error();
    std::vector<GroupCapacity> out;
    if (auto s = stmt->eachRow([&](const Stmt& row) {
            out.push_back(GroupCapacity{row.text(0), row.text(1), row.text(2), row.int64(3) != 0, row.int64(4),
                                        row.int64(5), row.int64(6)});
        });
        !s)
        return s.error();
    return out;
}

} // namespace

std::optional<double> medianOf(std::vector<double> values)
{
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const std::size_t mid = values.size() / 2;
    return values.size() % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
}

Result<CapacityReport> computeCapacity(Db db, UnixSeconds from, UnixSeconds to, UnixSeconds now)
{
    if (from >= to)
        return Error{"the period must end after it starts", ErrorKind::Invalid};
    auto advisors = advisorsWithLoad(db);
    if (!advisors)
        return advisors.error();
    if (auto s = addFirstContacts(db, *advisors, from, to, now); !s)
        return s.error();
    auto groups = groupLoads(db);
    if (!groups)
        return groups.error();
    CapacityReport report{from, to, now, {}, std::move(*groups)};
    for (auto& [member, a] : *advisors)
        report.advisors.push_back(std::move(a));
    return report;
}

} // namespace vigil::registry
