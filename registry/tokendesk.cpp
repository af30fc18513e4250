// SPDX-License-Identifier: EUPL-1.2
#include "tokendesk.h"

#include "onlinesigner.h"

#include "documenttable.h"
#include "forupdate.h"
#include "orgstore.h"
#include "tokenissuerkeys.h"

#include "shared/hash.h"
#include "shared/sodiuminit.h"

#include <sodium.h>

#include <algorithm>
#include <charconv>

namespace vigil::registry {

namespace {

constexpr std::size_t kEnrolCodeBytes = 16;
constexpr std::string_view kDocuments = "token_issuer_documents";

Hash32 codeHash(std::string_view code)
{
    return blake2b256(asBytes(code));
}

/// The key of a new epoch: a file left by an attempt whose row was never written is used
/// (an epoch's key file is never replaced), else a fresh one.
Result<tokens::RsaPrivateKey> epochKey(const std::filesystem::path& dataDir, std::uint32_t epoch,
                                       const std::vector<tokens::IssuerKeyEpoch>& listed)
{
    if (std::filesystem::exists(issuerKeyPath(dataDir, epoch)))
        return loadIssuerKey(dataDir, epoch);
    std::vector<std::uint8_t> inUse;
    for (const auto& k : listed)
        inUse.push_back(k.keyId.back());
    return createIssuerKey(dataDir, epoch, inUse);
}

} // namespace

Result<std::vector<tokens::IssuerKeyEpoch>> tokenEpochs(Db db)
{
    auto stmt = db.prepare("SELECT epoch, not_before, issue_until, not_after, public_key FROM token_epochs ORDER BY epoch");
    if (!stmt)
        return stmt.error();
    std::vector<tokens::IssuerKeyEpoch> out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        auto k = tokens::makeIssuerKeyEpoch(static_cast<std::uint32_t>(stmt->int64(0)), stmt->int64(1),
                                            stmt->int64(2), stmt->int64(3), stmt->blob(4));
        if (!k)
            return withContext("stored token epoch", k.error());
        out.push_back(std::move(*k));
    }
    return out;
}

