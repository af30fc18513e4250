// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The one refusal every workflow of the registry gives for a step its state machine does not
// allow (cases, measures, risks, alerts), so an advisor reads the same sentence everywhere and
// learns in it which steps would be allowed.

#include "shared/enumtable.h"
#include "shared/result.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace vigil::registry {

/// Ok when `to` is one of `next`; otherwise a Conflict such as "a measure in state proposed
/// cannot move to implemented (allowed: approved, cancelled)", or "… (it is closed: no step
/// follows)" when nothing follows `from`. `subject` is the object with its article ("a risk").
template <typename E>
Status checkStepAllowed(std::string_view subject, E from, E to, const std::vector<E>& next)
{
    if (std::find(next.begin(), next.end(), to) != next.end())
        return {};
    std::string allowed;
    for (auto s : next)
        allowed += (allowed.empty() ? "" : ", ") + std::string(enumName(s));
    const std::string fromName(enumName(from));
    return Error{std::string(subject) + " in state " + fromName + " cannot move to " + std::string(enumName(to))
                     + (allowed.empty() ? " (it is " + fromName + ": no step follows)" : " (allowed: " + allowed + ")"),
                 ErrorKind::Conflict};
}

} // namespace vigil::registry
