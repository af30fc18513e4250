// SPDX-License-Identifier: EUPL-1.2
#include "caseview.h"

#include "account.h"
#include "casecache.h"
#include "caselistmodel.h"
#include "console.h"
#include "shared/qt/labels.h"
#include "registryclient.h"
#include "reportmap.h"
#include "roster.h"
#include "syncengine.h"
#include "threads.h"

#include "shared/hash.h"
#include "shared/reportbody.h"
#include "shared/seal.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vigil::advisor {

using appcore::label;
using appcore::Vocabulary;

namespace {

QDateTime fromUnix(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, Qt::UTC);
}

QString describe(const QueuedAction& a, const QJsonObject& body)
{
    if (a.action == "transition") {
        const QString to = label(Vocabulary::State, body.value(QStringLiteral("to")).toString());
        const QString outcome = body.value(QStringLiteral("outcome")).toString();
        return outcome.isEmpty() ? QObject::tr("Move to “%1”").arg(to)
                                 : QObject::tr("Move to “%1” (%2)").arg(to, label(Vocabulary::Outcome, outcome));
    }
    if (a.action == "assign")
        return QObject::tr("Assign to %1").arg(body.value(QStringLiteral("assignee")).toString());
    if (a.action == "reply")
        return QObject::tr("Reply to the reporter");
    if (a.action == "bulletin")
        return QObject::tr("Lesson learned for publication");
    if (a.action == "measure")
        return QObject::tr("Measure proposed from this case");
    return QObject::tr("Internal note");
}

} // namespace

CaseView::CaseView(Console& console, QObject* parent)
    : QObject(parent), m_console(console), m_conversation(new MessageListModel(this)),
      m_notes(new MessageListModel(this)), m_history(new HistoryModel(this))
{
    SyncEngine* sync = m_console.sync();
    connect(sync, &SyncEngine::actionApplied, this, &CaseView::onActionApplied);
    connect(sync, &SyncEngine::actionRejected, this, &CaseView::onActionRejected);
    connect(sync, &SyncEngine::pendingChanged, this, [this] {
        emit pendingChanged();
        rebuildThreads();
    });
    connect(sync, &SyncEngine::casesRefreshed, this, [this] {
        if (isOpen() && !info())
            closeCase(); // no longer visible to this advisor
        emit summaryChanged();
    });
    connect(m_console.cases(), &QAbstractItemModel::dataChanged, this, &CaseView::summaryChanged);
}

CaseView::~CaseView() = default;

const CaseInfo* CaseView::info() const
{
    return m_caseId == 0 ? nullptr : m_console.cases()->find(m_caseId);
}


void CaseView::beginBusy()
{
    if (m_busy++ == 0)
        emit busyChanged();
}

void CaseView::endBusy()
{
    if (m_busy > 0 && --m_busy == 0)
        emit busyChanged();
}

void CaseView::openCase(qint64 id)
{
    if (id == m_caseId)
        return;
    closeCase();
    if (!m_console.cases()->find(id))
        return;
    m_caseId = id;
    emit caseChanged();
    emit summaryChanged();
    emit pendingChanged();
    if (CaseCache* cache = m_console.cache()) {
        if (auto doc = cache->document(id, "messages"); doc && *doc)
            m_messagesJson = QString::fromStdString(**doc);
        if (auto doc = cache->document(id, "history"); doc && *doc)
            m_historyJson = QString::fromStdString(**doc);
    }
    rebuildThreads();
    rebuildHistory();
    loadEnvelope();
    reload();
}

void CaseView::closeCase()
{
    if (m_caseId == 0)
        return;
    m_caseId = 0;
    m_report.reset();
    m_attachments.clear();
    m_reportMap.clear();
    m_messagesJson.clear();
    m_historyJson.clear();
    m_conversation->setRows({});
    m_notes->setRows({});
    m_history->setRows({});
    m_busy = 0;
    m_lastError = QString();
    emit busyChanged();
    emit caseChanged();
    emit summaryChanged();
    emit reportChanged();
    emit pendingChanged();
}