Result<tokens::IssuerKeyEpoch> createTokenEpoch(Db db, const std::filesystem::path& dataDir, EpochWindow window)
{
    auto all = tokenEpochs(db);
    if (!all)
        return all.error();
    const tokens::IssuerKeyEpoch* prev = all->empty() ? nullptr : &all->back();
    const std::uint32_t epoch = prev == nullptr ? 1 : prev->epoch + 1;
    std::int64_t notBefore = window.notBefore;
    if (prev != nullptr)
        notBefore = std::clamp(notBefore, prev->notBefore + 1, prev->issueUntil);
    if (window.issueSeconds <= 0 || window.overlapSeconds < 0)
        return Error{"an epoch issues for a positive time and overlaps for none or more", ErrorKind::Invalid};
    auto key = epochKey(dataDir, epoch, *all);
    if (!key)
        return key.error();
    const Bytes spki = tokens::encodeIssuerPublicKey(key->publicKey());
    auto made = tokens::makeIssuerKeyEpoch(epoch, notBefore, notBefore + window.issueSeconds,
                                           notBefore + window.issueSeconds + window.overlapSeconds, spki);
    if (!made)
        return made.error();
    all->push_back(*made);
    if (auto s = tokens::checkIssuerKeySet(*all); !s)
        return s.error();
    auto stmt = db.prepare(
        "INSERT INTO token_epochs(epoch, not_before, issue_until, not_after, public_key) VALUES (?, ?, ?, ?, ?)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, static_cast<std::int64_t>(epoch)).bind(2, made->notBefore).bind(3, made->issueUntil);
    stmt->bind(4, made->notAfter).bind(5, ByteView(spki));
    if (auto s = stmt->run(); !s)
        return s.error();
    return made;
}

Result<tokens::IssuerKeyDocument> publishTokenIssuer(Db db, const RegistryKeys& keys, std::int64_t now)
{
    // The root key before `keyset init`, the online key the holders certified after it.
    auto signer = onlineSigner(db, keys);
    if (!signer)
        return signer.error();
    auto all = tokenEpochs(db);
    if (!all)
        return all.error();
    tokens::IssuerKeyDocument doc;
    for (auto& k : *all)
        if (k.notAfter > now)
            doc.keys.push_back(std::move(k));
    if (doc.keys.empty())
        return Error{"no token epoch is accepted now: create one with `vigil-admin tokens epoch new` first",
                     ErrorKind::NotFound};
    auto serial = nextDocumentSerial(db, kDocuments);
    if (!serial)
        return serial.error();
    doc.serial = *serial;
    doc.issued = static_cast<std::uint64_t>(now);
    doc.name = tokens::issuerNameFor(keys.root.publicKey);
    const Bytes blob = tokens::signIssuerKeyDocument(doc, **signer);
    auto signers = registrySigners(db, keys.root.publicKey);
    if (!signers)
        return signers.error();
    if (auto v = tokens::verifyIssuerKeyDocument(blob, *signers, doc.serial); !v)
        return v.error();
    if (auto s = insertSignedDocument(db, kDocuments, doc.serial, now, blob); !s)
        return s.error();
    return doc;
}

Result<std::optional<Bytes>> latestTokenIssuer(Db db)
{
    return latestSignedDocument(db, kDocuments);
}

Result<std::string> createEnrolCode(Db db, std::int64_t now)
{
    ensureSodium();
    Bytes raw(kEnrolCodeBytes);
    randombytes_buf(raw.data(), raw.size());
    const std::string code = toBase64Url(raw);
    const Hash32 hash = codeHash(code);
    auto stmt = db.prepare("INSERT INTO enrol_codes(code_hash, created) VALUES (?, ?)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, ByteView(hash)).bind(2, now);
    if (auto s = stmt->run(); !s)
        return s.error();
    return code;
}

Result<DeviceRegistered> registerDevice(Db db, const tokens::DeviceRegistration& registration, std::int64_t now)
{
    const Hash32 hash = codeHash(registration.enrolCode);
    // Locked: two devices presenting one code at once cannot both spend it.
    auto code = db.prepare("SELECT used FROM enrol_codes WHERE code_hash = ?" + std::string(forUpdate(db)));
    if (!code)
        return code.error();
    code->bind(1, ByteView(hash));
    auto row = code->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error{"unknown enrolment code", ErrorKind::NotFound};
    const bool used = !code->isNull(0);
    auto known = db.prepare("SELECT 1 FROM devices WHERE credential = ?");
    if (!known)
        return known.error();
    known->bind(1, ByteView(registration.credential));
    auto exists = known->step();
    if (!exists)
        return exists.error();
    if (used)
        return *exists ? Result<DeviceRegistered>(DeviceRegistered::Again)
                       : Result<DeviceRegistered>(Error{"this enrolment code has been used already: ask for a new one",
                                                        ErrorKind::Conflict});
    if (*exists)
        return Error{"this credential is registered already", ErrorKind::Conflict};
    auto spend = db.prepare("UPDATE enrol_codes SET used = ? WHERE code_hash = ?");
    if (!spend)
        return spend.error();
    spend->bind(1, now).bind(2, ByteView(hash));
    if (auto s = spend->run(); !s)
        return s.error();
    auto insert = db.prepare("INSERT INTO devices(credential, enrolled) VALUES (?, ?)");
    if (!insert)
        return insert.error();
    insert->bind(1, ByteView(registration.credential)).bind(2, now);
    if (auto s = insert->run(); !s)
        return s.error();
    return DeviceRegistered::Created;
}

Result<std::vector<DeviceRow>> listDevices(Db db)
{
    auto stmt = db.prepare("SELECT credential, enrolled, revoked FROM devices ORDER BY enrolled, credential");
    if (!stmt)
        return stmt.error();
    std::vector<DeviceRow> out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        PublicKey credential{};
        const ByteView blob = stmt->blob(0);
        std::copy(blob.begin(), blob.end(), credential.begin());
        DeviceRow d{keyId(credential), stmt->int64(1), {}};
        if (!stmt->isNull(2))
            d.revoked = stmt->int64(2);
        out.push_back(std::move(d));
    }
    return out;
}

Status revokeDevice(Db db, std::string_view id, std::int64_t now)
{
    auto stmt = db.prepare("SELECT credential, revoked FROM devices");
    if (!stmt)
        return stmt.error();
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            return Error{"no device " + std::string(id) + " (see `vigil-admin device list`)", ErrorKind::NotFound};
        PublicKey credential{};
        const ByteView blob = stmt->blob(0);
        std::copy(blob.begin(), blob.end(), credential.begin());
        if (keyId(credential) != id)
            continue;
        if (!stmt->isNull(1))
            return Error{"device " + std::string(id) + " is revoked already", ErrorKind::Conflict};
        stmt->reset();
        auto update = db.prepare("UPDATE devices SET revoked = ? WHERE credential = ?");
        if (!update)
            return update.error();
        update->bind(1, now).bind(2, ByteView(credential));
        return update->run();
    }
}

