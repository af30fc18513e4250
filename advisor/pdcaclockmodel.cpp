// SPDX-License-Identifier: EUPL-1.2
#include "pdcaclockmodel.h"

#include <QDateTime>

#include <algorithm>

namespace vigil::advisor {

int PdcaClockModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant PdcaClockModel::data(const QModelIndex& index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const ClockEntry& e = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case SubjectRole: return e.subject;
    case IdRole: return e.id;
    case Qt::DisplayRole:
    case TitleRole: return e.title;
    case StateLabelRole: return measureStateLabel(e.state);
    case ClockRole: return e.clock;
    case ClockLabelRole: return clockKindLabel(e.clock);
    // Deadlines are a date's last second UTC: the date is what people were given.
    case DueRole: return QDateTime::fromSecsSinceEpoch(e.due, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd"));
    case StatusRole: return e.status;
    case StatusLabelRole: return clockStatusLabel(e.status);
    default: return {};
    }
}

QHash<int, QByteArray> PdcaClockModel::roleNames() const
{
    return {{SubjectRole, "subject"}, {IdRole, "subjectId"},   {TitleRole, "title"},
            {StateLabelRole, "stateLabel"}, {ClockRole, "clock"}, {ClockLabelRole, "clockLabel"},
            {DueRole, "due"},         {StatusRole, "status"},  {StatusLabelRole, "statusLabel"}};
}

int PdcaClockModel::overdueCount() const
{
    return static_cast<int>(
        std::count_if(m_rows.begin(), m_rows.end(), [](const auto& e) { return e.status == QLatin1String("overdue"); }));
}

void PdcaClockModel::setEntries(std::vector<ClockEntry> rows)
{
    std::stable_partition(rows.begin(), rows.end(), [](const auto& e) { return e.status == QLatin1String("overdue"); });
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    emit countChanged();
}

void PdcaClockModel::retranslate()
{
    if (!m_rows.empty())
        emit dataChanged(index(0), index(count() - 1));
}

} // namespace vigil::advisor
