// SPDX-License-Identifier: EUPL-1.2
#include "inboxfilter.h"

#include "caselistmodel.h"
#include "shared/qt/labels.h"

#include <QVariantMap>

#include <algorithm>
#include <set>

namespace vigil::advisor {

using appcore::label;
using appcore::Vocabulary;

namespace {

int riskRankOf(const QString& level)
{
    static const QStringList order{QStringLiteral("unrated"), QStringLiteral("low"), QStringLiteral("medium"),
                                   QStringLiteral("serious"), QStringLiteral("high")};
    return static_cast<int>(order.indexOf(level));
}

} // namespace

InboxFilter::InboxFilter(CaseListModel* source, QObject* parent) : QSortFilterProxyModel(parent), m_cases(source)
{
    setSourceModel(source);
    setDynamicSortFilter(true);
    sort(0, Qt::AscendingOrder);
    connect(this, &QAbstractItemModel::rowsInserted, this, &InboxFilter::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &InboxFilter::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &InboxFilter::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &InboxFilter::countChanged);
}

void InboxFilter::changed()
{
    invalidate();
    sort(0, m_descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    emit filtersChanged();
    emit countChanged();
}

#define VIGIL_SETTER(name, member)                                                                                     \
    void InboxFilter::name(const QString& v)                                                                           \
    {                                                                                                                  \
        if (member != v) {                                                                                             \
            member = v;                                                                                                \
            changed();                                                                                                 \
        }                                                                                                              \
    }
VIGIL_SETTER(setState, m_state)
VIGIL_SETTER(setKind, m_kind)
VIGIL_SETTER(setCategory, m_category)
VIGIL_SETTER(setUnit, m_unit)
VIGIL_SETTER(setRisk, m_risk)
VIGIL_SETTER(setClock, m_clock)
VIGIL_SETTER(setSearch, m_search)
VIGIL_SETTER(setSortKey, m_sortKey)
#undef VIGIL_SETTER

void InboxFilter::setMine(bool v)
{
    if (m_mine != v) {
        m_mine = v;
        changed();
    }
}

void InboxFilter::setReporterWaiting(bool v)
{
    if (m_reporterWaiting != v) {
        m_reporterWaiting = v;
        changed();
    }
}

void InboxFilter::setDescending(bool v)
{
    if (m_descending != v) {
        m_descending = v;
        changed();
    }
}

void InboxFilter::resetFilters()
{
    m_state = QStringLiteral("open");
    m_kind.clear();
    m_category.clear();
    m_unit.clear();
    m_risk.clear();
    m_clock.clear();
    m_mine = false;
    m_reporterWaiting = false;
    m_search.clear();
    changed();
}

bool InboxFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex i = m_cases->index(sourceRow, 0, sourceParent);
    auto text = [&](int role) { return i.data(role).toString(); };
    const QString state = text(CaseListModel::StateRole);
    if (m_state == QLatin1String("open") ? state == QLatin1String("closed") : !m_state.isEmpty() && state != m_state)
        return false;
    if (!m_kind.isEmpty() && text(CaseListModel::KindRole) != m_kind)
        return false;
    if (!m_category.isEmpty() && text(CaseListModel::CategoryRole) != m_category)
        return false;
    if (!m_unit.isEmpty() && text(CaseListModel::UnitRole) != m_unit)
        return false;
    if (!m_risk.isEmpty() && i.data(CaseListModel::RiskRankRole).toInt() < riskRankOf(m_risk))
        return false;
    const int urgency = i.data(CaseListModel::UrgencyRole).toInt();
    if (m_clock == QLatin1String("overdue") && urgency < 3)
        return false;
    if (m_clock == QLatin1String("due_soon") && urgency < 2)
        return false;
    if (m_clock == QLatin1String("running") && urgency < 1)
        return false;
    if (m_mine && !i.data(CaseListModel::AssignedToMeRole).toBool())
        return false;
    if (m_reporterWaiting && !i.data(CaseListModel::ReporterWaitingRole).toBool())
        return false;
    if (m_search.startsWith(QLatin1Char('#')))
        return QString::number(i.data(CaseListModel::CaseIdRole).toLongLong()) == m_search.mid(1).trimmed();
    if (!m_search.isEmpty()) {
        const QString haystack = QStringList{text(CaseListModel::HeadlineRole), text(CaseListModel::CategoryLabelRole),
                                             text(CaseListModel::KindLabelRole), text(CaseListModel::UnitRole),
                                             text(CaseListModel::ReportIdRole),
                                             QString::number(i.data(CaseListModel::CaseIdRole).toLongLong())}
                                     .join(QLatin1Char(' '));
        if (!haystack.contains(m_search, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool InboxFilter::lessThan(const QModelIndex& l, const QModelIndex& r) const
{
    auto num = [](const QModelIndex& i, int role) { return i.data(role).toLongLong(); };
    auto byReceived = [&] {
        const QDateTime a = l.data(CaseListModel::ReceivedAtRole).toDateTime();
        const QDateTime b = r.data(CaseListModel::ReceivedAtRole).toDateTime();
        return a != b ? a < b : num(l, CaseListModel::CaseIdRole) < num(r, CaseListModel::CaseIdRole);
    };
    auto compareText = [&](int role) {
        const int c = QString::localeAwareCompare(l.data(role).toString(), r.data(role).toString());
        return c != 0 ? c < 0 : num(l, CaseListModel::CaseIdRole) < num(r, CaseListModel::CaseIdRole);
    };
    if (m_sortKey == QLatin1String("received"))
        return byReceived();
    if (m_sortKey == QLatin1String("risk")) {
        // Most severe first in ascending order: that is what a desk wants at the top.
        const auto a = num(l, CaseListModel::RiskRankRole), b = num(r, CaseListModel::RiskRankRole);
        return a != b ? a > b : byReceived();
    }
    if (m_sortKey == QLatin1String("state")) {
        const auto a = num(l, CaseListModel::StateRankRole), b = num(r, CaseListModel::StateRankRole);
        return a != b ? a < b : byReceived();
    }
    if (m_sortKey == QLatin1String("kind"))
        return compareText(CaseListModel::KindLabelRole);
    if (m_sortKey == QLatin1String("category"))
        return compareText(CaseListModel::CategoryLabelRole);
    if (m_sortKey == QLatin1String("unit"))
        return compareText(CaseListModel::UnitRole);
    // "clock": the deadline that runs out first on top; cases without a running clock last.
    const QVariant a = l.data(CaseListModel::DueAtRole), b = r.data(CaseListModel::DueAtRole);
    if (a.isValid() != b.isValid())
        return a.isValid();
    if (a.isValid() && a.toDateTime() != b.toDateTime())
        return a.toDateTime() < b.toDateTime();
    return byReceived();
}

qint64 InboxFilter::caseIdAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return 0;
    return index(row, 0).data(CaseListModel::CaseIdRole).toLongLong();
}

int InboxFilter::rowOfCase(qint64 id) const
{
    const int source = m_cases->rowOf(id);
    if (source < 0)
        return -1;
    return mapFromSource(m_cases->index(source, 0)).row();
}

QVariantList InboxFilter::choices(const QString& field) const
{
    std::set<QString> values;
    for (const CaseInfo& c : m_cases->cases()) {
        if (field == QLatin1String("state"))
            values.insert(c.state);
        else if (field == QLatin1String("kind"))
            values.insert(c.kind);
        else if (field == QLatin1String("category"))
            values.insert(c.category);
        else if (field == QLatin1String("unit"))
            values.insert(c.unit);
    }
    QVariantList out;
    if (field == QLatin1String("risk")) {
        for (const char* level : {"high", "serious", "medium", "low"})
            out << QVariantMap{{QStringLiteral("value"), QString::fromLatin1(level)},
                               {QStringLiteral("label"), label(Vocabulary::Risk, QString::fromLatin1(level))}};
        return out;
    }
    const Vocabulary vocabulary = field == QLatin1String("state") ? Vocabulary::State
                                  : field == QLatin1String("kind") ? Vocabulary::Kind
                                                                   : Vocabulary::Category;
    for (const QString& v : values) {
        const QString text = field == QLatin1String("unit") ? (v.isEmpty() ? tr("(no unit)") : v) : label(vocabulary, v);
        out << QVariantMap{{QStringLiteral("value"), v}, {QStringLiteral("label"), text}};
    }
    return out;
}

} // namespace vigil::advisor
