// SPDX-License-Identifier: EUPL-1.2
#include "alertview.h"

#include "account.h"
#include "caselistmodel.h"
#include "console.h"
#include "measurelistmodel.h"
#include "measureview.h"
#include "pdcalists.h"
#include "registryclient.h"
#include "riskinfo.h"
#include "roster.h"
#include "signedauthorities.h"
#include "syncengine.h"

#include "shared/qt/httpresult.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

namespace vigil::advisor {

using appcore::HttpResult;

namespace {

const char* const kAlertsList = "alerts";
const QString kAlertsPath = QStringLiteral("/v1/advisor/alerts");
constexpr qsizetype kMaxExplanation = 4000;

} // namespace

AlertView::AlertView(Console& console, QObject* parent) : QObject(parent), m_console(console)
{
    SyncEngine* sync = m_console.sync();
    // Alerts follow the inbox: a sweep raises them once a month, a colleague's step any time.
    connect(sync, &SyncEngine::casesRefreshed, this, &AlertView::refresh);
    connect(sync, &SyncEngine::alertAnswered, this, [this](const QJsonObject& o) {
        if (auto a = AlertInfo::fromJson(o)) {
            upsert(*a);
            m_lastError = QString();
        }
    });
    connect(sync, &SyncEngine::actionRejected, this,
            [this](qint64, const QString& action, const QString& why, const QString& kind) {
                if (action != QLatin1String("alert"))
                    return;
                // The registry's refusals in words: a role it lacks is the member's to know.
                m_lastError = kind == QLatin1String("role_required")
                    ? tr("The registry refused: assigning, following up and closing an alert need a measures or "
                         "commander role covering the indicator's unit.")
                    : tr("The registry refused a step on an alert: %1").arg(why);
                refresh(); // what the alert is now, after the refused step
            });
}

QString AlertView::lastUpdated() const
{
    return fetchedText(m_console, m_fetchedAt);
}

QString AlertView::dateOf(qint64 t) const
{
    return t > 0 ? QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

QString AlertView::memberName(const QString& memberId) const
{
    return memberId.isEmpty() ? QString() : m_console.cases()->memberName(memberId);
}

const AlertInfo* AlertView::find(qint64 id) const
{
    const auto it = std::find_if(m_alerts.begin(), m_alerts.end(), [id](const AlertInfo& a) { return a.id == id; });
    return it == m_alerts.end() ? nullptr : &*it;
}

QVariantMap AlertView::rowOf(const AlertInfo& a) const
{
    QStringList months{a.month};
    months << a.months;
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("indicator"), a.name(m_console.language())},
            {QStringLiteral("indicatorId"), a.indicatorId},
            {QStringLiteral("months"), months.join(QStringLiteral(", "))},
            {QStringLiteral("state"), a.state},
            {QStringLiteral("stateLabel"), alertStateLabel(a.state)},
            {QStringLiteral("clock"), a.isOpen() ? a.clock : QString()},
            {QStringLiteral("clockLabel"), a.isOpen() ? clockStatusLabel(a.clock) : QString()},
            {QStringLiteral("due"), dateOf(a.followUpDue)},
            {QStringLiteral("assignee"), memberName(a.assignee)},
            {QStringLiteral("open"), a.isOpen()}};
}

QVariantList AlertView::alerts() const
{
    std::vector<const AlertInfo*> order;
    for (const AlertInfo& a : m_alerts)
        order.push_back(&a);
    std::stable_sort(order.begin(), order.end(), [](const AlertInfo* x, const AlertInfo* y) {
        return x->isOpen() != y->isOpen() ? x->isOpen() : x->id > y->id;
    });
    QVariantList out;
    for (const AlertInfo* a : order)
        out << rowOf(*a);
    return out;
}

int AlertView::openCount() const
{
    return static_cast<int>(std::count_if(m_alerts.begin(), m_alerts.end(), [](const AlertInfo& a) { return a.isOpen(); }));
}

