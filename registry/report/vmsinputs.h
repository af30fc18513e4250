// SPDX-License-Identifier: EUPL-1.2
#pragma once

// What the inspectorate's report (the safety management system report, "VMS-rapportage") is
// made of, gathered once at its cut-off: a pure value, so the report is a function of it and an
// inspector on the registry host can rebuild it.

#include "registry/pdca/indicatorboard.h"
#include "registry/pdca/indicatordef.h"
#include "registry/pdca/measurestore.h"
#include "registry/pdca/riskstore.h"

#include "shared/result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vigil::report {

/// A reporting period: a quarter ("2026Q3") or a calendar year ("2026").
struct VmsPeriod {
    std::string label;
    int firstMonth = 0;  ///< registry::monthIndex of its first month
    int lastMonth = 0;
};

/// Reads "2026Q3" or "2026"; Invalid otherwise.
[[nodiscard]] Result<VmsPeriod> parsePeriod(std::string_view label);

/// The first month in which a report on `period` may be made: its indicators settle at the end
/// of the month after its last (docs/pdca.md, "Settling").
int settlesIn(const VmsPeriod& period, int settleMonths = 1);

/// The first second (unix, UTC) of month `month` (a registry::monthIndex).
std::int64_t monthStart(int month);

/// A period issued again: the issue it follows and why (the operator's words, printed in the report).
struct VmsReissue {
    std::int64_t of = 0;
    std::string reason;
};

/// An alert raised in the period and how it was followed up (vmsalerts.h reads them).
struct VmsAlert {
    std::int64_t id = 0;
    std::string indicator;
    std::string month;                        ///< YYYY-MM the rule fired at
    std::string rule;                         ///< "3:1"
    double value = 0;                         ///< the month's count
    double level = 0;                         ///< the alert level it exceeded
    std::string state;                        ///< raised, assigned, followed_up, closed
    std::int64_t raisedAt = 0;
    std::int64_t followUpDue = 0;
    std::optional<std::int64_t> measure;      ///< followed up by this measure
    bool explained = false;                   ///< followed up by an explanation
    std::optional<std::int64_t> followedUpAt;
};

/// One route's clock over the cases received in the period (vmsclocks.h).
struct VmsClockCount {
    Domain domain = Domain::Physical;
    std::string clock;  ///< acknowledge, contact, feedback
    std::int64_t inTime = 0, late = 0, missed = 0;
};

struct VmsClocks {
    bool complete = true;  ///< every clock of the period is known per route (not only from before v16)
    std::vector<VmsClockCount> rows;  ///< route × clock, in that order
    std::int64_t received = 0;        ///< cases received in the period
    std::int64_t acknowledgedIn7 = 0; ///< of those, acknowledged within 7 × 24 h
    std::vector<std::int64_t> feedbackDays;  ///< whole days to first feedback of each case given it, sorted
};

struct VmsInputs {
    std::string organisation;
    VmsPeriod period;
    std::int64_t generatedAt = 0;      ///< unix seconds of the cut-off
    std::int64_t directoryVersion = 0; ///< the signed directory in force
    std::int64_t auditSeq = 0;         ///< the audit chain's head at the cut-off (0: empty)
    std::string auditHash;             ///< its hash, hex
    std::vector<registry::MeasureRecord> measures;  ///< every measure of the register
    registry::IndicatorBoard board;    ///< the indicators' board as of the period's last month
    std::vector<registry::RiskRecord> risks;        ///< every risk of the register, as at the cut-off
    std::vector<VmsAlert> alerts;                    ///< alerts raised in the period
    VmsClocks clocks;                                ///< the clocks of the cases received in the period
    std::optional<VmsReissue> reissue; ///< set when the period was issued before
};

} // namespace vigil::report
