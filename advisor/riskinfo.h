// SPDX-License-Identifier: EUPL-1.2
#pragma once

// A risk of the risk register as the registry describes it to a member (docs/pdca.md "Risks",
// docs/advisor-api.md "The risk object"), read tolerantly as MeasureInfo is: unknown keys are
// ignored, only the id, hazard and state are required. The console's own readings (level and
// state words, the steps it offers, the authority a decision needs) live here too, so the list,
// the detail pane and the tests agree.

#include "shared/authorities.h"
#include "shared/directory.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace vigil::advisor {

/// A cell of the risk matrix: severity I–IV × probability A–E (F: eliminated), and its level.
struct RiskCell {
    QString severity;
    QString probability;
    QString level;             ///< "high", "serious", "medium", "low", "eliminated"

    static std::optional<RiskCell> fromJson(const QJsonValue& v);
    /// "II-B": how the matrix names the cell.
    QString code() const { return severity + QLatin1Char('-') + probability; }
};

/// One decision on a risk's acceptance, with the role and echelon it was taken under.
struct RiskDecision {
    QString decision;          ///< "accepted", "declined", "reviewed"
    QString level;
    QString member;
    QString role;              ///< "commander", "measures"
    QString roleUnit;          ///< '' the whole organisation
    int roleDepth = 0;
    int requiredDepth = 0;
    qint64 at = 0;
    QString reviewDue;
    QString note;
};

struct RiskInfo {
    qint64 id = 0;
    QString hazard;
    QString description;
    QString domain;
    QString unit;              ///< the scope; '' the whole organisation
    QString category;          ///< a report category, or empty
    std::optional<RiskCell> initial;
    std::optional<RiskCell> residual;
    QString residualBy;
    QString residualNote;
    QString state;             ///< "open", "accepted", "closed"
    QString reviewDue;         ///< YYYY-MM-DD while accepted
    qint64 reviewDueAt = 0;
    QString createdBy;
    qint64 createdAt = 0;
    QString closeReason;
    QString reopenReason;
    QList<qint64> cases;
    QList<qint64> measures;
    std::vector<RiskDecision> decisions;
    QString reviewClock;       ///< "running", "due_soon", "overdue", "met"; empty: none
    QStringList next;
    QJsonObject json;          ///< the registry's object as received

    static std::optional<RiskInfo> fromJson(const QJsonObject& object);

    /// The level the risk stands at now: the residual one once assessed, else the initial.
    QString currentLevel() const;
    /// The steps the state machine allows now, as the console names them: "assess", "accept",
    /// "decline", "review", "close", "reopen". Roles and authority are the registry's to check.
    QStringList steps() const;
};

/// "High", "Serious", "Medium", "Low", "Eliminated" (the case risk chip's words).
QString riskLevelLabel(const QString& level);
/// 4 high … 1 low, 0 eliminated or unknown: for sorting and "this level and above".
int riskLevelRank(const QString& level);
/// "Open", "Accepted", "Closed".
QString riskStateLabel(const QString& state);
/// "Accepted", "Declined", "Reviewed".
QString riskDecisionLabel(const QString& decision);
/// "Commander", "Measures coordinator".
QString riskRoleLabel(const QString& role);
/// The verb of a step for its button: "Assess residual risk", "Accept", …
QString riskStepLabel(const QString& step);

/// A unit's echelon in `units` (0 for a top unit and for '' the whole organisation).
int unitDepth(const std::vector<Unit>& units, const QString& unit);
/// The unit above (or at) `unit` at echelon `depth`; '' when there is none.
QString unitAtDepth(const std::vector<Unit>& units, const QString& unit, int depth);

/// The units whose roles cover `unit`: it, every unit above it, and '' (the whole organisation).
QStringList coveringUnits(const std::vector<Unit>& units, const QString& unit);

/// Who may accept a residual risk of `level` scoped to `unit`: by the signed policy's rule for
/// that level when the console holds one (shared/authorities.h), else by the organisation's
/// default acceptance policy (registry/pdca/authority.h): high at echelon 0, serious at echelon
/// 1 or higher, medium a commander of the scope or above, low also its measures coordinator.
struct RequiredAuthority {
    QStringList roles;         ///< "commander" and perhaps "measures"
    int depth = 0;             ///< the deepest echelon allowed
    QString unit;              ///< the unit at that echelon above the scope ('' the top)
    QStringList units;         ///< every unit whose role counts: the scope's chain up to that echelon, and ''
};
RequiredAuthority requiredAuthority(const std::vector<Unit>& units, const QString& level, const QString& scope,
                                    const std::optional<AcceptanceLevel>& signedRule = std::nullopt);

} // namespace vigil::advisor
