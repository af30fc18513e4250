// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The indicator cube (docs/pdca.md, "Indicators"): how many new cases of one event month,
// received in one month, fall in one unit × kind × category × mode × risk level. The registry adds
// each new case in the transaction that creates it (never a follow-up or a duplicate), and
// retention never touches it: indicators outlive the cases they count, which are deleted a year
// after closing, and it holds no case id, no text and nothing finer than a month.

#include "clocks.h"

#include "shared/routingheader.h"
#include "shared/storage/db.h"
#include "shared/storage/sqlite.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace vigil::registry {

/// One cell of the cube.
struct CubeRow {
    std::string month;          ///< the event month, YYYY-MM
    std::string receivedMonth;  ///< the month the registry received the cases, YYYY-MM (UTC)
    std::string unit;
    std::string kind;
    std::string category;
    std::string mode;
    std::string level;          ///< high, serious, medium, low or unrated
    std::int64_t count = 0;
    bool operator==(const CubeRow&) const = default;
};

/// A row as read, without copies: valid only during the call it is passed to.
struct CubeRowView {
    std::string_view month, receivedMonth, unit, kind, category, mode, level;
    std::int64_t count = 0;
};

/// The cube's risk level of a report: shared/riskmatrix.h's reportLevel, or "unrated".
std::string cubeLevel(const RoutingHeader& header);

/// The UTC month of `t`, YYYY-MM.
std::string monthOf(UnixSeconds t);

/// A new case as the cube counts it.
struct CubeEntry {
    const RoutingHeader* header = nullptr;
    UnixSeconds receivedAt = 0;
};

/// Counts new cases in the cube (pdca_counts) and their receipt in the handling clocks
/// (pdca_clocks); call inside the transaction that creates them. Each cell is summed first and
/// written once, in key order: several processes create cases at once on PostgreSQL, and were
/// the cells written case by case, two batches could lock the same cells in opposite orders and
/// deadlock.
Status countNewCases(Db db, const std::vector<CubeEntry>& cases);

/// A handling clock of the registry's: a case's acknowledgement or first feedback.
enum class HandlingClock { Acknowledge, Feedback };

/// A route's clock as pdca_clocks keeps it per route: "acknowledge", "contact" (the first reply
/// to the reporter) or "feedback".
struct RouteClockEvent {
    std::string_view clock;
    Domain domain = Domain::Physical;
    UnixSeconds receivedAt = 0;
    UnixSeconds due = 0;
};

/// Adds the moment `at` a case's clock was first met, in time or late against its due time, to
/// pdca_clocks (month received × route × clock × outcome × month of the event × whole days
/// between); call in the transaction that records the event, once per case and clock. It
/// outlives the case.
Status addClockEvent(Db db, const RouteClockEvent& clock, UnixSeconds at);

/// Adds a clock that ran out without its event before the case closed at `closedAt` (outcome
/// "missed", the month and days of the closing); call in the transaction that closes it.
Status addMissedClock(Db db, const RouteClockEvent& clock, UnixSeconds closedAt);
/// Takes back what addMissedClock added, when a closed case is reopened (retaliation).
Status withdrawMissedClock(Db db, const RouteClockEvent& clock, UnixSeconds closedAt);

/// One cell of pdca_clocks as the indicators read it, summed over routes and outcomes, missed
/// clocks and first contacts left out: `clock` is "received" (days 0), "acknowledge" or "feedback".
struct ClockRow {
    std::string receivedMonth;
    std::string clock;
    std::string eventMonth;
    std::int64_t days = 0;
    std::int64_t count = 0;
    bool operator==(const ClockRow&) const = default;
};
/// Every cell of pdca_clocks whose month received or month of the event is `fromMonth` or later.
Result<std::vector<ClockRow>> scanClocks(Db db, std::string_view fromMonth);

/// Every row of the cube whose event month is `fromMonth` or later ('' = all), in no set order.
Result<std::vector<CubeRow>> scanCube(Db db, std::string_view fromMonth = {});
/// The same rows passed one by one without a copy (the cube has hundreds of thousands of rows;
/// a board keeps only sums).
Status eachCubeRow(Db db, std::string_view fromMonth, const std::function<void(const CubeRowView&)>& onRow);

} // namespace vigil::registry
