// SPDX-License-Identifier: EUPL-1.2
#include "syncengine.h"

#include "account.h"
#include "caselistmodel.h"
#include "registryclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace vigil::advisor {

namespace {
constexpr int kPollMs = 60 * 1000;
} // namespace

SyncEngine::SyncEngine(Account& account, RegistryClient& client, CaseListModel& cases, std::function<qint64()> clock,
                       QObject* parent)
    : QObject(parent), m_account(account), m_client(client), m_cases(cases), m_clock(std::move(clock))
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &SyncEngine::refresh);
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (m_status == Status::Online)
            refresh();
    });
    connect(&m_account, &Account::signInFinished, this, &SyncEngine::onSignIn);
}

void SyncEngine::setCache(CaseCache* cache)
{
    m_cache = cache;
    updatePending();
    if (m_cache)
        m_poll.start();
}

void SyncEngine::reset()
{
    m_retry.stop();
    m_poll.stop();
    m_cache = nullptr;
    m_sending = false;
    m_refreshing = false;
    m_refreshAgain = false;
    m_retrySchedule.succeeded();
    m_pendingCount = 0;
    m_lastError = QString();
    setStatus(Status::SignedOut);
    emit pendingChanged();
}

void SyncEngine::setStatus(Status status)
{
    if (m_status != status) {
        m_status = status;
        emit statusChanged();
    }
}


QString SyncEngine::lastSync() const
{
    return m_lastSync == 0 ? QString()
                           : QDateTime::fromSecsSinceEpoch(m_lastSync).toLocalTime().toString(QStringLiteral("HH:mm"));
}

QString SyncEngine::statusText() const
{
    const QString waiting =
        m_pendingCount == 0 ? QString() : tr("%n action(s) waiting to be sent", nullptr, m_pendingCount);
    const QString cached = m_lastSync == 0 ? tr("showing cached cases")
                                           : tr("showing cases as of %1").arg(lastSync());
    auto join = [](const QStringList& parts) {
        QStringList kept;
        for (const auto& p : parts)
            if (!p.isEmpty())
                kept << p;
        return kept.join(QStringLiteral(" · "));
    };
    switch (m_status) {
    case Status::SignedOut: return join({tr("Not signed in"), cached, waiting});
    case Status::Offline: return join({tr("Offline: registry unreachable"), cached, waiting});
    case Status::Syncing: return join({tr("Syncing…"), waiting});
    case Status::Online: return join({tr("Up to date (%1)").arg(lastSync()), waiting});
    case Status::Busy: return join({tr("Registry busy: trying again shortly"), cached, waiting});
    }
    return {};
}

