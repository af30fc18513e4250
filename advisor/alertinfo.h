// SPDX-License-Identifier: EUPL-1.2
#pragma once

// An alert of the alerts register as the registry describes it to a member (docs/pdca.md
// "Alerts", docs/advisor-api.md "Alerts"): raised when a settled month of an indicator fired a
// rule, then assigned, followed up (a measure, an explanation or both) and closed. Read
// tolerantly as measures are: unknown keys are ignored, only the id, indicator and state are
// required.

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace vigil::advisor {

struct AlertInfo {
    qint64 id = 0;
    QString indicatorId;
    QString nameNl, nameEn;
    QString scopeUnit;          ///< '' = the whole organisation
    QString month;              ///< YYYY-MM, the month that raised it
    QStringList months;         ///< later months still firing while it was open
    QString rule;               ///< "3:1"
    double value = 0;
    double level = 0;
    QString state;              ///< "raised", "assigned", "followed_up", "closed"
    qint64 raisedAt = 0;
    qint64 followUpDue = 0;
    QString clock;              ///< "running", "due_soon", "overdue", "met"
    QString assignee;           ///< member id; empty when none
    qint64 measure = 0;         ///< the measure that answers it; 0 when none
    QString explanation;
    QString followedUpBy;
    QString closedBy;
    QString closeNote;
    QStringList next;           ///< the states one step away
    QStringList may;            ///< of next, those this member may take
    QJsonObject json;           ///< the registry's object as received

    static std::optional<AlertInfo> fromJson(const QJsonObject& object);

    bool isOpen() const { return state != QLatin1String("closed"); }
    /// Whether `m` (YYYY-MM) is the month that raised it or one that joined it.
    bool covers(const QString& m) const { return month == m || months.contains(m); }
    /// The indicator's name in `language` ("nl" or "en"), the other when that one is empty.
    QString name(const QString& language) const;
};

/// "Raised", "Assigned", "Followed up", "Closed" in the language installed now.
QString alertStateLabel(const QString& state);
/// The verb for a button taking an alert to `to`: "Assign", "Follow up", "Close alert".
QString alertStepLabel(const QString& to);

} // namespace vigil::advisor
