// SPDX-License-Identifier: EUPL-1.2
#pragma once

// A case as the registry describes it to a member (routing fields, workflow, clocks; never
// content), read from the advisor API's JSON, plus the console's own reading of its clocks so
// "time left" stays honest while offline.

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace vigil::advisor {

/// Which clock runs out next, and how urgent that is.
struct ClockView {
    enum Urgency { None = 0, Running = 1, DueSoon = 2, Overdue = 3 };
    QString clock;             ///< "acknowledge", "contact", "feedback"; empty when no clock runs
    qint64 due = 0;            ///< unix seconds
    Urgency urgency = None;
};

/// One moment of a case's aftercare plan as the registry judged it when it sent the case.
struct CheckInInfo {
    qint64 id = 0;
    qint64 due = 0;            ///< unix seconds
    QString status;            ///< "planned", "due", "overdue", "done", "stopped"
};

struct CaseInfo {
    qint64 id = 0;
    QString reportId;
    QString kind;
    QString category;
    QString domain;
    QString unit;
    QString month;
    QString language;
    QString mode;
    QString severity;
    QString likelihood;
    QString impact;
    bool immediateDanger = false;
    QStringList groups;
    QStringList recipients;
    QString state;
    QString outcome;
    QString assignee;
    qint64 receivedAt = 0;
    std::optional<qint64> acknowledgedAt;
    std::optional<qint64> feedbackAt;
    std::optional<qint64> closedAt;
    qint64 acknowledgeDue = 0;
    qint64 feedbackDue = 0;
    std::optional<qint64> contactDue;
    QStringList next;          ///< states the registry allows next
    QString replyKey;          ///< hex X25519 key replies are sealed to (empty on older registries)
    int followUps = 0;         ///< messages from the reporter kept with the case
    std::optional<qint64> lastFollowUpAt;
    std::optional<qint64> lastReplyAt;
    /// When the first reply reached the reporter's mailbox: what meets the first-contact clock.
    std::optional<qint64> firstReplyAt;
    /// The registry's own reading of the first-contact clock ("running", "met", …; empty when none).
    QString contactClock;
    /// The reporter's newest retaliation signal (issue 16 §3) and the answer it is owed by.
    std::optional<qint64> retaliationAt;
    std::optional<qint64> retaliationDue;
    QString retaliationClock;  ///< the registry's reading ("running", "met", …; empty when none)
    /// The aftercare plan (issue 16 §2): its moments, earliest first, and the reporter's wishes.
    std::vector<CheckInInfo> checkIns;
    std::optional<qint64> aftercareStoppedAt;  ///< the reporter declined further contact
    bool contactWanted = false;                ///< the reporter asked for more contact, unanswered
    QString checkInTemplate;                   ///< the route's template, "7d,1m,3m"; empty: none
    QJsonObject json;          ///< the registry's object as received (what the cache keeps)

    /// Reads the advisor API's case object; nullopt when required fields are missing.
    static std::optional<CaseInfo> fromJson(const QJsonObject& object);

    bool isClosed() const { return state == QLatin1String("closed"); }
    /// The reporter wrote after the last answer (or was never answered): someone should reply.
    bool reporterWaiting() const { return lastFollowUpAt && (!lastReplyAt || *lastFollowUpAt > *lastReplyAt); }
    /// Whether first contact is met: only by a reply that reached the reporter's mailbox
    /// (`first_reply_at`, or the registry saying so), never by acknowledging the case.
    bool contactMet() const { return firstReplyAt.has_value() || contactClock == QLatin1String("met"); }
    /// The reporter signalled retaliation and no answer has reached them since: the case is
    /// marked in the inbox until one does.
    bool retaliationOpen() const
    {
        return retaliationAt && retaliationClock != QLatin1String("met") && (!lastReplyAt || *lastReplyAt < *retaliationAt);
    }
    /// The aftercare plan runs (moments set, or the reporter asked for contact) and the reporter
    /// has not declined: the reporter may be written to, even once the case is closed.
    bool aftercareOpen() const { return !aftercareStoppedAt && (!checkIns.empty() || contactWanted); }
    /// "overdue" or "due" when a check-in of the plan is (overdue first); empty otherwise.
    QString checkInAlert() const;
    /// The earliest planned moment after `now`, unless the reporter declined: what a reply tells
    /// the reporter's app (shared/message.h Message::checkIn).
    std::optional<qint64> nextCheckIn(qint64 now) const;
    /// The open clock with the earliest deadline at `now` (closed cases: none).
    ClockView nextClock(qint64 now) const;
    /// MIL-STD-882E risk level for physical reports ("high", "serious", "medium", "low"), the
    /// impact level for social and integrity reports, or "unrated".
    QString riskLevel() const;
    /// Sort rank of riskLevel(): higher is more severe.
    int riskRank() const;
    /// Short risk code: "II-D" for a hazard matrix cell, otherwise the impact as a label
    /// ("Substantial impact").
    QString riskCode() const;
};

/// How long a clock may run before it counts as due soon: 48 hours for acknowledge and
/// contact (as the registry), 14 days for the three-month feedback clock.
qint64 dueSoonWindow(const QString& clock);

/// "3 d 4 h left", "5 h left", "overdue by 2 d" — relative to `now`.
QString timeLeftText(qint64 due, qint64 now);

/// The workflow states in order, for sorting and the history view.
int stateRank(const QString& state);

} // namespace vigil::advisor
