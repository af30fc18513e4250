// SPDX-License-Identifier: EUPL-1.2
#include "recovery.h"

#include "devicevault.h"
#include "reportsealer.h"

#include "shared/jsonreader.h"
#include "shared/keys.h"
#include "shared/message.h"
#include "shared/routingheader.h"

#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

namespace vigil::field {

namespace json = boost::json;

namespace {

// The payload (docs/protocol.md §6.1): {"v":1,"summary":<the vault's report summary as text>,
// "reply_secret":<hex>,"envelope_hash":<hex>}.
constexpr std::size_t kMaxPayload = 64 * 1024;

} // namespace

Result<std::string> exportRecoveryCode(FieldStore& store, const VaultKey& vaultKey, const ReportId& reportId,
                                       std::string_view passphrase, VaultParams params)
{
    const auto row = store.outboxRowByReport(reportId);
    const auto summaryItem = store.vaultItem(slot::report(reportId));
    const auto secretItem = store.vaultItem(slot::replyKey(reportId));
    if (!row || row->kind != EnvelopeKind::Report || !summaryItem || !secretItem)
        return Error{"recovery code: this report is not on this phone", ErrorKind::NotFound};
    auto summary = vaultOpen(vaultKey, *summaryItem, slot::report(reportId));
    if (!summary)
        return summary.error();
    auto secret = vaultOpen(vaultKey, *secretItem, slot::replyKey(reportId));
    if (!secret)
        return secret.error();
    json::object o;
    o["v"] = 1;
    o["summary"] = toString(summary->view());
    o["reply_secret"] = toHex(secret->view());
    o["envelope_hash"] = toHex(row->envelopeHash);
    std::string payload = json::serialize(o);
    auto code = makeRecoveryCode(passphrase, asBytes(payload), params);
    wipe(payload);
    return code;
}

Result<RestoredReport> importRecoveryCode(FieldStore& store, const VaultKey& vaultKey, std::string_view code,
                                          std::string_view passphrase)
{
    auto plain = openRecoveryCode(code, passphrase);
    if (!plain)
        return plain.error();
    auto object = parseJsonObject(toString(plain->view()), "recovery code", kMaxPayload);
    if (!object)
        return Error{object.error().message, ErrorKind::Invalid};
    JsonReader r(*object, "recovery code");
    const auto version = r.integer("v", 1, 1);
    const std::string summaryText = r.text("summary", kMaxPayload);
    auto secret = fromHex(r.text("reply_secret", 64));
    auto envelopeHash = fixedFromHex<32>(r.text("envelope_hash", 64));
    if (auto done = r.finish(); !done)
        return Error{done.error().message, ErrorKind::Invalid};
    (void)version;
    auto summary = decodeSummary(summaryText);
    if (!summary || !secret || !envelopeHash)
        return Error{"recovery code: the code's contents do not hold together", ErrorKind::Invalid};
    auto header = decodeRoutingHeader(summary->routingHeaderJson);
    if (!header || header->reportId != summary->reportId)
        return Error{"recovery code: the code's contents do not hold together", ErrorKind::Invalid};
    // The secret must be the one whose public half the registry knows for this report: else the
    // phone would read nothing and its answers would be refused.
    auto pair = BoxKeyPair::fromSecretKey(*secret);
    if (!pair || pair->publicKey != header->replyKey)
        return Error{"recovery code: the code's reply key is not this report's", ErrorKind::Invalid};

    const ReportId id = summary->reportId;
    std::vector<VaultWrite> writes;
    writes.push_back({slot::replyKey(id), vaultSeal(vaultKey, *secret, slot::replyKey(id))});
    writes.push_back({slot::report(id), vaultSeal(vaultKey, asBytes(summaryText), slot::report(id))});
    wipe(*secret);
    if (auto added = store.addRestoredReport(id, *envelopeHash, writes); !added) {
        if (added.error().kind == ErrorKind::Conflict)
            return Error{"recovery code: this report is on this phone already", ErrorKind::Conflict};
        return added.error();
    }
    // The answers so far were read by the other phone: this one reads its prefix from the start
    // (a page it had read already is read again; a reply already in a thread is not added twice).
    const std::string prefix = toHex(mailboxId(header->replyKey)).substr(0, 4);
    (void)store.setSettingText(setting::mailboxCursor(prefix), "0");
    return RestoredReport{id, summary->headline};
}

} // namespace vigil::field
