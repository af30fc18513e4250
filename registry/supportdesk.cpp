// SPDX-License-Identifier: EUPL-1.2
#include "supportdesk.h"

#include "documenttable.h"
#include "orgstore.h"

#include "shared/signeddoc.h"

namespace vigil::registry {

namespace {

constexpr std::string_view kDraftSetting = "support.draft";
constexpr std::string_view kTable = "support_documents";

Status checkUnits(Db db, const std::vector<SupportContact>& contacts)
{
    auto stmt = db.prepare("SELECT 1 FROM units WHERE id = ?");
    if (!stmt)
        return stmt.error();
    for (const auto& c : contacts) {
        if (c.unit.empty())
            continue;
        stmt->reset();
        stmt->bindText(1, c.unit);
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            return Error{"support contact " + c.id + ": the organisation has no unit " + c.unit, ErrorKind::Invalid};
    }
    return {};
}

} // namespace

Status setSupportDraft(Db db, const std::vector<SupportContact>& contacts)
{
    // Checked as a device would check the signed form, so `publish` cannot fail on the content.
    SupportContacts probe;
    probe.serial = 1;
    probe.contacts = contacts;
    if (auto d = decodeSupportContacts(encodeSupportContacts(probe)); !d)
        return d.error();
    if (auto s = checkUnits(db, contacts); !s)
        return s;
    const std::string text = encodeSupportContactList(contacts);
    return OrgStore::putSetting(db, kDraftSetting, text);
}

Result<std::optional<std::vector<SupportContact>>> supportDraft(Db db)
{
    auto stmt = db.prepare("SELECT value FROM settings WHERE key = ?");
    if (!stmt)
        return stmt.error();
    stmt->bindText(1, kDraftSetting);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<std::vector<SupportContact>>{};
    auto contacts = decodeSupportContactList(stmt->textView(0));
    if (!contacts)
        return withContext("the stored support draft", contacts.error());
    return std::optional<std::vector<SupportContact>>(std::move(*contacts));
}

namespace {

/// The draft as the next serial, issued `now`, checked as publishing checks it.
Result<SupportContacts> nextSupport(Db db, std::int64_t now)
{
    auto draft = supportDraft(db);
    if (!draft)
        return draft.error();
    if (!*draft)
        return Error{"no support contacts to publish: give them with `vigil-admin support set FILE` first",
                     ErrorKind::NotFound};
    if (auto s = checkUnits(db, **draft); !s)
        return s.error();
    auto serial = nextDocumentSerial(db, kTable);
    if (!serial)
        return serial.error();
    SupportContacts doc;
    doc.serial = *serial;
    doc.issued = static_cast<std::uint64_t>(now);
    doc.contacts = std::move(**draft);
    return doc;
}

} // namespace

Result<SupportContacts> publishSupport(Db db, const SigningKeyPair& rootKey, std::int64_t now)
{
    auto doc = nextSupport(db, now);
    if (!doc)
        return doc.error();
    const Bytes blob = signSupportContacts(*doc, rootKey);
    // Verified as a device verifies it before anything is stored.
    if (auto v = verifySupportContacts(blob, rootKey.publicKey, doc->serial); !v)
        return v.error();
    if (auto s = insertSignedDocument(db, kTable, doc->serial, now, blob); !s)
        return s.error();
    return doc;
}

Result<Bytes> prepareSupport(Db db, const RootKeySet& pinned, std::int64_t now)
{
    auto doc = nextSupport(db, now);
    if (!doc)
        return doc.error();
    return prepareDocument(kSupportMagic, encodeSupportContacts(*doc), pinned);
}

Result<SupportContacts> storeSignedSupport(Db db, ByteView document, const RootKeySet& pinned, std::int64_t now)
{
    auto serial = nextDocumentSerial(db, kTable);
    if (!serial)
        return serial.error();
    auto doc = verifySupportContacts(document, pinned);
    if (!doc)
        return doc.error();
    if (doc->serial != *serial)
        return Error{"support contacts: prepared as serial " + std::to_string(doc->serial) + ", but the next is "
                         + std::to_string(*serial) + ": prepare them again and have them signed",
                     ErrorKind::Conflict};
    // A unit may have left the organisation while the holders were signing.
    if (auto s = checkUnits(db, doc->contacts); !s)
        return s.error();
    if (auto s = insertSignedDocument(db, kTable, doc->serial, now, document); !s)
        return s.error();
    return doc;
}

Result<std::optional<Bytes>> latestSupport(Db db)
{
    return latestSignedDocument(db, kTable);
}

AuditEntry supportDraftAuditEntry(std::size_t contacts, std::int64_t now)
{
    return AuditEntry{0, now, "admin", "support.draft_set", "draft", std::to_string(contacts) + " contacts", {}, {}};
}

AuditEntry supportPublishedAuditEntry(const SupportContacts& document, std::int64_t now)
{
    return AuditEntry{0, now, "admin", "support.published", std::to_string(document.serial),
                      std::to_string(document.contacts.size()) + " contacts", {}, {}};
}

} // namespace vigil::registry
