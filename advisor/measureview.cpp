// SPDX-License-Identifier: EUPL-1.2
#include "measureview.h"

#include "account.h"
#include "casecache.h"
#include "caselistmodel.h"
#include "console.h"
#include "indicatorsview.h"
#include "pdcalists.h"
#include "registryclient.h"
#include "roster.h"
#include "syncengine.h"

#include "shared/qt/httpresult.h"
#include "shared/qt/labels.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace vigil::advisor {

using appcore::HttpResult;
using appcore::label;
using appcore::Vocabulary;

namespace {

const char* const kMeasuresList = "measures";
const char* const kClocksList = "pdca_clocks";

} // namespace

MeasureView::MeasureView(Console& console, QObject* parent)
    : QObject(parent), m_console(console), m_measures(new MeasureListModel(this)),
      m_filter(new MeasureFilter(m_measures, this)), m_clocks(new PdcaClockModel(this))
{
    m_measures->setUnitName([this](const QString& id) { return unitNameOf(m_console, id); });
    m_filter->setParentOf([this](const QString& id) { return parentUnitOf(m_console, id); });
    SyncEngine* sync = m_console.sync();
    // The register follows the inbox: whenever the cases were fetched, the measures are too.
    connect(sync, &SyncEngine::casesRefreshed, this, &MeasureView::refresh);
    connect(sync, &SyncEngine::measureAnswered, this, [this](const QJsonObject& o) {
        if (auto m = MeasureInfo::fromJson(o)) {
            m_measures->upsert(*m);
            emit listChanged();
            if (m->id == m_measureId)
                emit selectionChanged();
        }
        refresh(); // the clocks and the cached list follow the step
    });
    connect(sync, &SyncEngine::actionRejected, this, [this](qint64, const QString& action, const QString& why) {
        if (action == QLatin1String("measure"))
            m_lastError = tr("The registry refused a step on a measure: %1").arg(why);
    });
    connect(m_console.account(), &Account::signedInChanged, this, [this] {
        m_measures->setMe(m_console.account()->memberId());
        emit selectionChanged();
        emit unitsChanged();
    });
}

QString MeasureView::lastUpdated() const
{
    return fetchedText(m_console, m_fetchedAt);
}

void MeasureView::select(qint64 id)
{
    if (m_measureId != id) {
        m_measureId = id;
        m_lastError = QString();
        emit selectionChanged();
    }
}

