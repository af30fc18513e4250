// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The outbox as the reporter sees it: one row per report with its honest state (sealed,
// waiting for network, sending, delivered with its receipt code, received by the registry,
// refused with the reason). Titles come from the vault, so a locked app shows none.

#include "fieldstore.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace vigil::field {

class FieldApp;

class OutboxModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("App.outbox is the one outbox")
    Q_PROPERTY(int count READ count NOTIFY countsChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY countsChanged)
    Q_PROPERTY(int deliveredCount READ deliveredCount NOTIFY countsChanged)
    Q_PROPERTY(int quarantinedCount READ quarantinedCount NOTIFY countsChanged)
    /// The reporter's own follow-ups still waiting to go (counted apart from reports).
    Q_PROPERTY(int pendingFollowUpCount READ pendingFollowUpCount NOTIFY countsChanged)
    /// Replies from advisors the reporter has not opened yet, over all reports.
    Q_PROPERTY(int unreadReplies READ unreadReplies NOTIFY countsChanged)

public:
    enum Role {
        ReportIdRole = Qt::UserRole + 1,
        StateRole,
        TitleRole,
        KindRole,
        CategoryRole,
        CreatedRole,
        ReceiptCodeRole,
        ReasonRole,
        AttemptsRole,
        RepliesRole,
        UnreadRole,
    };

    explicit OutboxModel(FieldApp& app, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return static_cast<int>(m_rows.size()); }
    int pendingCount() const { return m_pending; }
    int deliveredCount() const { return m_delivered; }
    int quarantinedCount() const { return m_quarantined; }
    int pendingFollowUpCount() const { return m_pendingFollowUps; }
    int unreadReplies() const { return m_unread; }

    /// Reloads from the store (and the vault, when unlocked).
    Q_INVOKABLE void refresh();
    /// The receipt of a delivered report as text to keep: code, report id, signer, time.
    Q_INVOKABLE QString receiptText(const QString& reportId) const;
    /// Writes the receipt (proof of filing) to a file; true on success.
    Q_INVOKABLE bool exportReceipt(const QString& reportId, const QUrl& file);
    /// Marks every reply to this report as read (the reporter opened its conversation).
    Q_INVOKABLE void markRead(const QString& reportId);

signals:
    void countsChanged();

private:
    struct Row {
        OutboxRow outbox;
        QString title;
        QString kind;
        QString category;
        QDateTime created;
        int replies = 0;
        int unread = 0;
    };
    QByteArray receiptDocument(const QString& reportId) const;
    int repliesSeen(const ReportId& id) const;

    FieldApp& m_app;
    std::vector<Row> m_rows;
    int m_pending = 0;
    int m_delivered = 0;
    int m_quarantined = 0;
    int m_pendingFollowUps = 0;
    int m_unread = 0;
};

} // namespace vigil::field
