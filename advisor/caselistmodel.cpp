// SPDX-License-Identifier: EUPL-1.2
#include "caselistmodel.h"

#include "shared/qt/labels.h"

#include <QDateTime>

namespace vigil::advisor {

using appcore::label;
using appcore::Vocabulary;

CaseListModel::CaseListModel(std::function<qint64()> clock, QObject* parent)
    : QAbstractListModel(parent), m_clock(std::move(clock))
{
    // Time left changes while the console is open: re-read the clocks every minute.
    m_tick.setInterval(60 * 1000);
    connect(&m_tick, &QTimer::timeout, this, &CaseListModel::refreshClocks);
    m_tick.start();
}

int CaseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const CaseInfo& c = m_cases[static_cast<std::size_t>(index.row())];
    const qint64 now = m_clock();
    switch (static_cast<Role>(role)) {
    case CaseIdRole: return c.id;
    case ReportIdRole: return c.reportId;
    case HeadlineRole: return m_headlines.value(c.id);
    case KindRole: return c.kind;
    case KindLabelRole: return label(Vocabulary::Kind, c.kind);
    case CategoryRole: return c.category;
    case CategoryLabelRole: return label(Vocabulary::Category, c.category);
    case DomainRole: return c.domain;
    case UnitRole: return c.unit;
    case MonthRole: return c.month;
    case ModeRole: return c.mode;
    case ModeLabelRole: return label(Vocabulary::Mode, c.mode);
    case RiskLevelRole: return c.riskLevel();
    case RiskLabelRole: return label(Vocabulary::Risk, c.riskLevel());
    case RiskCodeRole: return c.riskCode();
    case RiskRankRole: return c.riskRank();
    case ImmediateDangerRole: return c.immediateDanger;
    case StateRole: return c.state;
    case StateLabelRole: return label(Vocabulary::State, c.state);
    case StateRankRole: return stateRank(c.state);
    case AssigneeRole: return c.assignee;
    case AssigneeNameRole: return memberName(c.assignee);
    case AssignedToMeRole: return !c.assignee.isEmpty() && c.assignee == m_me;
    case ReceivedAtRole: return QDateTime::fromSecsSinceEpoch(c.receivedAt, Qt::UTC);
    case ClockRole: return c.nextClock(now).clock;
    case ClockLabelRole: {
        const ClockView v = c.nextClock(now);
        return v.clock.isEmpty() ? QString() : label(Vocabulary::Clock, v.clock);
    }
    case DueAtRole: {
        const ClockView v = c.nextClock(now);
        return v.clock.isEmpty() ? QVariant() : QVariant(QDateTime::fromSecsSinceEpoch(v.due, Qt::UTC));
    }
    case TimeLeftRole: {
        const ClockView v = c.nextClock(now);
        return v.clock.isEmpty() ? QString() : timeLeftText(v.due, now);
    }
    case UrgencyRole: return static_cast<int>(c.nextClock(now).urgency);
    case PendingRole: return m_pending.value(c.id);
    case ClosedRole: return c.isClosed();
    case ReporterWaitingRole: return c.reporterWaiting();
    case FollowUpsRole: return c.followUps;
    case RetaliationRole: return c.retaliationOpen();
    case CheckInRole: return c.checkInAlert();
    case ContactWantedRole: return c.contactWanted;
    }
    return {};
}

