// SPDX-License-Identifier: EUPL-1.2
#include "measurepolicy.h"

#include <charconv>

namespace vigil::registry {

namespace {

Result<int> intSetting(OrgStore& org, std::string_view key, int fallback, int min, int max)
{
    auto value = org.setting(key);
    if (!value)
        return value.error();
    if (!*value)
        return fallback;
    int n = 0;
    const std::string& text = **value;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (ec != std::errc{} || end != text.data() + text.size() || n < min || n > max)
        return Error{"setting " + std::string(key) + " is \"" + text + "\"; expected a whole number from "
                     + std::to_string(min) + " to " + std::to_string(max)};
    return n;
}

} // namespace

Result<MeasureClockPolicy> measureClockPolicy(OrgStore& org)
{
    MeasureClockPolicy policy;
    auto soon = intSetting(org, "pdca.due_soon_days", policy.dueSoonDays, 1, 365);
    if (!soon)
        return soon.error();
    auto months = intSetting(org, "pdca.check_months", policy.checkMonths, 1, 60);
    if (!months)
        return months.error();
    auto review = intSetting(org, "pdca.review_soon_days", policy.reviewSoonDays, 1, 365);
    if (!review)
        return review.error();
    policy.reviewSoonDays = *review;
    policy.dueSoonDays = *soon;
    policy.checkMonths = *months;
    return policy;
}

} // namespace vigil::registry