void CaseView::reload()
{
    if (m_caseId == 0 || !m_console.account()->signedIn())
        return;
    fetch(QStringLiteral("messages"));
    fetch(QStringLiteral("history"));
}

void CaseView::loadEnvelope()
{
    CaseCache* cache = m_console.cache();
    if (!cache)
        return;
    if (auto cached = cache->envelope(m_caseId); cached && *cached) {
        decrypt(**cached);
        return;
    }
    if (!m_console.account()->signedIn()) {
        m_lastError = tr("The report is not cached on this machine yet; it opens once the registry is reachable.");
        return;
    }
    fetch(QStringLiteral("envelope"));
}

void CaseView::fetch(const QString& what)
{
    beginBusy();
    const qint64 id = m_caseId;
    m_console.client().get(QStringLiteral("/v1/advisor/cases/%1/%2").arg(id).arg(what), this,
                           [this, id, what](const HttpResult& r) { onFetched(id, what, r); });
}

void CaseView::onFetched(qint64 id, const QString& what, const HttpResult& r)
{
    if (id != m_caseId)
        return; // another case is open now
    endBusy();
    CaseCache* cache = m_console.cache();
    if (!r.ok() || !cache) {
        if (r.reached() && r.status != 401) {
            const QString part = what == QLatin1String("envelope") ? tr("report")
                                 : what == QLatin1String("messages") ? tr("messages")
                                                                     : tr("history");
            m_lastError = tr("Could not load the %1: %2").arg(part, r.errorText());
        }
        return;
    }
    const auto bytes = std::string_view(r.body.constData(), static_cast<std::size_t>(r.body.size()));
    if (what == QLatin1String("envelope")) {
        // Only the sealed bytes reach the disk; the plaintext stays in memory.
        const Bytes envelope(bytes.begin(), bytes.end());
        (void)cache->putEnvelope(id, envelope);
        decrypt(envelope);
        return;
    }
    (void)cache->putDocument(id, what.toStdString(), bytes);
    if (what == QLatin1String("messages")) {
        m_messagesJson = QString::fromUtf8(r.body);
        rebuildThreads();
    } else {
        m_historyJson = QString::fromUtf8(r.body);
        rebuildHistory();
    }
}

void CaseView::decrypt(const Bytes& envelope)
{
    const KeyVault* vault = m_console.account()->vault();
    if (!vault)
        return;
    auto body = openBody(envelope, vault->boxKey());
    if (!body) {
        m_lastError = tr("The report does not open with this console's key: %1")
                     .arg(QString::fromStdString(body.error().message));
        return;
    }
    auto decoded = decodeReportBody(body->view());
    if (!decoded) {
        m_lastError = tr("The report is malformed: %1").arg(QString::fromStdString(decoded.error().message));
        return;
    }
    m_report = std::move(decoded->report);
    m_attachments = std::move(decoded->attachments);
    m_reportMap = reportToMap(*m_report);
    m_console.cases()->setHeadline(m_caseId, QString::fromStdString(m_report->headline));
    emit reportChanged();
}

QByteArray CaseView::attachment(qint64 caseId, int index) const
{
    if (caseId != m_caseId || index < 0 || static_cast<std::size_t>(index) >= m_attachments.size())
        return {};
    const Bytes& b = m_attachments[static_cast<std::size_t>(index)].bytes();
    return QByteArray(reinterpret_cast<const char*>(b.data()), static_cast<qsizetype>(b.size()));
}

