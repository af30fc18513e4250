// SPDX-License-Identifier: EUPL-1.2
#pragma once

// A measure of the measures register as the registry describes it to a member (docs/pdca.md,
// docs/advisor-api.md "The measure object"), and an entry of its follow-up clocks. Read
// tolerantly: unknown keys are ignored (a newer registry may add some), only the id, title and
// state are required. The console's own readings (labels, the steps it offers) live here too,
// so the list, the detail pane and the tests agree.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vigil::advisor {

struct MeasureInfo {
    qint64 id = 0;
    QString title;
    QString description;
    QString domain;            ///< "physical", "social", "integrity"
    QString ownerUnit;
    QString ownerRole;
    QString due;               ///< YYYY-MM-DD
    qint64 dueAt = 0;          ///< the due date's last second, unix seconds
    QString state;             ///< "proposed", "approved", "in_progress", "implemented", "checked", "cancelled"
    QString verdict;           ///< "none" until checked
    QString verdictBasis;
    QString proposedBy;
    qint64 proposedAt = 0;
    QString approvedBy;
    QString implementedOn;     ///< YYYY-MM-DD, empty until implemented
    QString evidence;
    QString reopenReason;
    QString checkNote;
    QString cancelReason;
    QList<qint64> cases;       ///< the linked cases this member holds
    int casesLinked = 0;       ///< every case ever linked
    QString dueClock;          ///< the due clock's status ("running", "due_soon", "overdue", "met"); empty: none
    QString checkClock;        ///< the check clock's status once implemented; empty: none
    qint64 checkDue = 0;
    QStringList next;          ///< the states the state machine allows now
    std::optional<QStringList> may; ///< the steps the registry says this member may take (when it says)
    QJsonObject json;          ///< the registry's object as received (what the cache keeps)

    /// Reads the measure object; nullopt when the id, title or state is missing.
    static std::optional<MeasureInfo> fromJson(const QJsonObject& object);

    /// The target states this console offers to member `me`: the registry's `may` when it sends
    /// one; otherwise `next` without what separation of duties forbids the proposer (every step
    /// after the proposal but starting the approved work and withdrawing the own proposal,
    /// registry/pdca/authority.h). Roles are the registry's to check: a step needing one the
    /// member lacks is refused there (403) and the console says so.
    QStringList offeredSteps(const QString& me) const;
    /// The worse of the two clocks: "overdue", "due_soon", "running", or empty (none runs).
    QString clockStatus() const;
    /// Whether a case may be closed "resolved — measure" with it (approved or later, not cancelled).
    bool closesCases() const;
    bool isOpen() const { return state != QLatin1String("checked") && state != QLatin1String("cancelled"); }
};

/// One follow-up clock (GET /v1/advisor/pdca/clocks): a measure's due date or its check.
struct ClockEntry {
    QString subject;           ///< "measure" (risks and alerts come later)
    qint64 id = 0;
    QString title;
    QString state;
    QString clock;             ///< "due" or "check"
    qint64 due = 0;
    QString status;            ///< "overdue", "due_soon", "running"

    static std::optional<ClockEntry> fromJson(const QJsonObject& object);
};

/// "Proposed", "In progress", … in the language installed now (docs/pdca-plan.md, "Words").
QString measureStateLabel(const QString& state);
/// "Effective", "No measurable change", "Inconclusive"; empty for "none".
QString verdictLabel(const QString& verdict);
/// "Overdue", "Due soon", "Running"; empty for none or met.
QString clockStatusLabel(const QString& status);
/// "Due date", "Check" for a follow-up clock's kind.
QString clockKindLabel(const QString& clock);
/// The verb of the step from `from` to `to` for a button: "Approve", "Start", "Reopen", …
QString stepLabel(const QString& from, const QString& to);

} // namespace vigil::advisor
