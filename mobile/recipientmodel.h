// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The people a report will reach, shown before sealing; the reporter can exclude any of
// them (conflict of interest: the body key is then not wrapped for that person).

#include "reportsealer.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <set>
#include <string>
#include <vector>

namespace vigil::field {

class RecipientModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The draft owns its recipient list")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int includedCount READ includedCount NOTIFY countChanged)

public:
    enum Role { MemberIdRole = Qt::UserRole + 1, NameRole, GroupNameRole, ExcludedRole };

    explicit RecipientModel(QObject* parent = nullptr) : QAbstractListModel(parent) {}

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return static_cast<int>(m_rows.size()); }
    int includedCount() const;

    /// Replaces the list (keeps exclusions of members still listed).
    void setRecipients(std::vector<RecipientPreview> rows, bool english);
    /// Excludes or includes a member; refuses to exclude the last one left.
    Q_INVOKABLE bool setExcluded(const QString& memberId, bool excluded);

    std::vector<std::string> excludedIds() const { return {m_excluded.begin(), m_excluded.end()}; }
    void setExcludedIds(const std::vector<std::string>& ids);

signals:
    void countChanged();
    void exclusionsChanged();

private:
    std::vector<RecipientPreview> m_rows;
    std::set<std::string> m_excluded;
    bool m_english = false;
};

} // namespace vigil::field
