// SPDX-License-Identifier: EUPL-1.2
#include "lessondraft.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace vigil::advisor {

namespace {

// The translation context of this file's texts (lupdate reads LessonText::tr).
struct LessonText {
    Q_DECLARE_TR_FUNCTIONS(LessonText)
};

const QRegularExpression& pattern(const char* re)
{
    // Few patterns, each compiled once per process (kept in a function-local static table).
    static QHash<const char*, QRegularExpression> cache;
    auto it = cache.find(re);
    if (it == cache.end())
        it = cache.insert(re, QRegularExpression(QString::fromLatin1(re),
                                                 QRegularExpression::CaseInsensitiveOption
                                                     | QRegularExpression::UseUnicodePropertiesOption));
    return *it;
}

QString redactPatterns(QString text)
{
    const char* ranks = R"(\b(?:sgt|sergeant|lt|lieutenant|luitenant|cpt|capt|captain|kapitein|maj|major|majoor|)"
                        R"(col|colonel|kolonel|cpl|corporal|korporaal|pvt|pte|private|soldaat|mr|mrs|ms|dr|dhr|)"
                        R"(mevr|meneer|mevrouw)\.?(?:\s+[A-Z]\.)*\s+[A-Z][\w'-]+)";
    text.replace(pattern(ranks), QStringLiteral("[name]"));
    text.replace(pattern(R"(\b\d{4}-\d{2}(?:-\d{2})?(?:T\d{2}:\d{2})?\b)"), QStringLiteral("[date]"));
    text.replace(pattern(R"(\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b)"), QStringLiteral("[date]"));
    text.replace(pattern(R"(\b\d{1,2}[:.h]\d{2}\b(?:\s*(?:h|uur|hrs))?)"), QStringLiteral("[time]"));
    text.replace(pattern(R"(\b\d{1,2}\s+(?:jan|feb|mar|maa|apr|may|mei|jun|jul|aug|sep|oct|okt|nov|dec)\w*\b)"),
                 QStringLiteral("[date]"));
    text.replace(pattern(R"(\b(?:january|february|march|april|june|july|august|september|october|november|)"
                         R"(december|januari|februari|maart|juni|juli|augustus|oktober|monday|tuesday|)"
                         R"(wednesday|thursday|friday|saturday|sunday|maandag|dinsdag|woensdag|donderdag|)"
                         R"(vrijdag|zaterdag|zondag|yesterday|gisteren)\b)"),
                 QStringLiteral("[date]"));
    text.replace(pattern(R"(\b\d{1,3}\s*(?:st|nd|rd|th|e)?\s*(?:bn|bde|coy|cie|pl|plt|platoon|peloton|battalion|)"
                         R"(bataljon|brigade|company|compagnie|squadron|sqn|eskadron|regiment|rgt)\b)"),
                 QStringLiteral("[unit]"));
    text.replace(pattern(R"(\b(?:bn|bde|coy|cie|pl|plt|sqn|rgt)\s*\d{1,3}\b)"), QStringLiteral("[unit]"));
    text.replace(pattern(R"(\b\d{1,2}[C-X][A-Z]{2}\s?\d{2,10}\b)"), QStringLiteral("[place]"));
    return text;
}

/// Capitalised words inside a sentence are taken for names (acronyms and words with digits
/// are kept: "UN1203", "ADR").
QString redactCapitalised(const QString& text)
{
    static const QRegularExpression word(QStringLiteral(R"((?<![.!?:]\s)(?<!^)(?<=\s)\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*)"),
                                         QRegularExpression::UseUnicodePropertiesOption
                                             | QRegularExpression::MultilineOption);
    QString out = text;
    out.replace(word, QStringLiteral("[name]"));
    return out;
}

} // namespace

QString redact(const QString& input, const RedactionContext& context)
{
    QString text = input;
    for (const QString& name : context.names) {
        if (name.trimmed().size() >= 3)
            text.replace(name.trimmed(), QStringLiteral("[name]"), Qt::CaseInsensitive);
        for (const QString& part : name.split(QRegularExpression(QStringLiteral(R"([\s,]+)")), Qt::SkipEmptyParts))
            if (part.size() >= 3 && part.front().isUpper())
                text.replace(QRegularExpression(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(part))),
                             QStringLiteral("[name]"));
    }
    for (const QString& unit : context.units)
        if (unit.trimmed().size() >= 2)
            text.replace(QRegularExpression(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(unit.trimmed())),
                                            QRegularExpression::CaseInsensitiveOption),
                         QStringLiteral("[unit]"));
    text = redactPatterns(text);
    return redactCapitalised(text);
}

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
