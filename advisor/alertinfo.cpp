// SPDX-License-Identifier: EUPL-1.2
#include "alertinfo.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QVariant>

namespace vigil::advisor {

namespace {

// The translation context of this file's texts (lupdate reads AlertText::tr).
struct AlertText {
    Q_DECLARE_TR_FUNCTIONS(AlertText)
};

qint64 integerOf(const QJsonValue& v)
{
    return v.isDouble() ? static_cast<qint64>(v.toDouble()) : 0;
}

/// A JSON array of strings (anything else in it reads as "").
QStringList textsOf(const QJsonValue& v)
{
    return v.toVariant().toStringList();
}

} // namespace

std::optional<AlertInfo> AlertInfo::fromJson(const QJsonObject& o)
{
    AlertInfo a;
    a.id = integerOf(o.value(QStringLiteral("id")));
    const QJsonObject indicator = o.value(QStringLiteral("indicator")).toObject();
    a.indicatorId = indicator.value(QStringLiteral("id")).toString();
    a.state = o.value(QStringLiteral("state")).toString();
    if (a.id <= 0 || a.indicatorId.isEmpty() || a.state.isEmpty())
        return std::nullopt;
    auto text = [&o](const char* key) { return o.value(QLatin1String(key)).toString(); };
    a.nameNl = indicator.value(QStringLiteral("name_nl")).toString();
    a.nameEn = indicator.value(QStringLiteral("name_en")).toString();
    a.scopeUnit = text("scope_unit");
    a.month = text("month");
    a.months = textsOf(o.value(QStringLiteral("months")));
    a.rule = text("rule");
    a.value = o.value(QStringLiteral("value")).toDouble();
    a.level = o.value(QStringLiteral("level")).toDouble();
    a.raisedAt = integerOf(o.value(QStringLiteral("raised_at")));
    a.followUpDue = integerOf(o.value(QStringLiteral("follow_up_due")));
    a.clock = text("clock");
    a.assignee = text("assignee");
    a.measure = integerOf(o.value(QStringLiteral("measure")));
    a.explanation = text("explanation");
    a.followedUpBy = text("followed_up_by");
    a.closedBy = text("closed_by");
    a.closeNote = text("close_note");
    a.next = textsOf(o.value(QStringLiteral("next")));
    a.may = textsOf(o.value(QStringLiteral("may")));
    a.json = o;
    return a;
}

QString AlertInfo::name(const QString& language) const
{
    const QString& preferred = language == QLatin1String("nl") ? nameNl : nameEn;
    if (!preferred.isEmpty())
        return preferred;
    const QString& other = language == QLatin1String("nl") ? nameEn : nameNl;
    return other.isEmpty() ? indicatorId : other;
}

QString alertStateLabel(const QString& state)
{
    if (state == QLatin1String("raised"))
        return AlertText::tr("Raised");
    if (state == QLatin1String("assigned"))
        return AlertText::tr("Assigned");
    if (state == QLatin1String("followed_up"))
        return AlertText::tr("Followed up");
    if (state == QLatin1String("closed"))
        return AlertText::tr("Closed");
    return state;
}

QString alertStepLabel(const QString& to)
{
    if (to == QLatin1String("assigned"))
        return AlertText::tr("Assign");
    if (to == QLatin1String("followed_up"))
        return AlertText::tr("Follow up");
    if (to == QLatin1String("closed"))
        return AlertText::tr("Close alert");
    return to;
}

} // namespace vigil::advisor
