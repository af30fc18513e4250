// SPDX-License-Identifier: EUPL-1.2
#pragma once

// One indicator's months for its chart (docs/pdca.md "Indicators", docs/advisor-api.md
// "Indicators"): per month the published count or the registry's hidden label ("<5", "x") —
// a hidden month carries no number into this model, so no view can draw one —, the alert
// levels μ + 1σ/2σ/3σ of that month (frozen per period, so they move in steps) or none where
// the baseline had too few published months, and the rules that fired there.

#include "chartmodel.h"

#include <QAbstractListModel>
#include <QJsonObject>
#include <QtQml/qqmlregistration.h>

#include <optional>
#include <vector>

namespace vigil::advisor {

/// μ and the three alert levels of one month.
struct AlertLevels {
    double mean = 0;
    double sd = 0;
    double l1 = 0, l2 = 0, l3 = 0;
};

struct SeriesMonth {
    QString month;                    ///< YYYY-MM
    Figure figure;                    ///< a count, or hidden with the registry's label
    std::optional<AlertLevels> levels;
    QStringList alerts;               ///< the rules that fired this month ("3:1", …)
};

class SeriesModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the indicators view owns the series")
    Q_PROPERTY(int count READ count NOTIFY changed)
    /// The top of the chart's scale: the largest count or alert level, rounded up.
    Q_PROPERTY(double scaleMax READ scaleMax NOTIFY changed)
    /// Whether any month has alert levels (else the chart says there were too few reports).
    Q_PROPERTY(bool hasLevels READ hasLevels NOTIFY changed)
    Q_PROPERTY(int alertCount READ alertCount NOTIFY changed)

public:
    enum Role {
        MonthRole = Qt::UserRole + 1,
        ValueRole,            ///< the count; -1 when hidden
        LabelRole,            ///< the number as text, or "<5" / "x"
        HiddenRole,
        HasLevelsRole,
        MeanRole, L1Role, L2Role, L3Role, ///< -1 without levels
        AlertRole,            ///< a rule fired this month
        AlertRulesRole,       ///< "3:1, 2:2"
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return static_cast<int>(m_months.size()); }
    double scaleMax() const;
    bool hasLevels() const;
    int alertCount() const;

    /// Reads one indicator of the board; `k` is the board's suppression threshold.
    static std::vector<SeriesMonth> fromJson(const QJsonObject& indicator, int k);
    void setMonths(std::vector<SeriesMonth> months);
    const std::vector<SeriesMonth>& months() const { return m_months; }

signals:
    void changed();

private:
    std::vector<SeriesMonth> m_months;
};

} // namespace vigil::advisor