QVariantMap CaseView::summary() const
{
    const CaseInfo* c = info();
    if (!c)
        return {};
    const qint64 now = m_console.now();
    const ClockView next = c->nextClock(now);
    QVariantList clocks;
    auto addClock = [&](const QString& name, qint64 due, std::optional<qint64> done, bool metWithoutTime = false) {
        const bool met = done.has_value() || metWithoutTime || c->isClosed();
        const bool overdue = !met && now > due;
        const bool soon = !met && !overdue && due - now <= dueSoonWindow(name);
        clocks << QVariantMap{{QStringLiteral("label"), label(Vocabulary::Clock, name)},
                              {QStringLiteral("due"), fromUnix(due)},
                              {QStringLiteral("status"), !met ? timeLeftText(due, now)
                                                         : done ? tr("met %1").arg(fromUnix(*done).toString(
                                                                      QStringLiteral("yyyy-MM-dd")))
                                                         : metWithoutTime ? tr("met")
                                                                          : tr("closed")},
                              {QStringLiteral("urgency"), met ? 0 : overdue ? 3 : soon ? 2 : 1}};
    };
    addClock(QStringLiteral("acknowledge"), c->acknowledgeDue, c->acknowledgedAt);
    if (c->contactDue)
        addClock(QStringLiteral("contact"), *c->contactDue, c->firstReplyAt, c->contactMet());
    addClock(QStringLiteral("feedback"), c->feedbackDue, c->feedbackAt);
    if (c->retaliationDue)
        addClock(QStringLiteral("retaliation"), *c->retaliationDue, std::nullopt, !c->retaliationOpen());
    QStringList recipients;
    for (const auto& r : c->recipients)
        recipients << m_console.cases()->memberName(r);
    return {
        {QStringLiteral("id"), c->id},
        {QStringLiteral("reportId"), c->reportId.left(8)},
        {QStringLiteral("kindLabel"), label(Vocabulary::Kind, c->kind)},
        {QStringLiteral("categoryLabel"), label(Vocabulary::Category, c->category)},
        {QStringLiteral("domainLabel"), label(Vocabulary::Domain, c->domain)},
        {QStringLiteral("unit"), c->unit},
        {QStringLiteral("month"), c->month},
        {QStringLiteral("modeLabel"), label(Vocabulary::Mode, c->mode)},
        {QStringLiteral("riskLevel"), c->riskLevel()},
        {QStringLiteral("riskLabel"), label(Vocabulary::Risk, c->riskLevel())},
        {QStringLiteral("riskCode"), c->riskCode()},
        {QStringLiteral("immediateDanger"), c->immediateDanger},
        {QStringLiteral("retaliation"), c->retaliationOpen()},
        {QStringLiteral("retaliationAt"), c->retaliationAt ? QVariant(fromUnix(*c->retaliationAt)) : QVariant()},
        {QStringLiteral("state"), c->state},
        {QStringLiteral("stateLabel"), label(Vocabulary::State, c->state)},
        {QStringLiteral("outcomeLabel"), c->isClosed() ? label(Vocabulary::Outcome, c->outcome) : QString()},
        {QStringLiteral("assignee"), c->assignee},
        {QStringLiteral("assigneeName"), c->assignee.isEmpty() ? QString() : m_console.cases()->memberName(c->assignee)},
        {QStringLiteral("receivedAt"), fromUnix(c->receivedAt)},
        {QStringLiteral("clockLabel"), next.clock.isEmpty() ? QString() : label(Vocabulary::Clock, next.clock)},
        {QStringLiteral("timeLeft"), next.clock.isEmpty() ? QString() : timeLeftText(next.due, now)},
        {QStringLiteral("urgency"), static_cast<int>(next.urgency)},
        {QStringLiteral("clocks"), clocks},
        {QStringLiteral("recipients"), recipients.join(QStringLiteral(", "))},
    };
}

QVariantList CaseView::nextSteps() const
{
    QVariantList out;
    if (const CaseInfo* c = info())
        for (const QString& s : c->next)
            out << QVariantMap{{QStringLiteral("state"), s}, {QStringLiteral("label"), label(Vocabulary::Step, s)}};
    return out;
}

QVariantList CaseView::closingOutcomes() const
{
    const CaseInfo* c = info();
    if (!c || !c->next.contains(QStringLiteral("closed")))
        return {};
    QVariantList out;
    // "Resolved" needs feedback to the reporter first (the registry enforces it too).
    for (const char* o : {"resolved", "resolved_measure", "unfounded", "referred", "withdrawn"}) {
        const QString name = QString::fromLatin1(o);
        if (name.startsWith(QLatin1String("resolved")) && c->state != QLatin1String("feedback_given"))
            continue;
        // Resolved by a measure is "resolved" at the registry, with the measure named.
        const QString text = name == QLatin1String("resolved_measure") ? tr("Resolved — measure")
                                                                       : label(Vocabulary::Outcome, name);
        out << QVariantMap{{QStringLiteral("value"), name}, {QStringLiteral("label"), text}};
    }
    return out;
}

