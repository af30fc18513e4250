// SPDX-License-Identifier: EUPL-1.2
#include "authoritiesadmin.h"

#include "keysetadmin.h"

#include "registry/pdca/authoritiesdoc.h"
#include "registry/rootkeysets.h"

#include "shared/signeddoc.h"

#include <sstream>

namespace vigil::registry {

Result<std::string> publishAuthorities(Admin& admin, std::int64_t now)
{
    if (auto s = admin.requireSingleRootKey("authorities"); !s)
        return s.error();
    auto root = admin.keys().root.signer();
    if (!root)
        return root.error();
    std::optional<Authorities> stored;
    const Status s = admin.cases().writeAuditedAll([&](Db db, std::vector<AuditEntry>& entries) -> Status {
        auto a = storeAuthorities(db, **root, now);
        if (!a)
            return a.error();
        stored = std::move(*a);
        if (stored)
            entries.push_back(authoritiesAuditEntry(*stored, now));
        return {};
    });
    if (!s)
        return s.error();
    if (!stored)
        return std::string("no directory is published yet: the roles are signed with the first `directory publish`\n");
    return "authorities " + std::to_string(stored->serial) + " signed for directory version "
           + std::to_string(stored->version) + ": " + std::to_string(stored->roles.size()) + " roles\n";
}

Result<std::string> prepareAuthoritiesFile(Admin& admin, std::int64_t now, const std::filesystem::path& out)
{
    std::optional<Bytes> prepared;
    const Status read = admin.cases().readConsistent([&](Db db) -> Status {
        auto p = prepareAuthoritiesDocument(db, admin.keys().root.publicKey, now);
        if (!p)
            return p.error();
        prepared = std::move(*p);
        return {};
    });
    if (!read)
        return read.error();
    if (!prepared)
        return Error{"no directory is published yet: authorities go with one", ErrorKind::Conflict};
    if (auto s = writeDocumentFile(out, *prepared); !s)
        return s.error();
    auto d = readMultiSigned(*prepared, "authorities");
    if (!d)
        return d.error();
    return "authorities prepared in " + out.string() + " for key set " + keySetId(d->keySet) + ": "
           + std::to_string(d->keySet.threshold) + " holders sign them offline (`vigil-admin sign --key HOLDER.key --in "
           + out.string() + " --out " + out.string() + " --show`), then `vigil-admin authorities publish --signed "
           + out.string() + "`\n";
}

Result<std::string> publishSignedAuthorities(Admin& admin, const std::filesystem::path& in, std::int64_t now)
{
    auto document = readDocumentFile(in);
    if (!document)
        return document.error();
    std::optional<Authorities> stored;
    const Status s = admin.cases().writeAuditedAll([&](Db db, std::vector<AuditEntry>& entries) -> Status {
        auto a = storeSignedAuthorities(db, *document, admin.keys().root.publicKey, now);
        if (!a)
            return a.error();
        stored = std::move(*a);
        entries.push_back(authoritiesAuditEntry(*stored, now));
        return {};
    });
    if (!s)
        return withContext("not published", s.error());
    return "authorities " + std::to_string(stored->serial) + " published for directory version "
           + std::to_string(stored->version) + ": " + std::to_string(stored->roles.size()) + " roles\n";
}

Result<std::string> thenPublishAuthorities(Result<std::string> done, Admin& admin, std::int64_t now)
{
    if (!done)
        return done;
    auto pinned = readPinnedKeySet(admin);
    if (!pinned)
        return pinned.error();
    if (pinned->serial != 0)
        return *done + "the signed authorities change once the key holders sign them: `vigil-admin authorities prepare "
                       "--out FILE`, `vigil-admin sign`, `vigil-admin authorities publish --signed FILE`\n";
    auto published = publishAuthorities(admin, now);
    if (!published)
        return withContext(*done + "but the signed authorities were not renewed (run `vigil-admin authorities "
                                   "publish`)",
                           published.error());
    return *done + *published;
}

Result<std::string> showAuthorities(Admin& admin, std::int64_t now, bool json)
{
    std::optional<Bytes> document;
    std::optional<Bytes> directory;
    const Status read = admin.cases().readConsistent([&](Db db) -> Status {
        auto latest = latestAuthorities(db);
        if (!latest)
            return latest.error();
        document = std::move(*latest);
        auto dir = db.prepare("SELECT d.signed FROM directories d JOIN authority_documents a ON a.version = d.version "
                              "ORDER BY a.serial DESC LIMIT 1");
        if (!dir)
            return dir.error();
        auto row = dir->step();
        if (!row)
            return row.error();
        if (*row) {
            const auto blob = dir->blob(0);
            directory = Bytes(blob.begin(), blob.end());
        }
        return {};
    });
    if (!read)
        return read.error();
    if (!document || !directory)
        return Error{"no authorities have been signed yet (they are signed with `directory publish`)",
                     ErrorKind::NotFound};
    auto pinned = readPinnedKeySet(admin);
    if (!pinned)
        return pinned.error();
    auto sets = std::vector<RootKeySet>{RootKeySet(admin.keys().root.publicKey), *pinned};
    auto a = verifyAuthorities(*document, *directory, sets, static_cast<std::uint64_t>(now));
    if (!a)
        return a.error();
    if (json)
        return encodeAuthorities(*a) + "\n";
    std::ostringstream out;
    out << "authorities " << a->serial << " for directory version " << a->version << ", signed " << a->issued
        << ", expires " << a->expires << "\nmember\trole\tunit\tsource\n";
    for (const auto& r : a->roles)
        out << r.member << '\t' << r.role << '\t' << (r.unit.empty() ? "(organisation)" : r.unit) << '\t' << r.source
            << '\n';
    out << "level\taccepted by\n";
    for (const auto& l : a->acceptance) {
        out << l.level << '\t';
        for (std::size_t i = 0; i < l.roles.size(); ++i)
            out << (i ? " or " : "") << l.roles[i];
        out << (l.maxDepth ? " at echelon " + std::to_string(*l.maxDepth) + " or higher" : " of the risk's unit or above")
            << '\n';
    }
    return out.str();
}

} // namespace vigil::registry
