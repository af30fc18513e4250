// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The sync engine (docs/field-app.md §Sync): notices connectivity, uploads the outbox in
// batches, verifies every receipt against the relay keys of the verified directory, and pulls
// the directory, replies and bulletins. It never stops retrying (exponential backoff with
// jitter) and never retries silently: after long failure it says so, and why.
//
// A round is a chain of small steps, each started by the previous one's reply:
//   probe /healthz → directory → upload (repeat while pending) → mailbox → bulletins →
//   support contacts → token issuer keys → (credential, tokens) → done.
// An upload step is a batch of small envelopes, or one large envelope sent in chunks
// (create → PATCH at the relay's durable offset → … → the result), each chunk a step.
// Any transport failure ends the round and schedules the next one with backoff.

#include "shared/feed.h"
#include "shared/qt/httpresult.h"
#include "shared/qt/retryschedule.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <vector>

class QNetworkReply;

namespace vigil::field {

class FieldApp;
struct OutboxRow;
}

namespace vigil {
struct IngestResult;
}

namespace vigil::tokens {
struct IssuerKeyDocument;
}

namespace vigil::field {

struct TokenBatch;

struct SyncOptions {
    int idleIntervalMs = 5 * 60 * 1000;        ///< between rounds when all went well
    int baseBackoffMs = 5 * 1000;              ///< first retry after a failure (before jitter)
    int maxBackoffMs = 15 * 60 * 1000;         ///< backoff cap
    int requestTimeoutMs = 30 * 1000;
    std::size_t batchSize = 16;                ///< envelopes per POST
    /// Larger envelopes (photos) go one by one through the relay's resumable upload
    /// (docs/api.md, /v1/uploads), so a cut link resumes where the relay's commit stopped.
    std::size_t resumableThresholdBytes = 256 * 1024;
    std::size_t chunkBytes = 64 * 1024;        ///< per PATCH: 8 s at 64 kbit/s
    std::uint64_t longFailureSeconds = 6 * 3600;   ///< when "not sent for a while" is shown
    bool watchNetwork = true;                  ///< QNetworkInformation, where a backend exists
};

class SyncEngine : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("App.sync is the one sync engine")
    Q_PROPERTY(QString status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY statusChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY statusChanged)
    Q_PROPERTY(bool longFailure READ longFailure NOTIFY statusChanged)
    Q_PROPERTY(QDateTime lastSuccess READ lastSuccess NOTIFY statusChanged)
    Q_PROPERTY(QDateTime failingSince READ failingSince NOTIFY statusChanged)
    Q_PROPERTY(QDateTime nextAttempt READ nextAttempt NOTIFY statusChanged)
    Q_PROPERTY(double uploadProgress READ uploadProgress NOTIFY uploadProgressChanged)
    /// The report whose envelope the progress belongs to (hex id; empty when none): only its
    /// outbox row shows the percentage, not every row waiting to be sent.
    Q_PROPERTY(QString uploadingReportId READ uploadingReportId NOTIFY uploadProgressChanged)
    /// Filing tokens in stock (docs/field-app.md "Filing tokens"), and why no more came, if so.
    Q_PROPERTY(int tokenStock READ tokenStock NOTIFY tokensChanged)
    Q_PROPERTY(QString tokenNote READ tokenNote NOTIFY tokensChanged)

public:
    SyncEngine(FieldApp& app, SyncOptions options, QObject* parent = nullptr);
    ~SyncEngine() override;

    /// "idle" (all sent or nothing to send), "syncing", "offline" (no connection to Vigil),
    /// "failing" (Vigil, or something pretending to be, answered wrongly).
    QString status() const { return m_status; }
    QString lastError() const { return m_lastError; }
    bool busy() const { return m_busy; }
    bool longFailure() const;
    QDateTime lastSuccess() const { return m_lastSuccess; }
    QDateTime failingSince() const { return m_failingSince; }
    QDateTime nextAttempt() const { return m_nextAttempt; }
    int failures() const { return m_retry.failures(); }
    /// 0…1 while a batch is being sent (bytes handed to the network), or while a large envelope
    /// is uploaded in chunks (bytes the relay has durably committed); else 0.
    double uploadProgress() const { return m_uploadProgress; }
    QString uploadingReportId() const { return m_uploadProgress > 0 ? m_uploadingReport : QString(); }
    int tokenStock() const;
    QString tokenNote() const { return m_tokenNote; }

