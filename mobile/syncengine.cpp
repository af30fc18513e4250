// SPDX-License-Identifier: EUPL-1.2
#include "syncengine.h"

#include "tokenattach.h"

#include "fieldapp.h"
#include "fieldstore.h"
#include "tokenattach.h"

#include "shared/batch.h"
#include "shared/receipt.h"

#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInformation>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>
#include <optional>

namespace vigil::field {

namespace {

constexpr std::string_view kEtagSetting = "sync.directory_etag";
constexpr std::string_view kKeySetEtag = "sync.keyset_etag";
constexpr qint64 kMaxAnswerBytes = 16 * 1024 * 1024;

QByteArray toQBytes(ByteView b)
{
    return QByteArray(reinterpret_cast<const char*>(b.data()), static_cast<qsizetype>(b.size()));
}

/// What a stored/duplicate answer means for one row: its receipt must be for exactly this
/// envelope and signed by a node the directory lists. A receipt from the registry's own
/// ingest means the registry has it.
Result<OutboxState> judgeReceipt(const OutboxRow& row, const IngestResult& result, const Directory& directory)
{
    auto receipt = decodeReceipt(result.receipt);
    if (!receipt)
        return receipt.error();
    const auto trusted = directory.receiptKeys();
    if (auto s = verifyReceipt(*receipt, row.reportId, row.envelopeHash, trusted); !s)
        return s.error();
    for (const auto& relay : directory.relays)
        if (relay.receiptKey == receipt->signer && relay.id == "registry")
            return OutboxState::Registered;
    return OutboxState::Delivered;
}

} // namespace

SyncEngine::SyncEngine(FieldApp& app, SyncOptions options, QObject* parent)
    : QObject(parent), m_app(app), m_options(options), m_network(this),
      m_retry(options.baseBackoffMs, options.maxBackoffMs)
{
    // A captive portal redirects; a redirect is never Vigil's answer.
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncEngine::syncNow);
}

SyncEngine::~SyncEngine()
{
    // Requests in flight end here without running their handlers.
    for (QNetworkReply* reply : m_network.findChildren<QNetworkReply*>()) {
        reply->disconnect(this);
        reply->abort();
    }
}

void SyncEngine::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_options.watchNetwork && QNetworkInformation::loadDefaultBackend()) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability r) {
                    if (r == QNetworkInformation::Reachability::Disconnected)
                        setStatus(QStringLiteral("offline"));
                    else
                        syncNow();   // a network came back: try at once, whatever the backoff said
                });
    }
    // Back in front, or just unlocked: the reporter may be waiting for an answer, so ask now
    // instead of at the next timer (up to five minutes away) — unless a round just succeeded.
    if (auto* gui = qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        connect(gui, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
            if (state == Qt::ApplicationActive)
                syncIfStale();
        });
    connect(&m_app, &FieldApp::unlocked, this, &SyncEngine::syncIfStale);
    syncNow();
}

void SyncEngine::syncIfStale()
{
    constexpr qint64 kFreshSeconds = 30;
    if (!m_started || m_busy)
        return;
    const auto now = static_cast<qint64>(m_app.now());
    if (m_lastSuccess.isValid() && now - m_lastSuccess.toSecsSinceEpoch() < kFreshSeconds)
        return;
    syncNow();
}

void SyncEngine::stop()
{
    m_started = false;
    m_timer.stop();
}

bool SyncEngine::longFailure() const
{
    if (!m_failingSince.isValid())
        return false;
    const auto since = static_cast<std::uint64_t>(m_failingSince.toSecsSinceEpoch());
    const auto now = m_app.now();
    return now > since && now - since >= m_options.longFailureSeconds && !m_app.store().pending(1).empty();
}

void SyncEngine::setStatus(const QString& status)
{
    m_status = status;
    emit statusChanged();
}

