// SPDX-License-Identifier: EUPL-1.2
// SyncEngine, second half: what a round pulls after uploading — replies from the mailboxes
// (by short prefix, so a relay cannot tell which report this phone follows) and bulletins.

#include "syncengine.h"

#include "devicevault.h"
#include "fieldapp.h"
#include "reportsealer.h"

#include "shared/bulletin.h"
#include "shared/message.h"
#include "shared/routingheader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <map>
#include <set>

namespace vigil::field {

namespace {

constexpr qint64 kMaxFeedBytes = 64 * 1024 * 1024;
constexpr std::string_view kBulletinCursor = "sync.bulletins_after";
constexpr int kMaxPagesPerRound = 20;

struct FeedItem {
    qint64 seq = 0;
    std::string mailbox;
    Bytes data;
};

struct FeedPage {
    std::vector<FeedItem> items;
    qint64 next = 0;
    bool ok = false;
};

FeedPage parseFeed(const QByteArray& body)
{
    FeedPage page;
    const auto doc = QJsonDocument::fromJson(body);
    if (!doc.isObject() || !doc.object().value(QStringLiteral("items")).isArray())
        return page;
    for (const auto& v : doc.object().value(QStringLiteral("items")).toArray()) {
        const auto o = v.toObject();
        auto data = fromBase64Url(o.value(QStringLiteral("data")).toString().toStdString());
        if (!data)
            continue;
        page.items.push_back(FeedItem{static_cast<qint64>(o.value(QStringLiteral("seq")).toDouble()),
                                      o.value(QStringLiteral("mailbox")).toString().toStdString(), std::move(*data)});
    }
    page.next = static_cast<qint64>(doc.object().value(QStringLiteral("next")).toDouble());
    page.ok = true;
    return page;
}

std::string cursorKey(const QString& prefix)
{
    return "sync.mailbox_after." + prefix.toStdString();
}

/// The mailboxes of this phone's reports: full hex mailbox id → report id.
std::map<std::string, ReportId> ownMailboxes(FieldApp& app)
{
    std::map<std::string, ReportId> out;
    for (const auto& s : app.store().vaultSlots("report:")) {
        auto plain = app.vault().get(s);
        if (!plain)
            continue;
        auto summary = decodeSummary(toString(plain->view()));
        if (!summary || summary->routingHeaderJson.empty())
            continue;   // follow-ups have no mailbox of their own
        auto header = decodeRoutingHeader(summary->routingHeaderJson);
        if (header)
            out.emplace(toHex(mailboxId(header->replyKey)), header->reportId);
    }
    return out;
}

const Member* memberBySignKey(const Directory& directory, const PublicKey& key)
{
    for (const auto& g : directory.groups)
        for (const auto& m : g.members)
            if (m.signKey == key)
                return &m;
    return nullptr;
}

/// Opens one reply and appends it to its report's conversation. False when it is not for
/// this phone, does not open, or is not signed by a member of the directory.
bool acceptReply(FieldApp& app, const Directory& directory, const ReportId& reportId, ByteView sealed)
{
    auto secret = app.vault().get(slot::replyKey(reportId));
    if (!secret)
        return false;
    auto pair = BoxKeyPair::fromSecretKey(secret->view());
    if (!pair)
        return false;
    auto reply = openReply(sealed, *pair);
    if (!reply || reply->message.thread != reportId)
        return false;
    const Member* author = memberBySignKey(directory, reply->signer);
    if (!author)
        return false;   // not signed by anyone this phone trusts: a forgery, dropped
    std::vector<ThreadMessage> thread;
    if (auto existing = app.vault().get(slot::thread(reportId))) {
        auto decoded = decodeThread(toString(existing->view()));
        if (decoded)
            thread = std::move(*decoded);
    }
    for (const auto& m : thread)
        if (!m.outgoing && m.sent == reply->message.sent && m.text == reply->message.text)
            return false;   // seen before
    thread.push_back(ThreadMessage{false, reply->message.sent, author->id, author->name, reply->message.text, {}});
    std::string json = encodeThread(thread);
    const bool stored = static_cast<bool>(app.vault().put(slot::thread(reportId), asBytes(json)));
    wipe(json);
    // An answer means the registry has the case: the outbox may say so.
    if (auto row = app.store().outboxRowByReport(reportId); row && row->state == OutboxState::Delivered)
        (void)app.store().setState(row->id, OutboxState::Registered);
    return stored;
}

} // namespace

void SyncEngine::pullMailbox()
{
    m_mailboxQueue.clear();
    if (m_app.vault().isUnlocked()) {
        std::set<QString> prefixes;
        for (const auto& [hex, id] : ownMailboxes(m_app))
            prefixes.insert(QString::fromStdString(hex.substr(0, 4)));
        m_mailboxQueue.assign(prefixes.begin(), prefixes.end());
    }
    // Locked: replies wait for the next round after unlocking (their keys are in the vault).
    pullNextMailbox();
}

void SyncEngine::pullNextMailbox()
{
    if (m_mailboxQueue.empty()) {
        pullBulletins();
        return;
    }
    const QString prefix = m_mailboxQueue.back();
    m_mailboxQueue.pop_back();
    const auto after = m_app.store().settingText(cursorKey(prefix)).value_or("0");
    get(endpoint(QStringLiteral("/v1/mailbox/") + prefix, QStringLiteral("after=") + QString::fromStdString(after)), {},
        [this, prefix](QNetworkReply* reply) {
            const int code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (code == 503) {   // the relay has not mirrored the mailboxes yet
                pullNextMailbox();
                return;
            }
            const FeedPage page = parseFeed(reply->read(kMaxFeedBytes));
            if (code != 200 || !page.ok) {
                failRound(tr("Replies could not be fetched (HTTP %1).").arg(code), code == 0);
                return;
            }
            auto directory = m_app.trust().directory(m_app.now());
            if (directory && m_app.vault().isUnlocked()) {
                const auto own = ownMailboxes(m_app);
                bool any = false;
                for (const auto& item : page.items) {
                    auto it = own.find(item.mailbox);
                    if (it != own.end())
                        any = acceptReply(m_app, *directory, it->second, item.data) || any;
                }
                if (any) {
                    emit repliesChanged();
                    emit outboxChanged();
                }
            }
            (void)m_app.store().setSettingText(cursorKey(prefix), std::to_string(page.next));
            pullNextMailbox();
        });
}

void SyncEngine::pullBulletins()
{
    const auto after = m_app.store().settingText(kBulletinCursor).value_or("0");
    get(endpoint(QStringLiteral("/v1/bulletins"), QStringLiteral("after=") + QString::fromStdString(after)), {},
        [this, after](QNetworkReply* reply) {
            const int code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (code == 503) {
                finishRound();
                return;
            }
            const FeedPage page = parseFeed(reply->read(kMaxFeedBytes));
            if (code != 200 || !page.ok) {
                failRound(tr("Bulletins could not be fetched (HTTP %1).").arg(code), code == 0);
                return;
            }
            auto root = m_app.trust().rootKey();
            bool any = false;
            for (const auto& item : page.items) {
                // Only what the registry signed is kept; anything else is dropped unseen.
                auto bulletin = root ? verifyBulletin(item.data, *root) : Result<Bulletin>(Error{"not enrolled"});
                if (bulletin && m_app.store().addBulletin(static_cast<std::int64_t>(bulletin->sequence), item.data))
                    any = true;
            }
            (void)m_app.store().setSettingText(kBulletinCursor, std::to_string(page.next));
            if (any)
                emit bulletinsChanged();
            const bool more = !page.items.empty() && std::to_string(page.next) != after && ++m_bulletinPages < kMaxPagesPerRound;
            if (more) {
                pullBulletins();
                return;
            }
            m_bulletinPages = 0;
            finishRound();
        });
}

} // namespace vigil::field
