// SPDX-License-Identifier: EUPL-1.2
#pragma once

// How a report recomputed from the registry's data now differs from the one issued for the same
// period (`vigil-admin report vms --recompute`, docs/pdca.md "Recomputing"): cell by cell, with
// list entries that carry an "id" (measures, indicators, alerts) matched by it rather than by
// place. Pure: two JSON texts in, the differences out.

#include "shared/result.h"

#include <string>
#include <vector>

namespace vigil::report {

struct VmsDifference {
    std::string path;     ///< e.g. `indicators[nm-42].values[3]`, `measures.list[12].state`
    std::string issued;   ///< the value as issued, serialised; "(absent)" when it was not there
    std::string now;      ///< the value recomputed
    /// A published month of an indicator present in both: a settled figure never changes, so
    /// this difference means the registry's data was changed (or a later board hid the month).
    bool settledFigure = false;
};

/// The differences between the issued report's JSON and a recomputed one, in the issued
/// report's key order; when it was made (`generated_at`) and the reissue note are not compared.
/// Invalid when either text is not a JSON object.
[[nodiscard]] Result<std::vector<VmsDifference>> diffVmsReports(const std::string& issued, const std::string& now);

} // namespace vigil::report
