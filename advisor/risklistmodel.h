// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The risk register as this member sees it (GET /v1/advisor/risks), one row per risk with the
// console's labels; RiskFilter sorts and filters it for the Risks tab.

#include "riskinfo.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <vector>

namespace vigil::advisor {

class RiskListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the Console owns the risks list")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        HazardRole,
        UnitRole,               ///< the scope unit's name in the interface language
        DomainLabelRole,
        InitialLevelRole,       ///< "high", … (RiskChip's colour)
        InitialTextRole,        ///< "High · I-A"
        ResidualLevelRole,      ///< "" until assessed
        ResidualTextRole,
        StateRole,
        StateLabelRole,
        ReviewDueRole,          ///< YYYY-MM-DD while accepted
        ClockStatusRole,        ///< the review clock: "overdue", "due_soon", "running", ""
        ClockLabelRole,
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return static_cast<int>(m_rows.size()); }

    void setRisks(std::vector<RiskInfo> rows);
    /// Inserts or updates one risk (a step's answer carries it as it now is).
    void upsert(const RiskInfo& risk);
    void clear() { setRisks({}); }
    const RiskInfo* find(qint64 id) const;
    const std::vector<RiskInfo>& risks() const { return m_rows; }
    /// How a unit id reads ('' is the whole organisation).
    void setUnitName(std::function<QString(const QString&)> unitName);
    QString unitText(const QString& unit) const;
    /// Every row's labels again, in the language now installed.
    void retranslate();

signals:
    void countChanged();

private:
    std::vector<RiskInfo> m_rows;
    std::function<QString(const QString&)> m_unitName;
};

/// "High · I-A": a cell's level in words and its code; empty for none.
QString riskCellText(const std::optional<RiskCell>& cell);

} // namespace vigil::advisor
