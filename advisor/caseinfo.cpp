// SPDX-License-Identifier: EUPL-1.2
#include "caseinfo.h"

#include "shared/riskmatrix.h"

#include "shared/qt/labels.h"

#include <QCoreApplication>
#include <QJsonArray>


namespace vigil::advisor {

using appcore::label;
using appcore::Vocabulary;

namespace {

std::optional<qint64> optionalTime(const QJsonObject& o, const QString& key)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble())
        return static_cast<qint64>(v.toDouble());
    return std::nullopt;
}

QStringList texts(const QJsonValue& v)
{
    QStringList out;
    for (const auto& item : v.toArray())
        out << item.toString();
    return out;
}

int indexOf(QStringView value, std::initializer_list<QStringView> names)
{
    int i = 0;
    for (auto n : names) {
        if (n == value)
            return i;
        ++i;
    }
    return -1;
}

} // namespace

std::optional<CaseInfo> CaseInfo::fromJson(const QJsonObject& o)
{
    CaseInfo c;
    c.id = static_cast<qint64>(o.value(QStringLiteral("id")).toDouble());
    c.state = o.value(QStringLiteral("state")).toString();
    if (c.id <= 0 || c.state.isEmpty())
        return std::nullopt;
    c.reportId = o.value(QStringLiteral("report_id")).toString();
    c.kind = o.value(QStringLiteral("kind")).toString();
    c.category = o.value(QStringLiteral("category")).toString();
    c.domain = o.value(QStringLiteral("domain")).toString();
    c.unit = o.value(QStringLiteral("unit")).toString();
    c.month = o.value(QStringLiteral("month")).toString();
    c.language = o.value(QStringLiteral("lang")).toString();
    c.mode = o.value(QStringLiteral("mode")).toString();
    c.severity = o.value(QStringLiteral("severity")).toString();
    c.likelihood = o.value(QStringLiteral("likelihood")).toString();
    c.impact = o.value(QStringLiteral("impact")).toString();
    c.immediateDanger = o.value(QStringLiteral("immediate_danger")).toBool();
    c.groups = texts(o.value(QStringLiteral("groups")));
    c.recipients = texts(o.value(QStringLiteral("recipients")));
    c.outcome = o.value(QStringLiteral("outcome")).toString();
    c.assignee = o.value(QStringLiteral("assignee")).toString();
    c.receivedAt = static_cast<qint64>(o.value(QStringLiteral("received_at")).toDouble());
    c.acknowledgedAt = optionalTime(o, QStringLiteral("acknowledged_at"));
    c.feedbackAt = optionalTime(o, QStringLiteral("feedback_at"));
    c.closedAt = optionalTime(o, QStringLiteral("closed_at"));
    c.acknowledgeDue = static_cast<qint64>(o.value(QStringLiteral("acknowledge_due")).toDouble());
    c.feedbackDue = static_cast<qint64>(o.value(QStringLiteral("feedback_due")).toDouble());
    c.contactDue = optionalTime(o, QStringLiteral("contact_due"));
    c.next = texts(o.value(QStringLiteral("next")));
    c.replyKey = o.value(QStringLiteral("reply_key")).toString();
    c.followUps = o.value(QStringLiteral("follow_ups")).toInt();
    c.lastFollowUpAt = optionalTime(o, QStringLiteral("last_follow_up_at"));
    c.lastReplyAt = optionalTime(o, QStringLiteral("last_reply_at"));
    c.firstReplyAt = optionalTime(o, QStringLiteral("first_reply_at"));
    c.contactClock = o.value(QStringLiteral("clocks")).toObject().value(QStringLiteral("contact")).toString();
    c.retaliationAt = optionalTime(o, QStringLiteral("retaliation_at"));
    c.retaliationDue = optionalTime(o, QStringLiteral("retaliation_due"));
    c.retaliationClock = o.value(QStringLiteral("clocks")).toObject().value(QStringLiteral("retaliation")).toString();
    const QJsonObject aftercare = o.value(QStringLiteral("aftercare")).toObject();
    for (const auto& item : aftercare.value(QStringLiteral("checkins")).toArray()) {
        const QJsonObject m = item.toObject();
        c.checkIns.push_back(CheckInInfo{static_cast<qint64>(m.value(QStringLiteral("id")).toDouble()),
                                         static_cast<qint64>(m.value(QStringLiteral("due")).toDouble()),
                                         m.value(QStringLiteral("status")).toString()});
    }
    c.aftercareStoppedAt = optionalTime(aftercare, QStringLiteral("stopped_at"));
    c.contactWanted = aftercare.value(QStringLiteral("contact_wanted")).toBool();
    c.checkInTemplate = aftercare.value(QStringLiteral("template")).toString();
    c.json = o;
    return c;
}

