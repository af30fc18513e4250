// SPDX-License-Identifier: EUPL-1.2
#include "orgstore.h"

#include "onlinesigner.h"
#include "rootkeysets.h"

#include "documenttable.h"
#include "sqlitecolumns.h"

#include <algorithm>
#include <limits>

namespace vigil::registry {

namespace {

/// Runs `sql` with text parameters bound in order; the rows it changed.
Result<std::int64_t> runWith(Db db, std::string_view sql, std::initializer_list<std::string_view> texts)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    int i = 1;
    for (auto t : texts)
        stmt->bindText(i++, t);
    if (auto s = stmt->run(); !s)
        return s.error();
    return stmt->changes();
}

/// A constraint failure (its kind, set by vigil_storage) in the operator's words.
std::string uniqueHint(const Error& e, std::string_view what, std::string_view id)
{
    if (e.kind == ErrorKind::Conflict)
        return std::string(what) + " \"" + std::string(id) + "\" already exists";
    if (e.kind == ErrorKind::Invalid)
        return std::string(what) + " \"" + std::string(id) + "\" refers to something that does not exist";
    return e.message;
}

} // namespace

Status OrgStore::addUnit(const Unit& unit)
{
    std::lock_guard guard(m_mutex);
    // The order the operator added them in is the directory's: kept as a position (the rowid
    // on SQLite once; PostgreSQL has none that survives an update).
    auto stmt = m_db.prepare("INSERT INTO units(id, name, parent, name_nl, position) "
                             "VALUES (?, ?, ?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM units))");
    if (!stmt)
        return stmt.error();
    stmt->bindText(1, unit.id).bindText(2, unit.name).bindText(4, unit.nameNl);
    if (unit.parent.empty())
        stmt->bindNull(3);
    else
        stmt->bindText(3, unit.parent);
    if (auto s = stmt->run(); !s)
        return Error{uniqueHint(s.error(), "unit", unit.id), s.error().kind};
    return {};
}

Result<std::vector<Unit>> OrgStore::units()
{
    std::lock_guard guard(m_mutex);
    auto stmt = m_db.prepare("SELECT id, name, parent, name_nl FROM units ORDER BY position, id");
    if (!stmt)
        return stmt.error();
    std::vector<Unit> out;
    if (auto s = stmt->eachRow([&](const Stmt&) {
            out.push_back(Unit{stmt->text(0), stmt->text(1), stmt->text(2), stmt->text(3)});
        });
        !s)
        return s.error();
    return out;
}

