// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The running clocks of the PDCA registers as one list, overdue first (docs/pdca.md, "Clocks"):
// a measure's due and check clocks (measureclocks.h), an accepted risk's review, due at its
// review date and met by the review that sets the next one, and an alert's follow-up, due
// follow_up_days after it was raised and met by its follow-up. Pure: the caller brings the records
// the member may see, the clock and the policy. The console's follow-up list, GET
// /v1/advisor/pdca/clocks and vigil-admin read it.

#include "alertstore.h"
#include "measureclocks.h"
#include "riskstore.h"

#include <optional>
#include <string>
#include <vector>

namespace vigil::registry {

/// The review clock of a risk: running, due soon (policy.reviewSoonDays before) or overdue
/// while accepted; none otherwise (an open risk has no acceptance to review).
std::optional<ClockStatus> reviewClock(const RiskRecord& r, UnixSeconds now, const MeasureClockPolicy& policy);

/// The follow-up clock of an alert: met once followed up (or closed), else running, due soon
/// (policy.dueSoonDays before follow_up_due) or overdue.
ClockStatus followUpClock(const AlertRecord& a, UnixSeconds now, const MeasureClockPolicy& policy);

/// One clock that is not met.
struct PdcaClockEntry {
    std::string subject;   ///< "measure", "risk" or "alert"
    std::int64_t id = 0;
    std::string title;     ///< the measure's title, the risk's hazard, an alert's indicator and month
    std::string state;
    std::string clock;     ///< "due", "check", "review", "follow_up"
    UnixSeconds due = 0;
    ClockStatus status = ClockStatus::Running;
};

/// Every clock of `measures`, `risks` and `alerts` that is not met: overdue first, then due
/// soon, then running; within each, the earliest deadline first.
std::vector<PdcaClockEntry> pdcaClockList(const std::vector<MeasureRecord>& measures,
                                          const std::vector<RiskRecord>& risks,
                                          const std::vector<AlertRecord>& alerts, UnixSeconds now,
                                          const MeasureClockPolicy& policy);
/// The same without alerts.
std::vector<PdcaClockEntry> pdcaClockList(const std::vector<MeasureRecord>& measures,
                                          const std::vector<RiskRecord>& risks, UnixSeconds now,
                                          const MeasureClockPolicy& policy);

} // namespace vigil::registry
