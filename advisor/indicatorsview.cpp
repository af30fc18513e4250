// SPDX-License-Identifier: EUPL-1.2
#include "indicatorsview.h"

#include "account.h"
#include "console.h"
#include "pdcalists.h"
#include "registryclient.h"
#include "syncengine.h"

#include "shared/qt/httpresult.h"
#include "shared/qt/labels.h"

#include <QJsonArray>

namespace vigil::advisor {

using appcore::HttpResult;
using appcore::label;
using appcore::Vocabulary;

namespace {

const char* const kBoardList = "indicators";

QStringList textsOf(const QJsonValue& v)
{
    QStringList out;
    for (const auto& item : v.toArray())
        out << item.toString();
    return out;
}

} // namespace

IndicatorsView::IndicatorsView(Console& console, QObject* parent)
    : QObject(parent), m_console(console), m_series(new SeriesModel(this))
{
    // A board changes once a month; fetching it with the inbox keeps the cached copy fresh.
    connect(m_console.sync(), &SyncEngine::casesRefreshed, this, &IndicatorsView::refresh);
}

QString IndicatorsView::lastUpdated() const
{
    return fetchedText(m_console, m_fetchedAt);
}

QString IndicatorsView::nameOf(const QJsonObject& o) const
{
    const QString nl = o.value(QStringLiteral("name_nl")).toString();
    const QString en = o.value(QStringLiteral("name_en")).toString();
    return m_console.language() == QLatin1String("nl") && !nl.isEmpty() ? nl : en.isEmpty() ? nl : en;
}

QString IndicatorsView::scopeOf(const QJsonObject& o) const
{
    // "13 Bde · Near miss · Vehicles and convoys": the unit, then what is counted.
    const QJsonObject scope = o.value(QStringLiteral("scope")).toObject();
    QStringList parts{unitNameOf(m_console, scope.value(QStringLiteral("unit")).toString())};
    QStringList kinds;
    for (const QString& kind : textsOf(scope.value(QStringLiteral("kinds"))))
        kinds << label(Vocabulary::Kind, kind);
    parts << (kinds.isEmpty() ? tr("every kind of report") : kinds.join(QStringLiteral(", ")));
    QStringList categories;
    for (const QString& category : textsOf(scope.value(QStringLiteral("categories"))))
        categories << label(Vocabulary::Category, category);
    if (!categories.isEmpty())
        parts << categories.join(QStringLiteral(", "));
    QStringList levels;
    for (const QString& level : textsOf(scope.value(QStringLiteral("levels"))))
        levels << label(Vocabulary::Risk, level);
    if (!levels.isEmpty())
        parts << tr("risk %1").arg(levels.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral(" · "));
}

QString IndicatorsView::measureText(const QJsonObject& o) const
{
    const QString measure = o.value(QStringLiteral("measure")).toString(QStringLiteral("count"));
    const bool feedback = o.value(QStringLiteral("clock")).toString() == QLatin1String("feedback");
    if (measure == QLatin1String("ratio"))
        return tr("Ratio of two counts a month");
    if (measure == QLatin1String("share"))
        return tr("Share of reports a month");
    if (measure == QLatin1String("within_clock"))
        return (feedback ? tr("Share given feedback within %1 days") : tr("Share acknowledged within %1 days"))
            .arg(o.value(QStringLiteral("within_days")).toInt());
    if (measure == QLatin1String("median_days"))
        return feedback ? tr("Median days to feedback") : tr("Median days to acknowledgement");
    if (measure == QLatin1String("measures_on_time"))
        return tr("Share of measures on time");
    if (measure == QLatin1String("retaliation_signals"))
        return tr("Retaliation signals a month");
    return tr("Reports a month");
}

QVariantList IndicatorsView::linkable() const
{
    QVariantList out;
    for (const auto& v : m_board.value(QStringLiteral("indicators")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("frozen_after")).isString())
            continue;  // a frozen indicator takes no new link: its later months are not published
        const QString measure = o.value(QStringLiteral("measure")).toString(QStringLiteral("count"));
        const bool reports = measure == QLatin1String("count") || measure == QLatin1String("ratio")
                             || measure == QLatin1String("share");
        out << QVariantMap{{QStringLiteral("value"), o.value(QStringLiteral("id")).toString()},
                           {QStringLiteral("label"), nameOf(o)},
                           {QStringLiteral("detail"), reports ? measureText(o) + QStringLiteral(" · ") + scopeOf(o)
                                                              : measureText(o) + QStringLiteral(" · ")
                                                                    + unitNameOf(m_console, {})}};
    }
    return out;
}

QString IndicatorsView::nameOfId(const QString& id) const
{
    const QJsonObject o = indicatorObject(id);
    return o.isEmpty() ? id : nameOf(o);
}

