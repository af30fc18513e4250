// SPDX-License-Identifier: EUPL-1.2
#include "identifyingcheck.h"

#include <QHash>
#include <QRegularExpression>

namespace vigil::advisor {

namespace {

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

QStringList identifyingKinds(const QString& text, const RedactionContext& context)
{
    // The detectors are redact()'s: a kind is present when redacting adds its placeholder.
    const QString redacted = redact(text, context);
    QStringList kinds;
    auto added = [&](const char* placeholder) {
        const QString p = QString::fromLatin1(placeholder);
        return redacted.count(p) > text.count(p);
    };
    if (added("[name]"))
        kinds << QStringLiteral("name");
    if (added("[date]") || added("[time]"))
        kinds << QStringLiteral("date");
    if (added("[place]"))
        kinds << QStringLiteral("place");
    if (added("[unit]"))
        kinds << QStringLiteral("unit");
    return kinds;
}

} // namespace vigil::advisor
