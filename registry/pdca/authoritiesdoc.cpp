// SPDX-License-Identifier: EUPL-1.2
#include "authoritiesdoc.h"

#include "riskpolicy.h"
#include "sqlriskstore.h"

#include "registry/rootkeysets.h"

#include "shared/signeddoc.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace vigil::registry {

namespace {

struct NewestDirectory {
    Bytes signedBytes;
    Directory directory;
};

Result<std::optional<NewestDirectory>> newestDirectory(Db db, const RootKeySet& rootKey)
{
    auto stmt = db.prepare("SELECT signed, issued FROM directories ORDER BY version DESC LIMIT 1");
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<NewestDirectory>{};
    const auto blob = stmt->blob(0);
    NewestDirectory newest{Bytes(blob.begin(), blob.end()), {}};
    // Checked as of its own issue time: a document may still be signed for an expired directory
    // (it then expires with it), but never for one the pinned keys did not sign.
    auto d = verifyDirectory(newest.signedBytes, rootKey, static_cast<std::uint64_t>(stmt->int64(1)));
    if (!d)
        return withContext("the newest directory", d.error());
    newest.directory = std::move(*d);
    return std::optional<NewestDirectory>(std::move(newest));
}


} // namespace

std::vector<AcceptanceLevel> acceptanceLevels(const AcceptancePolicy& policy)
{
    std::vector<AcceptanceLevel> out;
    for (RiskLevel level : {RiskLevel::High, RiskLevel::Serious, RiskLevel::Medium, RiskLevel::Low}) {
        const AcceptanceRule rule = policy.ruleFor(level);
        AcceptanceLevel l{std::string(enumName(level)), rule.maxDepth, {}};
        for (MeasureRole role : rule.roles)
            l.roles.emplace_back(enumName(role));
        std::sort(l.roles.begin(), l.roles.end());
        out.push_back(std::move(l));
    }
    return out;
}

Result<std::optional<Authorities>> draftAuthorities(Db db, const PublicKey& rootKey, UnixSeconds now)
{
    // The directory is signed by the key holders once the registry has a key set (§3.5).
    auto pinned = pinnedKeySet(db, rootKey);
    if (!pinned)
        return pinned.error();
    auto newest = newestDirectory(db, *pinned);
    if (!newest)
        return newest.error();
    if (!*newest)
        return std::optional<Authorities>{};
    const Directory& dir = (*newest)->directory;
    auto hash = directoryPayloadHash((*newest)->signedBytes, *pinned);
    if (!hash)
        return hash.error();

    Authorities a;
    a.version = dir.version;
    a.directoryHash = *hash;
    a.issued = static_cast<std::uint64_t>(now);
    a.expires = std::max(dir.expires, a.issued + 1);

    std::set<std::tuple<std::string, std::string, std::string>> seen;
    std::set<std::string> members;
    auto add = [&](const std::string& member, MeasureRole role, const std::string& unit, const char* source) {
        if (seen.emplace(member, std::string(enumName(role)), unit).second)
            a.roles.push_back({member, std::string(enumName(role)), unit, source});
    };
    for (const Group& g : dir.groups) {
        for (const Member& m : g.members) {
            members.insert(m.id);
            for (const RoleGrant& r : rolesFromGroups(m.id, {{g.kind, g.unit}}))
                add(r.member, r.role, r.unit, "group");
        }
    }
    auto grants = db.prepare("SELECT member_id, role, unit FROM member_roles ORDER BY member_id, role, unit");
    if (!grants)
        return grants.error();
    if (auto s = grants->eachRow([&](const Stmt& r) {
            const std::string member = r.text(0);
            const auto role = parseEnum<MeasureRole>(r.text(1));
            const std::string unit = r.text(2);
            if (role && members.count(member) != 0 && (unit.empty() || dir.unit(unit) != nullptr))
                add(member, *role, unit, "grant");
        });
        !s)
        return s.error();
    std::sort(a.roles.begin(), a.roles.end(), [](const AuthorityRole& x, const AuthorityRole& y) {
        return std::tie(x.member, x.role, x.unit, x.source) < std::tie(y.member, y.role, y.unit, y.source);
    });

    auto policy = storedAcceptancePolicy(db);
    if (!policy)
        return policy.error();
    a.acceptance = acceptanceLevels(*policy);
    return std::optional<Authorities>(std::move(a));
}

