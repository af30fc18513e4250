// SPDX-License-Identifier: EUPL-1.2
#pragma once

// "Did the reporter feel heard" (issue 16 §4, docs/statistics.md): the answers reporters send
// once their case closed, counted per question by quarter of closure, by route and by unit
// row, each published only with k and secondary suppression. The three tables of a question
// share their answer totals, so they are suppressed linked (linkedtables.h); the questions
// share no figure. Indicators — the share who would report again, the mean felt heard — are
// drawn from published figures only, so they cannot reveal a hidden cell.

#include "registry/stats/statsreport.h"

#include "shared/result.h"
#include "shared/storage/db.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace vigil::registry {

/// One stored answer set (survey_answers), as statistics read it: no case, no time but the quarter.
struct SurveyRow {
    std::string quarter;  ///< "YYYY-Qn" of the case's closing
    std::string domain;   ///< the route: physical, social, integrity
    std::string unit;     ///< the case's unit as stored ("" for none)
    int heard = 0;        ///< 1…5, 0 skipped
    std::string again;    ///< yes, unsure, no, "" skipped
    int fear = 0;         ///< 1…5, 0 skipped
};

/// "YYYY-Qn" of unix time `t` (UTC).
std::string quarterOf(std::int64_t t);
/// "YYYY-Qn" of month "YYYY-MM"; empty when malformed.
std::string quarterOfMonth(std::string_view month);
/// Quarter "YYYY-Qn" as a number that counts quarters (year × 4 + n − 1); −1 when malformed.
int quarterNumber(std::string_view quarter);
/// Quarter number `n` as "YYYY-Qn".
std::string quarterName(int n);
/// Every quarter from `fromQuarter` to `toQuarter` in order; either empty (or malformed) is the
/// first or last quarter in `seen` (the data's own). Empty when there is nothing to cover.
std::vector<std::string> quarterRange(const std::string& fromQuarter, const std::string& toQuarter,
                                      std::span<const std::string> seen);

/// The survey report over `quarters` (every quarter of the period, in order) from `rows` (rows
/// outside those quarters are ignored), rolled up over `units` and suppressed with `rule`. Pure.
SurveyReport buildSurveyReport(std::span<const SurveyRow> rows, const std::vector<std::string>& quarters,
                               std::span<const UnitNode> units, const SuppressionRule& rule);

/// Reads survey_answers for the quarters from `fromQuarter` to `toQuarter` (either empty: the
/// data's first or last) and builds the report.
Result<SurveyReport> computeSurvey(Db db, const std::string& fromQuarter, const std::string& toQuarter,
                                   std::span<const UnitNode> units, const SuppressionRule& rule);

} // namespace vigil::registry
