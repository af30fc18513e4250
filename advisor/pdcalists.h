// SPDX-License-Identifier: EUPL-1.2
#pragma once

// What the PDCA tabs (measures, risks, indicators) share about the registry's lists: each
// answer is kept sealed in the case cache with the time it was fetched, so the tab shows it
// offline and says how old it is; unit ids read as the directory names them; a text is checked
// for identifying detail before it leaves the desk.

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>
#include <vector>

namespace vigil::advisor {

class Console;

/// A list as the cache kept it: the registry's answer and when it was fetched.
struct KeptList {
    QJsonObject answer;
    qint64 fetchedAt = 0;
};

/// The rows of a registry answer's list `key` that read; a malformed entry is skipped, not fatal.
template <typename Row>
std::vector<Row> rowsOf(const QJsonObject& answer, const char* key)
{
    std::vector<Row> rows;
    for (const auto& v : answer.value(QLatin1String(key)).toArray())
        if (auto row = Row::fromJson(v.toObject()))
            rows.push_back(std::move(*row));
    return rows;
}

/// Keeps `answer` sealed in the cache under `name`; the error's text when that failed.
QString keepList(Console& console, const char* name, const QJsonObject& answer);
/// The answer kept under `name`, if any (and the cache is open).
std::optional<KeptList> keptList(Console& console, const char* name);
/// "14:05" when `fetchedAt` is today, else "2026-12-04 14:05"; "" for 0.
QString fetchedText(const Console& console, qint64 fetchedAt);

/// The unit's name in the interface language; '' reads "Whole organisation"; an unknown id stays.
QString unitNameOf(const Console& console, const QString& unit);
/// The parent of `unit` in the directory the console holds ("" at the top, or when unknown).
QString parentUnitOf(const Console& console, const QString& unit);
/// The directory's units as {value, label}, names in the interface language.
QVariantList unitChoices(const Console& console);
/// The kinds of identifying detail in `text`, in words ("a name", "a date or time", …); empty
/// when none. Member names come from the directory; units are what PDCA texts are about.
QStringList identifyingFound(const Console& console, const QString& text);
/// The one warning every PDCA text field gives (a measure's title and description, a risk's
/// hazard, an alert's explanation): what in `text` could identify a person, and that everyone
/// who reads the register reads it; empty when nothing was found.
QString identifyingWarning(const Console& console, const QString& text);

} // namespace vigil::advisor
