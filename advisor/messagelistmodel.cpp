// SPDX-License-Identifier: EUPL-1.2
#include "messagelistmodel.h"

#include <algorithm>

namespace vigil::advisor {

int MessageListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant MessageListModel::data(const QModelIndex& index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const MessageRow& m = m_rows[static_cast<std::size_t>(index.row())];
    switch (static_cast<Role>(role)) {
    case KindRole: return m.kind;
    case AuthorRole: return m.author;
    case AuthorNameRole: return m.authorName;
    case AtRole: return m.at;
    case TextRole: return m.text;
    case ReadableRole: return m.readable;
    case MineRole: return m.mine;
    case PendingRole: return m.pending;
    case VerifiedRole: return m.verified;
    case CaptionRole: return m.caption;
    }
    return {};
}

QHash<int, QByteArray> MessageListModel::roleNames() const
{
    return {{KindRole, "kind"},         {AuthorRole, "author"}, {AuthorNameRole, "authorName"},
            {AtRole, "at"},             {TextRole, "text"},     {ReadableRole, "readable"},
            {MineRole, "mine"},         {PendingRole, "pending"}, {VerifiedRole, "verified"},
            {CaptionRole, "caption"}};
}

void MessageListModel::setRows(std::vector<MessageRow> rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const MessageRow& a, const MessageRow& b) {
        // Pending rows go last: they have not reached the registry yet.
        if (a.pending != b.pending)
            return b.pending;
        return a.at < b.at;
    });
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    emit countChanged();
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const HistoryRow& h = m_rows[static_cast<std::size_t>(index.row())];
    switch (static_cast<Role>(role)) {
    case AtRole: return h.at;
    case ActorRole: return h.actor;
    case ActorNameRole: return h.actorName;
    case ActionRole: return h.action;
    case ActionLabelRole: return h.actionLabel;
    case DetailRole: return h.detail;
    }
    return {};
}

QHash<int, QByteArray> HistoryModel::roleNames() const
{
    return {{AtRole, "at"},         {ActorRole, "actor"},   {ActorNameRole, "actorName"},
            {ActionRole, "action"}, {ActionLabelRole, "actionLabel"}, {DetailRole, "detail"}};
}

void HistoryModel::setRows(std::vector<HistoryRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    emit countChanged();
}

} // namespace vigil::advisor
