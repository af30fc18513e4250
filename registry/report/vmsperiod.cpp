// SPDX-License-Identifier: EUPL-1.2
#include "vmsinputs.h"

#include <charconv>
#include <chrono>

namespace vigil::report {

Result<VmsPeriod> parsePeriod(std::string_view label)
{
    const auto invalid = [&] {
        return Error{"period \"" + std::string(label) + "\": expected a quarter such as 2026Q3 or a year such as 2026",
                     ErrorKind::Invalid};
    };
    int year = 0;
    if (label.size() < 4)
        return invalid();
    const auto [end, ec] = std::from_chars(label.data(), label.data() + 4, year);
    if (ec != std::errc{} || end != label.data() + 4 || year < 1970 || year > 9999)
        return invalid();
    if (label.size() == 4)
        return VmsPeriod{std::string(label), year * 12, year * 12 + 11};
    if (label.size() == 6 && label[4] == 'Q' && label[5] >= '1' && label[5] <= '4') {
        const int first = year * 12 + (label[5] - '1') * 3;
        return VmsPeriod{std::string(label), first, first + 2};
    }
    return invalid();
}

int settlesIn(const VmsPeriod& period, int settleMonths) { return period.lastMonth + 1 + settleMonths; }

std::int64_t monthStart(int month)
{
    namespace chr = std::chrono;
    const chr::sys_days day{chr::year{month / 12} / chr::month{static_cast<unsigned>(month % 12 + 1)} / 1};
    return chr::duration_cast<chr::seconds>(day.time_since_epoch()).count();
}

} // namespace vigil::report
