// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Reads ../shared/testdata/reports.json (invented example reports) into report model values.
// The file's field names follow DESIGN.md §5 loosely; this maps them onto report model v1.

#include "shared/report.h"
#include "shared/result.h"

#include <string>
#include <vector>

namespace vigil::tools {

Result<std::vector<Report>> importTestReports(const std::string& path);

} // namespace vigil::tools
