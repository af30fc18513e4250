// SPDX-License-Identifier: EUPL-1.2
#include "measureview.h"

#include "account.h"
#include "casecache.h"
#include "caselistmodel.h"
#include "console.h"
#include "identifyingcheck.h"
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

/// The rows of a registry answer's list `key` that read; a malformed entry is skipped, not fatal.
template <typename Row>
std::vector<Row> rowsOf(const QJsonObject& answer, const char* key)
{
    std::vector<Row> rows;
    for (const auto& v : answer.value(QLatin1String(key)).toArray())
        if (auto row = Row::fromJson(v.toObject()))
            rows.push_back(std::move(*row));
    return rows;
}

QString unitName(const Unit& u, const QString& language)
{
    return QString::fromStdString(u.nameIn(language.toStdString()));
}

} // namespace

MeasureView::MeasureView(Console& console, QObject* parent)
    : QObject(parent), m_console(console), m_measures(new MeasureListModel(this)),
      m_filter(new MeasureFilter(m_measures, this)), m_clocks(new PdcaClockModel(this))
{
    m_measures->setUnitName([this](const QString& id) {
        if (const Roster* roster = m_console.roster())
            for (const Unit& u : roster->units())
                if (QString::fromStdString(u.id) == id)
                    return unitName(u, m_console.language());
        return id;
    });
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
    if (m_fetchedAt == 0)
        return {};
    const QDateTime at = QDateTime::fromSecsSinceEpoch(m_fetchedAt).toLocalTime();
    const QDateTime now = QDateTime::fromSecsSinceEpoch(m_console.now()).toLocalTime();
    return at.date() == now.date() ? at.toString(QStringLiteral("HH:mm")) : at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
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
            {QStringLiteral("casesLinked"), m->casesLinked}};
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

QVariantList MeasureView::units() const
{
    QVariantList out;
    if (const Roster* roster = m_console.roster())
        for (const Unit& u : roster->units())
            out << QVariantMap{{QStringLiteral("value"), QString::fromStdString(u.id)},
                               {QStringLiteral("label"), unitName(u, m_console.language())}};
    return out;
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

QString MeasureView::identifyingWarning(const QString& text) const
{
    // Member names come from the directory; units are what a measure is about, so they stay.
    RedactionContext context;
    if (const Roster* roster = m_console.roster())
        context.names = roster->names().values();
    QStringList found;
    for (const QString& kind : identifyingKinds(text, context)) {
        if (kind == QLatin1String("name"))
            found << tr("a name");
        else if (kind == QLatin1String("date"))
            found << tr("a date or time");
        else if (kind == QLatin1String("place"))
            found << tr("a grid reference");
    }
    if (found.isEmpty())
        return {};
    return tr("This text seems to contain %1. Everyone who sees the measure reads it: leave out what could "
              "identify a reporter or a person involved.")
        .arg(found.join(QStringLiteral(", ")));
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
    QJsonObject kept{{QStringLiteral("fetched_at"), static_cast<double>(m_console.now())},
                     {QStringLiteral("answer"), answer}};
    const QByteArray json = QJsonDocument(kept).toJson(QJsonDocument::Compact);
    if (auto s = m_console.cache()->putList(name, std::string_view(json.constData(), static_cast<std::size_t>(json.size()))); !s)
        m_lastError = QString::fromStdString(s.error().message);
}

void MeasureView::loadCached()
{
    CaseCache* cache = m_console.cache();
    if (!cache)
        return;
    qint64 fetchedAt = 0;
    for (const char* name : {kMeasuresList, kClocksList}) {
        auto text = cache->list(name);
        if (!text || !*text)
            continue;
        const QJsonObject kept = QJsonDocument::fromJson(QByteArray::fromStdString(**text)).object();
        const QJsonObject answer = kept.value(QStringLiteral("answer")).toObject();
        if (name == kMeasuresList)
            setMeasuresFrom(answer);
        else
            setClocksFrom(answer);
        const auto at = static_cast<qint64>(kept.value(QStringLiteral("fetched_at")).toDouble());
        fetchedAt = fetchedAt == 0 ? at : std::min(fetchedAt, at); // the older of the two is what is shown
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