Status OrgStore::renameUnit(const std::string& id, const std::string& nameEn, const std::string& nameNl)
{
    std::lock_guard guard(m_mutex);
    auto stmt = m_db.prepare("UPDATE units SET name = CASE WHEN ?2 = '' THEN name ELSE ?2 END, "
                             "name_nl = CASE WHEN ?3 = '' THEN name_nl ELSE ?3 END WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bindText(1, id).bindText(2, nameEn).bindText(3, nameNl);
    if (auto s = stmt->run(); !s)
        return s.error();
    if (stmt->changes() == 0)
        return Error{"no unit \"" + id + "\""};
    return {};
}

Status OrgStore::addGroup(const GroupInfo& g)
{
    std::lock_guard guard(m_mutex);
    auto stmt = m_db.prepare("INSERT INTO groups(id, kind, unit, name_nl, name_en, position) "
                             "VALUES (?, ?, ?, ?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM groups))");
    if (!stmt)
        return stmt.error();
    stmt->bindText(1, g.id).bindText(2, enumName(g.kind));
    if (g.unit.empty())
        stmt->bindNull(3);
    else
        stmt->bindText(3, g.unit);
    stmt->bindText(4, g.nameNl).bindText(5, g.nameEn);
    if (auto s = stmt->run(); !s)
        return Error{uniqueHint(s.error(), "group", g.id), s.error().kind};
    return {};
}

Result<std::vector<GroupInfo>> OrgStore::groups()
{
    std::lock_guard guard(m_mutex);
    auto stmt = m_db.prepare("SELECT id, kind, unit, name_nl, name_en, auto_assign FROM groups ORDER BY position, id");
    if (!stmt)
        return stmt.error();
    std::vector<GroupInfo> out;
    if (auto s = stmt->eachRow([&](const Stmt&) {
            out.push_back(
                GroupInfo{stmt->text(0), parseEnum<GroupKind>(stmt->text(1)).value_or(GroupKind::SafetyOfficer),
                    stmt->text(2), stmt->text(3), stmt->text(4), stmt->int64(5) != 0});
        });
        !s)
        return s.error();
    return out;
}

Status OrgStore::putGroupAutoAssign(Db db, const std::string& groupId, bool on)
{
    auto stmt = db.prepare("UPDATE groups SET auto_assign = ? WHERE id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, on ? 1 : 0).bindText(2, groupId);
    if (auto s = stmt->run(); !s)
        return s;
    if (stmt->changes() == 0)
        return Error{"no group \"" + groupId + "\"", ErrorKind::NotFound};
    return {};
}

Status OrgStore::addMember(const Member& m, const std::string& groupId)
{
    std::lock_guard guard(m_mutex);
    auto existing = m_db.prepare("SELECT box_key, sign_key FROM members WHERE id = ?");
    if (!existing)
        return existing.error();
    existing->bindText(1, m.id);
    auto row = existing->step();
    if (!row)
        return row.error();
    if (*row) {
        if (!std::equal(existing->blob(0).begin(), existing->blob(0).end(), m.boxKey.begin(), m.boxKey.end())
            || !std::equal(existing->blob(1).begin(), existing->blob(1).end(), m.signKey.begin(), m.signKey.end()))
            return Error{"member \"" + m.id + "\" already exists with other keys"};
    } else {
        auto insert = m_db.prepare("INSERT INTO members(id, name, box_key, sign_key) VALUES (?, ?, ?, ?)");
        if (!insert)
            return insert.error();
        insert->bindText(1, m.id).bindText(2, m.name).bind(3, m.boxKey).bind(4, m.signKey);
        if (auto s = insert->run(); !s)
            return Error{uniqueHint(s.error(), "member (or its signing key)", m.id), s.error().kind};
    }
    if (auto s = runWith(m_db,
            "INSERT INTO group_members(group_id, member_id, position) "
            "VALUES (?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM group_members)) ON CONFLICT DO NOTHING",
            {groupId, m.id});
        !s)
        return Error{uniqueHint(s.error(), "group", groupId), s.error().kind};
    return {};
}

Status OrgStore::setMemberActive(const std::string& memberId, bool active)
{
    std::lock_guard guard(m_mutex);
    return inWriteTransaction(m_db, [&]() -> Status {
        auto stmt = m_db.prepare("UPDATE members SET active = ? WHERE id = ?");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, active ? 1 : 0).bindText(2, memberId);
        if (auto s = stmt->run(); !s)
            return s;
        if (stmt->changes() == 0)
            return Error{"no member \"" + memberId + "\""};
        if (active)
            return {};
        // Disabling also revokes: the member's sessions and pending challenges go in the same
        // transaction, so even a token cached somewhere never works again (re-enabling does not
        // bring it back; the advisor signs in anew).
        for (const char* sql :
            {"DELETE FROM sessions WHERE member_id = ?", "DELETE FROM challenges WHERE member_id = ?"})
            if (auto s = runWith(m_db, sql, {memberId}); !s)
                return s.error();
        return {};
    });
}

Status OrgStore::removeMember(const std::string& memberId, const std::string& groupId)
{
    std::lock_guard guard(m_mutex);
    auto removed = runWith(m_db, "DELETE FROM group_members WHERE group_id = ? AND member_id = ?", {groupId, memberId});
    if (!removed)
        return removed.error();
    if (*removed == 0)
        return Error{"member \"" + memberId + "\" is not in group \"" + groupId + "\""};
    return {};
}

Result<std::optional<Member>> OrgStore::memberBySignKey(const PublicKey& signKey)
{
    std::lock_guard guard(m_mutex);
    auto stmt = m_db.prepare("SELECT id, name, box_key, sign_key FROM members WHERE sign_key = ? AND active = 1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, signKey);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<Member>{};
    Member m{stmt->text(0), stmt->text(1), {}, {}};
    m.boxKey = fixedColumn<32>(*stmt, 2);
    m.signKey = fixedColumn<32>(*stmt, 3);
    return std::optional<Member>(std::move(m));
}

Result<std::vector<std::string>> OrgStore::groupsOf(const std::string& memberId)
{
    std::lock_guard guard(m_mutex);
    auto stmt = m_db.prepare("SELECT group_id FROM group_members WHERE member_id = ? ORDER BY group_id");
    if (!stmt)
        return stmt.error();
    stmt->bindText(1, memberId);
    std::vector<std::string> out;
    if (auto s = stmt->eachRow([&](const Stmt&) { out.push_back(stmt->text(0)); }); !s)
        return s.error();
    return out;
}

Status OrgStore::addRoute(const RouteEntry& r)
{
    std::lock_guard guard(m_mutex);
    auto stmt
        = m_db.prepare("INSERT INTO routes(position, domain, min_severity, min_impact, target, consent_required, "
                       "contact_hours) VALUES ((SELECT COALESCE(MAX(position), 0) + 1 FROM routes), ?, ?, ?, ?, ?, ?)");
    if (!stmt)
        return stmt.error();
    stmt->bindText(1, enumName(r.rule.domain))
        .bindText(2, enumName(r.rule.minSeverity))
        .bindText(3, enumName(r.rule.minImpact))
        .bindText(4, enumName(r.rule.target))
        .bind(5, r.rule.consentRequired ? 1 : 0);
    if (r.contactHours)
        stmt->bind(6, *r.contactHours);
    else
        stmt->bindNull(6);
    return stmt->run();
}

Status OrgStore::clearRoutes()
{
    std::lock_guard guard(m_mutex);
    return m_db.exec("DELETE FROM routes");
}

Result<std::vector<RouteEntry>> OrgStore::routes()
{
    std::lock_guard guard(m_mutex);
    auto stmt = m_db.prepare("SELECT domain, min_severity, min_impact, target, consent_required, contact_hours "
                             "FROM routes ORDER BY position");
    if (!stmt)
        return stmt.error();
    std::vector<RouteEntry> out;
    if (auto s = stmt->eachRow([&](const Stmt&) {
            RouteEntry e;
            e.rule.domain = parseEnum<Domain>(stmt->text(0)).value_or(Domain::Physical);
            e.rule.minSeverity = parseEnum<Severity>(stmt->text(1)).value_or(Severity::None);
            e.rule.minImpact = parseEnum<ImpactLevel>(stmt->text(2)).value_or(ImpactLevel::None);
            e.rule.target = parseEnum<GroupKind>(stmt->text(3)).value_or(GroupKind::SafetyOfficer);
            e.rule.consentRequired = stmt->int64(4) != 0;
            if (!stmt->isNull(5))
                e.contactHours = stmt->int64(5);
            out.push_back(e);
        });
        !s)
        return s.error();
    return out;
}

Status OrgStore::addRelay(const RelayInfo& relay)
{
    std::lock_guard guard(m_mutex);
    auto stmt = m_db.prepare("INSERT INTO relays(id, receipt_key) VALUES (?, ?) "
                             "ON CONFLICT(id) DO UPDATE SET receipt_key = excluded.receipt_key");
    if (!stmt)
        return stmt.error();
    stmt->bindText(1, relay.id).bind(2, relay.receiptKey);
    return stmt->run();
}

Result<Directory> OrgStore::buildDirectory(const PublicKey& routingKey, std::uint64_t issued, std::uint64_t validity)
{
    std::lock_guard guard(m_mutex);
    Directory d;
    auto version = m_db.queryInt("SELECT COALESCE(MAX(version), 0) FROM directories");
    if (!version)
        return version.error();
    d.version = static_cast<std::uint32_t>(*version + 1);
    d.issued = issued;
    d.expires = issued + validity;
    d.routingKey = routingKey;
    auto relays = m_db.prepare("SELECT id, receipt_key FROM relays ORDER BY id");
    if (!relays)
        return relays.error();
    if (auto s = relays->eachRow([&](const Stmt&) {
            RelayInfo r{relays->text(0), {}};
            r.receiptKey = fixedColumn<32>(*relays, 1);
            d.relays.push_back(std::move(r));
        });
        !s)
        return s.error();
    auto units = this->units();
    if (!units)
        return units.error();
    d.units = std::move(*units);
    auto groups = this->groups();
    if (!groups)
        return groups.error();
    auto members = m_db.prepare("SELECT m.id, m.name, m.box_key, m.sign_key FROM group_members gm "
                                "JOIN members m ON m.id = gm.member_id WHERE gm.group_id = ? AND m.active = 1 "
                                "ORDER BY gm.position, gm.member_id");
    if (!members)
        return members.error();
    for (const auto& g : *groups) {
        Group group{g.id, g.kind, g.unit, g.nameNl, g.nameEn, {}};
        members->reset();
        members->bindText(1, g.id);
        if (auto s = members->eachRow([&](const Stmt&) {
                Member m{members->text(0), members->text(1), {}, {}};
                m.boxKey = fixedColumn<32>(*members, 2);
                m.signKey = fixedColumn<32>(*members, 3);
                group.members.push_back(std::move(m));
            });
            !s)
            return s.error();
        d.groups.push_back(std::move(group));
    }
    auto routes = this->routes();
    if (!routes)
        return routes.error();
    for (const auto& r : *routes)
        d.routes.push_back(r.rule);
    return d;
}

Result<SignedDirectory> OrgStore::signNextDirectory(
    const SigningKeyPair& root, const PublicKey& routingKey, std::uint64_t now, std::uint64_t validity)
{
    auto d = buildDirectory(routingKey, now, validity);
    if (!d)
        return d.error();
    Bytes blob = signDirectory(*d, root);
    // Decoding our own output checks the same rules a device applies (ids unique, tree sane).
    if (auto check = verifyDirectory(blob, root.publicKey, now); !check)
        return withContext("cannot publish", check.error());
    return SignedDirectory{std::move(*d), std::move(blob)};
}

Status OrgStore::storeDirectory(Db db, const SignedDirectory& directory)
{
    // The version is the table's key: two publishers racing for one version cannot both store it.
    auto stmt = db.prepare("INSERT INTO directories(version, issued, expires, signed) VALUES (?, ?, ?, ?)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, directory.directory.version)
        .bind(2, static_cast<std::int64_t>(directory.directory.issued))
        .bind(3, static_cast<std::int64_t>(directory.directory.expires))
        .bind(4, directory.blob);
    return stmt->run();
}

Result<Directory> OrgStore::publishDirectory(
    const SigningKeyPair& root, const PublicKey& routingKey, std::uint64_t now, std::uint64_t validity)
{
    auto signedDirectory = signNextDirectory(root, routingKey, now, validity);
    if (!signedDirectory)
        return signedDirectory.error();
    std::lock_guard guard(m_mutex);
    if (auto s = storeDirectory(m_db, *signedDirectory); !s)
        return s.error();
    return std::move(signedDirectory->directory);
}

Result<std::optional<OrgStore::ChangeStamp>> OrgStore::changeStamp()
{
    std::lock_guard guard(m_mutex);
    SqliteDb* sqlite = m_db.sqlite();
    if (!sqlite)
        return std::optional<ChangeStamp>{};
    if (!m_dataVersion) {
        auto stmt = m_db.prepare("PRAGMA data_version");
        if (!stmt)
            return stmt.error();
        m_dataVersion.emplace(std::move(*stmt));
    }
    auto version = firstInt(*m_dataVersion);
    m_dataVersion->reset();
    if (!version)
        return version.error();
    return std::optional<ChangeStamp>(ChangeStamp{version->value_or(0), sqlite->totalChanges()});
}

Result<std::uint64_t> OrgStore::tokenIssuerSerial()
{
    std::lock_guard guard(m_mutex);
    auto serial = m_db.queryInt("SELECT COALESCE(MAX(serial), 0) FROM token_issuer_documents");
    if (!serial)
        return serial.error();
    return static_cast<std::uint64_t>(*serial);
}

Result<std::optional<Bytes>> OrgStore::latestTokenIssuer()
{
    std::lock_guard guard(m_mutex);
    return latestSignedDocument(m_db, "token_issuer_documents");
}

Result<std::uint32_t> OrgStore::newestDirectoryVersion()
{
    std::lock_guard guard(m_mutex);
    auto version = m_db.queryInt("SELECT COALESCE(MAX(version), 0) FROM directories");
    if (!version)
        return version.error();
    return static_cast<std::uint32_t>(*version);
}

Result<std::optional<Bytes>> OrgStore::latestSignedDirectory()
{
    std::lock_guard guard(m_mutex);
    return latestSignedDirectory(m_db);
}

Result<std::optional<Bytes>> OrgStore::latestSignedDirectory(Db db)
{
    auto stmt = db.prepare("SELECT signed FROM directories ORDER BY version DESC LIMIT 1");
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<Bytes>{};
    auto blob = stmt->blob(0);
    return std::optional<Bytes>(Bytes(blob.begin(), blob.end()));
}

Result<DocumentSigners> OrgStore::documentSigners(const PublicKey& rootKey)
{
    std::lock_guard guard(m_mutex);
    return registrySigners(m_db, rootKey);
}

Result<std::optional<Directory>> OrgStore::directoryVersion(std::uint32_t version, const PublicKey& rootKey)
{
    std::lock_guard guard(m_mutex);
    auto stmt = m_db.prepare("SELECT signed FROM directories WHERE version = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, version);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<Directory>{};
    // Checked at time 0: an expired version still tells us what the device saw. A version
    // signed before the last key-set rotation verifies against the set of its day: every set
    // the registry has pinned is tried, newest first, its single root key last.
    const Bytes blob(stmt->blob(0).begin(), stmt->blob(0).end());
    stmt->reset();
    auto sets = everyKeySet(m_db, rootKey);
    if (!sets)
        return sets.error();
    Result<Directory> d = Error{"directory " + std::to_string(version) + ": no key set"};
    for (const RootKeySet& set : *sets)
        if ((d = verifyDirectory(blob, set, 0)))
            break;
    if (!d)
        return d.error();
    return std::optional<Directory>(std::move(*d));
}

Result<std::optional<std::string>> OrgStore::setting(std::string_view key)
{
    std::lock_guard guard(m_mutex);
    auto stmt = m_db.prepare("SELECT value FROM settings WHERE key = ?");
    if (!stmt)
        return stmt.error();
    stmt->bindText(1, key);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<std::string>{};
    return std::optional<std::string>(stmt->text(0));
}

Status OrgStore::setSetting(std::string_view key, std::string_view value)
{
    std::lock_guard guard(m_mutex);
    return putSetting(m_db, key, value);
}

Status OrgStore::putSetting(Db db, std::string_view key, std::string_view value)
{
    if (auto s = runWith(db,
            "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            {key, value});
        !s)
        return s.error();
    return {};
}

} // namespace vigil::registry
