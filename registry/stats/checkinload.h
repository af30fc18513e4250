// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The aftercare check-ins waiting for an advisor (issue 16 §2), for the workload section of the
// statistics: how many moments are due now and how many are overdue, over every case. Exact
// counts about the registry's own handling, like the other workload figures: never per unit,
// route or reporter. A moment is judged as registry/aftercare.h does: done by any reply to the
// reporter at or after it, no clock once the reporter declined further contact, due until the
// grace days have passed and overdue after.

#include "shared/result.h"
#include "shared/storage/db.h"

#include <cstdint>

namespace vigil::registry {

/// The grace a due check-in has before it is overdue: WorkflowPolicy::checkInGraceDays's default.
inline constexpr std::int64_t kCheckInGraceDays = 7;

struct CheckInLoad {
    std::int64_t due = 0;      ///< due, within the grace days, no reply since
    std::int64_t overdue = 0;  ///< past the grace days, no reply since
};

[[nodiscard]] Result<CheckInLoad> countCheckInLoad(Db db, std::int64_t now,
                                                   std::int64_t graceDays = kCheckInGraceDays);

} // namespace vigil::registry
