// SPDX-License-Identifier: EUPL-1.2
#pragma once

// What in a text could identify a person (docs/advisor.md, "Lessons learned"; docs/pdca.md,
// "Console"): member names from the directory, ranks with names, capitalised names inside a
// sentence, dates, times, units and grid references. One set of detectors, used both to redact
// a lessons-learned draft and to warn before a measure's title or description leaves the desk.
// Errs on the side of finding too much: a warning read and dismissed costs little.

#include <QString>
#include <QStringList>

namespace vigil::advisor {

/// What must not appear beyond the patterns the detectors know.
struct RedactionContext {
    QStringList names;    ///< e.g. the reporter's identity text, member names from the roster
    QStringList units;    ///< unit ids and names from the directory
};

/// Replaces names with "[name]", units with "[unit]", dates with "[date]", times with
/// "[time]" and grid references with "[place]".
QString redact(const QString& text, const RedactionContext& context);

/// What kinds of identifying detail `text` holds: any of "name", "date" (dates and times),
/// "place" (grid references) and "unit", each once, in that order; empty when none.
QStringList identifyingKinds(const QString& text, const RedactionContext& context);

} // namespace vigil::advisor
