// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Keeps the console and the registry in step (docs/advisor.md, "Offline"): fetches the inbox
// and the directory, and sends queued actions in order. Every action is queued first (sealed,
// in the cache) and carries an action_id, so a replay after a lost answer has no second effect
// at the registry. When the registry is unreachable the console keeps working on the cache and
// says so; it retries with exponential backoff and jitter.

#include "casecache.h"

#include "shared/qt/retryschedule.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QProperty>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace vigil::appcore {
struct HttpResult;
}

namespace vigil::advisor {

class Account;
class CaseListModel;
class RegistryClient;
using appcore::HttpResult;

class SyncEngine : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the Console owns the sync engine")

    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingChanged)
    Q_PROPERTY(QString lastSync READ lastSync NOTIFY statusChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY statusChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    enum class Status {
        SignedOut,  ///< not signed in (yet); working on the cache
        Offline,    ///< the registry cannot be reached; working on the cache, retrying
        Syncing,    ///< talking to the registry
        Online,     ///< in step with the registry
        Busy,       ///< the registry answered but is overloaded (429/503); working on the cache, retrying
    };
    Q_ENUM(Status)

    SyncEngine(Account& account, RegistryClient& client, CaseListModel& cases, std::function<qint64()> clock,
               QObject* parent = nullptr);

    /// The cache to keep in step (null while locked).
    void setCache(CaseCache* cache);
    CaseCache* cache() const { return m_cache; }

    Status status() const { return m_status; }
    QString statusText() const;
    int pendingCount() const { return m_pendingCount; }
    QString lastSync() const;
    bool busy() const { return m_status == Status::Syncing; }
    QString lastError() const { return m_lastError; }

    /// Fetches the inbox and the directory, then sends what is queued. Signs in first if needed.
    Q_INVOKABLE void refresh();
    /// Queues an action for case `caseId` (action: "transition", "assign", "reply", "notes",
    /// or "bulletin": a lessons-learned submission drawn from the case)
    /// and starts sending; returns its action id. Nothing is lost if the console stops now.
    /// With `after` (an action id queued earlier) the action belongs to that one: when the
    /// registry refuses it, this one is dropped unsent as well (a closing reason without the
    /// closing, a reply's copy without the reply).
    /// With `path` the action is posted there instead of to the case (a measure's or a risk's
    /// step: caseId is then 0 or the case it came from, for the inbox's "waiting" mark).
    QString queueAction(qint64 caseId, const QString& action, QJsonObject body, const QString& after = {},
                        const QString& path = {});
    /// Queued actions (oldest first), for the case view's "waiting" list.
    std::vector<QueuedAction> queued() const;
    /// Sends queued actions now (normally automatic).
    Q_INVOKABLE void flush();
    /// Stops timers and forgets the session state (on lock).
    void reset();
    /// The status line again, in the language now installed.
    void retranslate() { emit statusChanged(); }

    /// Milliseconds of the first retry delay; doubles per failure up to 60 s (tests shorten it).
    void setRetryBase(int ms) { m_retrySchedule.setBase(ms); }

signals:
    void statusChanged();
    void pendingChanged();
    void lastErrorChanged();
    /// The inbox was replaced with the registry's current view.
    void casesRefreshed();
    /// The registry's signed directory arrived (the Console verifies it).
    void directoryReceived(const QByteArray& signedDirectory);
    /// The registry's key-set rotations arrived (GET /v1/keyset; the Console follows them).
    void keySetReceived(const QByteArray& rotations);
    /// A queued action reached the registry and was applied (or had been already).
    void actionApplied(qint64 caseId, const QString& action);
    /// The registry's list of this advisor's lessons-learned submissions (after each refresh).
    void submissionsReceived(const QJsonObject& answer);
    /// The registry refused a queued action for good (4xx other than 401 and 429: an illegal
    /// step, an action id reused with other content, …); it is dropped from the queue and
    /// `message` says why, for the advisor.
    /// `errorKind` is the registry's (`authority_too_low`, `role_required`, …; may be empty).
    void actionRejected(qint64 caseId, const QString& action, const QString& message, const QString& errorKind);
    /// An applied action's answer carried a measure (a proposal or a step): as it now is.
    void measureAnswered(const QJsonObject& measure);
    /// An applied action's answer carried a risk (recorded, assessed, decided, …): as it now is.
    void riskAnswered(const QJsonObject& risk);
    /// An applied action's answer carried an alert (assigned, followed up, closed): as it now is.
    void alertAnswered(const QJsonObject& alert);

private:
    void setStatus(Status status);
    void updatePending();
    void onSignIn(bool ok, bool retryLater);
    void onCases(const HttpResult& result);
    void onDirectory(const HttpResult& result);
    void fetchSubmissions();
    void onActionAnswer(const QueuedAction& action, const HttpResult& result);
    /// Drops the queued actions that belong to `actionId` (and theirs); returns how many.
    int dropDependents(const std::string& actionId);
    /// Handles a failed request; returns true when it was transient (the caller stops).
    bool handleFailure(const HttpResult& result);
    /// Tries again after the backoff, and not before `atLeastMs` (the registry's Retry-After).
    void scheduleRetry(int atLeastMs = 0);

    Account& m_account;
    RegistryClient& m_client;
    CaseListModel& m_cases;
    std::function<qint64()> m_clock;
    CaseCache* m_cache = nullptr;
    Status m_status = Status::SignedOut;
    // Assigning either notifies QML when the value changes (Qt bindable properties): no setters.
    Q_OBJECT_BINDABLE_PROPERTY(SyncEngine, QString, m_lastError, &SyncEngine::lastErrorChanged)
    int m_pendingCount = 0;
    bool m_sending = false;
    bool m_refreshing = false;
    bool m_refreshAgain = false;
    qint64 m_lastSync = 0;
    appcore::RetrySchedule m_retrySchedule{2000, 60 * 1000};
    QTimer m_retry;
    QTimer m_poll;
};

} // namespace vigil::advisor
