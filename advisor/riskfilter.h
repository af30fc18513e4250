// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The Risks tab's list: RiskListModel filtered by state and level, the highest level first
// (the residual level once assessed, else the initial one), then the review clocks that ran
// out, then by number. Filters are plain properties QML binds to.

#include <QSortFilterProxyModel>
#include <QtQml/qqmlregistration.h>

namespace vigil::advisor {

class RiskListModel;

class RiskFilter : public QSortFilterProxyModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the Console owns the risks filter")

    /// "active" (default: open or accepted), "" (all), or a state's wire name.
    Q_PROPERTY(QString state READ state WRITE setState NOTIFY filtersChanged)
    /// "" (any), or a level: that level and above ("serious": serious and high).
    Q_PROPERTY(QString level READ level WRITE setLevel NOTIFY filtersChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit RiskFilter(RiskListModel* source, QObject* parent = nullptr);

    QString state() const { return m_state; }
    QString level() const { return m_level; }
    int count() const { return rowCount(); }
    void setState(const QString& v);
    void setLevel(const QString& v);

    /// The risk id on row `row` of the filtered list (0 when out of range).
    Q_INVOKABLE qint64 riskIdAt(int row) const;
    /// The filtered row showing risk `id`, or -1.
    Q_INVOKABLE int rowOfRisk(qint64 id) const;
    /// The choices of a filter ("state", "level"), each {value, label}.
    Q_INVOKABLE QVariantList choices(const QString& field) const;

signals:
    void filtersChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void changed();

    RiskListModel* m_risks;
    QString m_state = QStringLiteral("active");
    QString m_level;
};

} // namespace vigil::advisor
