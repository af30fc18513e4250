// SPDX-License-Identifier: EUPL-1.2
#include "measurelistmodel.h"

#include "shared/qt/labels.h"

#include <QVariantList>

#include <algorithm>

namespace vigil::advisor {

using appcore::label;
using appcore::Vocabulary;

int MeasureListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant MeasureListModel::data(const QModelIndex& index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const MeasureInfo& m = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case IdRole: return m.id;
    case Qt::DisplayRole:
    case TitleRole: return m.title;
    case StateRole: return m.state;
    case StateLabelRole: return measureStateLabel(m.state);
    case DomainRole: return m.domain;
    case DomainLabelRole: return label(Vocabulary::Domain, m.domain);
    case OwnerRole: return ownerText(m);
    case DueRole: return m.due;
    case ClockStatusRole: return m.clockStatus();
    case ClockLabelRole: return clockStatusLabel(m.clockStatus());
    case MineRole: return !m_me.isEmpty() && m.proposedBy == m_me;
    case CasesRole: {
        QVariantList ids;
        for (qint64 id : m.cases)
            ids << id;
        return ids;
    }
    default: return {};
    }
}

QHash<int, QByteArray> MeasureListModel::roleNames() const
{
    return {{IdRole, "measureId"},      {TitleRole, "title"},         {StateRole, "state"},
            {StateLabelRole, "stateLabel"}, {DomainRole, "domain"},    {DomainLabelRole, "domainLabel"},
            {OwnerRole, "owner"},           {DueRole, "due"},          {ClockStatusRole, "clockStatus"},
            {ClockLabelRole, "clockLabel"}, {MineRole, "mine"},        {CasesRole, "cases"}};
}

void MeasureListModel::setMeasures(std::vector<MeasureInfo> rows)
{
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    emit countChanged();
}

void MeasureListModel::upsert(const MeasureInfo& measure)
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == measure.id) {
            m_rows[i] = measure;
            emit dataChanged(index(static_cast<int>(i)), index(static_cast<int>(i)));
            return;
        }
    }
    const auto at = std::lower_bound(m_rows.begin(), m_rows.end(), measure.id,
                                     [](const MeasureInfo& m, qint64 id) { return m.id < id; });
    const int row = static_cast<int>(at - m_rows.begin());
    beginInsertRows({}, row, row);
    m_rows.insert(at, measure);
    endInsertRows();
    emit countChanged();
}

const MeasureInfo* MeasureListModel::find(qint64 id) const
{
    for (const auto& m : m_rows)
        if (m.id == id)
            return &m;
    return nullptr;
}

void MeasureListModel::setMe(const QString& memberId)
{
    m_me = memberId;
    retranslate();
}

void MeasureListModel::setUnitName(std::function<QString(const QString&)> unitName)
{
    m_unitName = std::move(unitName);
    retranslate();
}

QString MeasureListModel::ownerText(const MeasureInfo& m) const
{
    const QString unit = m_unitName ? m_unitName(m.ownerUnit) : m.ownerUnit;
    return m.ownerRole.isEmpty() ? unit : m.ownerRole + QStringLiteral(", ") + unit;
}

void MeasureListModel::retranslate()
{
    if (!m_rows.empty())
        emit dataChanged(index(0), index(count() - 1));
}

} // namespace vigil::advisor
