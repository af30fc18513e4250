// SPDX-License-Identifier: EUPL-1.2
#include "measurefilter.h"

#include "measurelistmodel.h"

#include "shared/qt/labels.h"

#include <QVariantMap>

#include <tuple>

namespace vigil::advisor {

using appcore::label;
using appcore::Vocabulary;

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

MeasureFilter::MeasureFilter(MeasureListModel* source, QObject* parent)
    : QSortFilterProxyModel(parent), m_measures(source)
{
    setSourceModel(source);
    setDynamicSortFilter(true);
    sort(0);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(this, signal, this, &MeasureFilter::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &MeasureFilter::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &MeasureFilter::countChanged);
}

void MeasureFilter::changed()
{
    invalidate();
    emit filtersChanged();
    emit countChanged();
}

void MeasureFilter::setState(const QString& v)
{
    if (m_state != v) {
        m_state = v;
        changed();
    }
}

void MeasureFilter::setClock(const QString& v)
{
    if (m_clock != v) {
        m_clock = v;
        changed();
    }
}

void MeasureFilter::setDomain(const QString& v)
{
    if (m_domain != v) {
        m_domain = v;
        changed();
    }
}

void MeasureFilter::setMine(bool v)
{
    if (m_mine != v) {
        m_mine = v;
        changed();
    }
}

void MeasureFilter::setOwnerUnit(const QString& v)
{
    if (m_ownerUnit != v) {
        m_ownerUnit = v;
        changed();
    }
}

bool MeasureFilter::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    const MeasureInfo& m = m_measures->measures()[static_cast<std::size_t>(sourceRow)];
    if (m_state == QLatin1String("open") ? !m.isOpen() : (!m_state.isEmpty() && m.state != m_state))
        return false;
    if (!m_domain.isEmpty() && m.domain != m_domain)
        return false;
    if (m_mine && !m_measures->index(sourceRow).data(MeasureListModel::MineRole).toBool())
        return false;
    if (!m_ownerUnit.isEmpty()) {
        // Up the tree from the owner unit; a unit tree is shallow, the bound guards a cycle.
        QString unit = m.ownerUnit;
        for (int depth = 0; depth < 32 && !unit.isEmpty() && unit != m_ownerUnit; ++depth)
            unit = m_parentOf ? m_parentOf(unit) : QString();
        if (unit != m_ownerUnit)
            return false;
    }
    const int u = urgency(m.clockStatus());
    if (m_clock == QLatin1String("overdue") && u < 2)
        return false;
    return m_clock != QLatin1String("due_soon") || u >= 1;
}

bool MeasureFilter::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const MeasureInfo& l = m_measures->measures()[static_cast<std::size_t>(left.row())];
    const MeasureInfo& r = m_measures->measures()[static_cast<std::size_t>(right.row())];
    // The most urgent first, then the earliest due date, then the oldest measure.
    return std::tuple(-urgency(l.clockStatus()), l.dueAt, l.id) < std::tuple(-urgency(r.clockStatus()), r.dueAt, r.id);
}

qint64 MeasureFilter::measureIdAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return 0;
    return index(row, 0).data(MeasureListModel::IdRole).toLongLong();
}

int MeasureFilter::rowOfMeasure(qint64 id) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (measureIdAt(row) == id)
            return row;
    return -1;
}

QVariantList MeasureFilter::choices(const QString& field) const
{
    QVariantList out;
    if (field == QLatin1String("state")) {
        for (const char* s : {"proposed", "approved", "in_progress", "implemented", "checked", "cancelled"})
            out << choice(QString::fromLatin1(s), measureStateLabel(QString::fromLatin1(s)));
    } else if (field == QLatin1String("clock")) {
        out << choice(QStringLiteral("overdue"), tr("Overdue"))
            << choice(QStringLiteral("due_soon"), tr("Due soon or overdue"));
    } else if (field == QLatin1String("domain")) {
        for (const QString& d : appcore::names(Vocabulary::Domain))
            out << choice(d, label(Vocabulary::Domain, d));
    }
    return out;
}

} // namespace vigil::advisor
