// SPDX-License-Identifier: EUPL-1.2
#include "recipientmodel.h"

namespace vigil::field {

int RecipientModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant RecipientModel::data(const QModelIndex& index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const auto& r = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case MemberIdRole: return QString::fromStdString(r.memberId);
    case Qt::DisplayRole:
    case NameRole: return QString::fromStdString(r.name);
    case GroupNameRole: return QString::fromStdString(m_english ? r.groupNameEn : r.groupNameNl);
    case ExcludedRole: return m_excluded.count(r.memberId) > 0;
    default: return {};
    }
}

QHash<int, QByteArray> RecipientModel::roleNames() const
{
    return {{MemberIdRole, "memberId"}, {NameRole, "name"}, {GroupNameRole, "groupName"}, {ExcludedRole, "excluded"}};
}

int RecipientModel::includedCount() const
{
    int n = 0;
    for (const auto& r : m_rows)
        n += m_excluded.count(r.memberId) ? 0 : 1;
    return n;
}

void RecipientModel::setRecipients(std::vector<RecipientPreview> rows, bool english)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_english = english;
    endResetModel();
    emit countChanged();
}

bool RecipientModel::setExcluded(const QString& memberId, bool excluded)
{
    const std::string id = memberId.toStdString();
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].memberId != id)
            continue;
        if (excluded && !m_excluded.count(id) && includedCount() <= 1)
            return false;   // somebody must be able to read the report
        if (excluded)
            m_excluded.insert(id);
        else
            m_excluded.erase(id);
        const auto idx = index(static_cast<int>(i));
        emit dataChanged(idx, idx, {ExcludedRole});
        emit countChanged();
        emit exclusionsChanged();
        return true;
    }
    return false;
}

void RecipientModel::setExcludedIds(const std::vector<std::string>& ids)
{
    m_excluded = {ids.begin(), ids.end()};
    if (!m_rows.empty())
        emit dataChanged(index(0), index(count() - 1), {ExcludedRole});
    emit countChanged();
    emit exclusionsChanged();
}

} // namespace vigil::field
