// SPDX-License-Identifier: EUPL-1.2
#include "chartmodel.h"

#include <QLocale>

#include <algorithm>

namespace vigil::advisor {

Figure Figure::fromJson(const QJsonValue& v, int k, bool isCount, int decimals)
{
    if (v.isDouble()) {
        const double n = v.toDouble();
        if (isCount && n > 0 && n < k) // a registry must not publish this; never show it anyway
            return Figure{std::nullopt, QStringLiteral("<%1").arg(k)};
        return Figure{n, QLocale().toString(n, 'f', decimals)};
    }
    if (v.isString() && !v.toString().isEmpty())
        return Figure{std::nullopt, v.toString()};
    // null: no value, not a hidden one (a ratio over nothing, a quarter of retaliation signals
    // still running) — a dash, so it is not read as "x", a figure suppressed.
    if (v.isNull())
        return Figure{std::nullopt, QStringLiteral("–")};
    return Figure{std::nullopt, QStringLiteral("x")};
}

ChartModel::ChartModel(QString title, QObject* parent) : QAbstractListModel(parent), m_title(std::move(title)) {}

void ChartModel::setTitle(const QString& title)
{
    if (title != m_title) {
        m_title = title;
        emit titleChanged();
    }
}

int ChartModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

double ChartModel::scale() const
{
    double max = 0;
    for (const Bar& b : m_bars) {
        if (b.figure.value)
            max = std::max(max, *b.figure.value);
        if (b.target)
            max = std::max(max, *b.target);
    }
    return max;
}

QVariant ChartModel::data(const QModelIndex& index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Bar& b = m_bars[static_cast<std::size_t>(index.row())];
    // A bar with a reference (a clock) is drawn against its own reference, so each row reads
    // "inside or past the deadline"; other bars share one scale.
    const double max = b.target ? std::max(*b.target, b.figure.value.value_or(0.0)) * 1.15 : scale();
    switch (static_cast<Role>(role)) {
    case LabelRole: return b.label;
    case DisplayRole: return b.figure.label;
    case HiddenRole: return b.figure.hidden();
    case FractionRole: return b.figure.value && max > 0 ? *b.figure.value / max : 0.0;
    case NoteRole: return b.note;
    case TargetFractionRole: return b.target && max > 0 ? *b.target / max : -1.0;
    }
    return {};
}

QHash<int, QByteArray> ChartModel::roleNames() const
{
    return {{LabelRole, "label"},   {DisplayRole, "display"}, {HiddenRole, "hidden"},
            {FractionRole, "fraction"}, {NoteRole, "note"}, {TargetFractionRole, "targetFraction"}};
}

void ChartModel::setBars(std::vector<Bar> bars)
{
    beginResetModel();
    m_bars = std::move(bars);
    endResetModel();
    emit countChanged();
}

MatrixModel::MatrixModel(QString title, QObject* parent) : QAbstractListModel(parent), m_title(std::move(title)) {}

void MatrixModel::setTitle(const QString& title)
{
    if (title != m_title) {
        m_title = title;
        emit titleChanged();
    }
}

int MatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_rows.isEmpty() ? 0 : static_cast<int>((m_rows.size() + 2) * gridColumns());
}

const Figure& MatrixModel::cell(int row, int column) const
{
    return m_cells[static_cast<std::size_t>(row)][static_cast<std::size_t>(column)];
}

QVariant MatrixModel::data(const QModelIndex& index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    // Grid row 0 is the header; column 0 the row labels; the last column and row the totals.
    const int gridRow = index.row() / gridColumns();
    const int gridColumn = index.row() % gridColumns();
    const int rows = static_cast<int>(m_rows.size());
    const int columns = static_cast<int>(m_columns.size());
    QString type;
    QString display;
    const Figure* figure = nullptr;
    if (gridRow == 0) {
        type = gridColumn == 0 ? QStringLiteral("corner") : QStringLiteral("columnHeader");
        display = gridColumn == 0 ? QString() : gridColumn <= columns ? m_columns[gridColumn - 1] : tr("Total");
    } else if (gridColumn == 0) {
        type = QStringLiteral("rowHeader");
        display = gridRow <= rows ? m_rows[gridRow - 1] : tr("Total");
    } else {
        figure = &cell(gridRow - 1, gridColumn - 1);
        type = gridRow > rows || gridColumn > columns ? QStringLiteral("total") : QStringLiteral("value");
        display = figure->label;
    }
    switch (static_cast<Role>(role)) {
    case DisplayRole: return display;
    case HiddenRole: return figure && figure->hidden();
    case IntensityRole:
        return figure && figure->value && type == QLatin1String("value") && m_max > 0 ? *figure->value / m_max : 0.0;
    case CellTypeRole: return type;
    }
    return {};
}

QHash<int, QByteArray> MatrixModel::roleNames() const
{
    return {{DisplayRole, "display"}, {HiddenRole, "hidden"}, {IntensityRole, "intensity"}, {CellTypeRole, "cellType"}};
}

void MatrixModel::setTable(QStringList rowLabels, QStringList columnLabels, std::vector<std::vector<Figure>> cells,
                           std::vector<Figure> rowTotals, std::vector<Figure> columnTotals, Figure total)
{
    beginResetModel();
    m_rows = std::move(rowLabels);
    m_columns = std::move(columnLabels);
    m_cells = std::move(cells);
    m_cells.resize(static_cast<std::size_t>(m_rows.size()));
    m_max = 0;
    for (std::size_t r = 0; r < m_cells.size(); ++r) {
        m_cells[r].resize(static_cast<std::size_t>(m_columns.size()), Figure{std::nullopt, QStringLiteral("x")});
        for (const Figure& f : m_cells[r])
            if (f.value)
                m_max = std::max(m_max, *f.value);
        m_cells[r].push_back(r < rowTotals.size() ? rowTotals[r] : Figure{std::nullopt, QStringLiteral("x")});
    }
    columnTotals.resize(static_cast<std::size_t>(m_columns.size()), Figure{std::nullopt, QStringLiteral("x")});
    columnTotals.push_back(std::move(total));
    m_cells.push_back(std::move(columnTotals));
    endResetModel();
    emit shapeChanged();
}

} // namespace vigil::advisor