QVariantMap AlertView::alert() const
{
    const AlertInfo* a = find(m_alertId);
    if (!a)
        return {};
    QString measureTitle;
    if (a->measure > 0)
        if (const MeasureInfo* m = m_console.measures()->measures()->find(a->measure))
            measureTitle = m->title;
    QVariantMap out = rowOf(*a);
    out.insert(QVariantMap{
        {QStringLiteral("scope"), unitNameOf(m_console, a->scopeUnit)},
        {QStringLiteral("rule"), a->rule},
        // "60 reports in 2026-10, above the alert level 24.0 (rule 3:1)": the published count and
        // the level it passed. An indicator where more is better (a clock share, measures on
        // time) alerts on a fall: its value lies below the level it passed.
        {QStringLiteral("figure"),
         a->value < a->level ? tr("%1 in %2, below the alert level %3 (rule %4)")
                                   .arg(QString::number(a->value, 'g', 3), a->month, QString::number(a->level, 'g', 3), a->rule)
                             : tr("%1 reports in %2, above the alert level %3 (rule %4)")
                                   .arg(QString::number(a->value, 'f', 0), a->month,
                                        QString::number(a->level, 'f', 1), a->rule)},
        {QStringLiteral("raised"), dateOf(a->raisedAt)},
        {QStringLiteral("measure"), a->measure},
        {QStringLiteral("measureTitle"), measureTitle},
        {QStringLiteral("explanation"), a->explanation},
        {QStringLiteral("followedUpBy"), memberName(a->followedUpBy)},
        {QStringLiteral("closedBy"), memberName(a->closedBy)},
        {QStringLiteral("closeNote"), a->closeNote}});
    return out;
}

QVariantList AlertView::steps() const
{
    const AlertInfo* a = find(m_alertId);
    if (!a)
        return {};
    QVariantList out;
    for (const QString& to : a->may)
        out << QVariantMap{{QStringLiteral("to"), to}, {QStringLiteral("label"), alertStepLabel(to)}};
    return out;
}

void AlertView::select(qint64 id)
{
    if (m_alertId != id) {
        m_alertId = id;
        m_lastError = QString();
        emit selectionChanged();
    }
}

qint64 AlertView::alertIdFor(const QString& indicatorId, const QString& month) const
{
    for (const AlertInfo& a : m_alerts)
        if (a.indicatorId == indicatorId && a.covers(month))
            return a.id;
    return 0;
}

QVariantList AlertView::assigneeChoices() const
{
    QVariantList out;
    const Roster* roster = m_console.roster();
    if (!roster)
        return out;
    const auto names = roster->names();
    QStringList ids = names.keys();
    // With the signed authorities the console knows who may follow the alert up: a measures or
    // commander role covering its unit. Without them every member is offered, and the registry
    // refuses anyone else.
    if (const AlertInfo* a = find(m_alertId); a && m_console.authorities()->verified()) {
        const QStringList holders = m_console.authorities()->holders(
            {QStringLiteral("measures"), QStringLiteral("commander")}, coveringUnits(roster->units(), a->scopeUnit));
        ids.removeIf([&holders](const QString& id) { return !holders.contains(id); });
    }
    std::sort(ids.begin(), ids.end(), [&names](const QString& x, const QString& y) {
        return names.value(x).localeAwareCompare(names.value(y)) < 0;
    });
    for (const QString& id : ids)
        out << QVariantMap{{QStringLiteral("value"), id}, {QStringLiteral("label"), names.value(id)}};
    return out;
}

QVariantList AlertView::measureChoices() const
{
    QVariantList out;
    for (const MeasureInfo& m : m_console.measures()->measures()->measures())
        if (m.state != QLatin1String("cancelled"))
            out << QVariantMap{{QStringLiteral("value"), m.id},
                               {QStringLiteral("label"), QStringLiteral("#%1 %2").arg(m.id).arg(m.title)}};
    return out;
}

