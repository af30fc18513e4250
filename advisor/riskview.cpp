// SPDX-License-Identifier: EUPL-1.2
#include "riskview.h"

#include "account.h"
#include "caselistmodel.h"
#include "chartmodel.h"
#include "console.h"
#include "measureview.h"
#include "pdcalists.h"
#include "registryclient.h"
#include "roster.h"
#include "signedauthorities.h"
#include "syncengine.h"

#include "shared/qt/httpresult.h"
#include "shared/qt/labels.h"
#include "shared/riskmatrix.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

namespace vigil::advisor {

using appcore::HttpResult;

namespace {

const char* const kRisksList = "risks";

QVariantList idList(const QList<qint64>& ids)
{
    QVariantList out;
    for (qint64 id : ids)
        out << id;
    return out;
}

/// The matrix level of a cell as the registry names it; "eliminated" for probability F.
QString cellLevel(const QString& severity, const QString& probability)
{
    if (probability == QLatin1String("F"))
        return QStringLiteral("eliminated");
    const auto s = parseEnum<Severity>(severity.toStdString());
    const auto p = parseEnum<Likelihood>(probability.toStdString());
    if (!s || !p)
        return {};
    const auto level = matrixLevel(*s, *p);
    return level ? QString::fromUtf8(enumName(*level).data(), static_cast<qsizetype>(enumName(*level).size())) : QString();
}

QVariantMap gridCell(const QString& kind, const QString& text, bool hidden = false, const QString& level = {},
                     const QString& name = {})
{
    return {{QStringLiteral("kind"), kind},
            {QStringLiteral("text"), text},
            {QStringLiteral("hidden"), hidden},
            {QStringLiteral("level"), level},
            {QStringLiteral("name"), name.isEmpty() ? text : name}};
}

} // namespace

RiskView::RiskView(Console& console, QObject* parent)
    : QObject(parent), m_console(console), m_risks(new RiskListModel(this)), m_filter(new RiskFilter(m_risks, this))
{
    m_risks->setUnitName([this](const QString& id) { return unitNameOf(m_console, id); });
    SyncEngine* sync = m_console.sync();
    // The register follows the inbox, as the measures do.
    connect(sync, &SyncEngine::casesRefreshed, this, &RiskView::refresh);
    connect(sync, &SyncEngine::riskAnswered, this, [this](const QJsonObject& o) {
        if (auto r = RiskInfo::fromJson(o)) {
            m_risks->upsert(*r);
            if (r->id == m_riskId)
                emit selectionChanged();
        }
        refresh(); // the heat maps and the cached list follow the step
    });
    connect(sync, &SyncEngine::actionRejected, this,
            [this](qint64, const QString& action, const QString& why, const QString& kind) {
                if (action != QLatin1String("risk"))
                    return;
                if (kind == QLatin1String("authority_too_low"))
                    m_lastError = tr("Your authority is not enough for this risk, so the registry refused: %1").arg(why);
                else if (kind == QLatin1String("role_required"))
                    m_lastError = tr("You hold no role that may take this step for the risk's unit, so the registry "
                                     "refused: %1").arg(why);
                else
                    m_lastError = tr("The registry refused a step on a risk: %1").arg(why);
            });
}

QString RiskView::lastUpdated() const
{
    return fetchedText(m_console, m_fetchedAt);
}

void RiskView::select(qint64 id)
{
    if (m_riskId != id) {
        m_riskId = id;
        m_lastError = QString();
        emit selectionChanged();
    }
}

QString RiskView::decisionText(const RiskDecision& d) const
{
    const QString at = QDateTime::fromSecsSinceEpoch(d.at, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd"));
    QString text = tr("%1 on %2 by %3, %4 of %5 (echelon %6; echelon %7 or higher needed)")
                       .arg(riskDecisionLabel(d.decision), at, m_console.cases()->memberName(d.member),
                            riskRoleLabel(d.role), unitNameOf(m_console, d.roleUnit))
                       .arg(d.roleDepth)
                       .arg(d.requiredDepth);
    if (!d.reviewDue.isEmpty())
        text += QStringLiteral(" · ") + tr("review by %1").arg(d.reviewDue);
    return text;
}

QVariantMap RiskView::risk() const
{
    const RiskInfo* r = m_risks->find(m_riskId);
    if (!r)
        return {};
    QVariantList measures;
    for (qint64 id : r->measures) {
        const MeasureInfo* m = m_console.measures()->measures()->find(id);
        measures << QVariantMap{{QStringLiteral("id"), id},
                                {QStringLiteral("title"), m ? m->title : QString()}};
    }
    QVariantList decisions;
    for (const RiskDecision& d : r->decisions)
        decisions << QVariantMap{{QStringLiteral("text"), decisionText(d)}, {QStringLiteral("note"), d.note}};
    const QString clock = r->reviewClock == QLatin1String("met") ? QString() : r->reviewClock;
    return {{QStringLiteral("id"), r->id},
            {QStringLiteral("hazard"), r->hazard},
            {QStringLiteral("description"), r->description},
            {QStringLiteral("state"), r->state},
            {QStringLiteral("stateLabel"), riskStateLabel(r->state)},
            {QStringLiteral("domainLabel"), appcore::label(appcore::Vocabulary::Domain, r->domain)},
            {QStringLiteral("unitName"), unitNameOf(m_console, r->unit)},
            {QStringLiteral("categoryLabel"),
             r->category.isEmpty() ? QString() : appcore::label(appcore::Vocabulary::Category, r->category)},
            {QStringLiteral("initialLevel"), r->initial ? r->initial->level : QString()},
            {QStringLiteral("initialText"), riskCellText(r->initial)},
            {QStringLiteral("residualLevel"), r->residual ? r->residual->level : QString()},
            {QStringLiteral("residualText"), riskCellText(r->residual)},
            {QStringLiteral("residualBy"), r->residualBy.isEmpty() ? QString() : m_console.cases()->memberName(r->residualBy)},
            {QStringLiteral("residualNote"), r->residualNote},
            {QStringLiteral("reviewDue"), r->reviewDue},
            {QStringLiteral("clockStatus"), clock},
            {QStringLiteral("clockLabel"), clockStatusLabel(clock)},
            {QStringLiteral("createdBy"), m_console.cases()->memberName(r->createdBy)},
            {QStringLiteral("closeReason"), r->closeReason},
            {QStringLiteral("reopenReason"), r->reopenReason},
            {QStringLiteral("cases"), idList(r->cases)},
            {QStringLiteral("measures"), measures},
            {QStringLiteral("decisions"), decisions}};
}

QVariantList RiskView::steps() const
{
    const RiskInfo* r = m_risks->find(m_riskId);
    if (!r)
        return {};
    QVariantList out;
    for (const QString& s : r->steps())
        out << QVariantMap{{QStringLiteral("step"), s}, {QStringLiteral("label"), riskStepLabel(s)}};
    return out;
}

QVariantList RiskView::units() const
{
    return QVariantList{QVariantMap{{QStringLiteral("value"), QString()},
                                    {QStringLiteral("label"), unitNameOf(m_console, {})}}}
           + unitChoices(m_console);
}

QString RiskView::requiredAuthorityText() const
{
    const RiskInfo* r = m_risks->find(m_riskId);
    if (!r || !r->residual)
        return tr("Assess the residual risk first: accepting decides on it.");
    static const std::vector<Unit> none;
    const std::vector<Unit>& units = m_console.roster() ? m_console.roster()->units() : none;
    const SignedAuthorities* signedDoc = m_console.authorities();
    const auto rule = signedDoc->acceptance(r->residual->level);
    const RequiredAuthority need = requiredAuthority(units, r->residual->level, r->unit, rule);
    QStringList roles;
    for (const QString& role : need.roles)
        roles << riskRoleLabel(role).toLower(); // inside a sentence
    const QString who = roles.join(tr(" or "));
    // At the top of the tree there is no unit above to name.
    const QString by = need.depth == 0
        ? tr("%1 of %2 (echelon 0, the top)").arg(who, unitNameOf(m_console, need.unit))
        : tr("%1 of %2 (echelon %3) or of a unit above it").arg(who, unitNameOf(m_console, need.unit)).arg(need.depth);
    const QString base = tr("A %1 residual risk for %2 is accepted by: %3.")
                             .arg(riskLevelLabel(r->residual->level).toLower(), unitNameOf(m_console, r->unit), by);
    if (!rule)
        return base + QLatin1Char(' ')
            + tr("This is the default policy; the registry checks the policy in force and refuses a lower authority.");
    // The signed policy names the people too: those holding such a role now, by the document.
    QStringList names;
    for (const QString& member : signedDoc->holders(need.roles, need.units))
        names << m_console.cases()->memberName(member);
    return base + QLatin1Char(' ')
        + (names.isEmpty() ? tr("By the signed policy (%1) nobody holds such a role now.").arg(signedDoc->statusText())
                           : tr("By the signed policy (%1): %2.").arg(signedDoc->statusText(), names.join(QStringLiteral(", "))));
}

QVariantList RiskView::severities() const
{
    QVariantList out;
    for (const char* s : {"I", "II", "III", "IV"})
        out << QVariantMap{{QStringLiteral("value"), QString::fromLatin1(s)},
                           {QStringLiteral("label"), QString::fromLatin1(s)}};
    return out;
}

QVariantList RiskView::probabilities(bool residual) const
{
    QVariantList out;
    for (const char* p : {"A", "B", "C", "D", "E"})
        out << QVariantMap{{QStringLiteral("value"), QString::fromLatin1(p)},
                           {QStringLiteral("label"), QString::fromLatin1(p)}};
    if (residual)
        out << QVariantMap{{QStringLiteral("value"), QStringLiteral("F")},
                           {QStringLiteral("label"), tr("F (eliminated)")}};
    return out;
}

QVariantList RiskView::levels() const
{
    QVariantList out;
    for (const char* level : {"high", "serious", "medium", "low", "eliminated"})
        out << QVariantMap{{QStringLiteral("value"), QString::fromLatin1(level)},
                           {QStringLiteral("label"), riskLevelLabel(QString::fromLatin1(level))}};
    return out;
}

QVariantMap RiskView::levelOf(const QString& severity, const QString& probability) const
{
    const QString level = cellLevel(severity, probability);
    return {{QStringLiteral("level"), level}, {QStringLiteral("label"), riskLevelLabel(level)}};
}

QVariantList RiskView::heatMap(const QString& which) const
{
    const QJsonObject t = m_matrix.value(which).toObject();
    QVariantList out;
    if (t.isEmpty())
        return out;
    QStringList rows, columns;
    for (const auto& v : t.value(QStringLiteral("rows")).toArray())
        rows << v.toString();
    for (const auto& v : t.value(QStringLiteral("columns")).toArray())
        columns << v.toString();
    auto figure = [this](const QJsonValue& v) { return Figure::fromJson(v, m_k); };
    auto spoken = [this](const Figure& f) {
        if (!f.hidden())
            return f.label;
        return f.label == QLatin1String("x") ? tr("hidden so that a small number cannot be worked out")
                                             : tr("fewer than %1").arg(m_k);
    };
    out << gridCell(QStringLiteral("corner"), {}); // the legend says what rows and columns are
    for (const QString& c : columns)
        out << gridCell(QStringLiteral("column"), c);
    out << gridCell(QStringLiteral("column"), tr("Total"));
    const QJsonArray cells = t.value(QStringLiteral("cells")).toArray();
    const QJsonArray rowTotals = t.value(QStringLiteral("row_totals")).toArray();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        out << gridCell(QStringLiteral("row"), rows[i]);
        const QJsonArray line = cells.at(i).toArray();
        for (qsizetype j = 0; j < columns.size(); ++j) {
            const Figure f = figure(line.at(j));
            const QString level = cellLevel(columns[j], rows[i]);
            out << gridCell(QStringLiteral("cell"), f.label, f.hidden(), level,
                            tr("%1-%2, %3: %4").arg(columns[j], rows[i], riskLevelLabel(level), spoken(f)));
        }
        const Figure total = figure(rowTotals.at(i));
        out << gridCell(QStringLiteral("total"), total.label, total.hidden(), {},
                        tr("probability %1 in all: %2").arg(rows[i], spoken(total)));
    }
    out << gridCell(QStringLiteral("row"), tr("Total"));
    const QJsonArray columnTotals = t.value(QStringLiteral("column_totals")).toArray();
    for (qsizetype j = 0; j < columns.size(); ++j) {
        const Figure f = figure(columnTotals.at(j));
        out << gridCell(QStringLiteral("total"), f.label, f.hidden(), {},
                        tr("severity %1 in all: %2").arg(columns[j], spoken(f)));
    }
    const Figure all = figure(t.value(QStringLiteral("total")));
    out << gridCell(QStringLiteral("total"), all.label, all.hidden(), {}, tr("all risks: %1").arg(spoken(all)));
    return out;
}

void RiskView::refresh()
{
    if (!m_console.cache() || !m_console.account()->signedIn())
        return;
    ++m_busy;
    emit busyChanged();
    m_console.client().get(QStringLiteral("/v1/advisor/risks"), this, [this](const HttpResult& r) { onRisks(r); });
}

void RiskView::onRisks(const HttpResult& r)
{
    m_busy = std::max(0, m_busy - 1);
    emit busyChanged();
    // Locked meanwhile, offline or refused: the list shown stays, with the time it is from.
    if (!m_console.cache() || !r.ok())
        return;
    setRisksFrom(r.json());
    if (const QString error = keepList(m_console, kRisksList, r.json()); !error.isEmpty())
        m_lastError = error;
    m_fetchedAt = m_console.now();
    emit listChanged();
}

void RiskView::setRisksFrom(const QJsonObject& answer)
{
    m_risks->setRisks(rowsOf<RiskInfo>(answer, "risks"));
    m_matrix = answer.value(QStringLiteral("matrix")).toObject();
    m_k = std::max(2, m_matrix.value(QStringLiteral("k")).toInt(5));
    emit listChanged();
    emit selectionChanged();
}

void RiskView::loadCached()
{
    if (const auto kept = keptList(m_console, kRisksList)) {
        setRisksFrom(kept->answer);
        m_fetchedAt = kept->fetchedAt;
        emit listChanged();
    }
}

void RiskView::clear()
{
    m_riskId = 0;
    m_fetchedAt = 0;
    m_matrix = {};
    m_risks->clear();
    m_lastError = QString();
    emit selectionChanged();
    emit listChanged();
}

void RiskView::retranslate()
{
    m_risks->retranslate();
    emit selectionChanged();
    emit unitsChanged();
    emit listChanged();
}

} // namespace vigil::advisor
