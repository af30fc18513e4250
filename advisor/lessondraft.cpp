// SPDX-License-Identifier: EUPL-1.2
#include "lessondraft.h"

#include <QCoreApplication>

namespace vigil::advisor {

namespace {

// The translation context of this file's texts (lupdate reads LessonText::tr).
struct LessonText {
    Q_DECLARE_TR_FUNCTIONS(LessonText)
};

} // namespace

LessonDraft draftLesson(const Report& report, const QString& categoryLabel, const QString& outcome,
                        const RedactionContext& given)
{
    RedactionContext context = given;
    if (!report.identity.empty())
        context.names << QString::fromStdString(report.identity);
    auto clean = [&context](const std::string& s) { return redact(QString::fromStdString(s), context); };
    auto list = [&clean](const std::vector<std::string>& items) {
        QStringList out;
        for (const auto& i : items)
            out << QStringLiteral("- ") + clean(i);
        return out.join(QLatin1Char('\n'));
    };
    QStringList parts;
    parts << LessonText::tr("What happened") + QLatin1Char('\n') + clean(report.narrative);
    if (!report.factors.empty())
        parts << LessonText::tr("Contributing factors") + QLatin1Char('\n') + list(report.factors);
    if (!report.immediateActions.empty())
        parts << LessonText::tr("What was done at once") + QLatin1Char('\n') + list(report.immediateActions);
    if (!report.couldHaveHappened.empty())
        parts << LessonText::tr("What could have happened") + QLatin1Char('\n') + clean(report.couldHaveHappened);
    if (!outcome.isEmpty())
        parts << LessonText::tr("Outcome: %1").arg(outcome);
    return LessonDraft{LessonText::tr("Lesson learned: %1").arg(categoryLabel), parts.join(QStringLiteral("\n\n"))};
}

} // namespace vigil::advisor
