// SPDX-License-Identifier: EUPL-1.2
#pragma once

// How the PDCA demo reads the registry's answers (docs/advisor-api.md: alerts, measures and
// their checks) and words them for its story: tolerant reads of single members, so a missing
// figure prints as "-" rather than ending the story.

#include <boost/json/value.hpp>

#include <string>
#include <string_view>

namespace vigil::tools {

/// The member `key` of an object, or nullptr.
const boost::json::value* member(const boost::json::value& v, std::string_view key);
/// The string member `key`, or "".
std::string textOf(const boost::json::value& v, std::string_view key);
/// A number of an answer as the story prints it: a count as a whole number, else two decimals; "-" when absent.
std::string figureOf(const boost::json::value& v, std::string_view key);
/// The indicator an alert is of: `indicator` as {id, name_nl, name_en}.
std::string alertIndicator(const boost::json::value& alert);
/// The primary indicator of a measure object: `indicators` as [{id, primary}].
std::string primaryIndicator(const boost::json::value& measure);
/// The effect check of `measure` on `indicator` as the registry recorded it (the measure's
/// `checks`), in words: the windows and their counts, the rate ratio with its interval, the p
/// value and the reason for the verdict; "" when there is none.
std::string checkFigures(const boost::json::value& measure, const std::string& indicator);

} // namespace vigil::tools
