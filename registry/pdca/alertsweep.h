// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The registry's sweep of alerts (docs/pdca.md, "Alerts"): after a month settles, the board
// as of the last settled month says at which months each indicator fires a rule; an alert
// object is raised for a firing month, and later firing months join the indicator's open alert.
//
// planAlerts is pure: it compares the board with the alerts already held. Only months settled
// after the indicator was defined raise alerts — older firing months are marks on the board,
// "would have fired", not news — and only months later than every month an alert of the
// indicator already covers, so a second sweep over the same board plans nothing. runAlertSweep
// is the I/O around it: the board (the register stores its snapshot the first time a month is
// asked for), then each raise and extension as its own audited transaction through AlertDesk.

#include "alertdesk.h"
#include "indicatorboard.h"
#include "indicatorregister.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace vigil::registry {

struct AlertExtension {
    std::int64_t alertId = 0;
    std::string month;  ///< YYYY-MM
    bool operator==(const AlertExtension&) const = default;
};

struct AlertPlan {
    std::vector<AlertRaise> raise;
    std::vector<AlertExtension> extend;
};

/// What to raise and extend for `board` (as of the last settled month), given every indicator
/// ever defined (when it was, whether it raises alerts) and every alert held.
AlertPlan planAlerts(const IndicatorBoard& board, const std::vector<AlertIndicator>& indicators,
                     const std::vector<AlertRecord>& alerts, int settleMonths);

/// What one sweep did.
struct SweepOutcome {
    std::string asOf;           ///< the board's month, YYYY-MM
    std::size_t raised = 0;     ///< alerts raised
    std::size_t extended = 0;   ///< months added to open alerts
    bool skipped = false;       ///< another registry process was running the sweep (runAlertSweepRound)
};

/// Builds the board of the last settled month at `now` (storing its snapshot when it is the
/// first), plans and applies the alerts. A raise or extension that another sweep made first
/// (Conflict) is skipped, so two sweeps at once do each change once.
Result<SweepOutcome> runAlertSweep(IndicatorRegister& indicators, AlertDesk& alerts, const BoardPolicy& policy,
                                   UnixSeconds now);

/// runAlertSweep as a registry process's round: on PostgreSQL under the PDCA sweep's job lock
/// (registry/joblock.h), held by a transaction on `lockDb` — a connection used for nothing
/// else meanwhile — so that of several registry processes on one database one sweeps and the
/// others skip the round (`skipped`, nothing done). Pass nullopt on SQLite.
Result<SweepOutcome> runAlertSweepRound(std::optional<Db> lockDb, IndicatorRegister& indicators, AlertDesk& alerts,
                                        const BoardPolicy& policy, UnixSeconds now);

} // namespace vigil::registry