QVariantMap MeasureView::measure() const
{
    const MeasureInfo* m = m_measures->find(m_measureId);
    if (!m)
        return {};
    QVariantList cases;
    for (qint64 id : m->cases)
        cases << id;
    const CaseListModel* names = m_console.cases();
    // The indicators by the board's names, the primary one first.
    QVariantList linked, linkedIds;
    QString primary;
    for (const auto& v : m->json.value(QStringLiteral("indicators")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        const bool isPrimary = o.value(QStringLiteral("primary")).toBool();
        const QVariantMap entry{{QStringLiteral("id"), id},
                                {QStringLiteral("name"), m_console.indicators()->nameOfId(id)},
                                {QStringLiteral("primary"), isPrimary}};
        if (isPrimary) {
            primary = id;
            linked.prepend(entry);
        } else {
            linked << entry;
        }
        linkedIds << id;
    }
    return {{QStringLiteral("id"), m->id},
            {QStringLiteral("title"), m->title},
            {QStringLiteral("description"), m->description},
            {QStringLiteral("state"), m->state},
            {QStringLiteral("stateLabel"), measureStateLabel(m->state)},
            {QStringLiteral("domainLabel"), label(Vocabulary::Domain, m->domain)},
            {QStringLiteral("owner"), m_measures->ownerText(*m)},
            {QStringLiteral("due"), m->due},
            {QStringLiteral("clockStatus"), m->clockStatus()},
            {QStringLiteral("clockLabel"), clockStatusLabel(m->clockStatus())},
            {QStringLiteral("proposedBy"), names->memberName(m->proposedBy)},
            {QStringLiteral("approvedBy"), m->approvedBy.isEmpty() ? QString() : names->memberName(m->approvedBy)},
            {QStringLiteral("implementedOn"), m->implementedOn},
            {QStringLiteral("checkDue"), m->checkDue > 0 && m->state == QLatin1String("implemented")
                                             ? QDateTime::fromSecsSinceEpoch(m->checkDue, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd"))
                                             : QString()},
            {QStringLiteral("evidence"), m->evidence},
            {QStringLiteral("verdictLabel"), verdictLabel(m->verdict)},
            {QStringLiteral("checkNote"), m->checkNote},
            {QStringLiteral("reopenReason"), m->reopenReason},
            {QStringLiteral("cancelReason"), m->cancelReason},
            {QStringLiteral("cases"), cases},
            {QStringLiteral("casesLinked"), m->casesLinked},
            {QStringLiteral("indicators"), linked},
            {QStringLiteral("indicatorIds"), linkedIds},
            {QStringLiteral("primaryIndicator"), primary},
            {QStringLiteral("linkable"), m->state != QLatin1String("checked") && m->state != QLatin1String("cancelled")}};
}

QVariantList MeasureView::steps() const
{
    const MeasureInfo* m = m_measures->find(m_measureId);
    if (!m)
        return {};
    QVariantList out;
    for (const QString& to : m->offeredSteps(m_console.account()->memberId())) {
        QString needs;
        if (to == QLatin1String("implemented"))
            needs = QStringLiteral("implemented");
        else if (to == QLatin1String("checked"))
            needs = QStringLiteral("verdict");
        else if (to == QLatin1String("cancelled"))
            needs = QStringLiteral("cancel");
        else if (to == QLatin1String("in_progress") && m->state == QLatin1String("implemented"))
            needs = QStringLiteral("reason");
        out << QVariantMap{{QStringLiteral("to"), to},
                           {QStringLiteral("label"), stepLabel(m->state, to)},
                           {QStringLiteral("needs"), needs}};
    }
    return out;
}

QVariantList MeasureView::stepButtons() const
{
    const MeasureInfo* m = m_measures->find(m_measureId);
    if (!m)
        return {};
    const QVariantList open = steps();
    const bool proposer = m->proposedBy == m_console.account()->memberId();
    const QString unit = unitNameOf(m_console, m->ownerUnit);
    QVariantList out;
    for (const QString& to : m->next) {
        const auto offered = std::find_if(open.begin(), open.end(), [&](const QVariant& s) {
            return s.toMap().value(QStringLiteral("to")).toString() == to;
        });
        QVariantMap step = offered != open.end() ? offered->toMap()
                                                 : QVariantMap{{QStringLiteral("to"), to},
                                                               {QStringLiteral("label"), stepLabel(m->state, to)},
                                                               {QStringLiteral("needs"), QString()}};
        step.insert(QStringLiteral("enabled"), offered != open.end());
        // The registry's rule (registry/pdca/authority.h): the proposer's own measure needs a
        // second member; anyone else needs a measures or commander role covering the owner unit.
        step.insert(QStringLiteral("why"),
                    offered != open.end() ? QString()
                    : proposer ? tr("You proposed this measure: another member with a measures or commander role for "
                                    "%1 takes this step.")
                                     .arg(unit)
                               : tr("Needs a measures or commander role for %1.").arg(unit));
        out << step;
    }
    return out;
}

QVariantList MeasureView::units() const
{
    return unitChoices(m_console);
}

QVariantList MeasureView::closingChoices() const
{
    QVariantList out;
    for (const MeasureInfo& m : m_measures->measures())
        if (m.closesCases())
            out << QVariantMap{{QStringLiteral("value"), m.id},
                               {QStringLiteral("title"), m.title},
                               {QStringLiteral("label"), QStringLiteral("#%1 %2 (%3)")
                                                             .arg(m.id)
                                                             .arg(m.title, measureStateLabel(m.state))}};
    return out;
}

QVariantList MeasureView::verdicts() const
{
    QVariantList out;
    for (const char* v : {"effective", "not_effective", "inconclusive"})
        out << QVariantMap{{QStringLiteral("value"), QString::fromLatin1(v)},
                           {QStringLiteral("label"), verdictLabel(QString::fromLatin1(v))}};
    return out;
}

void MeasureView::refresh()
{
    if (!m_console.cache() || !m_console.account()->signedIn())
        return;
    ++m_busy;
    emit busyChanged();
    m_console.client().get(QStringLiteral("/v1/advisor/measures"), this, [this](const HttpResult& r) { onMeasures(r); });
}

void MeasureView::endBusy()
{
    m_busy = std::max(0, m_busy - 1);
    emit busyChanged();
}

void MeasureView::onMeasures(const HttpResult& r)
{
    if (!m_console.cache()) {
        endBusy();
        return; // locked meanwhile: the answer is dropped with everything else
    }
    if (!r.ok()) {
        // Offline or refused: the lists shown stay, with the time they are from.
        endBusy();
        return;
    }
    setMeasuresFrom(r.json());
    keep(kMeasuresList, r.json());
    m_console.client().get(QStringLiteral("/v1/advisor/pdca/clocks"), this, [this](const HttpResult& c) { onClocks(c); });
}

void MeasureView::onClocks(const HttpResult& r)
{
    endBusy();
    if (!m_console.cache() || !r.ok())
        return;
    setClocksFrom(r.json());
    keep(kClocksList, r.json());
    m_fetchedAt = m_console.now();
    emit listChanged();
}

void MeasureView::setMeasuresFrom(const QJsonObject& answer)
{
    m_measures->setMeasures(rowsOf<MeasureInfo>(answer, "measures"));
    emit listChanged();
    emit selectionChanged();
}

void MeasureView::setClocksFrom(const QJsonObject& answer)
{
    m_clocks->setEntries(rowsOf<ClockEntry>(answer, "entries"));
}

void MeasureView::keep(const char* name, const QJsonObject& answer)
{
    if (const QString error = keepList(m_console, name, answer); !error.isEmpty())
        m_lastError = error;
}

void MeasureView::loadCached()
{
    if (!m_console.cache())
        return;
    qint64 fetchedAt = 0;
    for (const char* name : {kMeasuresList, kClocksList}) {
        const auto kept = keptList(m_console, name);
        if (!kept)
            continue;
        if (name == kMeasuresList)
            setMeasuresFrom(kept->answer);
        else
            setClocksFrom(kept->answer);
        // The older of the two is what is shown.
        fetchedAt = fetchedAt == 0 ? kept->fetchedAt : std::min(fetchedAt, kept->fetchedAt);
    }
    m_fetchedAt = fetchedAt;
    m_measures->setMe(m_console.account()->memberId());
    emit listChanged();
}

void MeasureView::clear()
{
    m_measureId = 0;
    m_fetchedAt = 0;
    m_measures->clear();
    m_clocks->clear();
    m_lastError = QString();
    emit selectionChanged();
    emit listChanged();
}

void MeasureView::retranslate()
{
    m_measures->retranslate();
    m_clocks->retranslate();
    emit selectionChanged();
    emit unitsChanged();
    emit listChanged();
}

} // namespace vigil::advisor
