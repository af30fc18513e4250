// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The printed inspectorate's report: laid out from the report's JSON alone, in one language, so
// that anyone holding the signed JSON can print it again and compare the bytes
// (vigil-admin report verify). Every page's footer carries the JSON's BLAKE2b.

#include "vmstexts.h"

#include "shared/result.h"

#include <string>
#include <string_view>

namespace vigil::report {

/// The PDF of `json` (a report checkVmsReport accepts) in `language`; Invalid when the JSON is
/// not such a report.
[[nodiscard]] Result<std::string> renderVmsPdf(std::string_view json, Language language);

} // namespace vigil::report
