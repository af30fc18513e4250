// SPDX-License-Identifier: EUPL-1.2
#include "supportadmin.h"

#include "registry/supportdesk.h"

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
    const Status s = admin.cases().writeAuditedAll([&](SqliteDb& db, std::vector<AuditEntry>& entries) -> Status {
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
    std::optional<SupportContacts> published;
    const Status s = admin.cases().writeAuditedAll([&](SqliteDb& db, std::vector<AuditEntry>& entries) -> Status {
        auto d = publishSupport(db, admin.keys().root, now);
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

Result<std::string> showSupportContacts(Admin& admin, bool draft, bool json)
{
    std::optional<std::vector<SupportContact>> contacts;
    std::optional<Bytes> document;
    const Status read = admin.cases().readConsistent([&](SqliteDb& db) -> Status {
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
    auto d = verifySupportContacts(*document, admin.keys().root.publicKey);
    if (!d)
        return d.error();
    if (json)
        return encodeSupportContacts(*d) + "\n";
    return "support contacts " + std::to_string(d->serial) + ", signed " + std::to_string(d->issued) + "\n"
           + listing(d->contacts);
}

} // namespace vigil::registry
