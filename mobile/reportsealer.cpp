// SPDX-License-Identifier: EUPL-1.2
#include "reportsealer.h"

#include "devicevault.h"
#include "tokenattach.h"

#include "shared/jsonreader.h"
#include "shared/reportcodec.h"
#include "shared/routing.h"
#include "shared/sealfordirectory.h"

#include <boost/json/serialize.hpp>

#include <set>

namespace vigil::field {

namespace json = boost::json;

namespace {

constexpr std::size_t kMaxVaultJson = 4 * 1024 * 1024;

const Member* findMember(const Directory& directory, const std::vector<std::string>& groupIds, const std::string& id)
{
    for (const auto& gid : groupIds)
        if (const Group* g = directory.group(gid))
            for (const auto& m : g->members)
                if (m.id == id)
                    return &m;
    return nullptr;
}

} // namespace

std::vector<RecipientPreview> previewRecipients(const Directory& directory, const Report& report, const std::string& unit)
{
    std::vector<RecipientPreview> out;
    std::set<std::string> seen;
    for (const Group* g : groupsForReport(directory, report, unit))
        for (const auto& m : g->members)
            if (seen.insert(m.id).second)
                out.push_back(RecipientPreview{m.id, m.name, g->id, g->nameNl, g->nameEn});
    return out;
}

std::string encodeSummary(const ReportSummary& s)
{
    json::object o;
    o["report_id"] = toHex(s.reportId);
    o["headline"] = s.headline;
    o["kind"] = std::string(enumName(s.kind));
    o["category"] = std::string(enumName(s.category));
    o["created"] = s.created;
    o["routing_header"] = s.routingHeaderJson;
    json::array names;
    for (const auto& n : s.recipientNames)
        names.emplace_back(n);
    o["recipients"] = std::move(names);
    return json::serialize(o);
}

Result<ReportSummary> decodeSummary(std::string_view text)
{
    auto object = parseJsonObject(text, "summary", kMaxVaultJson);
    if (!object)
        return object.error();
    JsonReader r(*object, "summary");
    ReportSummary s;
    auto id = fixedFromHex<16>(r.text("report_id", 32));
    if (id)
        s.reportId = *id;
    else
        r.fail("report_id", id.error().message);
    s.headline = r.text("headline", limits::headline);
    s.kind = r.choice("kind", Kind::NearMiss);
    s.category = r.choice("category", Category::OtherPhysical);
    s.created = static_cast<std::uint64_t>(r.integer("created", 0, std::int64_t{1} << 50));
    s.routingHeaderJson = r.text("routing_header", 64 * 1024);
    s.recipientNames = r.texts("recipients", 1024, 500);
    if (auto st = r.finish(); !st)
        return st.error();
    return s;
}

std::string encodeThread(const std::vector<ThreadMessage>& messages)
{
    json::array items;
    for (const auto& m : messages) {
        json::object o;
        o["out"] = m.outgoing;
        o["sent"] = m.sent;
        o["author"] = m.author;
        o["author_name"] = m.authorName;
        o["text"] = m.text;
        o["ref"] = m.followUpId;
        if (m.signal != FollowUpSignal::None)
            o["signal"] = std::string(enumName(m.signal));
        if (m.closing)
            o["closed"] = true;
        if (m.survey)
            o["survey"] = true;
        if (m.checkIn != 0)
            o["checkin"] = m.checkIn;
        items.emplace_back(std::move(o));
    }
    json::object top;
    top["messages"] = std::move(items);
    return json::serialize(top);
}

Result<std::vector<ThreadMessage>> decodeThread(std::string_view text)
{
    auto object = parseJsonObject(text, "thread", kMaxVaultJson);
    if (!object)
        return object.error();
    JsonReader r(*object, "thread");
    std::vector<ThreadMessage> out;
    for (auto& e : r.objects("messages", 100000, Need::Required)) {
        ThreadMessage m;
        m.outgoing = e.flag("out", Need::Required);
        m.sent = static_cast<std::uint64_t>(e.integer("sent", 0, std::int64_t{1} << 50));
        m.author = e.text("author", 200, Need::Optional);
        m.authorName = e.text("author_name", 500, Need::Optional);
        m.text = e.text("text", 16 * 1024, Need::Optional);
        m.followUpId = e.text("ref", 32, Need::Optional);
        m.signal = e.choice("signal", FollowUpSignal::None, Need::Optional);
        m.closing = e.flag("closed");
        m.survey = e.flag("survey");
        if (e.has("checkin"))
            m.checkIn = static_cast<std::uint64_t>(e.integer("checkin", 1, INT64_MAX));
        e.close();
        out.push_back(std::move(m));
    }
    if (auto st = r.finish(); !st)
        return st.error();
    return out;
}

namespace {

/// Stores the envelope with its binding, and when filing tokens are in use binds one from
/// stock at once; the outcome says whether it waits for one instead.
Result<SealOutcome> storeSealed(FieldStore& store, const VaultKey& vaultKey, const Directory& directory,
                                const SealedEnvelope& envelope, const RoutingHeader& header, EnvelopeKind kind,
                                const std::vector<VaultWrite>& writes, TokenUse tokens, std::uint64_t now)
{
    const bool needsToken = tokens == TokenUse::Required;
    auto row = store.addEnvelope(envelope, kind, writes, makeBinding(vaultKey, header, needsToken));
    if (!row)
        return row.error();
    SealOutcome outcome{*row, envelope.reportId, envelope.envelopeHash, false};
    if (!needsToken)
        return outcome;
    // Stored first, bound second: the envelope is safe in the outbox whatever happens to the
    // token, and a token is reserved only for a row that exists.
    (void)attachToken(store, vaultKey, directory.routingKey, *row, static_cast<std::int64_t>(now));
    // Bound here or, meanwhile, by a sync round: the row says which envelope goes. Still
    // waiting (no token in stock, or one could not be bound now): it is bound after the next
    // refill; the report is sealed and kept either way.
    const auto stored = store.outboxRow(*row);
    if (stored && stored->state != OutboxState::AwaitingToken)
        outcome.envelopeHash = stored->envelopeHash;
    else
        outcome.awaitingToken = true;
    return outcome;
}

} // namespace

Result<SealOutcome> sealAndStore(FieldStore& store, const VaultKey& vaultKey, const Directory& directory,
                                 const SealRequest& request, std::uint64_t now, TokenUse tokens)
{
    if (auto valid = validateReport(request.report); !valid)
        return valid.error();
    if (groupsForReport(directory, request.report, request.unit).empty())
        // Routing falls back to the advisors and desks when no rule finds anyone, and the
        // registry refuses to publish a directory that still routes a report to nobody; only
        // a directory forced out with --allow-unroutable gets here.
        return Error{"nobody in your organisation's list can receive this report; your draft is kept. "
                     "Tell your organisation's Vigil operator that the recipient list has a gap"};
    auto sealed = sealForDirectory(request.report, request.attachments, directory,
                                   SealAddress{request.unit, request.language, request.excludedMemberIds});
    if (!sealed)
        return sealed.error();

    ReportSummary summary;
    summary.reportId = sealed->header.reportId;
    summary.headline = request.report.headline;
    summary.kind = request.report.kind;
    summary.category = request.report.category;
    summary.created = now;
    summary.routingHeaderJson = encodeRoutingHeader(sealed->header);
    for (const auto& memberId : sealed->header.recipients)
        if (const Member* m = findMember(directory, sealed->header.groups, memberId))
            summary.recipientNames.push_back(m->name);
    std::string summaryJson = encodeSummary(summary);

    const ReportId id = sealed->header.reportId;
    std::vector<VaultWrite> writes;
    writes.push_back({slot::replyKey(id), vaultSeal(vaultKey, sealed->replyKey.secretKey.view(), slot::replyKey(id))});
    writes.push_back({slot::report(id), vaultSeal(vaultKey, asBytes(summaryJson), slot::report(id))});
    wipe(summaryJson);
    return storeSealed(store, vaultKey, directory, sealed->envelope, sealed->header, EnvelopeKind::Report, writes,
                       tokens, now);
}

Result<SealOutcome> sealFollowUpAndStore(FieldStore& store, const VaultKey& vaultKey, const Directory& directory,
                                         const ReportId& original, const std::string& text, std::uint64_t now,
                                         TokenUse tokens, FollowUpSignal signal,
                                         const std::optional<SurveyAnswers>& survey)
{
    if (text.empty() || text.size() > 8 * 1024)
        return Error{"a message is 1 to 8192 bytes"};
    auto item = store.vaultItem(slot::report(original));
    if (!item)
        return Error{"this report is not on this device"};
    auto plain = vaultOpen(vaultKey, *item, slot::report(original));
    if (!plain)
        return plain.error();
    auto summary = decodeSummary(toString(plain->view()));
    if (!summary)
        return summary.error();
    auto header = decodeRoutingHeader(summary->routingHeaderJson);
    if (!header)
        return header.error();

    auto recipients = followUpRecipients(directory, *header);
    if (!recipients)
        return recipients.error();

    Message message{original, now, {}, text};
    auto sealedFollowUp = survey ? sealSurveyFollowUp(message, *header, *recipients, directory.routingKey, *survey)
                                 : sealFollowUpWithHeader(message, *header, *recipients, directory.routingKey, signal);
    if (!sealedFollowUp)
        return sealedFollowUp.error();
    const SealedEnvelope* sealed = &sealedFollowUp->envelope;

    std::vector<ThreadMessage> thread;
    if (auto existing = store.vaultItem(slot::thread(original))) {
        auto open = vaultOpen(vaultKey, *existing, slot::thread(original));
        if (!open)
            return open.error();
        auto decoded = decodeThread(toString(open->view()));
        if (!decoded)
            return decoded.error();
        thread = std::move(*decoded);
    }
    thread.push_back(ThreadMessage{true, now, {}, {}, text, toHex(sealed->reportId), signal, false, survey.has_value(), 0});
    std::string threadJson = encodeThread(thread);
    ReportSummary followSummary;
    followSummary.reportId = sealed->reportId;
    followSummary.kind = header->kind;
    followSummary.category = header->category;
    followSummary.created = now;
    std::string followJson = encodeSummary(followSummary);
    std::vector<VaultWrite> writes{
        {slot::thread(original), vaultSeal(vaultKey, asBytes(threadJson), slot::thread(original))},
        {slot::report(sealed->reportId), vaultSeal(vaultKey, asBytes(followJson), slot::report(sealed->reportId))},
    };
    wipe(threadJson);
    return storeSealed(store, vaultKey, directory, *sealed, sealedFollowUp->header, EnvelopeKind::FollowUp, writes,
                       tokens, now);
}

} // namespace vigil::field