void SyncEngine::syncNow()
{
    if (m_busy) {
        m_again = true;
        return;
    }
    if (!m_app.trust().enrolled() || m_app.trust().relayUrl().empty())
        return;
    m_timer.stop();
    m_busy = true;
    m_again = false;
    m_roundHadTrouble = false;
    m_tried.clear();
    m_bulletinPages = 0;
    setStatus(QStringLiteral("syncing"));
    probe();
}

QUrl SyncEngine::endpoint(const QString& path, const QString& query) const
{
    QUrl url(QString::fromStdString(m_app.trust().relayUrl()));
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    url.setQuery(query);
    return url;
}

void SyncEngine::watch(QNetworkReply* reply, qint64 maxBody, Handler handler)
{
    connect(reply, &QNetworkReply::finished, this, [reply, maxBody, handler = std::move(handler)]() {
        reply->deleteLater();
        handler(appcore::readReply(*reply, maxBody));
    });
}

QString SyncEngine::notAnswered(const HttpResult& answer) const
{
    if (!answer.reached())
        return tr("No connection to Vigil (%1).").arg(answer.transportError);
    return tr("The relay could not take the reports now (HTTP %1).").arg(answer.status);
}

void SyncEngine::get(const QUrl& url, const QByteArray& etag, Handler handler)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_options.requestTimeoutMs);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (!etag.isEmpty())
        request.setRawHeader("If-None-Match", etag);
    watch(m_network.get(request), kMaxAnswerBytes, std::move(handler));
}

void SyncEngine::post(const QUrl& url, const QByteArray& body, Handler handler)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_options.requestTimeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray(kBatchContentType.data(), static_cast<qsizetype>(kBatchContentType.size())));
    QNetworkReply* reply = m_network.post(request, body);
    // A batch is not one report: no row shows its percentage (a large upload before it must
    // not lend it its id).
    m_uploadingReport.clear();
    // Progress for the outbox ("sending, 40 %"): photos make batches large on slow links.
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        m_uploadProgress = total > 0 ? static_cast<double>(sent) / static_cast<double>(total) : 0.0;
        emit uploadProgressChanged();
    });
    connect(reply, &QNetworkReply::finished, this, [this]() {
        m_uploadProgress = 0;
        emit uploadProgressChanged();
    });
    watch(reply, kMaxAnswerBytes, std::move(handler));
}

void SyncEngine::probe()
{
    get(endpoint(QStringLiteral("/healthz")), {}, [this](const HttpResult& answer) {
        if (!answer.reached()) {
            failRound(notAnswered(answer), answer);
            return;
        }
        if (answer.status != 200 || answer.json().value(QStringLiteral("status")).toString() != QLatin1String("ok")) {
            failRound(tr("The network answered, but not as Vigil does (HTTP %1). A Wi-Fi login page may be in the way: open a browser, log in, and Vigil continues by itself.")
                          .arg(answer.status),
                      answer);
            return;
        }
        fetchKeySet();
    });
}

void SyncEngine::fetchKeySet()
{
    // Rotations first (docs/protocol.md §3.6): a directory signed by a new set then verifies
    // in the same round.
    const QByteArray etag = QByteArray::fromStdString(m_app.store().settingText(kKeySetEtag).value_or(""));
    get(endpoint(QStringLiteral("/v1/keyset")), etag, [this](const HttpResult& answer) {
        if (answer.status == 200) {
            const QByteArray& body = answer.body;
            auto accepted = m_app.trust().acceptKeySetRotations(
                ByteView(reinterpret_cast<const std::uint8_t*>(body.constData()), static_cast<std::size_t>(body.size())));
            if (!accepted) {
                m_roundHadTrouble = true;
                m_lastError = tr("The relay offered a change of the registry's key holders this phone does not trust: %1")
                                  .arg(QString::fromStdString(accepted.error().message));
            } else {
                (void)m_app.store().setSettingText(kKeySetEtag, answer.header("ETag").toStdString());
            }
        }
        // 304 (unchanged), 404 (never rotated) and no answer leave the set as it is.
        fetchDirectory();
    });
}