QHash<int, QByteArray> CaseListModel::roleNames() const
{
    return {
        {CaseIdRole, "caseId"},
        {ReportIdRole, "reportId"},
        {HeadlineRole, "headline"},
        {KindRole, "kind"},
        {KindLabelRole, "kindLabel"},
        {CategoryRole, "category"},
        {CategoryLabelRole, "categoryLabel"},
        {DomainRole, "domain"},
        {UnitRole, "unit"},
        {MonthRole, "month"},
        {ModeRole, "mode"},
        {ModeLabelRole, "modeLabel"},
        {RiskLevelRole, "riskLevel"},
        {RiskLabelRole, "riskLabel"},
        {RiskCodeRole, "riskCode"},
        {RiskRankRole, "riskRank"},
        {ImmediateDangerRole, "immediateDanger"},
        {StateRole, "state"},
        {StateLabelRole, "stateLabel"},
        {StateRankRole, "stateRank"},
        {AssigneeRole, "assignee"},
        {AssigneeNameRole, "assigneeName"},
        {AssignedToMeRole, "assignedToMe"},
        {ReceivedAtRole, "receivedAt"},
        {ClockRole, "clock"},
        {ClockLabelRole, "clockLabel"},
        {DueAtRole, "dueAt"},
        {TimeLeftRole, "timeLeft"},
        {UrgencyRole, "urgency"},
        {PendingRole, "pending"},
        {ClosedRole, "closed"},
        {ReporterWaitingRole, "reporterWaiting"},
        {FollowUpsRole, "followUps"},
        {RetaliationRole, "retaliation"},
        {CheckInRole, "checkIn"},
        {ContactWantedRole, "contactWanted"},
    };
}

int CaseListModel::overdueCount() const
{
    const qint64 now = m_clock();
    return static_cast<int>(std::count_if(m_cases.begin(), m_cases.end(), [now](const CaseInfo& c) {
        return c.nextClock(now).urgency == ClockView::Overdue;
    }));
}

int CaseListModel::dueSoonCount() const
{
    const qint64 now = m_clock();
    return static_cast<int>(std::count_if(m_cases.begin(), m_cases.end(), [now](const CaseInfo& c) {
        return c.nextClock(now).urgency == ClockView::DueSoon;
    }));
}

void CaseListModel::setCases(std::vector<CaseInfo> cases)
{
    beginResetModel();
    m_cases = std::move(cases);
    endResetModel();
    emit countChanged();
}

void CaseListModel::upsert(const CaseInfo& info)
{
    const int row = rowOf(info.id);
    if (row >= 0) {
        m_cases[static_cast<std::size_t>(row)] = info;
        emit dataChanged(index(row), index(row));
    } else {
        beginInsertRows({}, count(), count());
        m_cases.push_back(info);
        endInsertRows();
    }
    emit countChanged();
}

void CaseListModel::retranslate()
{
    if (!m_cases.empty())
        emit dataChanged(index(0), index(rowCount() - 1));
}

void CaseListModel::clear()
{
    beginResetModel();
    m_cases.clear();
    m_pending.clear();
    m_headlines.clear();
    endResetModel();
    emit countChanged();
}

const CaseInfo* CaseListModel::find(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_cases[static_cast<std::size_t>(row)];
}

int CaseListModel::rowOf(qint64 id) const
{
    for (std::size_t i = 0; i < m_cases.size(); ++i)
        if (m_cases[i].id == id)
            return static_cast<int>(i);
    return -1;
}

void CaseListModel::setPending(const QHash<qint64, int>& pending)
{
    if (pending == m_pending)
        return;
    m_pending = pending;
    if (!m_cases.empty())
        emit dataChanged(index(0), index(count() - 1), {PendingRole});
}

void CaseListModel::setHeadline(qint64 id, const QString& headline)
{
    m_headlines.insert(id, headline);
    if (const int row = rowOf(id); row >= 0)
        emit dataChanged(index(row), index(row), {HeadlineRole});
}

void CaseListModel::setMembers(const QHash<QString, QString>& names, const QString& me)
{
    m_names = names;
    m_me = me;
    if (!m_cases.empty())
        emit dataChanged(index(0), index(count() - 1), {AssigneeNameRole, AssignedToMeRole});
}

QString CaseListModel::memberName(const QString& id) const
{
    return m_names.value(id, id);
}

void CaseListModel::refreshClocks()
{
    if (m_cases.empty())
        return;
    emit dataChanged(index(0), index(count() - 1), {ClockRole, ClockLabelRole, DueAtRole, TimeLeftRole, UrgencyRole});
    emit countChanged();
}

} // namespace vigil::advisor
