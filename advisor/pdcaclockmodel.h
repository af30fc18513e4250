// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The Follow-up tab's list: every follow-up clock of the member's measures that is not met
// (GET /v1/advisor/pdca/clocks), overdue first, then due soon, then running, each by deadline.

#include "measureinfo.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace vigil::advisor {

class PdcaClockModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the Console owns the follow-up list")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int overdueCount READ overdueCount NOTIFY countChanged)

public:
    enum Role {
        SubjectRole = Qt::UserRole + 1,
        IdRole,
        TitleRole,
        StateLabelRole,
        ClockRole,
        ClockLabelRole,
        DueRole,                ///< the deadline's date, YYYY-MM-DD (UTC)
        StatusRole,
        StatusLabelRole,
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return static_cast<int>(m_rows.size()); }
    int overdueCount() const;

    /// Replaces the list, keeping the registry's order but for putting overdue ones first
    /// (a cached list read back must not depend on that).
    void setEntries(std::vector<ClockEntry> rows);
    void clear() { setEntries({}); }
    /// Every row's labels again, in the language now installed.
    void retranslate();

signals:
    void countChanged();

private:
    std::vector<ClockEntry> m_rows;
};

} // namespace vigil::advisor
