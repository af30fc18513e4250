// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The words of the inspectorate's report in Dutch and English (docs/pdca-plan.md, "Words"): the
// JSON carries the suppression rule in both, the PDFs are printed in one each.

#include "registry/stats/suppression.h"

#include <optional>
#include <string>
#include <string_view>

namespace vigil::report {

enum class Language { Dutch, English };

/// "nl" or "en".
std::optional<Language> parseLanguage(std::string_view code);
std::string_view languageCode(Language language);

/// The rule every count in the report obeys, in words.
std::string suppressionText(Language language, const registry::SuppressionRule& rule);

/// The fixed texts of the printed report.
struct VmsTexts {
    std::string_view title;            ///< "VMS-rapportage" / "Safety management report"
    std::string_view organisation, period, generated, directory, auditHead, reissueOf;
    std::string_view ruleHeading;
    std::string_view measuresHeading, summaryHeading, listHeading, noMeasures;
    std::string_view domain, due, onTime, late, cancelled, overdueOpen, effective, notEffective, inconclusive,
        byJudgement;
    std::string_view id, measure, owner, state, implementedOn, onTimeShort, verdict, yes, no, notApplicable;
    std::string_view indicatorsHeading, noIndicators, month, value, levels, tooFew, alerts, noAlerts, rules;
    std::string_view target, offTarget;
    std::string_view onAFall, frozenAfter;  ///< "alerts on a fall", "frozen after" (then its last month)
    std::string_view clocksHeading, clocksNote, clocksIncomplete, route, clock, judged, inTime, lateShort, missed,
        share;
    std::string_view handlingFigure, overReports, figureValue, ackWithin7, medianFeedback;
    std::string_view alertsHeading, alertsNote, noAlertsRaised, indicator, rule, level2, followUp, measureNo,
        explained, pending;
    std::string_view risksHeading, risksNote, matrixInitial, matrixResidual, probability, severity, total;
    std::string_view byLevelHeading, level, open, accepted, acceptedAtLevel;
    std::string_view decisionsHeading, noDecisions, risk, decision, role, roleUnit, echelon, date, wholeOrganisation;
    std::string_view authoritiesSerial;  ///< the column of the authorities document's serial
    std::string_view footerHash, footerVerify, page;
    /// The names of the measure states, verdicts and domains, by their wire names.
    std::string_view word(std::string_view wireName) const;
};

const VmsTexts& textsFor(Language language);

} // namespace vigil::report