QString IndicatorsView::rulesText(const QString& rules, bool onAFall) const
{
    // "3:1,2:2,1:3" → "1 month above μ+3σ; 2 months in a row above μ+2σ; …"
    QStringList out;
    for (const QString& rule : rules.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList p = rule.split(QLatin1Char(':'));
        if (p.size() != 2)
            continue;
        const int months = p[1].toInt();
        if (onAFall)
            out << (months == 1 ? tr("one month below μ−%1σ").arg(p[0])
                                : tr("%1 months in a row below μ−%2σ").arg(months).arg(p[0]));
        else
            out << (months == 1 ? tr("one month above μ+%1σ").arg(p[0])
                                : tr("%1 months in a row above μ+%2σ").arg(months).arg(p[0]));
    }
    return out.join(QStringLiteral("; "));
}

QVariantList IndicatorsView::indicators() const
{
    QVariantList out;
    for (const auto& v : m_board.value(QStringLiteral("indicators")).toArray()) {
        const QJsonObject o = v.toObject();
        const auto months = SeriesModel::fromJson(o, m_k);
        const bool tooFew = std::none_of(months.begin(), months.end(), [](const auto& m) { return m.levels.has_value(); });
        const auto alerts = std::count_if(months.begin(), months.end(), [](const auto& m) { return !m.alerts.isEmpty(); });
        out << QVariantMap{{QStringLiteral("id"), o.value(QStringLiteral("id")).toString()},
                           {QStringLiteral("name"), nameOf(o)},
                           {QStringLiteral("scope"), scopeOf(o)},
                           {QStringLiteral("latest"), months.empty() ? QString() : months.back().figure.label},
                           {QStringLiteral("latestMonth"), months.empty() ? QString() : months.back().month},
                           {QStringLiteral("alerts"), static_cast<int>(alerts)},
                           {QStringLiteral("tooFew"), tooFew}};
    }
    return out;
}

QJsonObject IndicatorsView::indicatorObject(const QString& id) const
{
    for (const auto& v : m_board.value(QStringLiteral("indicators")).toArray())
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    return {};
}

QVariantMap IndicatorsView::selected() const
{
    const QJsonObject o = indicatorObject(m_selectedId);
    if (o.isEmpty())
        return {};
    QStringList fired;
    for (const auto& m : m_series->months())
        if (!m.alerts.isEmpty())
            fired << tr("%1 (rule %2)").arg(m.month, m.alerts.join(QStringLiteral(", ")));
    return {{QStringLiteral("id"), m_selectedId},
            {QStringLiteral("name"), nameOf(o)},
            {QStringLiteral("scope"), scopeOf(o)},
            {QStringLiteral("rules"), rulesText(o.value(QStringLiteral("rules")).toString(),
                                                  o.value(QStringLiteral("direction")).toString() == QLatin1String("down"))},
            {QStringLiteral("alerts"), fired.join(QStringLiteral(", "))}};
}

void IndicatorsView::select(const QString& id)
{
    m_selectedId = indicatorObject(id).isEmpty() ? QString() : id;
    m_series->setMonths(SeriesModel::fromJson(indicatorObject(m_selectedId), m_k));
    emit selectionChanged();
}

void IndicatorsView::refresh()
{
    if (!m_console.cache() || !m_console.account()->signedIn() || m_busy)
        return;
    m_busy = true;
    emit busyChanged();
    m_console.client().get(QStringLiteral("/v1/advisor/indicators"), this, [this](const HttpResult& r) { onBoard(r); });
}

void IndicatorsView::onBoard(const HttpResult& r)
{
    m_busy = false;
    emit busyChanged();
    if (!m_console.cache())
        return;
    if (!r.ok()) {
        // Offline: the board shown stays. A 409 (no month settled yet) is said; it is no fault.
        if (r.reached())
            m_lastError = r.status == 409 ? tr("No month has settled yet: the first board comes after a whole month.")
                                          : tr("The registry did not give the indicators: %1").arg(r.errorText());
        return;
    }
    if (const QString error = keepList(m_console, kBoardList, r.json()); !error.isEmpty())
        m_lastError = error;
    else
        m_lastError = QString();
    showBoard(r.json(), m_console.now());
}

void IndicatorsView::showBoard(const QJsonObject& board, qint64 fetchedAt)
{
    m_board = board;
    m_k = std::max(2, board.value(QStringLiteral("k")).toInt(5));
    m_fetchedAt = fetchedAt;
    emit boardChanged();
    // Keep the indicator shown when it is still on the board; else show the first.
    const QVariantList list = indicators();
    if (indicatorObject(m_selectedId).isEmpty())
        m_selectedId = list.isEmpty() ? QString() : list.first().toMap().value(QStringLiteral("id")).toString();
    select(m_selectedId);
}

void IndicatorsView::loadCached()
{
    if (const auto kept = keptList(m_console, kBoardList))
        showBoard(kept->answer, kept->fetchedAt);
}

void IndicatorsView::clear()
{
    m_board = {};
    m_selectedId.clear();
    m_fetchedAt = 0;
    m_lastError = QString();
    m_series->setMonths({});
    emit boardChanged();
    emit selectionChanged();
}

void IndicatorsView::retranslate()
{
    emit boardChanged();
    emit selectionChanged();
}

} // namespace vigil::advisor