Result<std::int64_t> tokenQuota(Db db)
{
    auto stmt = db.prepare("SELECT value FROM settings WHERE key = ?");
    if (!stmt)
        return stmt.error();
    stmt->bindText(1, kTokenQuotaSetting);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return kDefaultTokenQuota;
    const std::string_view text = stmt->textView(0);
    std::int64_t quota = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), quota);
    if (ec != std::errc{} || end != text.data() + text.size() || quota < 0)
        return Error{std::string(kTokenQuotaSetting) + ": not a count", ErrorKind::Invalid};
    return quota;
}

Result<TokenGrant> reserveTokens(Db db, const tokens::IssuanceRequest& request,
                                 const tokens::IssuerKeyEpoch& epoch, std::int64_t quota)
{
    const ByteView credential(request.credential);
    // Locked: two requests of one device at once are counted one after the other.
    auto device
        = db.prepare("SELECT revoked, last_request FROM devices WHERE credential = ?" + std::string(forUpdate(db)));
    if (!device)
        return device.error();
    device->bind(1, credential);
    auto row = device->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error{"this device credential is not registered", ErrorKind::Refused};
    if (!device->isNull(0))
        return Error{"this device credential has been revoked", ErrorKind::Refused};
    // Strictly later than the last request: a replayed request (by a relay, say) is refused
    // and cannot spend the device's quota.
    if (request.time <= device->int64(1))
        return Error{"this request is not newer than the device's last one (a replay?)", ErrorKind::Refused};
    auto count = db.prepare("SELECT issued FROM token_quota WHERE credential = ? AND epoch = ?");
    if (!count)
        return count.error();
    count->bind(1, credential).bind(2, static_cast<std::int64_t>(epoch.epoch));
    auto counted = count->step();
    if (!counted)
        return counted.error();
    const std::int64_t issued = *counted ? count->int64(0) : 0;
    const std::int64_t left = std::max<std::int64_t>(0, quota - issued);
    if (left == 0)
        return Error{"the quota of " + std::to_string(quota) + " tokens for epoch " + std::to_string(epoch.epoch)
                         + " is used up; the next epoch starts issuing at " + std::to_string(epoch.issueUntil),
                     ErrorKind::Unavailable};
    const std::int64_t granted = std::min<std::int64_t>(left, static_cast<std::int64_t>(request.requests.size()));
    auto upsert = db.prepare("INSERT INTO token_quota(credential, epoch, issued) VALUES (?, ?, ?) "
                             "ON CONFLICT(credential, epoch) DO UPDATE SET issued = token_quota.issued + excluded.issued");
    if (!upsert)
        return upsert.error();
    upsert->bind(1, credential).bind(2, static_cast<std::int64_t>(epoch.epoch)).bind(3, granted);
    if (auto s = upsert->run(); !s)
        return s.error();
    auto touch = db.prepare("UPDATE devices SET last_request = ? WHERE credential = ?");
    if (!touch)
        return touch.error();
    touch->bind(1, request.time).bind(2, credential);
    if (auto s = touch->run(); !s)
        return s.error();
    return TokenGrant{static_cast<std::uint32_t>(granted), static_cast<std::uint32_t>(left - granted)};
}

AuditEntry tokenEpochAuditEntry(const tokens::IssuerKeyEpoch& epoch, std::int64_t now)
{
    return AuditEntry{0, now, "admin", "tokens.epoch_created", std::to_string(epoch.epoch),
                      "issues " + std::to_string(epoch.notBefore) + ".." + std::to_string(epoch.issueUntil), {}, {}};
}

AuditEntry tokenIssuerAuditEntry(const tokens::IssuerKeyDocument& document, std::int64_t now)
{
    return AuditEntry{0, now, "admin", "tokens.published", std::to_string(document.serial),
                      std::to_string(document.keys.size()) + " epochs", {}, {}};
}

AuditEntry enrolCodeAuditEntry(std::int64_t now)
{
    return AuditEntry{0, now, "admin", "device.enrol_code", "code", "single-use enrolment code issued", {}, {}};
}

AuditEntry deviceRevokedAuditEntry(std::string_view id, std::int64_t now)
{
    return AuditEntry{0, now, "admin", "device.revoked", std::string(id), "no further tokens", {}, {}};
}

} // namespace vigil::registry
