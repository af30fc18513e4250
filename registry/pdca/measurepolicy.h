// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The measure clocks' policy as the operator set it (vigil-admin measure policy): read by the
// operator's tool and by the registry's API alike, so both show the same clocks.

#include "measureclocks.h"

#include "registry/orgstore.h"

namespace vigil::registry {

/// The clock policy of the settings pdca.due_soon_days, pdca.check_months and
/// pdca.review_soon_days (defaults 14, 9, 30);
/// an error for a stored value out of range.
Result<MeasureClockPolicy> measureClockPolicy(OrgStore& org);

} // namespace vigil::registry
