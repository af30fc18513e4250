// SPDX-License-Identifier: EUPL-1.2
// RiskView's writes: each is checked here as the registry would (docs/advisor-api.md, "Risks"),
// so a mistake is said at once and nothing is queued; what passes is queued with an action id
// and sent when the registry is reachable. Roles and echelons are not checked here: the
// registry holds the policy in force and refuses what the member's authority does not cover.
#include "riskview.h"

#include "console.h"
#include "measurelistmodel.h"
#include "measureview.h"
#include "roster.h"
#include "syncengine.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QVariantMap>

namespace vigil::advisor {

namespace {

const QString kRisksPath = QStringLiteral("/v1/advisor/risks");
constexpr qsizetype kMaxHazard = 200;
constexpr qsizetype kMaxText = 8000;

QJsonArray idsOf(const QVariantList& ids)
{
    QJsonArray out;
    for (const QVariant& v : ids)
        if (v.toLongLong() > 0)
            out.append(v.toLongLong());
    return out;
}

} // namespace

QString RiskView::today() const
{
    return QDateTime::fromSecsSinceEpoch(m_console.now(), Qt::UTC).date().toString(Qt::ISODate);
}

bool RiskView::validCell(const QString& severity, const QString& probability, bool residual)
{
    const QStringList severities{QStringLiteral("I"), QStringLiteral("II"), QStringLiteral("III"), QStringLiteral("IV")};
    QStringList probabilities{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"),
                              QStringLiteral("E")};
    if (residual)
        probabilities << QStringLiteral("F");
    if (!severities.contains(severity) || !probabilities.contains(probability)) {
        m_lastError = tr("Choose a severity and a probability.");
        return false;
    }
    return true;
}

bool RiskView::validReviewDate(const QString& date)
{
    const QDate parsed = QDate::fromString(date.trimmed(), Qt::ISODate);
    if (date.trimmed().size() != 10 || !parsed.isValid()) {
        m_lastError = tr("Review date: give a date as YYYY-MM-DD, for example %1.")
                          .arg(QDate::fromString(today(), Qt::ISODate).addMonths(6).toString(Qt::ISODate));
        return false;
    }
    if (date.trimmed() <= today()) {
        m_lastError = tr("The review date must lie after today.");
        return false;
    }
    return true;
}

bool RiskView::create(const QString& hazard, const QString& description, const QString& domain, const QString& unit,
                      const QString& severity, const QString& probability, const QVariantList& cases,
                      const QVariantList& measures)
{
    const QString h = hazard.trimmed();
    if (h.isEmpty() || h.size() > kMaxHazard || h.contains(QLatin1Char('\n'))) {
        m_lastError = tr("A risk needs a hazard of one line, at most %1 characters.").arg(kMaxHazard);
        return false;
    }
    if (description.size() > kMaxText) {
        m_lastError = tr("A description may have at most %1 characters.").arg(kMaxText);
        return false;
    }
    if (!QStringList{QStringLiteral("physical"), QStringLiteral("social"), QStringLiteral("integrity")}.contains(domain)) {
        m_lastError = tr("Choose the domain of the risk.");
        return false;
    }
    bool knownUnit = unit.isEmpty(); // '' is the whole organisation
    if (const Roster* roster = m_console.roster())
        for (const Unit& u : roster->units())
            knownUnit = knownUnit || QString::fromStdString(u.id) == unit;
    if (!knownUnit) {
        m_lastError = tr("Choose the unit the risk is about.");
        return false;
    }
    if (!validCell(severity, probability, false))
        return false;
    const QJsonArray caseIds = idsOf(cases);
    const QJsonObject body{{QStringLiteral("hazard"), h},
                           {QStringLiteral("description"), description.trimmed()},
                           {QStringLiteral("domain"), domain},
                           {QStringLiteral("unit"), unit},
                           {QStringLiteral("severity"), severity},
                           {QStringLiteral("probability"), probability},
                           {QStringLiteral("cases"), caseIds},
                           {QStringLiteral("measures"), idsOf(measures)}};
    const qint64 caseId = caseIds.isEmpty() ? 0 : static_cast<qint64>(caseIds.first().toDouble());
    if (m_console.sync()->queueAction(caseId, QStringLiteral("risk"), body, {}, kRisksPath).isEmpty()) {
        m_lastError = m_console.sync()->lastError();
        return false;
    }
    m_lastError = QString();
    return true;
}

bool RiskView::step(const QString& name, const QString& what, QJsonObject fields)
{
    const RiskInfo* r = m_risks->find(m_riskId);
    if (!r) {
        m_lastError = tr("Choose a risk first.");
        return false;
    }
    if (!r->steps().contains(name)) {
        m_lastError = tr("This step is not open on risk #%1 now.").arg(r->id);
        return false;
    }
    const QString path = kRisksPath + QStringLiteral("/%1/%2").arg(r->id).arg(what);
    if (m_console.sync()->queueAction(0, QStringLiteral("risk"), fields, {}, path).isEmpty()) {
        m_lastError = m_console.sync()->lastError();
        return false;
    }
    m_lastError = QString();
    return true;
}

bool RiskView::linkMeasure(qint64 measureId, bool link)
{
    const RiskInfo* r = m_risks->find(m_riskId);
    if (!r) {
        m_lastError = tr("Choose a risk first.");
        return false;
    }
    if (r->state == QLatin1String("closed")) {
        m_lastError = tr("A closed risk takes no further step.");
        return false;
    }
    if (measureId <= 0) {
        m_lastError = tr("Choose a measure.");
        return false;
    }
    if (r->measures.contains(measureId) == link) {
        m_lastError = link ? tr("Measure #%1 is linked to risk #%2 already.").arg(measureId).arg(r->id)
                           : tr("Measure #%1 is not linked to risk #%2.").arg(measureId).arg(r->id);
        return false;
    }
    const QString path = kRisksPath + QStringLiteral("/%1/measures").arg(r->id);
    const QJsonObject body{{QStringLiteral("measure"), measureId}, {QStringLiteral("link"), link}};
    if (m_console.sync()->queueAction(0, QStringLiteral("risk"), body, {}, path).isEmpty()) {
        m_lastError = m_console.sync()->lastError();
        return false;
    }
    m_lastError = QString();
    return true;
}

QVariantList RiskView::linkableMeasures() const
{
    const RiskInfo* r = m_risks->find(m_riskId);
    QVariantList out;
    if (!r || r->state == QLatin1String("closed"))
        return out;
    for (const MeasureInfo& m : m_console.measures()->measures()->measures())
        if (m.state != QLatin1String("cancelled") && !r->measures.contains(m.id))
            out << QVariantMap{{QStringLiteral("value"), m.id},
                               {QStringLiteral("label"), QStringLiteral("#%1 %2").arg(m.id).arg(m.title)}};
    return out;
}

bool RiskView::assess(const QString& severity, const QString& probability, const QString& note)
{
    if (!validCell(severity, probability, true))
        return false;
    return step(QStringLiteral("assess"), QStringLiteral("assess"),
                {{QStringLiteral("severity"), severity},
                 {QStringLiteral("probability"), probability},
                 {QStringLiteral("note"), note.trimmed()}});
}

bool RiskView::accept(const QString& reviewDue, const QString& note)
{
    if (!validReviewDate(reviewDue))
        return false;
    return step(QStringLiteral("accept"), QStringLiteral("decide"),
                {{QStringLiteral("decision"), QStringLiteral("accept")},
                 {QStringLiteral("review_due"), reviewDue.trimmed()},
                 {QStringLiteral("note"), note.trimmed()}});
}

bool RiskView::decline(const QString& note)
{
    if (note.trimmed().isEmpty()) {
        m_lastError = tr("Declining needs a note: what must change before the risk can be accepted.");
        return false;
    }
    return step(QStringLiteral("decline"), QStringLiteral("decide"),
                {{QStringLiteral("decision"), QStringLiteral("decline")}, {QStringLiteral("note"), note.trimmed()}});
}

bool RiskView::review(const QString& reviewDue, const QString& note)
{
    if (!validReviewDate(reviewDue))
        return false;
    return step(QStringLiteral("review"), QStringLiteral("review"),
                {{QStringLiteral("review_due"), reviewDue.trimmed()}, {QStringLiteral("note"), note.trimmed()}});
}

bool RiskView::close(const QString& reason)
{
    if (reason.trimmed().isEmpty()) {
        m_lastError = tr("Closing a risk needs a reason.");
        return false;
    }
    return step(QStringLiteral("close"), QStringLiteral("close"), {{QStringLiteral("reason"), reason.trimmed()}});
}

bool RiskView::reopen(const QString& reason)
{
    if (reason.trimmed().isEmpty()) {
        m_lastError = tr("Reopening needs a reason.");
        return false;
    }
    return step(QStringLiteral("reopen"), QStringLiteral("reopen"), {{QStringLiteral("reason"), reason.trimmed()}});
}

} // namespace vigil::advisor
