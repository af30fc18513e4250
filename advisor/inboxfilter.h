// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The inbox as the advisor sees it: CaseListModel sorted and filtered by state, kind,
// category, unit, risk and clock. Filters are plain properties QML binds to.

#include <QSortFilterProxyModel>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace vigil::advisor {

class CaseListModel;

class InboxFilter : public QSortFilterProxyModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the Console owns the inbox")

    /// "open" (default: everything not closed), "" (all), or a state's wire name.
    Q_PROPERTY(QString state READ state WRITE setState NOTIFY filtersChanged)
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY filtersChanged)
    Q_PROPERTY(QString category READ category WRITE setCategory NOTIFY filtersChanged)
    Q_PROPERTY(QString unit READ unit WRITE setUnit NOTIFY filtersChanged)
    /// A risk level ("high", "serious", "medium", "low", "unrated"): that level and above.
    Q_PROPERTY(QString risk READ risk WRITE setRisk NOTIFY filtersChanged)
    /// "" (any), "overdue", "due_soon" (due soon or overdue), "running" (a clock runs).
    Q_PROPERTY(QString clock READ clock WRITE setClock NOTIFY filtersChanged)
    Q_PROPERTY(bool mine READ mine WRITE setMine NOTIFY filtersChanged)
    /// Only cases whose reporter wrote after the last answer.
    Q_PROPERTY(bool reporterWaiting READ reporterWaiting WRITE setReporterWaiting NOTIFY filtersChanged)
    /// Free text matched against headline, category, kind, unit and report id; "#12" is case 12.
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY filtersChanged)
    /// "clock" (default), "received", "risk", "state", "kind", "category", "unit".
    Q_PROPERTY(QString sortKey READ sortKey WRITE setSortKey NOTIFY filtersChanged)
    Q_PROPERTY(bool descending READ descending WRITE setDescending NOTIFY filtersChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit InboxFilter(CaseListModel* source, QObject* parent = nullptr);

    QString state() const { return m_state; }
    QString kind() const { return m_kind; }
    QString category() const { return m_category; }
    QString unit() const { return m_unit; }
    QString risk() const { return m_risk; }
    QString clock() const { return m_clock; }
    bool mine() const { return m_mine; }
    bool reporterWaiting() const { return m_reporterWaiting; }
    QString search() const { return m_search; }
    QString sortKey() const { return m_sortKey; }
    bool descending() const { return m_descending; }
    int count() const { return rowCount(); }

    void setState(const QString& v);
    void setKind(const QString& v);
    void setCategory(const QString& v);
    void setUnit(const QString& v);
    void setRisk(const QString& v);
    void setClock(const QString& v);
    void setMine(bool v);
    void setReporterWaiting(bool v);
    void setSearch(const QString& v);
    void setSortKey(const QString& v);
    void setDescending(bool v);

    /// The case id on row `row` of the filtered list (0 when out of range).
    Q_INVOKABLE qint64 caseIdAt(int row) const;
    /// The filtered row showing case `id`, or -1.
    Q_INVOKABLE int rowOfCase(qint64 id) const;
    /// Values present in the inbox for a filter ("state", "kind", "category", "unit", "risk"),
    /// each {value, label}, for the filter menus.
    Q_INVOKABLE QVariantList choices(const QString& field) const;
    Q_INVOKABLE void resetFilters();

signals:
    void filtersChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void changed();

    CaseListModel* m_cases;
    QString m_state = QStringLiteral("open");
    QString m_kind;
    QString m_category;
    QString m_unit;
    QString m_risk;
    QString m_clock;
    bool m_mine = false;
    bool m_reporterWaiting = false;
    QString m_search;
    QString m_sortKey = QStringLiteral("clock");
    bool m_descending = false;
};

} // namespace vigil::advisor
