// SPDX-License-Identifier: EUPL-1.2
#include "measureinfo.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace vigil::advisor {

namespace {

// The translation context of this file's texts (lupdate reads MeasureText::tr).
struct MeasureText {
    Q_DECLARE_TR_FUNCTIONS(MeasureText)
};

qint64 timeOf(const QJsonValue& v)
{
    return v.isDouble() ? static_cast<qint64>(v.toDouble()) : 0;
}

QStringList texts(const QJsonValue& v)
{
    QStringList out;
    for (const auto& item : v.toArray())
        out << item.toString();
    return out;
}

int clockRank(const QString& status)
{
    if (status == QLatin1String("overdue"))
        return 3;
    if (status == QLatin1String("due_soon"))
        return 2;
    return status == QLatin1String("running") ? 1 : 0;
}

} // namespace

std::optional<MeasureInfo> MeasureInfo::fromJson(const QJsonObject& o)
{
    MeasureInfo m;
    m.id = timeOf(o.value(QStringLiteral("id")));
    m.title = o.value(QStringLiteral("title")).toString();
    m.state = o.value(QStringLiteral("state")).toString();
    if (m.id <= 0 || m.title.isEmpty() || m.state.isEmpty())
        return std::nullopt;
    auto text = [&o](const char* key) { return o.value(QLatin1String(key)).toString(); };
    m.description = text("description");
    m.domain = text("domain");
    const QJsonObject owner = o.value(QStringLiteral("owner")).toObject();
    m.ownerUnit = owner.value(QStringLiteral("unit")).toString();
    m.ownerRole = owner.value(QStringLiteral("role")).toString();
    m.due = text("due");
    m.dueAt = timeOf(o.value(QStringLiteral("due_at")));
    m.verdict = text("verdict");
    m.verdictBasis = text("verdict_basis");
    m.proposedBy = text("proposed_by");
    m.proposedAt = timeOf(o.value(QStringLiteral("proposed_at")));
    m.approvedBy = text("approved_by");
    m.implementedOn = text("implemented_on");
    m.evidence = text("evidence");
    m.reopenReason = text("reopen_reason");
    m.checkNote = text("check_note");
    m.cancelReason = text("cancel_reason");
    for (const auto& c : o.value(QStringLiteral("cases")).toArray())
        if (c.isDouble() && c.toDouble() > 0)
            m.cases << static_cast<qint64>(c.toDouble());
    m.casesLinked = o.value(QStringLiteral("cases_linked")).toInt();
    const QJsonObject clocks = o.value(QStringLiteral("clocks")).toObject();
    m.dueClock = clocks.value(QStringLiteral("due")).toString();
    m.checkClock = clocks.value(QStringLiteral("check")).toString();
    m.checkDue = timeOf(clocks.value(QStringLiteral("check_due")));
    m.next = texts(o.value(QStringLiteral("next")));
    if (o.value(QStringLiteral("may")).isArray())
        m.may = texts(o.value(QStringLiteral("may")));
    m.json = o;
    return m;
}

QStringList MeasureInfo::offeredSteps(const QString& me) const
{
    if (may)
        return *may;
    if (me.isEmpty() || proposedBy != me)
        return next;
    // Separation of duties: the proposer may start what was approved and withdraw its own
    // proposal; every other step after proposing is another member's.
    QStringList out;
    for (const QString& to : next) {
        const bool start = to == QLatin1String("in_progress") && state == QLatin1String("approved");
        const bool withdraw = to == QLatin1String("cancelled") && state == QLatin1String("proposed");
        if (start || withdraw)
            out << to;
    }
    return out;
}

QString MeasureInfo::clockStatus() const
{
    const QString worse = clockRank(checkClock) > clockRank(dueClock) ? checkClock : dueClock;
    return clockRank(worse) > 0 ? worse : QString();
}

bool MeasureInfo::closesCases() const
{
    return state == QLatin1String("approved") || state == QLatin1String("in_progress")
           || state == QLatin1String("implemented") || state == QLatin1String("checked");
}

std::optional<ClockEntry> ClockEntry::fromJson(const QJsonObject& o)
{
    ClockEntry e;
    e.subject = o.value(QStringLiteral("subject")).toString();
    e.id = timeOf(o.value(QStringLiteral("id")));
    e.clock = o.value(QStringLiteral("clock")).toString();
    e.status = o.value(QStringLiteral("status")).toString();
    if (e.id <= 0 || e.subject.isEmpty() || e.clock.isEmpty())
        return std::nullopt;
    e.title = o.value(QStringLiteral("title")).toString();
    e.state = o.value(QStringLiteral("state")).toString();
    e.due = timeOf(o.value(QStringLiteral("due")));
    return e;
}

QString measureStateLabel(const QString& state)
{
    if (state == QLatin1String("proposed"))
        return MeasureText::tr("Proposed");
    if (state == QLatin1String("approved"))
        return MeasureText::tr("Approved");
    if (state == QLatin1String("in_progress"))
        return MeasureText::tr("In progress");
    if (state == QLatin1String("implemented"))
        return MeasureText::tr("Implemented");
    if (state == QLatin1String("checked"))
        return MeasureText::tr("Checked");
    if (state == QLatin1String("cancelled"))
        return MeasureText::tr("Cancelled");
    return state;
}

QString verdictLabel(const QString& verdict)
{
    if (verdict == QLatin1String("effective"))
        return MeasureText::tr("Effective");
    if (verdict == QLatin1String("not_effective"))
        return MeasureText::tr("No measurable change");
    if (verdict == QLatin1String("inconclusive"))
        return MeasureText::tr("Inconclusive");
    return {};
}

QString clockStatusLabel(const QString& status)
{
    if (status == QLatin1String("overdue"))
        return MeasureText::tr("Overdue");
    if (status == QLatin1String("due_soon"))
        return MeasureText::tr("Due soon");
    if (status == QLatin1String("running"))
        return MeasureText::tr("Running");
    return {};
}

QString clockKindLabel(const QString& clock)
{
    if (clock == QLatin1String("due"))
        return MeasureText::tr("Due date");
    if (clock == QLatin1String("check"))
        return MeasureText::tr("Implemented, not checked");
    return clock;
}

QString stepLabel(const QString& from, const QString& to)
{
    // Back from implemented to in progress is reopening: what was recorded as done was not.
    if (to == QLatin1String("in_progress") && from == QLatin1String("implemented"))
        return MeasureText::tr("Reopen");
    if (to == QLatin1String("approved"))
        return MeasureText::tr("Approve");
    if (to == QLatin1String("in_progress"))
        return MeasureText::tr("Start");
    if (to == QLatin1String("implemented"))
        return MeasureText::tr("Mark implemented");
    if (to == QLatin1String("checked"))
        return MeasureText::tr("Record the check");
    if (to == QLatin1String("cancelled"))
        return MeasureText::tr("Cancel the measure");
    return to;
}

} // namespace vigil::advisor
