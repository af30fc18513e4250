// SPDX-License-Identifier: EUPL-1.2
#include "keysetadmin.h"

#include "registry/rootkeysets.h"

#include "shared/hash.h"
#include "shared/keysetrotation.h"
#include "shared/signeddoc.h"
#include "shared/storage/keyfile.h"

#include <fstream>
#include <iterator>
#include <system_error>

namespace vigil::registry {

namespace fs = std::filesystem;

namespace {

/// Payload limit, the largest key set and every signature: nothing larger is a document.
constexpr std::size_t kMaxDocumentFile = kMaxSignedPayload + 4 + 6 + 32 * kMaxKeyHolders + 1 + 65 * kMaxKeyHolders;

/// What the magic's letters name, for a holder reading what they are about to sign.
std::string documentKind(const DocMagic& magic)
{
    switch (magic[2]) {
    case 'D': return "directory";
    case 'B': return "bulletin";
    case 'K': return "key set rotation";
    case 'S': return "support contacts";
    case 'I': return "token issuer keys";
    case 'O': return "authorities";
    case 'V': return "inspectorate's report";
    default: return "unknown document";
    }
}

std::string holderList(const MultiSignedDocument& d)
{
    std::string out;
    for (const HolderSignature& s : d.signatures)
        out += (out.empty() ? "" : ", ") + std::to_string(s.holder);
    return out.empty() ? "none" : out;
}


std::string describeSet(const RootKeySet& set)
{
    return "key set " + keySetId(set) + " (serial " + std::to_string(set.serial) + ", "
           + std::to_string(set.threshold) + " of " + std::to_string(set.holders.size()) + " holders)";
}

/// Records `rotation` with its audit entry `action` in one transaction.
Result<RootKeySet> recordRotation(Admin& admin, ByteView rotation, const std::string& action, std::int64_t now)
{
    RootKeySet next;
    const Status s = admin.cases().writeAuditedAll([&](Db db, std::vector<AuditEntry>& entries) -> Status {
        auto recorded = recordKeySetRotation(db, admin.keys().root.publicKey, rotation, now);
        if (!recorded)
            return recorded.error();
        next = std::move(*recorded);
        entries.push_back(AuditEntry{0, now, "admin", action, std::to_string(next.serial), describeSet(next), {}, {}});
        return {};
    });
    if (!s)
        return s.error();
    return next;
}

} // namespace

Result<RootKeySet> readPinnedKeySet(Admin& admin)
{
    RootKeySet pinned;
    const Status read = admin.cases().readConsistent([&](Db db) -> Status {
        auto p = pinnedKeySet(db, admin.keys().root.publicKey);
        if (!p)
            return p.error();
        pinned = std::move(*p);
        return {};
    });
    if (!read)
        return read.error();
    return pinned;
}

Result<Bytes> readDocumentFile(const fs::path& path)
{
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    if (ec)
        return Error{path.string() + ": " + ec.message(), ErrorKind::NotFound};
    if (size > kMaxDocumentFile)
        return Error{path.string() + ": " + std::to_string(size) + " bytes is larger than any signed document",
                     ErrorKind::Invalid};
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error{path.string() + ": cannot be read", ErrorKind::NotFound};
    return Bytes(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

Status writeDocumentFile(const fs::path& path, ByteView bytes)
{
    const fs::path temporary = path.string() + ".partial";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
        out.flush();
        if (!out)
            return Error{temporary.string() + ": cannot be written", ErrorKind::Storage};
    }
    std::error_code ec;
    fs::rename(temporary, path, ec);
    if (ec)
        return Error{path.string() + ": " + ec.message(), ErrorKind::Storage};
    return {};
}

Result<std::string> newKeyHolder(const fs::path& out)
{
    const KeySeed seed = randomSeed();
    if (auto s = writeSeedFile(out, seed); !s)
        return s.error();
    const SigningKeyPair key = SigningKeyPair::fromSeed(seed.view());
    return "holder key written to " + out.string() + " (keep it offline; it never goes to the registry)\n"
           + "public key (give this to the operator for `vigil-admin keyset init|rotate --holder`): "
           + toHex(key.publicKey) + "\nkey id: " + keyId(key.publicKey) + "\n";
}

Result<std::string> signPreparedDocument(const fs::path& keyFile, const fs::path& in, const fs::path& out, bool show)
{
    auto seed = readSeedFile(keyFile);
    if (!seed)
        return seed.error();
    const SigningKeyPair holder = SigningKeyPair::fromSeed(seed->seed.view());
    auto document = readDocumentFile(in);
    if (!document)
        return document.error();
    auto signedDoc = addHolderSignature(*document, holder);
    if (!signedDoc)
        return withContext(in.string(), signedDoc.error());
    auto d = readMultiSigned(*signedDoc, "document");
    if (!d)
        return d.error();
    if (auto s = writeDocumentFile(out, *signedDoc); !s)
        return s.error();
    const int index = d->keySet.indexOf(holder.publicKey);
    std::string text;
    if (show)
        text += std::string(d->payload) + "\n\n";
    text += "signed " + documentKind(d->magic) + " as holder " + std::to_string(index) + " of "
            + describeSet(d->keySet) + "\n";
    text += "payload: " + std::to_string(d->payload.size()) + " bytes, BLAKE2b-256 "
            + toHex(blake2b256(asBytes(d->payload))) + " (compare with the other holders)\n";
    text += "signatures: " + std::to_string(d->signatures.size()) + " of the " + std::to_string(d->keySet.threshold)
            + " needed (holders " + holderList(*d) + ")"
            + (d->signatures.size() >= d->keySet.threshold ? ": ready to publish\n" : ": pass it to the next holder\n");
    if (seed->tooOpen)
        text += "WARNING: " + keyFile.string() + " is readable by others: chmod 600 it\n";
    return text + "written to " + out.string() + "\n";
}

Result<RootKeySet> keySetFromHex(const std::vector<std::string>& holders, std::int64_t threshold, std::uint32_t serial)
{
    RootKeySet set;
    set.serial = serial;
    if (threshold < 1 || threshold > static_cast<std::int64_t>(kMaxKeyHolders))
        return Error{"--threshold must be 1 to " + std::to_string(kMaxKeyHolders), ErrorKind::Invalid};
    set.threshold = static_cast<std::uint8_t>(threshold);
    for (const std::string& hex : holders) {
        auto key = fixedFromHex<32>(hex);
        if (!key)
            return withContext("--holder " + hex, key.error());
        set.holders.push_back(*key);
    }
    if (auto s = checkKeySet(set); !s)
        return s.error();
    return set;
}

Result<std::string> initKeySet(Admin& admin, const std::vector<std::string>& holders, std::int64_t threshold,
                               std::int64_t now)
{
    auto pinned = readPinnedKeySet(admin);
    if (!pinned)
        return pinned.error();
    if (!pinned->isSingleKey() || pinned->serial != 0)
        return Error{"this registry has " + describeSet(*pinned)
                         + " already: change it with `vigil-admin keyset rotate prepare|publish`",
                     ErrorKind::Conflict};
    auto next = keySetFromHex(holders, threshold, 1);
    if (!next)
        return next.error();
    // The single root key hands over, so every device enrolled with it follows (§3.6).
    auto rotation = prepareKeySetRotation(*pinned, *next);
    if (!rotation)
        return rotation.error();
    auto root = admin.keys().root.signer();
    if (!root)
        return root.error();
    auto handover = addHolderSignature(*rotation, **root);
    if (!handover)
        return handover.error();
    // The registry keeps its identity without root.key (root.pub), and gets the online key
    // the holders will certify in their first directory (docs/protocol.md §3.7).
    if (auto s = writeRootPublicKey(admin.dataDir(), admin.keys().root.publicKey); !s)
        return s.error();
    auto online = ensureOnlineKey(admin.dataDir());
    if (!online)
        return online.error();
    const PublicKey onlinePublic = online->publicKey;
    admin.adoptOnlineKey(std::move(*online));
    auto recorded = recordRotation(admin, *handover, "keyset.initialised", now);
    if (!recorded)
        return recorded.error();
    return describeSet(*recorded) + " pinned, handed over by the root key (devices follow it at their next sync):\n"
           + encodeKeySet(*recorded) + "\n"
           + "from now on directories, bulletins, support contacts and authorities are prepared here (`directory "
             "prepare`, `bulletin prepare`, `support prepare`, `authorities prepare`), signed offline by "
           + std::to_string(recorded->threshold) + " holders (`vigil-admin sign`) and published with "
             "`… publish --signed`\n"
           + "online key " + toHex(onlinePublic) + " written to keys/online.key: the next directory names it, and once "
             "the holders signed that one it signs token issuer keys and the inspectorate's report; keys/root.key "
             "may then be removed from this machine (keep it offline, or destroy it)\n";
}

Result<std::string> showKeySet(Admin& admin)
{
    auto pinned = readPinnedKeySet(admin);
    if (!pinned)
        return pinned.error();
    if (pinned->serial == 0)
        return "no key holders yet: the single root key " + toHex(pinned->holders.front())
               + " signs (`vigil-admin keyset init` hands over to holders)\n";
    return describeSet(*pinned) + "\n" + encodeKeySet(*pinned) + "\n";
}

Result<std::string> prepareKeySetRotationFile(Admin& admin, const std::vector<std::string>& holders,
                                              std::int64_t threshold, const fs::path& out)
{
    auto pinned = readPinnedKeySet(admin);
    if (!pinned)
        return pinned.error();
    if (pinned->serial == 0)
        return Error{"no key holders yet: start with `vigil-admin keyset init`", ErrorKind::Refused};
    auto next = keySetFromHex(holders, threshold, pinned->serial + 1);
    if (!next)
        return next.error();
    auto rotation = prepareKeySetRotation(*pinned, *next);
    if (!rotation)
        return rotation.error();
    if (auto s = writeDocumentFile(out, *rotation); !s)
        return s.error();
    return "rotation from " + describeSet(*pinned) + " to " + describeSet(*next) + " prepared in " + out.string()
           + ": " + std::to_string(pinned->threshold) + " current holders sign it (`vigil-admin sign`), then "
           "`vigil-admin keyset rotate publish --signed`\n";
}

Result<std::string> publishKeySetRotation(Admin& admin, const fs::path& in, std::int64_t now)
{
    auto document = readDocumentFile(in);
    if (!document)
        return document.error();
    auto next = recordRotation(admin, *document, "keyset.rotated", now);
    if (!next)
        return withContext("not published", next.error());
    return describeSet(*next) + " pinned; devices and relays follow the rotation at their next sync\n";
}

} // namespace vigil::registry
