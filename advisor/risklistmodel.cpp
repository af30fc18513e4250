// SPDX-License-Identifier: EUPL-1.2
#include "risklistmodel.h"

#include "measureinfo.h"

#include "shared/qt/labels.h"

#include <algorithm>

namespace vigil::advisor {

QString riskCellText(const std::optional<RiskCell>& cell)
{
    return cell ? riskLevelLabel(cell->level) + QStringLiteral(" · ") + cell->code() : QString();
}

int RiskListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant RiskListModel::data(const QModelIndex& index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const RiskInfo& r = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case IdRole: return r.id;
    case Qt::DisplayRole:
    case HazardRole: return r.hazard;
    case UnitRole: return unitText(r.unit);
    case DomainLabelRole: return appcore::label(appcore::Vocabulary::Domain, r.domain);
    case InitialLevelRole: return r.initial ? r.initial->level : QString();
    case InitialTextRole: return riskCellText(r.initial);
    case ResidualLevelRole: return r.residual ? r.residual->level : QString();
    case ResidualTextRole: return riskCellText(r.residual);
    case StateRole: return r.state;
    case StateLabelRole: return riskStateLabel(r.state);
    case ReviewDueRole: return r.reviewDue;
    case ClockStatusRole: return r.reviewClock == QLatin1String("met") ? QString() : r.reviewClock;
    case ClockLabelRole: return clockStatusLabel(r.reviewClock);
    default: return {};
    }
}

QHash<int, QByteArray> RiskListModel::roleNames() const
{
    return {{IdRole, "riskId"},
            {HazardRole, "hazard"},
            {UnitRole, "unitName"},
            {DomainLabelRole, "domainLabel"},
            {InitialLevelRole, "initialLevel"},
            {InitialTextRole, "initialText"},
            {ResidualLevelRole, "residualLevel"},
            {ResidualTextRole, "residualText"},
            {StateRole, "state"},
            {StateLabelRole, "stateLabel"},
            {ReviewDueRole, "reviewDue"},
            {ClockStatusRole, "clockStatus"},
            {ClockLabelRole, "clockLabel"}};
}

void RiskListModel::setRisks(std::vector<RiskInfo> rows)
{
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    emit countChanged();
}

void RiskListModel::upsert(const RiskInfo& risk)
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == risk.id) {
            m_rows[i] = risk;
            emit dataChanged(index(static_cast<int>(i)), index(static_cast<int>(i)));
            return;
        }
    }
    const auto at = std::lower_bound(m_rows.begin(), m_rows.end(), risk.id,
                                     [](const RiskInfo& r, qint64 id) { return r.id < id; });
    const int row = static_cast<int>(at - m_rows.begin());
    beginInsertRows({}, row, row);
    m_rows.insert(at, risk);
    endInsertRows();
    emit countChanged();
}

const RiskInfo* RiskListModel::find(qint64 id) const
{
    for (const auto& r : m_rows)
        if (r.id == id)
            return &r;
    return nullptr;
}

void RiskListModel::setUnitName(std::function<QString(const QString&)> unitName)
{
    m_unitName = std::move(unitName);
    retranslate();
}

QString RiskListModel::unitText(const QString& unit) const
{
    return m_unitName ? m_unitName(unit) : unit;
}

void RiskListModel::retranslate()
{
    if (!m_rows.empty())
        emit dataChanged(index(0), index(count() - 1));
}

} // namespace vigil::advisor
