// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "report.h"
#include "result.h"

#include <string>
#include <string_view>

namespace vigil {

inline constexpr int kReportVersion = 1;

/// Checks the report's own rules (kind matches category's domain, required fields, field
/// limits, identity only when not anonymous). The encoder refuses what the decoder would.
Status validateReport(const Report& report);

/// Canonical JSON of a valid report: fixed key order, defaults omitted, no whitespace,
/// `"v":1` first. Equal reports give byte-identical output.
Result<std::string> encodeReport(const Report& report);

/// Strict decoder: rejects other versions, unknown fields, wrong types, oversized fields and
/// anything validateReport() refuses, with the path of the offending field in the message.
Result<Report> decodeReport(std::string_view json);

} // namespace vigil
