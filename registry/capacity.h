// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Advisors' capacity (issue 16 §5, docs/advisor.md "Capacity"): per advisor the open load and
// the time to first contact over a period, per group the open cases against its members, so
// management sees when a group needs more advisors. These are figures about the registry's own
// handling by named people, not statistics about units or reporters: no small-cell suppression
// applies to them (docs/threat-model.md says who sees them and why). On either engine.

#include "clocks.h"

#include "shared/result.h"
#include "shared/storage/db.h"

#include <optional>
#include <string>
#include <vector>

namespace vigil::registry {

/// One advisor: what is on their desk now, and how fast their cases of the period got a first
/// answer in the reporter's mailbox.
struct AdvisorCapacity {
    std::string member;
    std::string name;
    std::int64_t open = 0;           ///< open (not closed) cases assigned to them, now
    std::int64_t cases = 0;          ///< cases assigned to them received in the period
    std::int64_t contacted = 0;      ///< … of which got a first reply
    std::optional<double> medianContactHours; ///< received → first reply, over `contacted`
    std::int64_t clocked = 0;        ///< … of which had a contact clock that is decided (met or run out)
    std::int64_t withinClock = 0;    ///< … of which the first reply came at or before the clock's due
    std::optional<double> clockHours; ///< the median length of those clocks, the chart's reference
};

/// One recipient group: its open cases against its active members.
struct GroupCapacity {
    std::string group;
    std::string nameNl;
    std::string nameEn;
    bool autoAssign = false;
    std::int64_t members = 0;        ///< active members
    std::int64_t open = 0;           ///< open cases routed to the group
    std::int64_t unassigned = 0;     ///< … of which nobody is assigned
};

struct CapacityReport {
    UnixSeconds from = 0;            ///< the period: cases received in [from, to)
    UnixSeconds to = 0;
    UnixSeconds generatedAt = 0;
    std::vector<AdvisorCapacity> advisors; ///< active members of a group, and anyone with open cases; by id
    std::vector<GroupCapacity> groups;     ///< in the directory's order
};

/// The figures for cases received in [from, to), the loads as of `now`. Run under the store's
/// lock (one connection).
Result<CapacityReport> computeCapacity(Db db, UnixSeconds from, UnixSeconds to, UnixSeconds now);

/// The median of `values` (the mean of the middle two for an even count); nothing when empty.
std::optional<double> medianOf(std::vector<double> values);

} // namespace vigil::registry
