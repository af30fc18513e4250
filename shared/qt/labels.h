// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The words both apps show for the wire names of the report model and the case workflow
// ("near_miss" → "Near miss" / "Bijna-ongeval"): one table, one translation catalogue
// (i18n/vigil-labels_*.ts, context "WireLabels"), so the reporter and the advisor read the
// same word for the same thing. Unknown names are shown as they are, never hidden.

#include <QString>
#include <QStringList>

namespace vigil::appcore {

/// `Step` names the button that moves a case into a state ("acknowledged" → "Acknowledge");
/// `Risk` holds the risk classes and the impact levels.
enum class Vocabulary { Kind, Category, State, Step, Outcome, Mode, Risk, Clock, Domain, AuditAction, Location, Period,
                        Injury, Damage };

/// The label of `name` in the language installed now.
QString label(Vocabulary vocabulary, const QString& name);
/// The same, with the vocabulary by its name ("kind", "category", "mode", "risk", "location", …)
/// for QML; an unknown vocabulary gives `name` back.
QString label(const QString& vocabulary, const QString& name);
/// Every wire name the table knows for `vocabulary`, in table order.
QStringList names(Vocabulary vocabulary);

} // namespace vigil::appcore
