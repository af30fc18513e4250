// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The inspectorate's export of a StatsReport (DESIGN.md §7): CSV and JSON. A hidden entry is
// written as its label ("<5" or "x"), never as a number; indicators that are withheld are
// written as "x". Pure.

#include "registry/stats/statsreport.h"

#include <string>

namespace vigil::registry {

/// Long-format CSV (RFC 4180, CRLF): header `section,name,row,column,value`, one line per
/// figure — every table entry with its margins ("(total)"), indicators, clocks, workload and
/// the unit roll-up. Text that a spreadsheet would run as a formula is prefixed with "'".
std::string exportCsv(const StatsReport& report);

/// One table as the JSON document has it: {"name", "row_dimension", "column_dimension", "rows",
/// "columns", "cells", "row_totals", "column_totals", "total"}, hidden entries as their labels
/// (for other documents that publish a suppressed table, such as the risk heat map).
std::string statsTableJson(const StatsTable& table, std::int64_t k);

/// JSON document "vigil-statistics/1": period, k and labels, units, tables (rows, columns,
/// cells, row_totals, column_totals, total), indicators, clocks and workload.
std::string exportJson(const StatsReport& report);

} // namespace vigil::registry