QString CaseInfo::checkInAlert() const
{
    QString alert;
    for (const auto& m : checkIns) {
        if (m.status == QLatin1String("overdue"))
            return m.status;
        if (m.status == QLatin1String("due"))
            alert = m.status;
    }
    return alert;
}

std::optional<qint64> CaseInfo::nextCheckIn(qint64 now) const
{
    if (aftercareStoppedAt)
        return std::nullopt;
    for (const auto& m : checkIns)   // earliest first, as the registry sends them
        if (m.due > now && m.status == QLatin1String("planned"))
            return m.due;
    return std::nullopt;
}

qint64 dueSoonWindow(const QString& clock)
{
    return clock == QLatin1String("feedback") ? 14 * 86400 : 48 * 3600;
}

ClockView CaseInfo::nextClock(qint64 now) const
{
    ClockView best;
    if (isClosed())
        return best;
    auto consider = [&](const QString& clock, qint64 due, bool met) {
        if (met || due <= 0)
            return;
        if (!best.clock.isEmpty() && best.due <= due)
            return;
        best.clock = clock;
        best.due = due;
    };
    consider(QStringLiteral("acknowledge"), acknowledgeDue, acknowledgedAt.has_value());
    // A clock is met only by what meets it: first contact by a reply that reached the
    // reporter's mailbox, not by acknowledging (nothing reached the reporter then).
    if (contactDue)
        consider(QStringLiteral("contact"), *contactDue, contactMet());
    consider(QStringLiteral("feedback"), feedbackDue, feedbackAt.has_value());
    // A retaliation signal reopens a closed case at the registry, so it runs whatever the
    // feedback clock says; it is met by an answer after the signal.
    if (retaliationDue)
        consider(QStringLiteral("retaliation"), *retaliationDue, !retaliationOpen());
    if (best.clock.isEmpty())
        return best;
    best.urgency = now > best.due                               ? ClockView::Overdue
                   : best.due - now <= dueSoonWindow(best.clock) ? ClockView::DueSoon
                                                                 : ClockView::Running;
    return best;
}

QString CaseInfo::riskLevel() const
{
    // The one MIL-STD-882E matrix (shared/riskmatrix.h), so the console ranks a case as the
    // registry's indicators and risk register do. A name the wire does not know counts as none.
    const auto severityValue = parseEnum<Severity>(severity.toStdString()).value_or(Severity::None);
    const auto likelihoodValue = parseEnum<Likelihood>(likelihood.toStdString()).value_or(Likelihood::None);
    const auto impactValue = parseEnum<ImpactLevel>(impact.toStdString()).value_or(ImpactLevel::None);
    const auto level = reportLevel(severityValue, likelihoodValue, impactValue, immediateDanger);
    return level ? QString::fromUtf8(enumName(*level).data(), static_cast<qsizetype>(enumName(*level).size()))
                 : QStringLiteral("unrated");
}

int CaseInfo::riskRank() const
{
    const int i = indexOf(riskLevel(), {u"unrated", u"low", u"medium", u"serious", u"high"});
    return i < 0 ? 0 : i;
}

QString CaseInfo::riskCode() const
{
    if (!severity.isEmpty() && severity != QLatin1String("none"))
        return likelihood.isEmpty() || likelihood == QLatin1String("none") ? severity
                                                                          : severity + QLatin1Char('-') + likelihood;
    if (!impact.isEmpty() && impact != QLatin1String("none")) // a label, never the wire name
        return QCoreApplication::translate("Labels", "%1 impact").arg(label(Vocabulary::Risk, impact));
    return {};
}

QString timeLeftText(qint64 due, qint64 now)
{
    const qint64 delta = due - now;
    const qint64 span = delta < 0 ? -delta : delta;
    const qint64 days = span / 86400;
    const qint64 hours = (span % 86400) / 3600;
    QString amount;
    if (days >= 2)
        amount = QCoreApplication::translate("CaseInfo", "%1 d").arg(days);
    else if (days == 1)
        amount = QCoreApplication::translate("CaseInfo", "1 d %1 h").arg(hours);
    else if (hours >= 1)
        amount = QCoreApplication::translate("CaseInfo", "%1 h").arg(hours);
    else
        amount = QCoreApplication::translate("CaseInfo", "%1 min").arg(span / 60);
    return delta < 0 ? QCoreApplication::translate("CaseInfo", "overdue by %1").arg(amount)
                     : QCoreApplication::translate("CaseInfo", "%1 left").arg(amount);
}

int stateRank(const QString& state)
{
    const int i = indexOf(state, {u"received", u"acknowledged", u"assigned", u"in_progress", u"feedback_given",
                                  u"closed"});
    return i < 0 ? 99 : i;
}

} // namespace vigil::advisor