void SyncEngine::refresh()
{
    if (!m_cache)
        return;
    if (!m_account.signedIn()) {
        if (!m_account.busy() && m_account.stage() == Account::Stage::Ready) {
            setStatus(Status::Syncing);
            m_account.signIn();
        }
        return;
    }
    if (m_refreshing) {
        // The answer in flight may predate what the caller expects: ask again after it.
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    m_refreshAgain = false;
    setStatus(Status::Syncing);
    m_client.get(QStringLiteral("/v1/advisor/cases"), this, [this](const HttpResult& r) { onCases(r); });
}

void SyncEngine::onSignIn(bool ok, bool retryLater)
{
    if (!m_cache)
        return;
    if (ok) {
        // A cache filled for another registry or member is emptied before anything is stored.
        const std::string scope = m_account.rootKeyId().toStdString() + ":" + m_account.memberId().toStdString();
        if (auto s = m_cache->bindTo(scope); !s)
            m_lastError = QString::fromStdString(s.error().message);
        updatePending();
        refresh();
        return;
    }
    m_lastError = m_account.lastError();
    if (retryLater) {
        // A registry that asked us to come back later was reached: it is busy, not gone.
        setStatus(m_account.retryAfterMs() > 0 ? Status::Busy : Status::Offline);
        scheduleRetry(m_account.retryAfterMs());
    } else {
        setStatus(Status::SignedOut);
    }
}

bool SyncEngine::handleFailure(const HttpResult& r)
{
    if (r.status == 401) {
        // The session expired (eight hours) or the registry restarted: sign in again.
        m_account.sessionExpired();
        setStatus(Status::SignedOut);
        refresh();
        return true;
    }
    m_lastError = r.status == 429 ? tr("The registry is busy: trying again in %n second(s).", nullptr,
                                  std::max(1, r.retryAfterMs() / 1000))
                             : r.errorText();
    if (r.transient()) {
        // Reached but overloaded is not offline: the advisor should not hunt for a network fault.
        setStatus(r.reached() && (r.status == 429 || r.status == 503) ? Status::Busy : Status::Offline);
        scheduleRetry(r.retryAfterMs());
        return true;
    }
    return false;
}

void SyncEngine::scheduleRetry(int atLeastMs)
{
    // Jittered backoff, so many consoles do not come back at the same moment, and never before
    // a registry that said when to come back (429 Retry-After).
    m_retry.start(m_retrySchedule.failed(atLeastMs));
}

void SyncEngine::onCases(const HttpResult& r)
{
    m_refreshing = false;
    if (!m_cache)
        return;
    if (m_refreshAgain && r.ok()) {
        refresh();
        return;
    }
    if (!r.ok()) {
        if (!handleFailure(r))
            setStatus(Status::Online);
        return;
    }
    std::vector<CaseInfo> cases;
    std::vector<std::int64_t> ids;
    for (const auto& v : r.json().value(QStringLiteral("cases")).toArray()) {
        auto info = CaseInfo::fromJson(v.toObject());
        if (!info)
            continue;
        const QByteArray json = QJsonDocument(info->json).toJson(QJsonDocument::Compact);
        (void)m_cache->putCase(info->id, std::string_view(json.constData(), static_cast<std::size_t>(json.size())));
        ids.push_back(info->id);
        cases.push_back(std::move(*info));
    }
    if (auto s = m_cache->retainCases(ids); !s)
        m_lastError = QString::fromStdString(s.error().message);
    m_cases.setCases(std::move(cases));
    m_lastSync = m_clock();
    m_retrySchedule.succeeded();
    m_lastError = QString();
    emit casesRefreshed();
    // The key-set rotations beside the directory: a directory signed by a new set that arrives
    // first is verified again once they are in (Console::onKeySet).
    m_client.get(QStringLiteral("/v1/keyset"), this, [this](const HttpResult& k) {
        if (k.ok())
            emit keySetReceived(k.body);
    });
    m_client.get(QStringLiteral("/v1/directory"), this, [this](const HttpResult& d) { onDirectory(d); });
    fetchSubmissions();
    flush();
    if (!m_sending)
        setStatus(Status::Online);
    emit statusChanged();
}

void SyncEngine::fetchSubmissions()
{
    m_client.get(QStringLiteral("/v1/advisor/bulletins"), this, [this](const HttpResult& b) {
        // An answer that arrives after the console locked is dropped with everything else.
        if (m_cache && b.ok())
            emit submissionsReceived(b.json());
    });
}

void SyncEngine::onDirectory(const HttpResult& r)
{
    if (r.ok())
        emit directoryReceived(r.body);
}

QString SyncEngine::queueAction(qint64 caseId, const QString& action, QJsonObject body, const QString& after,
                                const QString& path)
{
    if (!m_cache)
        return {};
    const QString actionId = QString::number(QRandomGenerator::system()->generate64(), 16)
                             + QString::number(QRandomGenerator::system()->generate64(), 16);
    body.insert(QStringLiteral("action_id"), actionId);
    QueuedAction a;
    a.actionId = actionId.toStdString();
    a.caseId = caseId;
    a.action = action.toStdString();
    a.after = after.toStdString();
    a.path = path.toStdString();
    a.body = QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString();
    a.queuedAt = m_clock();
    if (auto s = m_cache->enqueue(a); !s) {
        m_lastError = QString::fromStdString(s.error().message);
        return {};
    }
    updatePending();
    flush();
    return actionId;
}

std::vector<QueuedAction> SyncEngine::queued() const
{
    if (!m_cache)
        return {};
    auto q = m_cache->queue();
    return q ? std::move(*q) : std::vector<QueuedAction>{};
}

void SyncEngine::flush()
{
    if (!m_cache || m_sending || !m_account.signedIn())
        return;
    auto queue = m_cache->queue();
    if (!queue) {
        m_lastError = QString::fromStdString(queue.error().message);
        return;
    }
    if (queue->empty()) {
        updatePending();
        if (!m_refreshing)
            setStatus(Status::Online);
        return;
    }
    // Strictly in order: a reply queued after "acknowledged" must not overtake it.
    const QueuedAction next = queue->front();
    const QJsonObject body = QJsonDocument::fromJson(QByteArray::fromStdString(next.body)).object();
    m_sending = true;
    setStatus(Status::Syncing);
    // A lessons-learned submission is not an action on the case itself (docs/advisor-api.md).
    const QString path = !next.path.empty() ? QString::fromStdString(next.path)
        : next.action == "bulletin"
            ? QStringLiteral("/v1/advisor/bulletins")
            : QStringLiteral("/v1/advisor/cases/%1/%2").arg(next.caseId).arg(QString::fromStdString(next.action));
    m_client.postJson(path, body, this, [this, next](const HttpResult& r) { onActionAnswer(next, r); });
}

void SyncEngine::onActionAnswer(const QueuedAction& action, const HttpResult& r)
{
    m_sending = false;
    if (!m_cache)
        return;
    const QString name = QString::fromStdString(action.action);
    if (r.ok()) {
        (void)m_cache->dequeue(action.actionId);
        if (auto info = CaseInfo::fromJson(r.json().value(QStringLiteral("case")).toObject())) {
            const QByteArray json = QJsonDocument(info->json).toJson(QJsonDocument::Compact);
            (void)m_cache->putCase(info->id, std::string_view(json.constData(), static_cast<std::size_t>(json.size())));
            m_cases.upsert(*info);
        }
        updatePending();
        if (const QJsonValue measure = r.json().value(QStringLiteral("measure")); measure.isObject())
            emit measureAnswered(measure.toObject());
        if (const QJsonValue risk = r.json().value(QStringLiteral("risk")); risk.isObject())
            emit riskAnswered(risk.toObject());
        if (const QJsonValue alert = r.json().value(QStringLiteral("alert")); alert.isObject())
            emit alertAnswered(alert.toObject());
        emit actionApplied(action.caseId, name);
        if (action.action == "bulletin")
            fetchSubmissions();
        flush();
        return;
    }
    if (r.status == 401 || r.transient()) {
        (void)m_cache->noteAttempt(action.actionId, r.errorText().toStdString());
        handleFailure(r);
        updatePending();
        return;
    }
    // The registry answered and refused (409 not allowed now or action id reused, 404 not
    // visible, 400): retrying cannot help, so the action leaves the queue and the advisor is
    // told why.
    (void)m_cache->dequeue(action.actionId);
    const int dropped = dropDependents(action.actionId);
    // A reused id means the registry did nothing, although an earlier action under that id
    // may have been done: say so plainly rather than pass on the wire's wording.
    QString why = r.actionIdReused()
        ? tr("its action id had already been used for a different action, so the registry did nothing. "
             "Do it again if it is still needed.")
        : r.errorText();
    if (dropped > 0)
        why += QLatin1Char(' ') + tr("(%n action(s) that belonged to it were not sent.)", nullptr, dropped);
    m_lastError = action.action == "measure" ? tr("The registry refused a step on a measure: %1").arg(why)
        : action.action == "risk"            ? tr("The registry refused a step on a risk: %1").arg(why)
        : action.action == "alert"           ? tr("The registry refused a step on an alert: %1").arg(why)
                                             : tr("The registry refused an action on case %1: %2").arg(action.caseId).arg(why);
    updatePending();
    emit actionRejected(action.caseId, name, why, r.errorKind());
    flush();
}

int SyncEngine::dropDependents(const std::string& actionId)
{
    int dropped = 0;
    for (const auto& a : queued())
        if (a.after == actionId && m_cache->dequeue(a.actionId))
            dropped += 1 + dropDependents(a.actionId);
    return dropped;
}

void SyncEngine::updatePending()
{
    QHash<qint64, int> perCase;
    int total = 0;
    QSet<QString> replies;
    for (const auto& a : queued()) {
        if (a.action == "reply")
            replies.insert(QString::fromStdString(a.actionId));
        // A reply's copy for the key holders waits with its reply: one action to a person.
        if (a.action == "notes" && replies.contains(QString::fromStdString(a.after)))
            continue;
        ++perCase[a.caseId];
        ++total;
    }
    m_cases.setPending(perCase);
    if (total != m_pendingCount) {
        m_pendingCount = total;
        emit pendingChanged();
        emit statusChanged();
    }
}

} // namespace vigil::advisor
