// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The clocks of a measure (docs/pdca.md, "Clocks"), on the case clocks' ClockStatus: the due
// date (met once implemented) and, once implemented, the check (met once checked) — a measure
// implemented but not checked after checkMonths calendar months is overdue for its check.
// Pure: the caller brings the clock and the policy (settings pdca.due_soon_days,
// pdca.check_months).

#include "measurestore.h"

#include "registry/clocks.h"

#include <optional>
#include <string_view>

namespace vigil::registry {

struct MeasureClockPolicy {
    int dueSoonDays = 14;   ///< a deadline this close is "due soon"
    int checkMonths = 9;    ///< an implemented measure is checked within this many calendar months
    int reviewSoonDays = 30;  ///< an accepted risk's review this close is "due soon"
};

struct MeasureClocks {
    std::optional<ClockStatus> due;     ///< none for a cancelled measure
    std::optional<UnixSeconds> checkDue;
    std::optional<ClockStatus> check;   ///< from implementation on
};

/// The last second (23:59:59 UTC) of a YYYY-MM-DD date; nullopt when it is no calendar date.
std::optional<UnixSeconds> endOfDate(std::string_view date);
/// The UTC date of `t` as YYYY-MM-DD.
std::string dateOf(UnixSeconds t);

MeasureClocks measureClocks(const MeasureRecord& m, UnixSeconds now, const MeasureClockPolicy& policy);

/// The lists of `vigil-admin measure list --filter`: all, overdue (a clock overdue), due-soon
/// (a clock due soon), unchecked (implemented and its check overdue).
enum class MeasureFilter { All, Overdue, DueSoon, Unchecked };

bool matches(MeasureFilter filter, const MeasureClocks& clocks);

} // namespace vigil::registry

namespace vigil {
template <> struct EnumTable<registry::MeasureFilter> {
    static constexpr std::array<EnumName<registry::MeasureFilter>, 4> names{{
        {registry::MeasureFilter::All, "all"}, {registry::MeasureFilter::Overdue, "overdue"},
        {registry::MeasureFilter::DueSoon, "due-soon"}, {registry::MeasureFilter::Unchecked, "unchecked"},
    }};
};
} // namespace vigil