namespace {

Status insertAuthorities(Db db, const Authorities& a, ByteView signedDoc)
{
    auto stmt = db.prepare("INSERT INTO authority_documents(serial, version, issued, signed) VALUES (?, ?, ?, ?)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, static_cast<std::int64_t>(a.serial))
        .bind(2, static_cast<std::int64_t>(a.version))
        .bind(3, static_cast<std::int64_t>(a.issued))
        .bind(4, signedDoc);
    return stmt->run();
}

} // namespace

Result<std::optional<Authorities>> storeAuthorities(Db db, const SigningKeyPair& rootKey, UnixSeconds now)
{
    auto draft = draftAuthorities(db, rootKey.publicKey, now);
    if (!draft || !*draft)
        return draft;
    auto serial = db.queryInt("SELECT COALESCE(MAX(serial), 0) + 1 FROM authority_documents");
    if (!serial)
        return serial.error();
    Authorities& a = **draft;
    a.serial = static_cast<std::uint64_t>(*serial);
    const Bytes signedDoc = signAuthorities(a, rootKey);
    if (auto s = insertAuthorities(db, a, signedDoc); !s)
        return s.error();
    return draft;
}

Result<std::optional<Bytes>> prepareAuthoritiesDocument(Db db, const PublicKey& rootKey, UnixSeconds now)
{
    auto draft = draftAuthorities(db, rootKey, now);
    if (!draft)
        return draft.error();
    if (!*draft)
        return std::optional<Bytes>{};
    auto serial = db.queryInt("SELECT COALESCE(MAX(serial), 0) + 1 FROM authority_documents");
    if (!serial)
        return serial.error();
    (*draft)->serial = static_cast<std::uint64_t>(*serial);
    auto pinned = pinnedKeySet(db, rootKey);
    if (!pinned)
        return pinned.error();
    return std::optional<Bytes>(prepareDocument(kAuthoritiesMagic, encodeAuthorities(**draft), *pinned));
}

Result<Authorities> storeSignedAuthorities(Db db, ByteView document, const PublicKey& rootKey, UnixSeconds now)
{
    auto pinned = pinnedKeySet(db, rootKey);
    if (!pinned)
        return pinned.error();
    auto newest = newestDirectory(db, *pinned);
    if (!newest)
        return newest.error();
    if (!*newest)
        return Error{"no directory is published yet: authorities go with one", ErrorKind::Conflict};
    auto a = verifyAuthorities(document, (*newest)->signedBytes, *pinned, static_cast<std::uint64_t>(now));
    if (!a)
        return a.error();
    auto serial = db.queryInt("SELECT COALESCE(MAX(serial), 0) + 1 FROM authority_documents");
    if (!serial)
        return serial.error();
    if (a->serial != static_cast<std::uint64_t>(*serial))
        return Error{"authorities: prepared as serial " + std::to_string(a->serial) + ", but the next is "
                         + std::to_string(*serial) + ": prepare them again and have them signed",
                     ErrorKind::Conflict};
    if (auto s = insertAuthorities(db, *a, document); !s)
        return s.error();
    return std::move(*a);
}

Result<std::optional<Bytes>> latestAuthorities(Db db)
{
    auto stmt = db.prepare("SELECT signed FROM authority_documents ORDER BY serial DESC LIMIT 1");
    if (!stmt)
        return stmt.error();
    return firstBlob(*stmt);
}

AuditEntry authoritiesAuditEntry(const Authorities& a, UnixSeconds now)
{
    return AuditEntry{0, now, "admin", "authorities.published", std::to_string(a.serial),
                      "directory " + std::to_string(a.version) + ", " + std::to_string(a.roles.size()) + " roles",
                      {}, {}};
}

} // namespace vigil::registry
