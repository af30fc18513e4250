// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The small unit tree and the routes the quarterly property tests (survey answers, retaliation
// signals) draw random rows over: two brigades, one with two battalions, and rows for no unit
// and an unknown one.

#include "registry/stats/rollup.h"

#include <string>
#include <vector>

namespace vigil::test {

inline const std::vector<registry::UnitNode> kQuarterlyUnits{{"defence", "Defence", ""},
                                                             {"13-bde", "13 Bde", "defence"},
                                                             {"42-bn", "42 Bn", "13-bde"},
                                                             {"45-bn", "45 Bn", "13-bde"},
                                                             {"11-bde", "11 Bde", "defence"}};
inline const std::vector<std::string> kQuarterlyRoutes{"physical", "social", "integrity"};
/// Unit ids rows carry: none, every unit of the tree.
inline const std::vector<std::string> kQuarterlyUnitIds{"", "defence", "13-bde", "42-bn", "45-bn", "11-bde"};

} // namespace vigil::test
