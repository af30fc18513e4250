// SPDX-License-Identifier: EUPL-1.2
#include "sqlpeople.h"

namespace vigil::registry {

Result<UnitTree> readUnitTree(Db db)
{
    auto stmt = db.prepare("SELECT id, COALESCE(parent, '') FROM units");
    if (!stmt)
        return stmt.error();
    UnitTree tree;
    if (auto s = stmt->eachRow([&](const Stmt& r) { tree[r.text(0)] = r.text(1); }); !s)
        return s.error();
    return tree;
}

Result<Actor> readActor(Db db, const std::string& member)
{
    auto active = db.prepare("SELECT active FROM members WHERE id = ?");
    if (!active)
        return active.error();
    active->bindText(1, member);
    auto row = active->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error{"no member " + member, ErrorKind::NotFound};
    if (active->int64(0) == 0)
        return Error{"member " + member + " is disabled", ErrorKind::Refused};
    Actor a{member, {}};
    auto granted = db.prepare("SELECT role, unit FROM member_roles WHERE member_id = ? ORDER BY role, unit");
    if (!granted)
        return granted.error();
    granted->bindText(1, member);
    if (auto s = granted->eachRow([&](const Stmt& r) {
            a.roles.push_back({member, parseEnum<MeasureRole>(r.text(0)).value_or(MeasureRole::Inspectorate),
                               r.text(1)});
        });
        !s)
        return s.error();
    auto groups = db.prepare("SELECT g.kind, COALESCE(g.unit, '') FROM groups g JOIN group_members gm "
                               "ON gm.group_id = g.id WHERE gm.member_id = ? ORDER BY g.id");
    if (!groups)
        return groups.error();
    groups->bindText(1, member);
    std::vector<std::pair<GroupKind, std::string>> kinds;
    if (auto s = groups->eachRow([&](const Stmt& r) {
            if (auto k = parseEnum<GroupKind>(r.text(0)))
                kinds.emplace_back(*k, r.text(1));
        });
        !s)
        return s.error();
    for (auto& r : rolesFromGroups(member, kinds))
        a.roles.push_back(std::move(r));
    return a;
}

Result<std::vector<CaseStanding>> readStanding(Db db, const std::string& member,
                                           const std::vector<std::int64_t>& cases)
{
    auto recipient = db.prepare("SELECT 1 FROM case_recipients WHERE case_id = ? AND member_id = ?");
    auto kinds = db.prepare("SELECT DISTINCT g.kind FROM case_groups cg JOIN groups g ON g.id = cg.group_id "
                              "JOIN group_members gm ON gm.group_id = g.id WHERE cg.case_id = ? "
                              "AND gm.member_id = ?");
    if (!recipient)
        return recipient.error();
    if (!kinds)
        return kinds.error();
    std::vector<CaseStanding> out;
    for (std::int64_t id : cases) {
        CaseStanding c{id, false, {}};
        recipient->reset();
        recipient->bind(1, id).bindText(2, member);
        auto row = recipient->step();
        if (!row)
            return row.error();
        c.recipient = *row;
        kinds->reset();
        kinds->bind(1, id).bindText(2, member);
        if (auto s = kinds->eachRow([&](const Stmt& r) {
                if (auto k = parseEnum<GroupKind>(r.text(0)))
                    c.kinds.push_back(*k);
            });
            !s)
            return s.error();
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace vigil::registry
