// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Chart data for the dashboard. A figure is either a published count (shown as a number, bar
// length proportional) or a hidden one, shown only as the registry's label ("<5", "x") with a
// fixed placeholder mark that says nothing about its size. A hidden figure never carries a
// number into this model, so no view can render one.

#include <QAbstractListModel>
#include <QJsonValue>
#include <QtQml/qqmlregistration.h>

#include <optional>
#include <vector>

namespace vigil::advisor {

/// One published or hidden figure as the registry's statistics JSON gives it.
struct Figure {
    std::optional<double> value;  ///< set only when the registry published a number
    QString label;                ///< the text to show: the number, or "<5" / "x"

    /// Reads a JSON entry: a number is published; a string is a hidden entry's label. A count
    /// below `k` (other than 0) is shown as "<k" even if a registry published it as a number.
    static Figure fromJson(const QJsonValue& v, int k, bool isCount = true, int decimals = 0);
    bool hidden() const { return !value.has_value(); }
};

/// A bar chart: one row per bar.
class ChartModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the dashboard owns its charts")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString title READ title NOTIFY titleChanged)

public:
    enum Role { LabelRole = Qt::UserRole + 1, DisplayRole, HiddenRole, FractionRole, NoteRole, TargetFractionRole };

    struct Bar {
        QString label;
        Figure figure;
        QString note;                        ///< e.g. what a unit row includes
        std::optional<double> target;        ///< a reference value drawn as a tick (a clock)
    };

    explicit ChartModel(QString title, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return static_cast<int>(m_bars.size()); }
    QString title() const { return m_title; }
    /// A new title (the language changed).
    void setTitle(const QString& title);

    void setBars(std::vector<Bar> bars);
    const std::vector<Bar>& bars() const { return m_bars; }

signals:
    void countChanged();
    void titleChanged();

private:
    double scale() const;

    QString m_title;
    std::vector<Bar> m_bars;
};

/// A table drawn as a heat grid, flattened row by row including its header row and its
/// header and total columns, so a QML Grid can lay it out with one Repeater.
class MatrixModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the dashboard owns its tables")
    Q_PROPERTY(int columns READ gridColumns NOTIFY shapeChanged)
    Q_PROPERTY(QString title READ title NOTIFY titleChanged)

public:
    enum Role { DisplayRole = Qt::UserRole + 1, HiddenRole, IntensityRole, CellTypeRole };

    explicit MatrixModel(QString title, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int gridColumns() const { return static_cast<int>(m_columns.size()) + 2; }
    QString title() const { return m_title; }
    /// A new title (the language changed).
    void setTitle(const QString& title);

    /// rows × columns cells, plus row totals and column totals (and the grand total).
    void setTable(QStringList rowLabels, QStringList columnLabels, std::vector<std::vector<Figure>> cells,
                  std::vector<Figure> rowTotals, std::vector<Figure> columnTotals, Figure total);
    QStringList rowLabels() const { return m_rows; }
    QStringList columnLabels() const { return m_columns; }
    const Figure& cell(int row, int column) const;   ///< row/column == size(): the totals

signals:
    void shapeChanged();
    void titleChanged();

private:
    QString m_title;
    QStringList m_rows;
    QStringList m_columns;
    std::vector<std::vector<Figure>> m_cells;        ///< (rows+1) × (columns+1), totals last
    double m_max = 0;
};

} // namespace vigil::advisor
