// SPDX-License-Identifier: EUPL-1.2
#include "vmstexts.h"

#include <array>
#include <utility>

namespace vigil::report {
namespace {

using Words = std::array<std::pair<std::string_view, std::string_view>, 34>;

constexpr Words kDutchWords{{
    {"proposed", "voorgesteld"}, {"approved", "goedgekeurd"}, {"in_progress", "in uitvoering"},
    {"implemented", "uitgevoerd"}, {"checked", "getoetst"}, {"cancelled", "vervallen"},
    {"none", "-"}, {"effective", "doeltreffend"}, {"not_effective", "geen meetbaar verschil"},
    {"inconclusive", "niet te beoordelen"}, {"physical", "fysieke veiligheid"}, {"social", "sociale veiligheid"},
    {"integrity", "integriteit"}, {"effect_check", "effectmeting"}, {"judgement", "oordeel"},
    {"high", "hoog"}, {"serious", "ernstig"}, {"medium", "middel"}, {"low", "laag"},
    {"eliminated", "geëlimineerd"}, {"not_assessed", "restrisico niet beoordeeld"}, {"accepted", "geaccepteerd"},
    {"declined", "niet geaccepteerd"}, {"reviewed", "herbeoordeeld"}, {"measures", "coördinator maatregelen"},
    {"commander", "commandant"}, {"inspectorate", "inspectie"}, {"followed_up", "opgevolgd"},
    {"closed", "gesloten"}, {"raised", "afgegeven"}, {"assigned", "toegewezen"},
    {"acknowledge", "ontvangstbevestiging"}, {"contact", "eerste contact"}, {"feedback", "terugkoppeling"},
}};
constexpr Words kEnglishWords{{
    {"proposed", "proposed"}, {"approved", "approved"}, {"in_progress", "in progress"},
    {"implemented", "implemented"}, {"checked", "checked"}, {"cancelled", "cancelled"},
    {"none", "-"}, {"effective", "effective"}, {"not_effective", "no measurable change"},
    {"inconclusive", "inconclusive"}, {"physical", "physical safety"}, {"social", "social safety"},
    {"integrity", "integrity"}, {"effect_check", "effect check"}, {"judgement", "judgement"},
    {"high", "high"}, {"serious", "serious"}, {"medium", "medium"}, {"low", "low"},
    {"eliminated", "eliminated"}, {"not_assessed", "residual risk not assessed"}, {"accepted", "accepted"},
    {"declined", "declined"}, {"reviewed", "reviewed"}, {"measures", "measures coordinator"},
    {"commander", "commander"}, {"inspectorate", "inspectorate"}, {"followed_up", "followed up"},
    {"closed", "closed"}, {"raised", "raised"}, {"assigned", "assigned"},
    {"acknowledge", "acknowledgement"}, {"contact", "first contact"}, {"feedback", "feedback"},
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
    .target = "streefwaarde",
    .offTarget = "Buiten de streefwaarde",
    .onAFall = "signaal bij een daling",
    .frozenAfter = "bevroren na",
    .clocksHeading = "Termijnen per route",
    .clocksNote = "Voor de meldingen die in deze periode binnenkwamen: per route en termijn (ontvangstbevestiging, "
                  "eerste contact, terugkoppeling) hoeveel bij het opstellen waren te beoordelen, en hoeveel daarvan op "
                  "tijd, te laat of niet zijn gehaald. Een route met minder dan de drempel beoordeelde meldingen wordt "
                  "niet getoond.",
    .clocksIncomplete = "Meldingen uit deze periode zijn na afloop van de bewaartermijn verwijderd: de termijnen worden "
                        "niet over een deel gerapporteerd.",
    .route = "Route",
    .clock = "Termijn",
    .judged = "Beoordeeld",
    .inTime = "Op tijd",
    .lateShort = "Te laat",
    .missed = "Niet gehaald",
    .share = "Op tijd (%)",
    .handlingFigure = "Alle routes",
    .overReports = "Meldingen",
    .figureValue = "Waarde",
    .ackWithin7 = "Ontvangst bevestigd binnen 7 dagen (%)",
    .medianFeedback = "Mediaan dagen tot terugkoppeling",
    .alertsHeading = "Signalen en hun opvolging",
    .alertsNote = "De signalen die in deze periode zijn afgegeven, met de gepubliceerde waarde van de maand en het "
                  "alarmniveau dat werd overschreden. Een verklaring wordt niet afgedrukt: er staat \"verklaard\".",
    .noAlertsRaised = "Geen signalen in deze periode.",
    .indicator = "Indicator",
    .rule = "Regel",
    .level2 = "Alarmniveau",
    .followUp = "Opvolging",
    .measureNo = "maatregel",
    .explained = "verklaard",
    .pending = "nog niet",
    .risksHeading = "Risicoregister",
    .risksNote = "De risicomatrices tellen de risico's die bij het opstellen in behandeling waren (open of "
                 "geaccepteerd), met onthullingsbeperking. De aantallen per niveau en de besluiten beschrijven de "
                 "afhandeling en zijn exact; een besluit noemt de rol, de eenheid en het echelon, nooit een naam.",
    .matrixInitial = "Aanvangsrisico: kans × ernst",
    .matrixResidual = "Restrisico: kans × ernst",
    .probability = "Kans",
    .severity = "Ernst",
    .total = "Totaal",
    .byLevelHeading = "Per niveau van het restrisico",
    .level = "Niveau",
    .open = "Open",
    .accepted = "Geaccepteerd",
    .acceptedAtLevel = "Geaccepteerd op het vereiste bevoegdheidsniveau",
    .decisionsHeading = "Besluiten over risico's in deze periode",
    .noDecisions = "Geen besluiten in deze periode.",
    .risk = "Risico",
    .decision = "Besluit",
    .role = "Rol",
    .roleUnit = "Eenheid",
    .echelon = "Echelon (vereist)",
    .date = "Datum",
    .wholeOrganisation = "hele organisatie",
    .authoritiesSerial = "Bevoegdheden (nr.)",
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
    .target = "target",
    .offTarget = "Off target",
    .onAFall = "alerts on a fall",
    .frozenAfter = "frozen after",
    .clocksHeading = "Clocks met per route",
    .clocksNote = "For the reports received in this period: per route and clock (acknowledgement, first contact, "
                  "feedback) how many could be judged when the report was made, and how many of those were met in "
                  "time, late, or missed. A route with fewer judged reports than the threshold is not shown.",
    .clocksIncomplete = "Reports of this period have been deleted at the end of their retention: the clocks are not "
                        "reported over a part.",
    .route = "Route",
    .clock = "Clock",
    .judged = "Judged",
    .inTime = "In time",
    .lateShort = "Late",
    .missed = "Missed",
    .share = "In time (%)",
    .handlingFigure = "All routes",
    .overReports = "Reports",
    .figureValue = "Value",
    .ackWithin7 = "Acknowledged within 7 days (%)",
    .medianFeedback = "Median days to feedback",
    .alertsHeading = "Alerts and their follow-up",
    .alertsNote = "The alerts raised in this period, with the month's published value and the alert level it "
                  "exceeded. An explanation is not printed: it reads \"explained\".",
    .noAlertsRaised = "No alerts in this period.",
    .indicator = "Indicator",
    .rule = "Rule",
    .level2 = "Alert level",
    .followUp = "Follow-up",
    .measureNo = "measure",
    .explained = "explained",
    .pending = "not yet",
    .risksHeading = "Risk register",
    .risksNote = "The risk matrices count the risks in force when the report was made (open or accepted), with "
                 "disclosure control. The figures per level and the decisions describe handling and are exact; a "
                 "decision names the role, the unit and the echelon, never a name.",
    .matrixInitial = "Initial risk: probability × severity",
    .matrixResidual = "Residual risk: probability × severity",
    .probability = "Probability",
    .severity = "Severity",
    .total = "Total",
    .byLevelHeading = "By residual risk level",
    .level = "Level",
    .open = "Open",
    .accepted = "Accepted",
    .acceptedAtLevel = "Accepted at the required authority level",
    .decisionsHeading = "Decisions on risks in this period",
    .noDecisions = "No decisions in this period.",
    .risk = "Risk",
    .decision = "Decision",
    .role = "Role",
    .roleUnit = "Unit",
    .echelon = "Echelon (required)",
    .date = "Date",
    .wholeOrganisation = "whole organisation",
    .authoritiesSerial = "Authorities (no.)",
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
