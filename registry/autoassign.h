// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Automatic assignment by load (issue 16 §5, docs/registry.md "Automatic assignment"): which
// member a new case goes to when a group it is routed to assigns automatically. Read and
// decided inside the transaction that creates the case, on either engine.

#include "clocks.h"

#include "shared/result.h"
#include "shared/storage/db.h"

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <span>
#include <string>

namespace vigil::registry {

/// The tie-break window: of two members with the same open load, the one assigned fewer cases
/// received in this many days takes the new one.
inline constexpr std::int64_t kAutoAssignRecentDays = 30;

/// The member chosen for a new case, with the figures that chose it (for the audit entry).
struct AutoAssignment {
    std::string member;
    std::string group;
    std::int64_t openLoad = 0;  ///< the member's open (not closed) assigned cases before this one
    std::int64_t recent = 0;    ///< cases received in the last kAutoAssignRecentDays assigned to them
};

/// The auto_assign flags one write transaction has read, by group id, so a batch of new cases
/// reads each group's once. A group found assigning is locked on PostgreSQL until the commit,
/// so its flag cannot change before then; one found not assigning was read without a lock, and
/// a change made meanwhile counts from the next transaction on, as it would had the whole batch
/// come a moment earlier. Never keep one past its transaction.
using AutoAssignFlags = std::map<std::string, bool, std::less<>>;

/// For the new case `caseId` (its recipients already stored) routed to `groups` (in the
/// header's order): the first of those groups that assigns automatically and has a member who
/// can take it decides — among its active members who hold the case's key (its recipients),
/// the one with the fewest open assigned cases, then the fewest assigned cases received since
/// `now` − kAutoAssignRecentDays, then the smallest member id (byte order, the same on both
/// engines). Nothing when no group assigns automatically or none has such a member. Call it
/// inside the write transaction that creates the case: on PostgreSQL it locks the deciding
/// group's row until the commit. `known` holds the flags this transaction has read so far, and
/// gets those it reads now.
Result<std::optional<AutoAssignment>> chooseAssignee(Db db, std::int64_t caseId, std::span<const std::string> groups,
                                                     UnixSeconds now, AutoAssignFlags& known);

/// The audit detail of an automatic assignment: "assigned automatically by load to M (…)".
std::string autoAssignDetail(const AutoAssignment& chosen);

} // namespace vigil::registry