void SyncEngine::fetchDirectory()
{
    const QByteArray etag = QByteArray::fromStdString(m_app.store().settingText(kEtagSetting).value_or(""));
    get(endpoint(QStringLiteral("/v1/directory")), etag, [this](const HttpResult& answer) {
        if (answer.status == 200) {
            const QByteArray& body = answer.body;
            auto accepted = m_app.trust().acceptDirectory(
                ByteView(reinterpret_cast<const std::uint8_t*>(body.constData()), static_cast<std::size_t>(body.size())),
                m_app.now());
            if (!accepted) {
                // Refused (forged, expired or older than ours): keep the one we trust and go on.
                m_roundHadTrouble = true;
                m_lastError = tr("The relay offered a list of recipients this phone does not trust: %1")
                                  .arg(QString::fromStdString(accepted.error().message));
            } else {
                (void)m_app.store().setSettingText(kEtagSetting, answer.header("ETag").toStdString());
                if (*accepted)
                    emit m_app.directoryChanged();
            }
        }
        // 304 (unchanged) and 503 (the relay has none yet) are normal; uploads go on either way.
        (void)bindWaitingTokens();
        upload();
    });
}

void SyncEngine::upload()
{
    std::vector<OutboxRow> rows;
    std::optional<OutboxRow> large;
    for (auto& row : m_app.store().pending(m_options.batchSize + m_tried.size())) {
        if (m_tried.count(row.id))
            continue;
        if (row.envelope.size() > m_options.resumableThresholdBytes) {
            // One large envelope on its own, in chunks; batches of small ones around it.
            if (!large && rows.empty())
                large = std::move(row);
        } else if (rows.size() < m_options.batchSize) {
            rows.push_back(std::move(row));
        }
    }
    if (large) {
        uploadLarge(std::move(*large));
        return;
    }
    if (rows.empty()) {
        pullMailbox();
        return;
    }
    std::vector<ByteView> views;
    for (const auto& row : rows) {
        views.emplace_back(row.envelope);
        m_tried.insert(row.id);
        (void)m_app.store().setState(row.id, OutboxState::Sending, row.reason);
    }
    emit outboxChanged();
    const QByteArray body = toQBytes(encodeBatch(views));
    post(endpoint(QStringLiteral("/v1/envelopes")), body, [this, rows = std::move(rows)](const HttpResult& answer) mutable {
        handleUpload(std::move(rows), answer);
    });
}

void SyncEngine::handleUpload(std::vector<OutboxRow> rows, const HttpResult& answer)
{
    auto results = decodeIngestResults(
        std::string_view(answer.body.constData(), static_cast<std::size_t>(answer.body.size())), rows.size());
    if (answer.status != 200 || !results || results->size() != rows.size()) {
        // Not an answer from Vigil (a portal page, a proxy, a crash): nothing counts as sent.
        const QString why = answer.status != 200
            ? notAnswered(answer)
            : tr("The network answered, but not as Vigil does. A Wi-Fi login page may be in the way: open a browser, log in, and Vigil continues by itself.");
        for (const auto& row : rows)
            (void)m_app.store().markAttempt(row.id, why.toStdString());
        emit outboxChanged();
        failRound(why, answer);
        return;
    }
    applyResults(rows, *results);
    upload();   // the next batch; rows tried in this round are not tried again until the next
}

