// SPDX-License-Identifier: EUPL-1.2
// Directories and bulletins for the root key holders (keysetadmin.h): prepared here, signed
// offline, published once enough holders signed — checked on the way in exactly as a device
// checks it, so the registry never publishes what devices would refuse.

#include "keysetadmin.h"

#include "tokenadmin.h"

#include "registry/bulletindesk.h"
#include "registry/registrykeys.h"
#include "registry/rootkeysets.h"

#include "shared/signeddoc.h"

namespace vigil::registry {

namespace fs = std::filesystem;

namespace {

/// "holders 0, 2 of key set …" for the audit trail; "root key" for a version 1 document.
std::string signersOf(ByteView document)
{
    auto d = readMultiSigned(document, "document");
    if (!d)
        return "root key";
    std::string who;
    for (const HolderSignature& s : d->signatures)
        who += (who.empty() ? "" : ", ") + std::to_string(s.holder);
    return "holders " + who + " of key set " + keySetId(d->keySet);
}

std::string preparedText(std::string_view what, const RootKeySet& set, const fs::path& out)
{
    return std::string(what) + " prepared in " + out.string() + " for key set " + keySetId(set) + " (serial "
           + std::to_string(set.serial) + "): " + std::to_string(set.threshold) + " of "
           + std::to_string(set.holders.size()) + " holders sign it offline (`vigil-admin sign --key HOLDER.key --in "
           + out.string() + " --out " + out.string() + "`), then `vigil-admin "
           + std::string(what.substr(0, what.find(' '))) + " publish --signed " + out.string() + "`\n";
}

} // namespace

Result<std::string> prepareDirectoryFile(Admin& admin, std::int64_t now, std::int64_t validDays, bool allowUnroutable,
                                         const fs::path& out, bool newOnlineKey)
{
    auto draft = admin.draftDirectory(now, validDays, allowUnroutable);
    if (!draft)
        return draft.error();
    auto pinned = readPinnedKeySet(admin);
    if (!pinned)
        return pinned.error();
    // The holders certify the registry's online key by signing the directory that names it
    // (docs/protocol.md §3.7): the current one, or with --new-online-key its replacement, which
    // takes over when this directory is published.
    std::string online;
    if (pinned->serial != 0) {
        auto key = ensureOnlineKey(admin.dataDir(), newOnlineKey);
        if (!key)
            return key.error();
        draft->directory.onlineKey = key->publicKey;
        online = std::string(newOnlineKey ? "it names the NEW online key " : "it names the online key ")
                 + toHex(key->publicKey) + "\n";
        if (!newOnlineKey && !admin.keys().online)
            admin.adoptOnlineKey(std::move(*key));
    } else if (newOnlineKey) {
        return Error{"--new-online-key: this registry has no key holders yet: its root key signs everything",
                     ErrorKind::Refused};
    }
    if (auto s = writeDocumentFile(out, prepareDocument(kDirectoryMagic, encodeDirectory(draft->directory), *pinned));
        !s)
        return s.error();
    return preparedText("directory version " + std::to_string(draft->directory.version), *pinned, out) + online;
}

namespace {

/// What publishing a directory does to the online key: nothing when it names the current one
/// (or none: the holders withdrew it); the replacement takes over when it names that; any other
/// key is one this registry cannot sign with, so the directory is refused.
Result<bool> onlineKeyTakesOver(const Admin& admin, const Directory& directory)
{
    if (!directory.onlineKey)
        return false;
    if (admin.keys().online && admin.keys().online->publicKey == *directory.onlineKey)
        return false;
    auto next = nextOnlineKey(admin.dataDir());
    if (!next)
        return next.error();
    if (*next && (*next)->publicKey == *directory.onlineKey)
        return true;
    return Error{"not published: the directory names an online key (" + keyId(*directory.onlineKey)
                     + ") this registry does not hold",
                 ErrorKind::Refused};
}

} // namespace

Result<std::string> publishSignedDirectory(Admin& admin, const fs::path& in, std::int64_t now)
{
    auto document = readDocumentFile(in);
    if (!document)
        return document.error();
    auto pinned = readPinnedKeySet(admin);
    if (!pinned)
        return pinned.error();
    auto directory = verifyDirectory(*document, *pinned, static_cast<std::uint64_t>(now));
    if (!directory)
        return withContext("not published", directory.error());
    if (directory->routingKey != admin.keys().routing.publicKey)
        return Error{"not published: the directory names another routing key than this registry's (no report sealed "
                     "to it could be opened here)",
                     ErrorKind::Refused};
    auto newest = admin.org().newestDirectoryVersion();
    if (!newest)
        return newest.error();
    if (directory->version != *newest + 1)
        return Error{"not published: it was prepared as version " + std::to_string(directory->version)
                         + ", but the next is " + std::to_string(*newest + 1) + ": prepare it again and have it signed",
                     ErrorKind::Conflict};
    auto takeOver = onlineKeyTakesOver(admin, *directory);
    if (!takeOver)
        return takeOver.error();
    auto before = admin.org().documentSigners(admin.keys().root.publicKey);
    if (!before)
        return before.error();
    const SignedDirectory next{std::move(*directory), std::move(*document)};
    auto stored = admin.storeDirectoryVersion(next, now, unroutableReports(next.directory), signersOf(next.blob));
    if (!stored)
        return stored;
    if (*takeOver) {
        if (auto s = promoteNextOnlineKey(admin.dataDir()); !s)
            return withContext(*stored + "but the new online key did not take over (move keys/online-next.key to "
                                         "keys/online.key by hand)",
                               s.error());
        auto online = ensureOnlineKey(admin.dataDir());
        if (!online)
            return online.error();
        admin.adoptOnlineKey(std::move(*online));
        *stored += "the new online key " + keyId(*next.directory.onlineKey)
                   + " signs from now on: restart vigil-registry so it uses it\n";
    }
    // A newly certified online key re-signs the issuer keys at once: readers would otherwise
    // hold keys signed by a key (the root key, or the replaced online key) they no longer take.
    if (next.directory.onlineKey && next.directory.onlineKey != before->onlineKey) {
        auto resigned = publishTokenEpochs(admin, now);
        if (resigned)
            *stored += "issuer keys signed again by the online key: " + *resigned;
        else if (resigned.error().kind != ErrorKind::NotFound)
            *stored += "note: the issuer keys were not signed again (" + resigned.error().message
                       + "): run `vigil-admin tokens epoch publish`\n";
    }
    return stored;
}

Result<std::string> prepareBulletinFile(Admin& admin, const BulletinOptions& o, std::int64_t now, const fs::path& out)
{
    auto pinned = readPinnedKeySet(admin);
    if (!pinned)
        return pinned.error();
    Bulletin b{0, static_cast<std::uint64_t>(now), o.kind, o.categories, o.titleNl, o.titleEn, o.textNl, o.textEn};
    const Status read = admin.cases().readConsistent([&](Db db) -> Status {
        auto last = db.queryInt("SELECT COALESCE(MAX(sequence), 0) FROM bulletins");
        if (!last)
            return last.error();
        b.sequence = static_cast<std::uint64_t>(*last + 1);
        return {};
    });
    if (!read)
        return read.error();
    const std::string payload = encodeBulletin(b);
    // What a device would refuse is refused before any holder spends a signature on it.
    if (auto check = decodeBulletin(payload); !check)
        return check.error();
    if (auto s = writeDocumentFile(out, prepareDocument(kBulletinMagic, payload, *pinned)); !s)
        return s.error();
    return preparedText("bulletin " + std::to_string(b.sequence), *pinned, out);
}

Result<std::string> prepareSubmissionFile(Admin& admin, std::int64_t id, std::int64_t now, const fs::path& out)
{
    std::optional<BulletinSubmission> pending;
    const Status read = admin.cases().readConsistent([&](Db db) -> Status {
        auto b = pendingSubmissionLocked(db, id);
        if (!b)
            return b.error();
        pending = std::move(*b);
        return {};
    });
    if (!read)
        return read.error();
    const Bulletin& c = pending->content;
    auto prepared = prepareBulletinFile(admin, BulletinOptions{c.kind, c.categories, c.titleNl, c.titleEn, c.textNl, c.textEn},
                                        now, out);
    if (!prepared)
        return prepared.error();
    // The holders' command line names the submission, so publishing it closes the review too.
    const std::string publish = "publish --signed " + out.string();
    if (auto at = prepared->rfind(publish); at != std::string::npos)
        prepared->insert(at + publish.size(), " --submission " + std::to_string(id));
    return "submission " + std::to_string(id) + " by " + pending->author + ": " + *prepared;
}

Result<std::string> publishSignedBulletin(Admin& admin, const fs::path& in, std::int64_t now,
                                          std::optional<std::int64_t> submission)
{
    auto document = readDocumentFile(in);
    if (!document)
        return document.error();
    auto pinned = readPinnedKeySet(admin);
    if (!pinned)
        return pinned.error();
    std::uint64_t sequence = 0;
    const std::string signers = signersOf(*document);
    const Status s = admin.cases().writeAudited([&](Db db, AuditEntry& audit) -> Status {
        auto stored = storeSignedBulletin(db, *document, *pinned);
        if (!stored)
            return stored.error();
        sequence = stored->sequence;
        std::string detail = std::string(enumName(stored->kind)) + ", signed by " + signers;
        if (submission) {
            auto b = pendingSubmissionLocked(db, *submission);
            if (!b)
                return b.error();
            if (!sameText(b->content, *stored))
                return Error{"the signed bulletin does not say what submission " + std::to_string(*submission)
                                 + " says: prepare it again with `vigil-admin bulletin approve "
                                 + std::to_string(*submission) + " --out FILE`",
                             ErrorKind::Conflict};
            if (auto r = markPublishedLocked(db, *submission, sequence, now); !r)
                return r;
            detail += "; submission " + std::to_string(*submission) + " by " + b->author + " approved";
        }
        audit = AuditEntry{0, now, "admin", "bulletin.published", std::to_string(sequence), detail, {}, {}};
        return {};
    });
    if (!s)
        return withContext("not published", s.error());
    return "bulletin " + std::to_string(sequence) + " published"
           + (submission ? " from submission " + std::to_string(*submission) : std::string()) + "\n";
}

} // namespace vigil::registry
