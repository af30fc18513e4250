// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The effect check of one measure on one of its indicators (docs/pdca.md, "Effect check"):
// which months the windows before and after the measure are, their counts as the indicator
// board publishes them (a hidden month makes its window's count unknown, so nothing hidden
// reaches a verdict), their exposure, the test of effectcheck.h, and a hash of every input so
// the inspectorate can see that a recorded check was computed from what it says. Pure: the
// measure desk brings the board and the unit's strength, read in its transaction.

#include "effectcheck.h"
#include "indicatorboard.h"
#include "measurestate.h"

#include "registry/clocks.h"

#include "shared/hash.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vigil::registry {

/// What an exposure counts: calendar months, or person-months when the unit's strength is known.
enum class ExposureUnit { Months, PersonMonths };

/// The two windows of a check as monthIndex values, both ends included.
struct EffectWindows {
    int beforeFrom = 0, beforeTo = 0, afterFrom = 0, afterTo = 0;
    bool operator==(const EffectWindows&) const = default;
};

/// The windows of a measure implemented on `implementedOn` (YYYY-MM-DD): before = the `months`
/// months ending with the month before the month of implementation, after = the `months` months
/// from the month after it. The month of implementation itself is in neither, on whatever day
/// of it the measure was implemented: it holds reports from both sides. Invalid for a bad date.
[[nodiscard]] Result<EffectWindows> effectWindows(std::string_view implementedOn, int months = 6);

/// The day the after window has settled (YYYY-MM-DD): the first day of the month after its last
/// month's settling months (IndicatorRegister::lastSettled).
std::string settlesOn(const EffectWindows& w, int settleMonths);

/// A unit's strength from a month on (unit_strength): it holds until the next row.
struct StrengthRow {
    std::string fromMonth;  ///< YYYY-MM
    std::int64_t people = 0;
    bool operator==(const StrengthRow&) const = default;
};

struct Exposure {
    double before = 0, after = 0;
    ExposureUnit unit = ExposureUnit::Months;
};

/// The windows' exposures: person-months when `strength` (the rows of the indicator's scope
/// unit) gives a strength for every month of both windows — each month's is the row with the
/// latest from_month not after it — and otherwise the number of months in each window.
Exposure exposureOf(const EffectWindows& w, const std::vector<StrengthRow>& strength);

/// One effect check, as measure_checks records it (id, at and by are the record's; a preview
/// leaves them 0 and empty).
struct MeasureCheck {
    std::int64_t id = 0;
    std::string indicator;
    UnixSeconds at = 0;
    std::string by;
    EffectWindows windows;
    std::optional<std::int64_t> beforeCount, afterCount;  ///< none when a month of the window is hidden
    double beforeExposure = 0, afterExposure = 0;
    ExposureUnit exposureUnit = ExposureUnit::Months;
    std::optional<double> rateRatio, ciLow, ciHigh, pValue;
    EffectVerdict result = EffectVerdict::Inconclusive;
    /// Not stored: checkEffect gives it again from the stored counts and exposures.
    EffectReason reason = EffectReason::TooFewReports;
    Hash32 inputsHash{};
    bool operator==(const MeasureCheck&) const = default;
};

/// The check of `indicator` over `w` on `board`, which must hold the indicator (NotFound
/// otherwise) and every month of both windows (Conflict otherwise: the after window has not
/// settled, or the before window lies before the board's first month).
[[nodiscard]] Result<MeasureCheck> measureEffect(const IndicatorBoard& board, const std::string& indicator,
                                                 const EffectWindows& w, const std::vector<StrengthRow>& strength,
                                                 const EffectPolicy& policy = {});

/// A recorded check's reason, from its stored counts and exposures (checkEffect once more).
EffectReason reasonOf(const MeasureCheck& c, const EffectPolicy& policy = {});

/// The measure's verdict a check gives: effective → effective, no change → not effective,
/// inconclusive → inconclusive.
MeasureVerdict verdictOf(EffectVerdict result);

} // namespace vigil::registry

namespace vigil {
template <> struct EnumTable<registry::ExposureUnit> {
    static constexpr std::array<EnumName<registry::ExposureUnit>, 2> names{{
        {registry::ExposureUnit::Months, "months"}, {registry::ExposureUnit::PersonMonths, "person_months"},
    }};
};
} // namespace vigil
