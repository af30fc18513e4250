// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The measures register as this member sees it (GET /v1/advisor/measures), one row per
// measure with the console's labels; MeasureFilter sorts and filters it for the Measures tab.

#include "measureinfo.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <vector>

namespace vigil::advisor {

class MeasureListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the Console owns the measures list")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        StateRole,
        StateLabelRole,
        DomainRole,
        DomainLabelRole,
        OwnerRole,              ///< "S3, 13 Bde": function and unit
        DueRole,                ///< YYYY-MM-DD
        ClockStatusRole,        ///< "overdue", "due_soon", "running", ""
        ClockLabelRole,
        MineRole,               ///< proposed by this member
        CasesRole,              ///< linked case ids this member holds
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return static_cast<int>(m_rows.size()); }

    /// Replaces the list (the registry's answer, or the cached one).
    void setMeasures(std::vector<MeasureInfo> rows);
    /// Inserts or updates one measure (a step's answer carries it as it now is).
    void upsert(const MeasureInfo& measure);
    void clear() { setMeasures({}); }
    const MeasureInfo* find(qint64 id) const;
    const std::vector<MeasureInfo>& measures() const { return m_rows; }
    /// Who "mine" is, and how a unit id reads (names from the directory).
    void setMe(const QString& memberId);
    void setUnitName(std::function<QString(const QString&)> unitName);
    QString ownerText(const MeasureInfo& m) const;
    /// Every row's labels again, in the language now installed.
    void retranslate();

signals:
    void countChanged();

private:
    std::vector<MeasureInfo> m_rows;
    QString m_me;
    std::function<QString(const QString&)> m_unitName;
};

} // namespace vigil::advisor
