// SPDX-License-Identifier: EUPL-1.2
#include "reportmap.h"

#include "shared/qt/labels.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantList>

namespace vigil::advisor {

using appcore::label;
using appcore::Vocabulary;

namespace {

QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// The translation context of this file's texts (lupdate reads ReportMap::tr).
struct ReportMap {
    Q_DECLARE_TR_FUNCTIONS(ReportMap)
};

QStringList qList(const std::vector<std::string>& v)
{
    QStringList out;
    for (const auto& s : v)
        out << q(s);
    return out;
}

QString riskCell(const RiskCell& c)
{
    if (!c.isSet())
        return {};
    QString text = q(enumName(c.severity));
    if (c.likelihood != Likelihood::None)
        text += QLatin1Char('-') + q(enumName(c.likelihood));
    return text;
}

QString involvedText(const Involved& i)
{
    QStringList parts;
    for (const auto& [value, caption] :
         {std::pair{i.role, ""}, {i.equipment, ""}, {i.substance, ""}, {i.unNumber, ""},
          {i.adrClass, QT_TRANSLATE_NOOP("ReportMap", "ADR class ")}, {i.quantity, ""}})
        if (!value.empty())
            parts << (*caption ? ReportMap::tr(caption) : QString()) + q(value);
    return parts.join(QStringLiteral(" · "));
}

QStringList supportTexts(const Support& s)
{
    QStringList out;
    if (s.consentToContact)
        out << ReportMap::tr("May be contacted");
    if (s.wantsConfidentialAdvisor)
        out << ReportMap::tr("Wants a confidential advisor");
    if (s.wantsAftercare)
        out << ReportMap::tr("Wants aftercare");
    if (s.wantsSeparation)
        out << ReportMap::tr("Wants separation from the other person");
    if (s.commanderOnlyWithConsent)
        out << (s.consentCommander ? ReportMap::tr("Consents to informing the commander")
                                   : ReportMap::tr("Commander only with consent (not given)"));
    return out;
}

QString outcomeText(const Outcome& o)
{
    QStringList parts;
    if (o.injury != InjuryLevel::None)
        parts << ReportMap::tr("Injury: %1").arg(label(Vocabulary::Injury, q(enumName(o.injury))));
    if (o.damage != DamageLevel::None)
        parts << ReportMap::tr("Damage: %1").arg(label(Vocabulary::Damage, q(enumName(o.damage))));
    if (o.release)
        parts << ReportMap::tr("Substance released");
    return parts.join(QStringLiteral(" · "));
}

} // namespace

QVariantMap reportToMap(const Report& r)
{
    QVariantMap m;
    m.insert(QStringLiteral("kind"), label(Vocabulary::Kind, q(enumName(r.kind))));
    m.insert(QStringLiteral("category"), label(Vocabulary::Category, q(enumName(r.category))));
    m.insert(QStringLiteral("tags"), qList(r.tags));
    m.insert(QStringLiteral("headline"), q(r.headline));
    m.insert(QStringLiteral("narrative"), q(r.narrative));
    QString when = q(r.when.local).replace(QLatin1Char('T'), QLatin1Char(' ')); // "2025-02-14 09:30"
    if (!r.when.zone.empty())
        when += QStringLiteral(" (%1)").arg(q(r.when.zone));
    if (r.when.period != PeriodOfDay::Unknown)
        when += QStringLiteral(" · ") + label(Vocabulary::Period, q(enumName(r.when.period)));
    if (r.when.ongoing)
        when += QStringLiteral(" · ") + ReportMap::tr("ongoing");
    m.insert(QStringLiteral("when"), when);
    QString where = label(Vocabulary::Location, q(enumName(r.where.type)));
    if (!r.where.text.empty())
        where += QStringLiteral(" — ") + q(r.where.text);
    if (!r.where.grid.empty())
        where += QStringLiteral(" (%1)").arg(q(r.where.grid));
    m.insert(QStringLiteral("where"), where);
    QStringList involved;
    for (const auto& i : r.involved)
        involved << involvedText(i);
    m.insert(QStringLiteral("involved"), involved);
    m.insert(QStringLiteral("outcome"), outcomeText(r.outcome));
    m.insert(QStringLiteral("factors"), qList(r.factors));
    m.insert(QStringLiteral("actions"), qList(r.immediateActions));
    m.insert(QStringLiteral("couldHaveHappened"), q(r.couldHaveHappened));
    m.insert(QStringLiteral("suggestion"), q(r.suggestion));
    m.insert(QStringLiteral("riskActual"), riskCell(r.risk.actual));
    m.insert(QStringLiteral("riskWorst"), riskCell(r.risk.worst));
    QString impact;
    if (r.impact.isSet()) {
        impact = label(Vocabulary::Risk, q(enumName(r.impact.level)));
        if (r.impact.ongoing)
            impact += QStringLiteral(" · ") + ReportMap::tr("ongoing");
        if (r.impact.immediateDanger)
            impact += QStringLiteral(" · ") + ReportMap::tr("immediate danger");
    }
    m.insert(QStringLiteral("impact"), impact);
    m.insert(QStringLiteral("mode"), label(Vocabulary::Mode, q(enumName(r.mode))));
    m.insert(QStringLiteral("identity"), q(r.identity));
    m.insert(QStringLiteral("support"), supportTexts(r.support));
    QVariantList attachments;
    for (std::size_t i = 0; i < r.attachments.size(); ++i) {
        const auto& a = r.attachments[i];
        attachments << QVariantMap{{QStringLiteral("index"), static_cast<int>(i)},
                                   {QStringLiteral("name"), q(a.name)},
                                   {QStringLiteral("mime"), q(a.mime)},
                                   {QStringLiteral("size"), static_cast<qint64>(a.size)},
                                   {QStringLiteral("isImage"), a.mime.rfind("image/", 0) == 0}};
    }
    m.insert(QStringLiteral("attachments"), attachments);
    return m;
}

} // namespace vigil::advisor
