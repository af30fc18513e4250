// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The alerts register's JSON shape in the advisor API (docs/advisor-api.md, "Alerts").

#include "registry/clocks.h"
#include "registry/pdca/alertstore.h"

#include <boost/json/object.hpp>

namespace vigil::registry {

/// An alert as a member who may see it reads it: its indicator, months, rule and values, state,
/// follow-up clock (`clock`: met, running, due_soon or overdue, at the time of the answer), who
/// it is assigned to, its follow-up (measure, explanation), the next states (`next`) and, of
/// those, the ones the caller may take (`may`: all of them or none, by its role).
boost::json::object alertToJson(const AlertRecord& a, ClockStatus clock, bool mayAct);

} // namespace vigil::registry
