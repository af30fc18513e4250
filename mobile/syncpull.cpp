// SPDX-License-Identifier: EUPL-1.2
// SyncEngine, second half: what a round pulls after uploading — replies from the mailboxes
// (by short prefix, so a relay cannot tell which report this phone follows), bulletins and
// the support contacts.

#include "syncengine.h"

#include "devicevault.h"
#include "fieldapp.h"
#include "reportsealer.h"

#include "shared/bulletin.h"
#include "shared/feed.h"
#include "shared/message.h"
#include "shared/routingheader.h"

#include <QNetworkReply>
#include <QNetworkRequest>

#include <map>
#include <memory>
#include <set>

namespace vigil::field {

namespace {

constexpr std::string_view kBulletinCursor = "sync.bulletins_after";
constexpr std::string_view kSupportEtag = "sync.support_etag";
constexpr int kMaxPagesPerRound = 20;
constexpr qint64 kMaxPageBytes = static_cast<qint64>(kMaxFeedPageBytes);
// What Qt may buffer before this code takes it: with it, the page never holds more than the
// limit and one piece, however fast the relay sends.
constexpr qint64 kReadPiece = 256 * 1024;

/// The body of a feed answer, read as it arrives and never beyond the page limit.
struct CappedBody {
    QByteArray bytes;
    bool oversize = false;   ///< the relay sent (or announced) more than a page may have
};

/// Moves what `reply` holds into `body`, at most one byte past the limit; past it, stops the
/// transfer for good.
void drainCapped(QNetworkReply* reply, CappedBody& body)
{
    if (body.oversize || !reply->isOpen())
        return;
    body.bytes += reply->read(kMaxPageBytes + 1 - body.bytes.size());
    if (body.bytes.size() > kMaxPageBytes) {
        body.oversize = true;
        body.bytes.clear();
        reply->abort();
    }
}

/// Reads `reply` into the returned body as it arrives, stopping it as soon as it would hold
/// more than a page may have (docs/api.md, "Feed pages: limits"), whether or not its
/// Content-Length said so: a hostile relay cannot make the phone hold more than one page.
std::shared_ptr<CappedBody> readCapped(QNetworkReply* reply)
{
    auto body = std::make_shared<CappedBody>();
    reply->setReadBufferSize(kReadPiece);
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, body]() {
        if (reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() > kMaxPageBytes) {
            body->oversize = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [reply, body]() { drainCapped(reply, *body); });
    return body;
}

QNetworkRequest feedRequest(const QUrl& url, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    return request;
}

/// The page in a finished 200 answer, or why there is none to apply.
Result<FeedPage> readFeedPage(const CappedBody& body, const appcore::HttpResult& answer, Feed feed)
{
    if (body.oversize)
        return Error{std::string(feedName(feed)) + ": the relay sent more than the " + std::to_string(kMaxFeedPageBytes)
                     + " bytes a page may have"};
    if (!answer.reached())
        return Error{std::string(feedName(feed)) + ": the answer broke off (" + answer.transportError.toStdString()
                     + ")"};
    return decodeFeedPage(std::string_view(answer.body.constData(), static_cast<std::size_t>(answer.body.size())), feed);
}

std::string cursorKey(const QString& prefix)
{
    return setting::mailboxCursor(prefix.toStdString());
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
    thread.push_back(ThreadMessage{false, reply->message.sent, author->id, author->name, reply->message.text, {},
                                   FollowUpSignal::None, reply->message.closed, false, reply->message.checkIn});
    std::string json = encodeThread(thread);
    const bool stored = static_cast<bool>(app.vault().put(slot::thread(reportId), asBytes(json)));
    wipe(json);
    // An answer means the registry has the case: the outbox may say so.
    if (auto row = app.store().outboxRowByReport(reportId); row && row->state == OutboxState::Delivered)
        (void)app.store().setState(row->id, OutboxState::Registered);
    return stored;
}

} // namespace

void SyncEngine::getFeed(const QUrl& url, Feed feed, FeedHandler handler)
{
    QNetworkReply* reply = m_network.get(feedRequest(url, m_options.requestTimeoutMs));
    auto body = readCapped(reply);
    connect(reply, &QNetworkReply::finished, this, [reply, body, feed, handler = std::move(handler)]() {
        reply->deleteLater();
        drainCapped(reply, *body);
        const auto answer = appcore::readReply(*reply, std::move(body->bytes));
        std::optional<Result<FeedPage>> page;
        // Too much is an answer too: the relay sent it, and the round says so (it was cut off,
        // so the transfer itself reads as broken).
        if (answer.status == 200 || body->oversize)
            page = readFeedPage(*body, answer, feed);
        handler(answer, page);
    });
}

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
    const QUrl url = endpoint(QStringLiteral("/v1/mailbox/") + prefix, QStringLiteral("after=") + QString::fromStdString(after));
    getFeed(url, Feed::Mailbox, [this, prefix](const HttpResult& answer, const std::optional<Result<FeedPage>>& page) {
        if (answer.status == 503 && !page) {   // the relay has not mirrored the mailboxes yet
            pullNextMailbox();
            return;
        }
        if (!page) {
            failRound(answer.reached() ? tr("Replies could not be fetched (HTTP %1).").arg(answer.status) : notAnswered(answer),
                      answer);
            return;
        }
        // All of a page or nothing: a page that does not decode leaves the cursor and
        // every conversation as they were, and the round says why.
        if (!*page) {
            failRound(tr("Replies could not be read: %1").arg(QString::fromStdString(page->error().message)), false);
            return;
        }
        auto directory = m_app.trust().directory(m_app.now());
        if (directory && m_app.vault().isUnlocked()) {
            const auto own = ownMailboxes(m_app);
            bool any = false;
            for (const auto& item : (*page)->items) {
                auto it = own.find(item.mailbox);
                if (it != own.end())
                    any = acceptReply(m_app, *directory, it->second, item.data) || any;
            }
            if (any) {
                emit repliesChanged();
                emit outboxChanged();
            }
        }
        (void)m_app.store().setSettingText(cursorKey(prefix), std::to_string((*page)->next));
        pullNextMailbox();
    });
}

