// SPDX-License-Identifier: EUPL-1.2
#include "seriesmodel.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace vigil::advisor {

std::vector<SeriesMonth> SeriesModel::fromJson(const QJsonObject& o, int k)
{
    const QJsonArray months = o.value(QStringLiteral("months")).toArray();
    const QJsonArray values = o.value(QStringLiteral("values")).toArray();
    const QJsonArray levels = o.value(QStringLiteral("levels")).toArray();
    std::vector<SeriesMonth> out;
    for (qsizetype i = 0; i < months.size(); ++i) {
        SeriesMonth m;
        m.month = months.at(i).toString();
        m.figure = Figure::fromJson(values.at(i), k);
        if (const QJsonObject l = levels.at(i).toObject(); !l.isEmpty() && l.value(QStringLiteral("l3")).isDouble())
            m.levels = AlertLevels{l.value(QStringLiteral("mean")).toDouble(), l.value(QStringLiteral("sd")).toDouble(),
                                   l.value(QStringLiteral("l1")).toDouble(), l.value(QStringLiteral("l2")).toDouble(),
                                   l.value(QStringLiteral("l3")).toDouble()};
        out.push_back(std::move(m));
    }
    for (const auto& a : o.value(QStringLiteral("alerts")).toArray()) {
        const QString month = a.toObject().value(QStringLiteral("month")).toString();
        for (auto& m : out)
            if (m.month == month)
                m.alerts << a.toObject().value(QStringLiteral("rule")).toString();
    }
    return out;
}

int SeriesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant SeriesModel::data(const QModelIndex& index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const SeriesMonth& m = m_months[static_cast<std::size_t>(index.row())];
    auto level = [&m](double AlertLevels::*field) { return m.levels ? m.levels.value().*field : -1.0; };
    switch (role) {
    case MonthRole: return m.month;
    case ValueRole: return m.figure.value.value_or(-1.0);
    case LabelRole: return m.figure.label;
    case HiddenRole: return m.figure.hidden();
    case HasLevelsRole: return m.levels.has_value();
    case MeanRole: return level(&AlertLevels::mean);
    case L1Role: return level(&AlertLevels::l1);
    case L2Role: return level(&AlertLevels::l2);
    case L3Role: return level(&AlertLevels::l3);
    case AlertRole: return !m.alerts.isEmpty();
    case AlertRulesRole: return m.alerts.join(QStringLiteral(", "));
    default: return {};
    }
}

QHash<int, QByteArray> SeriesModel::roleNames() const
{
    return {{MonthRole, "month"}, {ValueRole, "value"},   {LabelRole, "label"},         {HiddenRole, "hidden"},
            {HasLevelsRole, "hasLevels"}, {MeanRole, "mean"}, {L1Role, "l1"},       {L2Role, "l2"},
            {L3Role, "l3"},       {AlertRole, "alert"},   {AlertRulesRole, "alertRules"}};
}

double SeriesModel::scaleMax() const
{
    double max = 0;
    for (const auto& m : m_months) {
        if (m.figure.value)
            max = std::max(max, *m.figure.value);
        if (m.levels)
            max = std::max(max, m.levels->l3);
    }
    // A round top with some room above the highest point; never below 5, so a flat series of
    // small counts does not fill the whole height.
    const double top = std::max(5.0, max * 1.1);
    const double step = top <= 10 ? 2 : top <= 100 ? 10 : top <= 500 ? 50 : 100; // even: the middle line is whole
    return std::ceil(top / step) * step;
}

bool SeriesModel::hasLevels() const
{
    return std::any_of(m_months.begin(), m_months.end(), [](const SeriesMonth& m) { return m.levels.has_value(); });
}

int SeriesModel::alertCount() const
{
    return static_cast<int>(std::count_if(m_months.begin(), m_months.end(),
                                          [](const SeriesMonth& m) { return !m.alerts.isEmpty(); }));
}

void SeriesModel::setMonths(std::vector<SeriesMonth> months)
{
    beginResetModel();
    m_months = std::move(months);
    endResetModel();
    emit changed();
}

} // namespace vigil::advisor
