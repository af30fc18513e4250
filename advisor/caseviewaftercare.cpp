// SPDX-License-Identifier: EUPL-1.2
// CaseView's aftercare plan (issue 16 §2, docs/advisor.md "Aftercare plan"): the check-in
// moments the registry keeps for the case, planned from the route's template or by hand, and
// removed; each change queued like every other action, so it works offline.
#include "caseview.h"

#include "console.h"
#include "syncengine.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

namespace vigil::advisor {

namespace {

QString dayText(qint64 t)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(t, Qt::UTC).date(), QLocale::ShortFormat);
}

} // namespace

/// "1 week, 1 month, 3 months" for the template "7d,1m,3m".
static QString templateLabel(const QString& steps)
{
    QStringList out;
    for (const QString& step : steps.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int n = step.chopped(1).toInt();
        if (step.endsWith(QLatin1Char('m')))
            out << CaseView::tr("%n month(s)", "", n);
        else if (n % 7 == 0)
            out << CaseView::tr("%n week(s)", "", n / 7);
        else
            out << CaseView::tr("%n day(s)", "", n);
    }
    return out.join(QStringLiteral(", "));
}

QVariantMap CaseView::aftercare() const
{
    const CaseInfo* c = info();
    if (!c)
        return {};
    const QHash<QString, QString> statusLabels{{QStringLiteral("planned"), tr("planned")},
                                               {QStringLiteral("due"), tr("due: write to the reporter")},
                                               {QStringLiteral("overdue"), tr("overdue")},
                                               {QStringLiteral("done"), tr("done")},
                                               {QStringLiteral("stopped"), tr("stopped")}};
    QVariantList moments;
    for (const auto& m : c->checkIns)
        moments << QVariantMap{{QStringLiteral("id"), m.id},
                               {QStringLiteral("dueText"), dayText(m.due)},
                               {QStringLiteral("status"), m.status},
                               {QStringLiteral("statusLabel"), statusLabels.value(m.status, m.status)}};
    return {{QStringLiteral("checkIns"), moments},
            {QStringLiteral("stopped"), c->aftercareStoppedAt.has_value()},
            {QStringLiteral("stoppedText"), c->aftercareStoppedAt
                                                ? tr("The reporter declined further contact on %1: the plan stopped.")
                                                      .arg(dayText(*c->aftercareStoppedAt))
                                                : QString()},
            {QStringLiteral("contactWanted"), c->contactWanted},
            {QStringLiteral("templateLabel"), templateLabel(c->checkInTemplate)},
            // Planned on a closed case too (that is when aftercare starts), never once declined.
            {QStringLiteral("canPlan"), !c->aftercareStoppedAt.has_value() && c->replyKey.size() == 64}};
}

bool CaseView::planCheckInTemplate()
{
    const CaseInfo* c = info();
    if (!c)
        return false;
    if (c->checkInTemplate.isEmpty()) {
        m_lastError = tr("This route has no check-in template: add the moments one by one.");
        return false;
    }
    m_lastError = QString();
    return !m_console.sync()->queueAction(c->id, QStringLiteral("checkins"), {{QStringLiteral("template"), true}}).isEmpty();
}

bool CaseView::addCheckIn(int days)
{
    const CaseInfo* c = info();
    if (!c)
        return false;
    if (days < 1 || days > 730) {
        m_lastError = tr("A check-in lies 1 to 730 days ahead.");
        return false;
    }
    const qint64 due = m_console.now() + qint64{days} * 86400;
    m_lastError = QString();
    const QJsonArray moments{QJsonObject{{QStringLiteral("due"), due}}};
    return !m_console.sync()->queueAction(c->id, QStringLiteral("checkins"), {{QStringLiteral("checkins"), moments}}).isEmpty();
}

bool CaseView::removeCheckIn(qint64 checkInId)
{
    const CaseInfo* c = info();
    if (!c || checkInId <= 0)
        return false;
    m_lastError = QString();
    return !m_console.sync()
                ->queueAction(c->id, QStringLiteral("checkin_remove"), {{QStringLiteral("checkin"), checkInId}})
                .isEmpty();
}

} // namespace vigil::advisor