void SyncEngine::pullBulletins()
{
    const auto after = m_app.store().settingText(kBulletinCursor).value_or("0");
    const QUrl url = endpoint(QStringLiteral("/v1/bulletins"), QStringLiteral("after=") + QString::fromStdString(after));
    getFeed(url, Feed::Bulletins, [this, after](const HttpResult& answer, const std::optional<Result<FeedPage>>& answered) {
        if (answer.status == 503 && !answered) {
            fetchSupport();
            return;
        }
        if (!answered) {
            m_bulletinPages = 0;
            failRound(answer.reached() ? tr("Bulletins could not be fetched (HTTP %1).").arg(answer.status) : notAnswered(answer),
                      answer);
            return;
        }
        if (!*answered) {   // all of it or nothing, as above
            m_bulletinPages = 0;
            failRound(tr("Bulletins could not be read: %1").arg(QString::fromStdString(answered->error().message)), false);
            return;
        }
        const FeedPage& page = **answered;
        bool any = false;
        for (const auto& item : page.items) {
            // Only what the key holders signed is kept; anything else is dropped unseen.
            auto bulletin = m_app.trust().verifyBulletin(item.data);
            if (bulletin && m_app.store().addBulletin(static_cast<std::int64_t>(bulletin->sequence), item.data))
                any = true;
        }
        (void)m_app.store().setSettingText(kBulletinCursor, std::to_string(page.next));
        if (any)
            emit bulletinsChanged();
        const bool more
            = !page.items.empty() && std::to_string(page.next) != after && ++m_bulletinPages < kMaxPagesPerRound;
        if (more) {
            pullBulletins();
            return;
        }
        m_bulletinPages = 0;
        fetchSupport();
    });
}

void SyncEngine::fetchSupport()
{
    // The whole document, the same request from every phone: nothing says whose unit it is for.
    const QByteArray etag = QByteArray::fromStdString(m_app.store().settingText(kSupportEtag).value_or(""));
    get(endpoint(QStringLiteral("/v1/support")), etag, [this](const HttpResult& answer) {
        if (answer.status == 200) {
            auto accepted = m_app.trust().acceptSupportContacts(ByteView(
                reinterpret_cast<const std::uint8_t*>(answer.body.constData()), static_cast<std::size_t>(answer.body.size())));
            if (!accepted) {
                // Refused (forged or older than ours): the phone keeps the contacts it trusts.
                m_roundHadTrouble = true;
                m_lastError = tr("The relay offered support contacts this phone does not trust: %1")
                                  .arg(QString::fromStdString(accepted.error().message));
            } else {
                (void)m_app.store().setSettingText(kSupportEtag, answer.header("ETag").toStdString());
                if (*accepted)
                    emit supportChanged();
            }
        }
        // 304 (unchanged), 404 (none published yet) and no answer at all leave the held ones
        // (or the built-in 112) in place; the round's uploads already went through.
        fetchTokenIssuer();
    });
}

} // namespace vigil::field
