// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The organisation's risk acceptance policy (docs/pdca.md, "Who accepts a risk"), kept in the
// registry's settings under pdca.acceptance as a JSON array, one rule per level:
//   [{"level":"high","max_depth":0},{"level":"serious","max_depth":1},{"level":"medium"},
//    {"level":"low","roles":["commander","measures"]}]
// No max_depth: the scope unit's own echelon; no roles: ["commander"]. A level left out keeps
// the default's rule. Read by the registry's API and by vigil-admin alike.

#include "authority.h"

#include "registry/orgstore.h"

#include <string>
#include <string_view>

namespace vigil::registry {

inline constexpr std::string_view kAcceptanceSetting = "pdca.acceptance";

/// The policy a setting's text holds: levels high, serious, medium, low at most once each,
/// max_depth 0–32, roles commander and measures (the inspectorate accepts nothing). Invalid,
/// naming the field, otherwise.
Result<AcceptancePolicy> decodeAcceptancePolicy(std::string_view text);

/// The canonical text of `policy`: its rules from high to low, keys in a fixed order.
std::string encodeAcceptancePolicy(const AcceptancePolicy& policy);

/// The policy in force: the setting's, or the default when it is not set.
Result<AcceptancePolicy> acceptancePolicy(OrgStore& org);

} // namespace vigil::registry
