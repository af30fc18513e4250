// SPDX-License-Identifier: EUPL-1.2
#include "supportadmin.h"

#include "keysetadmin.h"

#include "registry/supportdesk.h"

#include "shared/signeddoc.h"

#include <fstream>
#include <iterator>
#include <sstream>

namespace vigil::registry {

namespace {

constexpr std::uintmax_t kMaxFileBytes = 1024 * 1024;

std::string listing(const std::vector<SupportContact>& contacts)
{
    std::ostringstream out;
    out << "id\tkind\tunit\tname (en)\tphone\temail\turl\n";
    for (const auto& c : contacts)
        out << c.id << '\t' << enumName(c.kind) << '\t' << (c.unit.empty() ? "(organisation)" : c.unit) << '\t'
            << c.nameEn << '\t' << (c.phone.empty() ? "-" : c.phone) << '\t' << (c.email.empty() ? "-" : c.email)
            << '\t' << (c.url.empty() ? "-" : c.url) << '\n';
    return out.str();
}

} // namespace

Result<std::string> setSupportContacts(Admin& admin, const std::filesystem::path& file, std::int64_t now)
{
    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);
    if (ec)
        return Error{file.string() + " cannot be read: " + ec.message(), ErrorKind::NotFound};
    if (size > kMaxFileBytes)
        return Error{file.string() + " is larger than 1 MiB", ErrorKind::Invalid};
    std::ifstream in(file, std::ios::binary);
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    auto contacts = decodeSupportContactList(text);
    if (!contacts)
        return withContext(file.string(), contacts.error());
    const Status s = admin.cases().writeAuditedAll([&](Db db, std::vector<AuditEntry>& entries) -> Status {
        if (auto set = setSupportDraft(db, *contacts); !set)
            return set;
        entries.push_back(supportDraftAuditEntry(contacts->size(), now));
        return {};
    });
    if (!s)
        return s.error();
    return std::to_string(contacts->size())
           + " support contacts kept as the draft; `vigil-admin support publish` sends them to every device\n";
}

Result<std::string> publishSupportContacts(Admin& admin, std::int64_t now)
{
    // Where reporters are told to find help is the holders' to sign once they exist.
    if (auto s = admin.requireSingleRootKey("support contacts", "`vigil-admin support prepare --out FILE`", "support"); !s)
        return s.error();
    auto root = admin.keys().root.signer();
    if (!root)
        return root.error();
    std::optional<SupportContacts> published;
    const Status s = admin.cases().writeAuditedAll([&](Db db, std::vector<AuditEntry>& entries) -> Status {
        auto d = publishSupport(db, **root, now);
        if (!d)
            return d.error();
        entries.push_back(supportPublishedAuditEntry(*d, now));
        published = std::move(*d);
        return {};
    });
    if (!s)
        return s.error();
    return "support contacts " + std::to_string(published->serial) + " signed: "
           + std::to_string(published->contacts.size()) + " contacts, served at GET /v1/support\n";
}

Result<std::string> prepareSupportFile(Admin& admin, std::int64_t now, const std::filesystem::path& out)
{
    auto pinned = readPinnedKeySet(admin);
    if (!pinned)
        return pinned.error();
    if (pinned->serial == 0)
        return Error{"no key holders yet: the root key signs support contacts (`vigil-admin support publish`)",
                     ErrorKind::Refused};
    std::optional<Bytes> prepared;
    const Status read = admin.cases().readConsistent([&](Db db) -> Status {
        auto p = prepareSupport(db, *pinned, now);
        if (!p)
            return p.error();
        prepared = std::move(*p);
        return {};
    });
    if (!read)
        return read.error();
    if (auto s = writeDocumentFile(out, *prepared); !s)
        return s.error();
    return "support contacts prepared in " + out.string() + " for key set " + keySetId(*pinned) + ": "
           + std::to_string(pinned->threshold) + " holders sign them offline (`vigil-admin sign --key HOLDER.key --in "
           + out.string() + " --out " + out.string() + " --show`), then `vigil-admin support publish --signed "
           + out.string() + "`\n";
}

Result<std::string> publishSignedSupportContacts(Admin& admin, const std::filesystem::path& in, std::int64_t now)
{
    auto document = readDocumentFile(in);
    if (!document)
        return document.error();
    auto pinned = readPinnedKeySet(admin);
    if (!pinned)
        return pinned.error();
    std::optional<SupportContacts> published;
    const Status s = admin.cases().writeAuditedAll([&](Db db, std::vector<AuditEntry>& entries) -> Status {
        auto d = storeSignedSupport(db, *document, *pinned, now);
        if (!d)
            return d.error();
        entries.push_back(supportPublishedAuditEntry(*d, now));
        published = std::move(*d);
        return {};
    });
    if (!s)
        return withContext("not published", s.error());
    return "support contacts " + std::to_string(published->serial) + " published: "
           + std::to_string(published->contacts.size()) + " contacts, served at GET /v1/support\n";
}

Result<std::string> showSupportContacts(Admin& admin, bool draft, bool json)
{
    std::optional<std::vector<SupportContact>> contacts;
    std::optional<Bytes> document;
    const Status read = admin.cases().readConsistent([&](Db db) -> Status {
        if (draft) {
            auto d = supportDraft(db);
            if (!d)
                return d.error();
            contacts = std::move(*d);
            return {};
        }
        auto latest = latestSupport(db);
        if (!latest)
            return latest.error();
        document = std::move(*latest);
        return {};
    });
    if (!read)
        return read.error();
    if (draft) {
        if (!contacts)
            return Error{"no support contacts have been set yet (`vigil-admin support set FILE`)", ErrorKind::NotFound};
        return json ? encodeSupportContactList(*contacts) + "\n" : "draft\n" + listing(*contacts);
    }
    if (!document)
        return Error{"no support contacts have been published yet (`vigil-admin support publish`)",
                     ErrorKind::NotFound};
    // The holders' set once they exist; a document the root key signed before still reads.
    auto pinned = readPinnedKeySet(admin);
    if (!pinned)
        return pinned.error();
    auto d = verifySupportContacts(*document, *pinned);
    if (!d)
        d = verifySupportContacts(*document, admin.keys().root.publicKey);
    if (!d)
        return d.error();
    if (json)
        return encodeSupportContacts(*d) + "\n";
    return "support contacts " + std::to_string(d->serial) + ", signed " + std::to_string(d->issued) + "\n"
           + listing(d->contacts);
}

} // namespace vigil::registry
