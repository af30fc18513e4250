// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The Measures tab's list: MeasureListModel filtered by state, clock, domain, owner unit (with
// the units under it, as GET /v1/advisor/measures?owner_unit= does) and "mine", the
// measures whose clock ran out first, then those due soon, then by due date (as InboxFilter
// does for cases). Filters are plain properties QML binds to.

#include <QSortFilterProxyModel>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace vigil::advisor {

class MeasureListModel;

class MeasureFilter : public QSortFilterProxyModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the Console owns the measures filter")

    /// "open" (default: neither checked nor cancelled), "" (all), or a state's wire name.
    Q_PROPERTY(QString state READ state WRITE setState NOTIFY filtersChanged)
    /// "" (any), "overdue", "due_soon" (due soon or overdue).
    Q_PROPERTY(QString clock READ clock WRITE setClock NOTIFY filtersChanged)
    /// "" (any), "physical", "social", "integrity".
    Q_PROPERTY(QString domain READ domain WRITE setDomain NOTIFY filtersChanged)
    /// "" (any), or a unit id: measures owned by it or a unit under it.
    Q_PROPERTY(QString ownerUnit READ ownerUnit WRITE setOwnerUnit NOTIFY filtersChanged)
    /// Only measures this member proposed.
    Q_PROPERTY(bool mine READ mine WRITE setMine NOTIFY filtersChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit MeasureFilter(MeasureListModel* source, QObject* parent = nullptr);

    QString state() const { return m_state; }
    QString clock() const { return m_clock; }
    QString domain() const { return m_domain; }
    bool mine() const { return m_mine; }
    QString ownerUnit() const { return m_ownerUnit; }
    int count() const { return rowCount(); }
    /// How the unit filter climbs the tree: a unit's parent ("" at the top or when unknown).
    void setParentOf(std::function<QString(const QString&)> parentOf) { m_parentOf = std::move(parentOf); }

    void setState(const QString& v);
    void setClock(const QString& v);
    void setDomain(const QString& v);
    void setMine(bool v);
    void setOwnerUnit(const QString& v);

    /// The measure id on row `row` of the filtered list (0 when out of range).
    Q_INVOKABLE qint64 measureIdAt(int row) const;
    /// The filtered row showing measure `id`, or -1.
    Q_INVOKABLE int rowOfMeasure(qint64 id) const;
    /// The choices of a filter ("state", "clock", "domain"), each {value, label}; the page adds
    /// its own "no filter" entry.
    Q_INVOKABLE QVariantList choices(const QString& field) const;

signals:
    void filtersChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void changed();

    MeasureListModel* m_measures;
    QString m_state = QStringLiteral("open");
    QString m_clock;
    QString m_domain;
    bool m_mine = false;
    QString m_ownerUnit;
    std::function<QString(const QString&)> m_parentOf;
};

} // namespace vigil::advisor
