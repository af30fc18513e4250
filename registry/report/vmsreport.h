// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The inspectorate's report as JSON (format "vigil-vms-report/1", docs/pdca.md "The
// inspectorate's report"): a pure function of its inputs, keys in a fixed order, so the same
// inputs give the same bytes — the bytes the registry signs and the PDFs are printed from.
//
// It holds no report text, no case id and no member's name: measures appear with their title,
// owner unit and function, and every count of reports is suppressed (k and secondary
// suppression, as the indicator board publishes them). Measure figures describe handling,
// not people, and are exact.

#include "vmsinputs.h"

#include "registry/stats/suppression.h"

#include <string>

namespace vigil::report {

inline constexpr std::string_view kVmsFormat = "vigil-vms-report/1";

/// The report's JSON text.
std::string buildVmsReport(const VmsInputs& inputs, const registry::SuppressionRule& rule);

/// Checks a report's JSON independently of the code that wrote it: the format, that every count
/// of reports it publishes is 0, at least its k, or a suppression label ("<k", "x"), and that
/// every indicator has one value and one level entry per month. Invalid, naming the first
/// offending field, otherwise.
Status checkVmsReport(std::string_view json);

} // namespace vigil::report
