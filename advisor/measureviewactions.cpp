// SPDX-License-Identifier: EUPL-1.2
// MeasureView's writes: each is checked here as the registry would (docs/advisor-api.md,
// "Measures"), so a mistake is said at once and nothing is queued; what passes is queued with
// an action id and sent when the registry is reachable.
#include "measureview.h"

#include "account.h"
#include "console.h"
#include "roster.h"
#include "syncengine.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>

namespace vigil::advisor {

namespace {

const QString kMeasuresPath = QStringLiteral("/v1/advisor/measures");
constexpr qsizetype kMaxTitle = 200;
constexpr qsizetype kMaxRole = 64;
constexpr qsizetype kMaxDescription = 8000;

} // namespace

QString MeasureView::today() const
{
    // Due and implementation dates are calendar dates in UTC at the registry.
    return QDateTime::fromSecsSinceEpoch(m_console.now(), Qt::UTC).date().toString(Qt::ISODate);
}

bool MeasureView::validDate(const QString& date, const QString& what)
{
    const QDate parsed = QDate::fromString(date.trimmed(), Qt::ISODate);
    if (date.trimmed().size() != 10 || !parsed.isValid()) {
        m_lastError = tr("%1: give a date as YYYY-MM-DD, for example %2.").arg(what, today());
        return false;
    }
    return true;
}

bool MeasureView::propose(const QString& title, const QString& description, const QString& domain,
                          const QString& ownerUnit, const QString& ownerRole, const QString& due,
                          const QVariantList& cases, const QVariantList& indicators, const QString& primary)
{
    const QString t = title.trimmed();
    const QString role = ownerRole.trimmed();
    if (t.isEmpty() || t.size() > kMaxTitle || t.contains(QLatin1Char('\n'))) {
        m_lastError = tr("A measure needs a title of one line, at most %1 characters.").arg(kMaxTitle);
        return false;
    }
    if (description.size() > kMaxDescription) {
        m_lastError = tr("A description may have at most %1 characters.").arg(kMaxDescription);
        return false;
    }
    if (!QStringList{QStringLiteral("physical"), QStringLiteral("social"), QStringLiteral("integrity")}.contains(domain)) {
        m_lastError = tr("Choose the domain of the measure.");
        return false;
    }
    bool knownUnit = false;
    if (const Roster* roster = m_console.roster())
        for (const Unit& u : roster->units())
            knownUnit = knownUnit || QString::fromStdString(u.id) == ownerUnit;
    if (!knownUnit) {
        m_lastError = tr("Choose the unit that owns the measure.");
        return false;
    }
    if (role.isEmpty() || role.size() > kMaxRole) {
        m_lastError = tr("Name the owner's function (for example S3), not a person: at most %1 characters.").arg(kMaxRole);
        return false;
    }
    if (!validDate(due, tr("Due date")))
        return false;
    if (due.trimmed() < today()) {
        m_lastError = tr("The due date is in the past: choose today or later.");
        return false;
    }
    const auto links = indicatorLinks(indicators, primary);
    if (!links)
        return false;
    QJsonArray ids;
    for (const QVariant& c : cases)
        if (c.toLongLong() > 0)
            ids.append(c.toLongLong());
    QJsonObject body{{QStringLiteral("title"), t},
                           {QStringLiteral("description"), description.trimmed()},
                           {QStringLiteral("domain"), domain},
                           {QStringLiteral("owner_unit"), ownerUnit},
                           {QStringLiteral("owner_role"), role},
                           {QStringLiteral("due"), due.trimmed()},
                           {QStringLiteral("cases"), ids}};
    for (auto it = links->begin(); it != links->end(); ++it)
        if (!it.value().toArray().isEmpty() || it.key() == QLatin1String("primary_indicator"))
            body.insert(it.key(), it.value());
    // The first linked case carries the "waiting to sync" mark in the inbox.
    const qint64 caseId = ids.isEmpty() ? 0 : static_cast<qint64>(ids.first().toDouble());
    if (m_console.sync()->queueAction(caseId, QStringLiteral("measure"), body, {}, kMeasuresPath).isEmpty()) {
        m_lastError = m_console.sync()->lastError();
        return false;
    }
    m_lastError = QString();
    return true;
}

std::optional<QJsonObject> MeasureView::indicatorLinks(const QVariantList& indicators, const QString& primary)
{
    QStringList ids;
    for (const QVariant& v : indicators)
        if (const QString id = v.toString().trimmed(); !id.isEmpty() && !ids.contains(id))
            ids << id;
    if (ids.isEmpty()) {
        if (!primary.isEmpty()) {
            m_lastError = tr("The primary indicator must be one of the linked indicators.");
            return std::nullopt;
        }
        return QJsonObject{{QStringLiteral("indicators"), QJsonArray{}}};
    }
    const QString chosen = primary.isEmpty() && ids.size() == 1 ? ids.first() : primary;
    if (chosen.isEmpty()) {
        m_lastError = tr("Choose which of the indicators an effect check uses (the primary one).");
        return std::nullopt;
    }
    if (!ids.contains(chosen)) {
        m_lastError = tr("The primary indicator must be one of the linked indicators.");
        return std::nullopt;
    }
    return QJsonObject{{QStringLiteral("indicators"), QJsonArray::fromStringList(ids)},
                       {QStringLiteral("primary_indicator"), chosen}};
}

bool MeasureView::linkIndicators(const QVariantList& indicators, const QString& primary)
{
    const MeasureInfo* m = m_measures->find(m_measureId);
    if (!m) {
        m_lastError = tr("Choose a measure first.");
        return false;
    }
    if (m->state == QLatin1String("checked") || m->state == QLatin1String("cancelled")) {
        m_lastError = tr("The indicators of a checked or cancelled measure no longer change: a check names the "
                         "indicator it used.");
        return false;
    }
    const auto links = indicatorLinks(indicators, primary);
    if (!links)
        return false;
    const QString path = kMeasuresPath + QStringLiteral("/%1/links").arg(m->id);
    if (m_console.sync()->queueAction(0, QStringLiteral("measure"), *links, {}, path).isEmpty()) {
        m_lastError = m_console.sync()->lastError();
        return false;
    }
    m_lastError = QString();
    return true;
}

bool MeasureView::step(const QString& to, QJsonObject fields)
{
    const MeasureInfo* m = m_measures->find(m_measureId);
    if (!m) {
        m_lastError = tr("Choose a measure first.");
        return false;
    }
    if (!m->offeredSteps(m_console.account()->memberId()).contains(to)) {
        m_lastError = tr("This step is not open to you on measure #%1 now.").arg(m->id);
        return false;
    }
    fields.insert(QStringLiteral("to"), to);
    const QString path = kMeasuresPath + QStringLiteral("/%1/transition").arg(m->id);
    if (m_console.sync()->queueAction(0, QStringLiteral("measure"), fields, {}, path).isEmpty()) {
        m_lastError = m_console.sync()->lastError();
        return false;
    }
    m_lastError = QString();
    return true;
}

bool MeasureView::approve()
{
    return step(QStringLiteral("approved"), {});
}

bool MeasureView::start()
{
    const MeasureInfo* m = m_measures->find(m_measureId);
    // From implemented, "in progress" is reopening, which needs a reason: reopen() asks for it.
    if (m && m->state == QLatin1String("implemented")) {
        m_lastError = tr("Reopening needs a reason.");
        return false;
    }
    return step(QStringLiteral("in_progress"), {});
}

bool MeasureView::implement(const QString& implementedOn, const QString& evidence)
{
    if (!validDate(implementedOn, tr("Implemented on")))
        return false;
    if (implementedOn.trimmed() > today()) {
        m_lastError = tr("The date it was implemented cannot be in the future.");
        return false;
    }
    if (evidence.trimmed().isEmpty()) {
        m_lastError = tr("Say what shows the measure was implemented.");
        return false;
    }
    return step(QStringLiteral("implemented"), {{QStringLiteral("implemented_on"), implementedOn.trimmed()},
                                                {QStringLiteral("evidence"), evidence.trimmed()}});
}

bool MeasureView::reopen(const QString& reason)
{
    const MeasureInfo* m = m_measures->find(m_measureId);
    if (m && m->state != QLatin1String("implemented")) {
        m_lastError = tr("Only an implemented measure is reopened.");
        return false;
    }
    if (reason.trimmed().isEmpty()) {
        m_lastError = tr("Reopening needs a reason.");
        return false;
    }
    return step(QStringLiteral("in_progress"), {{QStringLiteral("reason"), reason.trimmed()}});
}

bool MeasureView::check(const QString& verdict, const QString& note)
{
    if (!QStringList{QStringLiteral("effective"), QStringLiteral("not_effective"), QStringLiteral("inconclusive")}
             .contains(verdict)) {
        m_lastError = tr("Choose a verdict.");
        return false;
    }
    // By judgement the note carries the verdict; checkByEffect() lets the registry compute it.
    if (note.trimmed().isEmpty()) {
        m_lastError = tr("A verdict by judgement needs a note that explains it.");
        return false;
    }
    return step(QStringLiteral("checked"), {{QStringLiteral("verdict"), verdict},
                                            {QStringLiteral("basis"), QStringLiteral("judgement")},
                                            {QStringLiteral("note"), note.trimmed()}});
}

bool MeasureView::checkByEffect()
{
    // No verdict and no note: the registry computes the check on the primary indicator and
    // records it with the step (409 while the after window has not settled).
    return step(QStringLiteral("checked"), {{QStringLiteral("basis"), QStringLiteral("effect_check")}});
}

bool MeasureView::cancel(const QString& reason)
{
    if (reason.trimmed().isEmpty()) {
        m_lastError = tr("Cancelling a measure needs a reason.");
        return false;
    }
    return step(QStringLiteral("cancelled"), {{QStringLiteral("reason"), reason.trimmed()}});
}

} // namespace vigil::advisor
