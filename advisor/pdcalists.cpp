// SPDX-License-Identifier: EUPL-1.2
#include "pdcalists.h"

#include "casecache.h"
#include "console.h"
#include "identifyingcheck.h"
#include "roster.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QVariantMap>

namespace vigil::advisor {

namespace {

// The translation context of this file's texts (lupdate reads PdcaText::tr).
struct PdcaText {
    Q_DECLARE_TR_FUNCTIONS(PdcaText)
};

} // namespace

QString keepList(Console& console, const char* name, const QJsonObject& answer)
{
    if (!console.cache())
        return {};
    const QJsonObject kept{{QStringLiteral("fetched_at"), static_cast<double>(console.now())},
                           {QStringLiteral("answer"), answer}};
    const QByteArray json = QJsonDocument(kept).toJson(QJsonDocument::Compact);
    if (auto s = console.cache()->putList(name, std::string_view(json.constData(), static_cast<std::size_t>(json.size())));
        !s)
        return QString::fromStdString(s.error().message);
    return {};
}

std::optional<KeptList> keptList(Console& console, const char* name)
{
    CaseCache* cache = console.cache();
    if (!cache)
        return std::nullopt;
    auto text = cache->list(name);
    if (!text || !*text)
        return std::nullopt;
    const QJsonObject kept = QJsonDocument::fromJson(QByteArray::fromStdString(**text)).object();
    return KeptList{kept.value(QStringLiteral("answer")).toObject(),
                    static_cast<qint64>(kept.value(QStringLiteral("fetched_at")).toDouble())};
}

QString fetchedText(const Console& console, qint64 fetchedAt)
{
    if (fetchedAt == 0)
        return {};
    const QDateTime at = QDateTime::fromSecsSinceEpoch(fetchedAt).toLocalTime();
    const QDateTime now = QDateTime::fromSecsSinceEpoch(console.now()).toLocalTime();
    return at.date() == now.date() ? at.toString(QStringLiteral("HH:mm")) : at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString unitNameOf(const Console& console, const QString& unit)
{
    if (unit.isEmpty())
        return PdcaText::tr("Whole organisation");
    if (const Roster* roster = console.roster())
        for (const Unit& u : roster->units())
            if (QString::fromStdString(u.id) == unit)
                return QString::fromStdString(u.nameIn(console.language().toStdString()));
    return unit;
}

QString parentUnitOf(const Console& console, const QString& unit)
{
    if (const Roster* roster = console.roster())
        for (const Unit& u : roster->units())
            if (QString::fromStdString(u.id) == unit)
                return QString::fromStdString(u.parent);
    return {};
}

QVariantList unitChoices(const Console& console)
{
    QVariantList out;
    if (const Roster* roster = console.roster())
        for (const Unit& u : roster->units())
            out << QVariantMap{{QStringLiteral("value"), QString::fromStdString(u.id)},
                               {QStringLiteral("label"), QString::fromStdString(u.nameIn(console.language().toStdString()))}};
    return out;
}

QStringList identifyingFound(const Console& console, const QString& text)
{
    RedactionContext context;
    if (const Roster* roster = console.roster())
        context.names = roster->names().values();
    QStringList found;
    for (const QString& kind : identifyingKinds(text, context)) {
        if (kind == QLatin1String("name"))
            found << PdcaText::tr("a name");
        else if (kind == QLatin1String("date"))
            found << PdcaText::tr("a date or time");
        else if (kind == QLatin1String("place"))
            found << PdcaText::tr("a grid reference");
    }
    return found;
}

QString identifyingWarning(const Console& console, const QString& text)
{
    const QStringList found = identifyingFound(console, text);
    if (found.isEmpty())
        return {};
    return PdcaText::tr("This text seems to contain %1. Everyone who reads the register reads it: do not write names "
                        "or details that could identify a reporter or a person involved.")
        .arg(found.join(QStringLiteral(", ")));
}

} // namespace vigil::advisor
