// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Human-readable, translatable names for the wire names of the report model and the workflow
// ("near_miss" → "Near miss"). Unknown names are shown as they are, never hidden.

#include <QString>

namespace vigil::advisor {

/// `Step` names the button that moves a case into a state ("acknowledged" → "Acknowledge").
enum class Vocabulary { Kind, Category, State, Step, Outcome, Mode, Risk, Clock, Domain, AuditAction, Location, Period,
                        Injury, Damage };

QString label(Vocabulary vocabulary, const QString& name);

} // namespace vigil::advisor
