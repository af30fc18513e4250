// SPDX-License-Identifier: EUPL-1.2
#pragma once

// A de-identified lessons-learned draft from a closed case (docs/advisor.md, "Lessons
// learned"): the report's narrative, factors and actions with names, units, dates, times and
// grid references redacted. A draft for the advisor to edit, never published as is: the
// registry operator publishes bulletins (`vigil-admin bulletin publish`).

#include "identifyingcheck.h"

#include "shared/report.h"

#include <QString>
#include <QStringList>

namespace vigil::advisor {

struct LessonDraft {
    QString title;
    QString text;
};

/// The draft for `report`, closed with `outcome` (a label), in the report's own language.
LessonDraft draftLesson(const Report& report, const QString& categoryLabel, const QString& outcome,
                        const RedactionContext& context);

} // namespace vigil::advisor
