// SPDX-License-Identifier: EUPL-1.2
#include "riskfilter.h"

#include "risklistmodel.h"

#include <QVariantMap>

#include <tuple>

namespace vigil::advisor {

namespace {

int urgency(const QString& clockStatus)
{
    return clockStatus == QLatin1String("overdue") ? 2 : clockStatus == QLatin1String("due_soon") ? 1 : 0;
}

QVariantMap choice(const QString& value, const QString& text)
{
    return {{QStringLiteral("value"), value}, {QStringLiteral("label"), text}};
}

} // namespace

RiskFilter::RiskFilter(RiskListModel* source, QObject* parent) : QSortFilterProxyModel(parent), m_risks(source)
{
    setSourceModel(source);
    setDynamicSortFilter(true);
    sort(0);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(this, signal, this, &RiskFilter::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &RiskFilter::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &RiskFilter::countChanged);
}

void RiskFilter::changed()
{
    invalidate();
    emit filtersChanged();
    emit countChanged();
}

void RiskFilter::setState(const QString& v)
{
    if (m_state != v) {
        m_state = v;
        changed();
    }
}

void RiskFilter::setLevel(const QString& v)
{
    if (m_level != v) {
        m_level = v;
        changed();
    }
}

bool RiskFilter::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    const RiskInfo& r = m_risks->risks()[static_cast<std::size_t>(sourceRow)];
    if (m_state == QLatin1String("active") ? r.state == QLatin1String("closed")
                                           : (!m_state.isEmpty() && r.state != m_state))
        return false;
    return m_level.isEmpty() || riskLevelRank(r.currentLevel()) >= riskLevelRank(m_level);
}

bool RiskFilter::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const RiskInfo& l = m_risks->risks()[static_cast<std::size_t>(left.row())];
    const RiskInfo& r = m_risks->risks()[static_cast<std::size_t>(right.row())];
    return std::tuple(-riskLevelRank(l.currentLevel()), -urgency(l.reviewClock), l.id)
           < std::tuple(-riskLevelRank(r.currentLevel()), -urgency(r.reviewClock), r.id);
}

qint64 RiskFilter::riskIdAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return 0;
    return index(row, 0).data(RiskListModel::IdRole).toLongLong();
}

int RiskFilter::rowOfRisk(qint64 id) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (riskIdAt(row) == id)
            return row;
    return -1;
}

QVariantList RiskFilter::choices(const QString& field) const
{
    QVariantList out;
    if (field == QLatin1String("state")) {
        for (const char* s : {"open", "accepted", "closed"})
            out << choice(QString::fromLatin1(s), riskStateLabel(QString::fromLatin1(s)));
    } else if (field == QLatin1String("level")) {
        out << choice(QStringLiteral("high"), tr("High"))
            << choice(QStringLiteral("serious"), tr("Serious and higher"))
            << choice(QStringLiteral("medium"), tr("Medium and higher"));
    }
    return out;
}

} // namespace vigil::advisor
