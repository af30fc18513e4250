// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The measures register's JSON shapes in the advisor API (docs/advisor-api.md, "Measures").

#include "registry/pdca/measureclocks.h"
#include "registry/pdca/pdcaclocks.h"

#include <boost/json/object.hpp>

namespace vigil::registry {

/// A measure as its caller may see it: `m.cases` already cut to the caller's cases
/// (MeasureDesk::findFor), with its clocks at the time of the answer, its next states and, of
/// those, the ones the caller may take (`may`, MeasureDesk::stepsFor).
boost::json::object measureToJson(const MeasureRecord& m, const MeasureClocks& clocks,
                                  const std::vector<MeasureState>& may);

/// One effect check: recorded (with id, at and by) or a preview (id 0: without them).
boost::json::object checkToJson(const MeasureCheck& c);

/// One running clock of the PDCA lists: the measure or risk, which clock, when it is due, its status.
boost::json::object clockEntryToJson(const PdcaClockEntry& e);

} // namespace vigil::registry