    /// Starts the timers and the network watch; the first round runs at once.
    void start();
    void stop();
    /// Runs a round now (or right after the current one).
    Q_INVOKABLE void syncNow();
    /// Syncs now unless a round succeeded moments ago (foreground, unlock).
    void syncIfStale();

signals:
    void statusChanged();
    void uploadProgressChanged();
    void outboxChanged();
    void bulletinsChanged();
    /// New signed support contacts were verified and kept.
    void supportChanged();
    void repliesChanged();
    /// The token stock or its note changed (a refill, a refusal).
    void tokensChanged();
    /// A round ended; `ok` when every step succeeded.
    void roundFinished(bool ok);

private:
    using HttpResult = appcore::HttpResult;
    using Handler = std::function<void(const HttpResult&)>;
    /// A feed's answer; `page` is set when the relay sent a page (200) or more than one may hold.
    using FeedHandler = std::function<void(const HttpResult& answer, const std::optional<Result<FeedPage>>& page)>;

    QUrl endpoint(const QString& path, const QString& query = {}) const;
    void get(const QUrl& url, const QByteArray& etag, Handler handler);
    void post(const QUrl& url, const QByteArray& body, Handler handler);
    /// Calls `handler` once `reply` finishes, with at most `maxBody` bytes of its answer.
    void watch(QNetworkReply* reply, qint64 maxBody, Handler handler);
    /// GETs a feed page, never holding more of it than a page may have (syncpull.cpp).
    void getFeed(const QUrl& url, Feed feed, FeedHandler handler);
    /// Why a step that needed an answer got none: no connection, or the relay's status.
    QString notAnswered(const HttpResult& answer) const;

    void probe();
    void fetchKeySet();
    void fetchDirectory();
    void upload();
    void handleUpload(std::vector<OutboxRow> rows, const HttpResult& answer);
    /// Marks each row delivered (verified receipt), quarantined, or still waiting.
    void applyResults(const std::vector<OutboxRow>& rows, const std::vector<IngestResult>& results);
    // Resumable upload of one large envelope (syncupload.cpp).
    void uploadLarge(OutboxRow row);
    void createUpload();
    void sendChunk();
    void handleLarge(const HttpResult& answer, bool create);
    void finishLarge(const std::vector<IngestResult>& results);
    void failLarge(const QString& why, const HttpResult& answer, bool refused = false);
    void setProgress(double progress);
    void pullMailbox();
    void pullNextMailbox();
    void pullBulletins();
    void fetchSupport();
    // Filing tokens (synctokens.cpp).
    void postJson(const QUrl& url, const QByteArray& body, Handler handler);
    void fetchTokenIssuer();
    void refillTokens();
    void registerCredential();
    void requestTokens(const tokens::IssuerKeyDocument& keys);
    void finishTokens(TokenBatch& batch, const HttpResult& answer);
    /// Rows whose reserved token expired before they were ever tried wait again; while the vault
    /// is unlocked, waiting rows get a token from stock (tokenattach.h). Returns how many did.
    std::size_t bindWaitingTokens();
    void finishRound();
    /// Ends the round after a failure; `offline` when Vigil could not be reached at all. The next
    /// round waits at least `atLeastMs` (the relay's Retry-After).
    void failRound(const QString& message, bool offline, int atLeastMs = 0);
    /// The same, judged from the answer that made the step fail.
    void failRound(const QString& message, const HttpResult& answer);
    void scheduleNext(int delayMs);
    void setStatus(const QString& status);

    FieldApp& m_app;
    SyncOptions m_options;
    QNetworkAccessManager m_network;
    QTimer m_timer;
    bool m_started = false;
    bool m_busy = false;
    bool m_again = false;
    bool m_roundHadTrouble = false;
    QString m_status = QStringLiteral("idle");
    QString m_lastError;
    appcore::RetrySchedule m_retry;
    int m_backoffMs = 0;
    QDateTime m_lastSuccess;
    QDateTime m_failingSince;
    QDateTime m_nextAttempt;
    std::vector<QString> m_mailboxQueue;
    std::set<std::int64_t> m_tried;        ///< outbox rows sent in this round
    int m_bulletinPages = 0;
    double m_uploadProgress = 0;
    QString m_uploadingReport;
    // The large envelope being uploaded in chunks, if any.
    std::int64_t m_largeRow = 0;
    QByteArray m_largeEnvelope;
    QString m_largeHash;                   ///< hex envelope hash, as announced
    QString m_largeId;                     ///< the relay's upload id
    qint64 m_largeOffset = 0;              ///< the relay's durable offset
    bool m_largeAdvanced = false;          ///< the offset moved in this round
    QString m_tokenNote;                   ///< why the stock was not refilled (empty: it was, or not needed)
};

} // namespace vigil::field
