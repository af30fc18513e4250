// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The inbox's source model: every case routed to the advisor's groups, one row each, with the
// console's reading of its clocks (time left, urgency) and of queued actions. Sorting and
// filtering are InboxFilter's job.

#include "caseinfo.h"

#include <QAbstractListModel>
#include <QHash>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <vector>

namespace vigil::advisor {

class CaseListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the Console owns the case list")

    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int overdueCount READ overdueCount NOTIFY countChanged)
    Q_PROPERTY(int dueSoonCount READ dueSoonCount NOTIFY countChanged)

public:
    enum Role {
        CaseIdRole = Qt::UserRole + 1,
        ReportIdRole,
        HeadlineRole,
        KindRole,
        KindLabelRole,
        CategoryRole,
        CategoryLabelRole,
        DomainRole,
        UnitRole,
        MonthRole,
        ModeRole,
        ModeLabelRole,
        RiskLevelRole,
        RiskLabelRole,
        RiskCodeRole,
        RiskRankRole,
        ImmediateDangerRole,
        StateRole,
        StateLabelRole,
        StateRankRole,
        AssigneeRole,
        AssigneeNameRole,
        AssignedToMeRole,
        ReceivedAtRole,
        ClockRole,
        ClockLabelRole,
        DueAtRole,
        TimeLeftRole,
        UrgencyRole,
        PendingRole,
        ClosedRole,
        ReporterWaitingRole,
        FollowUpsRole,
        RetaliationRole,
        CheckInRole,           ///< "overdue" / "due" when an aftercare check-in is; "" otherwise
        ContactWantedRole,     ///< the reporter asked for more contact, unanswered
    };
    Q_ENUM(Role)

    explicit CaseListModel(std::function<qint64()> clock, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return static_cast<int>(m_cases.size()); }
    int overdueCount() const;
    int dueSoonCount() const;

    /// Replaces the whole list (a fresh inbox from the registry or the cache).
    void setCases(std::vector<CaseInfo> cases);
    /// Inserts or updates one case (an action's answer carries the case as it now is).
    void upsert(const CaseInfo& info);
    void clear();
    /// Every row's labels again, in the language now installed.
    void retranslate();
    const CaseInfo* find(qint64 id) const;
    const std::vector<CaseInfo>& cases() const { return m_cases; }
    int rowOf(qint64 id) const;

    /// Queued actions per case id, for the "waiting to sync" mark.
    void setPending(const QHash<qint64, int>& pending);
    /// A headline decrypted on this machine (kept in memory only).
    void setHeadline(qint64 id, const QString& headline);
    /// Member ids → names from the directory, and who "me" is.
    void setMembers(const QHash<QString, QString>& names, const QString& me);
    QString memberName(const QString& id) const;

    qint64 now() const { return m_clock(); }

signals:
    void countChanged();

private:
    void refreshClocks();

    std::function<qint64()> m_clock;
    std::vector<CaseInfo> m_cases;
    QHash<qint64, int> m_pending;
    QHash<qint64, QString> m_headlines;
    QHash<QString, QString> m_names;
    QString m_me;
    QTimer m_tick;
};

} // namespace vigil::advisor