bool AlertView::step(const QString& to, const QString& route, const QJsonObject& body)
{
    const AlertInfo* a = find(m_alertId);
    if (!a) {
        m_lastError = tr("Choose an alert first.");
        return false;
    }
    if (!a->may.contains(to)) {
        m_lastError = a->next.contains(to)
            ? tr("Only a measures or commander role covering the indicator's unit may do this.")
            : tr("This step is not open on alert #%1 now.").arg(a->id);
        return false;
    }
    const QString path = kAlertsPath + QStringLiteral("/%1/%2").arg(a->id).arg(route);
    if (m_console.sync()->queueAction(0, QStringLiteral("alert"), body, {}, path).isEmpty()) {
        m_lastError = m_console.sync()->lastError();
        return false;
    }
    m_lastError = QString();
    return true;
}

bool AlertView::assign(const QString& assignee)
{
    if (assignee.trimmed().isEmpty()) {
        m_lastError = tr("Choose whom to assign the alert to.");
        return false;
    }
    return step(QStringLiteral("assigned"), QStringLiteral("assign"), {{QStringLiteral("assignee"), assignee.trimmed()}});
}

bool AlertView::followUp(qint64 measureId, const QString& explanation)
{
    const QString text = explanation.trimmed();
    if (measureId <= 0 && text.isEmpty()) {
        m_lastError = tr("Follow up with a measure, an explanation why none is needed, or both.");
        return false;
    }
    if (text.size() > kMaxExplanation) {
        m_lastError = tr("An explanation may have at most %1 characters.").arg(kMaxExplanation);
        return false;
    }
    QJsonObject body;
    if (measureId > 0)
        body.insert(QStringLiteral("measure"), measureId);
    if (!text.isEmpty())
        body.insert(QStringLiteral("explanation"), text);
    return step(QStringLiteral("followed_up"), QStringLiteral("follow-up"), body);
}

bool AlertView::close(const QString& note)
{
    QJsonObject body;
    if (!note.trimmed().isEmpty())
        body.insert(QStringLiteral("note"), note.trimmed());
    return step(QStringLiteral("closed"), QStringLiteral("close"), body);
}

void AlertView::refresh()
{
    if (!m_console.cache() || !m_console.account()->signedIn() || m_busy)
        return;
    m_busy = true;
    emit busyChanged();
    m_console.client().get(kAlertsPath, this, [this](const HttpResult& r) { onAlerts(r); });
}

void AlertView::onAlerts(const HttpResult& r)
{
    m_busy = false;
    emit busyChanged();
    if (!m_console.cache() || !r.ok())
        return; // offline or locked meanwhile: the list shown stays, with the time it is from
    if (const QString error = keepList(m_console, kAlertsList, r.json()); !error.isEmpty())
        m_lastError = error;
    showAlerts(r.json(), m_console.now());
}

void AlertView::showAlerts(const QJsonObject& answer, qint64 fetchedAt)
{
    m_alerts = rowsOf<AlertInfo>(answer, "alerts");
    m_fetchedAt = fetchedAt;
    emit listChanged();
    emit selectionChanged();
}

void AlertView::upsert(const AlertInfo& alert)
{
    const auto it = std::find_if(m_alerts.begin(), m_alerts.end(), [&](const AlertInfo& a) { return a.id == alert.id; });
    if (it == m_alerts.end())
        m_alerts.push_back(alert);
    else
        *it = alert;
    emit listChanged();
    if (alert.id == m_alertId)
        emit selectionChanged();
    refresh(); // the cached list follows the step
}

void AlertView::loadCached()
{
    if (const auto kept = keptList(m_console, kAlertsList))
        showAlerts(kept->answer, kept->fetchedAt);
}

void AlertView::clear()
{
    m_alerts.clear();
    m_alertId = 0;
    m_fetchedAt = 0;
    m_lastError = QString();
    emit listChanged();
    emit selectionChanged();
}

void AlertView::retranslate()
{
    emit listChanged();
    emit selectionChanged();
}

} // namespace vigil::advisor
