// SPDX-License-Identifier: EUPL-1.2
#include "vmstexts.h"

#include <array>
#include <utility>

namespace vigil::report {
namespace {

using Words = std::array<std::pair<std::string_view, std::string_view>, 15>;

constexpr Words kDutchWords{{
    {"proposed", "voorgesteld"}, {"approved", "goedgekeurd"}, {"in_progress", "in uitvoering"},
    {"implemented", "uitgevoerd"}, {"checked", "getoetst"}, {"cancelled", "vervallen"},
    {"none", "-"}, {"effective", "doeltreffend"}, {"not_effective", "geen meetbaar verschil"},
    {"inconclusive", "niet te beoordelen"}, {"physical", "fysieke veiligheid"}, {"social", "sociale veiligheid"},
    {"integrity", "integriteit"}, {"effect_check", "effectmeting"}, {"judgement", "oordeel"},
}};
constexpr Words kEnglishWords{{
    {"proposed", "proposed"}, {"approved", "approved"}, {"in_progress", "in progress"},
    {"implemented", "implemented"}, {"checked", "checked"}, {"cancelled", "cancelled"},
    {"none", "-"}, {"effective", "effective"}, {"not_effective", "no measurable change"},
    {"inconclusive", "inconclusive"}, {"physical", "physical safety"}, {"social", "social safety"},
    {"integrity", "integrity"}, {"effect_check", "effect check"}, {"judgement", "judgement"},
}};

const VmsTexts kDutch{
    .title = "VMS-rapportage",
    .organisation = "Organisatie",
    .period = "Periode",
    .generated = "Opgesteld (UTC)",
    .directory = "Adresboek versie",
    .auditHead = "Auditketen tot en met",
    .reissueOf = "Heruitgave van rapport",
    .ruleHeading = "Onthullingsbeperking",
    .measuresHeading = "Maatregelen",
    .summaryHeading = "Overzicht per domein",
    .listHeading = "Maatregelen in deze periode",
    .noMeasures = "Geen maatregelen in deze periode.",
    .domain = "Domein",
    .due = "Streefdatum in periode",
    .onTime = "Op tijd uitgevoerd",
    .late = "Te laat uitgevoerd",
    .cancelled = "Vervallen",
    .overdueOpen = "Open, over streefdatum",
    .effective = "Getoetst: doeltreffend",
    .notEffective = "Getoetst: geen meetbaar verschil",
    .inconclusive = "Getoetst: niet te beoordelen",
    .byJudgement = "waarvan op oordeel",
    .id = "Nr.",
    .measure = "Maatregel",
    .owner = "Eigenaar",
    .state = "Status",
    .implementedOn = "Uitgevoerd op",
    .onTimeShort = "Op tijd",
    .verdict = "Oordeel",
    .yes = "ja",
    .no = "nee",
    .notApplicable = "-",
    .indicatorsHeading = "Veiligheidsprestatie-indicatoren",
    .noIndicators = "Geen indicatoren vastgesteld.",
    .month = "Maand",
    .value = "Meldingen",
    .levels = "Alarmniveaus (gemiddelde + 1, 2, 3 sd)",
    .tooFew = "te weinig meldingen voor alarmniveaus",
    .alerts = "Signalen",
    .noAlerts = "geen",
    .rules = "regels",
    .footerHash = "BLAKE2b van de JSON",
    .footerVerify = "controle: vigil-admin report verify",
    .page = "blad",
};
const VmsTexts kEnglish{
    .title = "Safety management report",
    .organisation = "Organisation",
    .period = "Period",
    .generated = "Generated (UTC)",
    .directory = "Directory version",
    .auditHead = "Audit chain up to",
    .reissueOf = "Reissue of report",
    .ruleHeading = "Disclosure control",
    .measuresHeading = "Measures",
    .summaryHeading = "Summary by domain",
    .listHeading = "Measures in this period",
    .noMeasures = "No measures in this period.",
    .domain = "Domain",
    .due = "Due in period",
    .onTime = "Implemented on time",
    .late = "Implemented late",
    .cancelled = "Cancelled",
    .overdueOpen = "Open, overdue",
    .effective = "Checked: effective",
    .notEffective = "Checked: no measurable change",
    .inconclusive = "Checked: inconclusive",
    .byJudgement = "of which by judgement",
    .id = "No.",
    .measure = "Measure",
    .owner = "Owner",
    .state = "State",
    .implementedOn = "Implemented on",
    .onTimeShort = "On time",
    .verdict = "Verdict",
    .yes = "yes",
    .no = "no",
    .notApplicable = "-",
    .indicatorsHeading = "Safety performance indicators",
    .noIndicators = "No indicators defined.",
    .month = "Month",
    .value = "Reports",
    .levels = "Alert levels (mean + 1, 2, 3 sd)",
    .tooFew = "too few reports for alert levels",
    .alerts = "Alerts",
    .noAlerts = "none",
    .rules = "rules",
    .footerHash = "BLAKE2b of the JSON",
    .footerVerify = "verify: vigil-admin report verify",
    .page = "page",
};

} // namespace

std::optional<Language> parseLanguage(std::string_view code)
{
    if (code == "nl")
        return Language::Dutch;
    if (code == "en")
        return Language::English;
    return std::nullopt;
}

std::string_view languageCode(Language language) { return language == Language::Dutch ? "nl" : "en"; }

std::string suppressionText(Language language, const registry::SuppressionRule& rule)
{
    if (language == Language::Dutch)
        return "Aantallen meldingen van 1 tot en met " + std::to_string(registry::threshold(rule) - 1)
               + " zijn verborgen als \"" + registry::primaryLabel(rule)
               + "\"; waar een verborgen aantal uit andere zou volgen, is ook een ander aantal verborgen (\"x\"). "
                 "Een maand telt de meldingen die uiterlijk een maand na afloop binnen waren. Het rapport bevat geen "
                 "tekst van meldingen, geen zaaknummers en geen namen. Cijfers over maatregelen beschrijven de "
                 "afhandeling en zijn exact.";
    return "Counts of reports from 1 to " + std::to_string(registry::threshold(rule) - 1) + " are hidden as \""
           + registry::primaryLabel(rule)
           + "\"; where a hidden count would follow from others, another count is hidden too (\"x\"). A month "
             "counts the reports received by the end of the month after it. The report holds no report text, no "
             "case numbers and no names. Figures on measures describe handling and are exact.";
}

std::string_view VmsTexts::word(std::string_view wireName) const
{
    const Words& words = this == &kDutch ? kDutchWords : kEnglishWords;
    for (const auto& [wire, text] : words)
        if (wire == wireName)
            return text;
    return wireName;
}

const VmsTexts& textsFor(Language language) { return language == Language::Dutch ? kDutch : kEnglish; }

} // namespace vigil::report