QVariantList CaseView::colleagues() const
{
    QVariantList out;
    const CaseInfo* c = info();
    if (!c)
        return out;
    const QString me = m_console.account()->memberId();
    for (const QString& id : c->recipients) {
        if (id == c->assignee)
            continue;
        const QString name = m_console.cases()->memberName(id);
        out << QVariantMap{{QStringLiteral("id"), id},
                           {QStringLiteral("name"), id == me ? tr("%1 (me)").arg(name) : name}};
    }
    return out;
}

QStringList CaseView::pendingActions() const
{
    QStringList out;
    QHash<QString, QString> actionOf; // action id -> action, for what a note belongs to
    for (const auto& a : m_console.sync()->queued()) {
        if (a.caseId != m_caseId)
            continue;
        actionOf.insert(QString::fromStdString(a.actionId), QString::fromStdString(a.action));
        const QString owner = actionOf.value(QString::fromStdString(a.after));
        if (a.action == "notes" && owner == QLatin1String("reply"))
            continue; // a reply's copy for the key holders is part of the reply
        if (a.action == "notes" && owner == QLatin1String("transition"))
            out << tr("Reason for closing (internal note)");
        else
            out << describe(a, QJsonDocument::fromJson(QByteArray::fromStdString(a.body)).object());
    }
    return out;
}

bool CaseView::canChangeState() const
{
    // One state change at a time: a second one queued behind the first could be refused.
    for (const auto& a : m_console.sync()->queued())
        if (a.caseId == m_caseId && (a.action == "transition" || a.action == "assign"))
            return false;
    return info() != nullptr;
}

bool CaseView::canReassign() const
{
    const CaseInfo* c = info();
    return c && (c->state == QLatin1String("acknowledged") || c->state == QLatin1String("assigned")
                 || c->state == QLatin1String("in_progress") || c->state == QLatin1String("feedback_given"));
}

bool CaseView::canReply() const
{
    const CaseInfo* c = info();
    // A closed case is written to again only for its aftercare: check-ins come after closing.
    return c && c->replyKey.size() == 64 && (!c->isClosed() || c->aftercareOpen());
}

void CaseView::retranslate()
{
    if (m_caseId == 0)
        return;
    if (m_report) {
        m_reportMap = reportToMap(*m_report);
        emit reportChanged();
    }
    emit summaryChanged();
    emit pendingChanged();
    rebuildThreads();
    rebuildHistory();
}

void CaseView::rebuildThreads()
{
    if (m_caseId == 0)
        return;
    ThreadInputs in;
    in.messagesJson = m_messagesJson.toUtf8();
    if (CaseCache* cache = m_console.cache())
        if (auto sent = cache->sentCopies(m_caseId))
            in.sent = std::move(*sent);
    for (auto& a : m_console.sync()->queued())
        if (a.caseId == m_caseId)
            in.queued.push_back(std::move(a));
    if (const KeyVault* vault = m_console.account()->vault())
        in.boxKey = &vault->boxKey();
    in.roster = m_console.roster();
    in.me = m_console.account()->memberId();
    in.nameOf = [this](const QString& id) { return m_console.cases()->memberName(id); };
    Threads threads = buildThreads(in);
    m_conversation->setRows(std::move(threads.conversation));
    m_notes->setRows(std::move(threads.notes));
}

void CaseView::rebuildHistory()
{
    m_history->setRows(
        buildHistory(m_historyJson.toUtf8(), [this](const QString& id) { return m_console.cases()->memberName(id); }));
}

void CaseView::onActionApplied(qint64 caseId, const QString&)
{
    if (caseId != m_caseId)
        return;
    emit summaryChanged();
    reload();
}

void CaseView::onActionRejected(qint64 caseId, const QString&, const QString& message)
{
    if (caseId != m_caseId)
        return;
    m_lastError = tr("The registry refused: %1").arg(message);
    emit summaryChanged();
    reload();
}

} // namespace vigil::advisor
