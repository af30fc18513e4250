// SPDX-License-Identifier: EUPL-1.2
#include "measureeffect.h"

#include "console.h"
#include "indicatorsview.h"
#include "registryclient.h"

#include "shared/qt/httpresult.h"

#include <QDateTime>
#include <QJsonArray>

namespace vigil::advisor {

using appcore::HttpResult;

namespace {

QString numberText(const QJsonValue& v, int decimals)
{
    return v.isDouble() ? QString::number(v.toDouble(), 'f', decimals) : QString();
}

} // namespace

MeasureEffect::MeasureEffect(Console& console, QObject* parent)
    : QObject(parent), m_console(console), m_windows(new SeriesModel(this))
{
    // The windows are cut from the board: a newer board may reach them.
    connect(m_console.indicators(), &IndicatorsView::boardChanged, this, [this] {
        cutWindows();
        emit changed();
    });
}

QString MeasureEffect::verdictText(const QString& result, const QString& reason)
{
    if (result == QLatin1String("effective"))
        return tr("Effective: the rate of reports fell");
    if (result == QLatin1String("no_change"))
        return reason == QLatin1String("rate_rose") ? tr("No measurable change: the rate rose")
                                                     : tr("No measurable change: a halving is ruled out");
    if (result == QLatin1String("inconclusive")) {
        if (reason == QLatin1String("hidden_month"))
            return tr("Inconclusive: a month of the windows is hidden (too few reports to publish)");
        if (reason == QLatin1String("too_few_reports"))
            return tr("Inconclusive: too few reports");
        return tr("Inconclusive: the data allow both a change and none");
    }
    return result;
}

QVariantMap MeasureEffect::check() const
{
    if (m_check.isEmpty())
        return {};
    const QJsonObject before = m_check.value(QStringLiteral("before")).toObject();
    const QJsonObject after = m_check.value(QStringLiteral("after")).toObject();
    const QString indicator = m_check.value(QStringLiteral("indicator")).toString();
    const QJsonObject board = m_console.indicators()->indicatorJson(indicator);
    const QString nl = board.value(QStringLiteral("name_nl")).toString();
    const QString en = board.value(QStringLiteral("name_en")).toString();
    const QString name = m_console.language() == QLatin1String("nl") && !nl.isEmpty() ? nl : en.isEmpty() ? indicator : en;
    // A count is null when a month of its window was hidden: no number is made up for it.
    auto count = [](const QJsonObject& w) {
        return w.value(QStringLiteral("count")).isDouble() ? numberText(w.value(QStringLiteral("count")), 0)
                                                           : tr("hidden");
    };
    const QJsonArray ci = m_check.value(QStringLiteral("ci")).toArray();
    const QString unit = m_check.value(QStringLiteral("exposure_unit")).toString();
    const QString result = m_check.value(QStringLiteral("result")).toString();
    const QString reason = m_check.value(QStringLiteral("reason")).toString();
    const qint64 at = static_cast<qint64>(m_check.value(QStringLiteral("at")).toDouble());
    return {{QStringLiteral("indicator"), indicator},
            {QStringLiteral("indicatorName"), name},
            {QStringLiteral("beforeFrom"), before.value(QStringLiteral("from")).toString()},
            {QStringLiteral("beforeTo"), before.value(QStringLiteral("to")).toString()},
            {QStringLiteral("beforeCount"), count(before)},
            {QStringLiteral("beforeExposure"), numberText(before.value(QStringLiteral("exposure")), 0)},
            {QStringLiteral("afterFrom"), after.value(QStringLiteral("from")).toString()},
            {QStringLiteral("afterTo"), after.value(QStringLiteral("to")).toString()},
            {QStringLiteral("afterCount"), count(after)},
            {QStringLiteral("afterExposure"), numberText(after.value(QStringLiteral("exposure")), 0)},
            {QStringLiteral("exposureUnit"), unit == QLatin1String("person_months") ? tr("person-months") : tr("months")},
            {QStringLiteral("ratio"), numberText(m_check.value(QStringLiteral("rate_ratio")), 2)},
            // An interval unbounded above (no reports before) has no upper number.
            {QStringLiteral("ci"), ci.size() == 2 && ci.at(0).isDouble()
                                       ? tr("%1 to %2").arg(numberText(ci.at(0), 2),
                                                            ci.at(1).isDouble() ? numberText(ci.at(1), 2) : QStringLiteral("∞"))
                                       : QString()},
            {QStringLiteral("result"), result},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("verdict"), verdictText(result, reason)},
            {QStringLiteral("at"), at > 0 ? QDateTime::fromSecsSinceEpoch(at, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd"))
                                          : QString()},
            {QStringLiteral("by"), m_check.value(QStringLiteral("by")).toString()}};
}

void MeasureEffect::show(const MeasureInfo* m)
{
    const bool implemented = m && (m->state == QLatin1String("implemented") || m->state == QLatin1String("checked"));
    if (!implemented) {
        clear();
        return;
    }
    const QJsonArray checks = m->json.value(QStringLiteral("checks")).toArray();
    // The same measure as shown, unchanged: keep the card (a preview is not asked again).
    if (m->id == m_measureId && m->state == m_state && checks.size() == m_checks && m_status != QLatin1String("none"))
        return;
    m_measureId = m->id;
    m_state = m->state;
    m_checks = static_cast<int>(checks.size());
    if (!checks.isEmpty()) {
        showCheck(checks.last().toObject(), QStringLiteral("stored"));
        return;
    }
    if (m->state == QLatin1String("checked")) {
        // Checked by judgement: no figures to show, the verdict stands on the note.
        m_check = {};
        m_windows->setMonths({});
        setStatus(QStringLiteral("unavailable"), tr("Checked by judgement: no effect check was recorded."));
        return;
    }
    m_check = {};
    m_windows->setMonths({});
    if (m->json.value(QStringLiteral("indicators")).toArray().isEmpty()) {
        // Nothing to count: the registry would only say when the windows settle.
        setStatus(QStringLiteral("unavailable"),
                  tr("No indicator is linked to this measure, so its effect cannot be checked from the figures: "
                     "record a verdict by judgement."));
        return;
    }
    setStatus(QStringLiteral("loading"));
    const qint64 id = m->id;
    m_console.client().get(QStringLiteral("/v1/advisor/measures/%1/effect").arg(id), this,
                           [this, id](const HttpResult& r) { onPreview(id, r); });
}

void MeasureEffect::onPreview(qint64 measureId, const HttpResult& r)
{
    if (measureId != m_measureId)
        return; // another measure was chosen meanwhile
    if (r.ok()) {
        showCheck(r.json(), QStringLiteral("preview"));
        return;
    }
    if (r.status == 409 && r.json().value(QStringLiteral("settles_on")).isString()) {
        m_settlesOn = r.json().value(QStringLiteral("settles_on")).toString();
        setStatus(QStringLiteral("waiting"));
        return;
    }
    if (r.status == 409) {
        setStatus(QStringLiteral("unavailable"),
                  tr("No effect check: %1").arg(r.errorText()));
        return;
    }
    m_checks = -1; // ask again when the measure is shown next
    setStatus(QStringLiteral("unavailable"),
              r.reached() ? tr("The registry did not give the effect check: %1").arg(r.errorText())
                          : tr("The effect check is computed by the registry: it shows when the registry can be reached."));
}

void MeasureEffect::showCheck(const QJsonObject& check, const QString& status)
{
    m_check = check;
    m_settlesOn.clear();
    cutWindows();
    setStatus(status);
}

void MeasureEffect::cutWindows()
{
    const QString indicator = m_check.value(QStringLiteral("indicator")).toString();
    const QString from = m_check.value(QStringLiteral("before")).toObject().value(QStringLiteral("from")).toString();
    const QString to = m_check.value(QStringLiteral("after")).toObject().value(QStringLiteral("to")).toString();
    std::vector<SeriesMonth> months;
    if (!indicator.isEmpty() && !from.isEmpty())
        for (SeriesMonth& m : SeriesModel::fromJson(m_console.indicators()->indicatorJson(indicator),
                                                    m_console.indicators()->k()))
            if (m.month >= from && m.month <= to)
                months.push_back(std::move(m));
    m_windows->setMonths(std::move(months));
}

void MeasureEffect::setStatus(const QString& status, const QString& message)
{
    m_status = status;
    m_message = message;
    emit changed();
}

void MeasureEffect::clear()
{
    m_measureId = 0;
    m_state.clear();
    m_checks = -1;
    m_check = {};
    m_settlesOn.clear();
    m_windows->setMonths({});
    setStatus(QStringLiteral("none"));
}

} // namespace vigil::advisor
