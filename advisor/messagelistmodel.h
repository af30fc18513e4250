// SPDX-License-Identifier: EUPL-1.2
#pragma once

// One thread of a case as rows: the conversation with the reporter (replies, follow-ups) or
// the internal notes. Texts were decrypted on this machine and live in memory only.

#include <QAbstractListModel>
#include <QDateTime>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace vigil::advisor {

struct MessageRow {
    QString kind;           ///< "reply", "follow_up", "note"
    QString author;         ///< member id; empty for the reporter
    QString authorName;
    QDateTime at;
    QString text;           ///< empty when this console cannot read it
    bool readable = false;
    bool mine = false;
    bool pending = false;   ///< queued here, not yet at the registry
    bool verified = false;  ///< signature checked against the directory
    QString caption;        ///< what the row is, when more than a message ("Reason for closing: …")
};

class MessageListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the case view owns its threads")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        KindRole = Qt::UserRole + 1,
        AuthorRole,
        AuthorNameRole,
        AtRole,
        TextRole,
        ReadableRole,
        MineRole,
        PendingRole,
        VerifiedRole,
        CaptionRole,
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return static_cast<int>(m_rows.size()); }

    /// Replaces the rows, sorted oldest first.
    void setRows(std::vector<MessageRow> rows);
    const std::vector<MessageRow>& rows() const { return m_rows; }

signals:
    void countChanged();

private:
    std::vector<MessageRow> m_rows;
};

struct HistoryRow {
    QDateTime at;
    QString actor;
    QString actorName;
    QString action;
    QString actionLabel;
    QString detail;
};

/// The case's audit entries, as the registry recorded them.
class HistoryModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the case view owns its history")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role { AtRole = Qt::UserRole + 1, ActorRole, ActorNameRole, ActionRole, ActionLabelRole, DetailRole };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return static_cast<int>(m_rows.size()); }
    void setRows(std::vector<HistoryRow> rows);

signals:
    void countChanged();

private:
    std::vector<HistoryRow> m_rows;
};

} // namespace vigil::advisor