void SyncEngine::applyResults(const std::vector<OutboxRow>& rows, const std::vector<IngestResult>& results)
{
    auto directory = m_app.trust().directory(m_app.now());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& row = rows[i];
        const auto& result = results[i];
        if (result.status == IngestStatus::Invalid && isTransientTokenRefusal(result.reason)) {
            // The relay requires tokens but has no keys yet to check them: the token is fine,
            // it goes again as it is.
            (void)m_app.store().markAttempt(row.id, result.reason);
            m_roundHadTrouble = true;
            continue;
        }
        if (result.status == IngestStatus::Invalid && isTokenRefusal(result.reason)) {
            // The token (or its lack) was refused, not the report: it waits for a fresh token,
            // bound while the vault is unlocked, and goes in a later round. A relay that keeps
            // refusing sets it aside after kMaxTokenRefusals.
            auto state = m_app.store().refuseToken(row.id, result.reason, kMaxTokenRefusals);
            // A token of an epoch the relay no longer lists: the rest of that epoch's stock is
            // as stale, so binding waits for the issuer keys this round fetches last (which
            // drops those tokens) instead of spending the next refusal on one of them.
            if (state && *state == OutboxState::AwaitingToken && !isStaleEpochRefusal(result.reason)
                && bindWaitingTokens() > 0)
                m_again = true;
            continue;
        }
        if (result.status == IngestStatus::Invalid || result.status == IngestStatus::Conflict) {
            // Refused for good: set aside with the reason; the rest of the queue goes on.
            (void)m_app.store().setState(row.id, OutboxState::Quarantined, result.reason);
            continue;
        }
        auto state = directory ? judgeReceipt(row, result, *directory) : Result<OutboxState>(directory.error());
        auto sealed = state ? m_app.vault().dropSeal(result.receipt) : Result<Bytes>(state.error());
        if (!state || !sealed) {
            const QString why = tr("The relay's receipt did not verify, so this report does not count as delivered yet: %1")
                                    .arg(QString::fromStdString((state ? sealed.error() : state.error()).message));
            (void)m_app.store().markAttempt(row.id, why.toStdString());
            m_roundHadTrouble = true;
            m_lastError = why;
            continue;
        }
        (void)m_app.store().markDelivered(row.id, *state, *sealed);
    }
    emit outboxChanged();
}

void SyncEngine::finishRound()
{
    m_busy = false;
    const auto now = QDateTime::fromSecsSinceEpoch(static_cast<qint64>(m_app.now()));
    if (!m_roundHadTrouble) {
        m_retry.succeeded();
        m_failingSince = {};
        m_lastError.clear();
        m_lastSuccess = now;
        setStatus(QStringLiteral("idle"));
    } else {
        // Reached Vigil, but something was wrong (a receipt, the directory): retry like a failure.
        m_backoffMs = m_retry.failed();
        if (!m_failingSince.isValid())
            m_failingSince = now;
        setStatus(QStringLiteral("failing"));
    }
    emit roundFinished(!m_roundHadTrouble);
    if (m_again) {
        m_again = false;
        QTimer::singleShot(0, this, &SyncEngine::syncNow);
        return;
    }
    scheduleNext(m_roundHadTrouble ? -1 : m_options.idleIntervalMs);
}

void SyncEngine::failRound(const QString& message, const HttpResult& answer)
{
    failRound(message, !answer.reached(), answer.retryAfterMs());
}

void SyncEngine::failRound(const QString& message, bool offline, int atLeastMs)
{
    m_busy = false;
    m_backoffMs = m_retry.failed(atLeastMs);
    m_lastError = message;
    if (!m_failingSince.isValid())
        m_failingSince = QDateTime::fromSecsSinceEpoch(static_cast<qint64>(m_app.now()));
    setStatus(offline ? QStringLiteral("offline") : QStringLiteral("failing"));
    emit roundFinished(false);
    if (m_again) {
        m_again = false;
        QTimer::singleShot(0, this, &SyncEngine::syncNow);
        return;
    }
    scheduleNext(-1);
}

void SyncEngine::scheduleNext(int delayMs)
{
    if (delayMs < 0)
        delayMs = m_backoffMs; // the retry schedule's jittered step for the failure just counted
    m_nextAttempt = QDateTime::fromSecsSinceEpoch(static_cast<qint64>(m_app.now())).addMSecs(delayMs);
    emit statusChanged();
    if (m_started)
        m_timer.start(delayMs);
}

} // namespace vigil::field
