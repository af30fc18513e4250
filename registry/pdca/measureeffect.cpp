// SPDX-License-Identifier: EUPL-1.2
#include "measureeffect.h"

#include "cubefilter.h"

#include <algorithm>
#include <charconv>

namespace vigil::registry {

namespace {

/// A double in its shortest exact decimal form, so the hashed text is one per value.
std::string exact(double v)
{
    char buf[32];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    return ec == std::errc() ? std::string(buf, end) : "nan";
}

/// A window's published months ("12" or "x" for a hidden one) and their sum, none when hidden.
struct WindowCounts {
    std::optional<std::int64_t> sum = 0;
    std::string months;
};

WindowCounts countsOf(const IndicatorSeries& s, int from, int to)
{
    WindowCounts w;
    for (int m = from; m <= to; ++m) {
        const auto v = s.published(static_cast<std::size_t>(m - s.firstMonth));
        w.months += (m == from ? "" : ",") + (v ? std::to_string(*v) : std::string("x"));
        if (v && w.sum)
            *w.sum += *v;
        else
            w.sum.reset();
    }
    return w;
}

std::string rangeText(int from, int to)
{
    return monthText(from) + ".." + monthText(to);
}

} // namespace

Result<EffectWindows> effectWindows(std::string_view implementedOn, int months)
{
    if (!isCalendarDate(implementedOn))
        return Error{"implemented_on: expected a date as YYYY-MM-DD, got \"" + std::string(implementedOn) + "\"",
                     ErrorKind::Invalid};
    if (months < 1)
        return Error{"an effect window is at least one month", ErrorKind::Invalid};
    const int month = monthIndex(implementedOn.substr(0, 7)).value_or(0);
    return EffectWindows{month - months, month - 1, month + 1, month + months};
}

std::string settlesOn(const EffectWindows& w, int settleMonths)
{
    return monthText(w.afterTo + settleMonths + 1) + "-01";
}

Exposure exposureOf(const EffectWindows& w, const std::vector<StrengthRow>& strength)
{
    std::vector<std::pair<int, std::int64_t>> rows;
    for (const auto& r : strength)
        if (const auto m = monthIndex(r.fromMonth); m && r.people > 0)
            rows.emplace_back(*m, r.people);
    std::sort(rows.begin(), rows.end());
    const auto peopleIn = [&](int month) -> std::optional<std::int64_t> {
        std::optional<std::int64_t> people;
        for (const auto& [from, n] : rows)
            if (from <= month)
                people = n;
        return people;
    };
    const auto sum = [&](int from, int to) -> std::optional<double> {
        double total = 0;
        for (int m = from; m <= to; ++m) {
            const auto n = peopleIn(m);
            if (!n)
                return std::nullopt;
            total += static_cast<double>(*n);
        }
        return total;
    };
    const auto before = sum(w.beforeFrom, w.beforeTo);
    const auto after = sum(w.afterFrom, w.afterTo);
    if (before && after)
        return {*before, *after, ExposureUnit::PersonMonths};
    return {static_cast<double>(w.beforeTo - w.beforeFrom + 1), static_cast<double>(w.afterTo - w.afterFrom + 1),
            ExposureUnit::Months};
}

Result<MeasureCheck> measureEffect(const IndicatorBoard& board, const std::string& indicator, const EffectWindows& w,
                                   const std::vector<StrengthRow>& strength, const EffectPolicy& policy)
{
    const auto at = std::find_if(board.series.begin(), board.series.end(),
                                 [&](const IndicatorSeries& s) { return s.id == indicator; });
    if (at == board.series.end())
        return Error{"indicator " + indicator + " is not in force: its figures are no longer published",
                     ErrorKind::NotFound};
    const IndicatorSeries& series = *at;
    const IndicatorDef& def = board.indicators[static_cast<std::size_t>(at - board.series.begin())];
    const int last = series.firstMonth + static_cast<int>(series.status.size()) - 1;
    if (w.afterTo > last)
        return Error{"the after window (" + rangeText(w.afterFrom, w.afterTo) + ") has not settled: the board ends at "
                         + monthText(last),
                     ErrorKind::Conflict};
    if (def.frozenAfter && w.afterTo > *def.frozenAfter)
        return Error{"indicator " + indicator + " was frozen after " + monthText(*def.frozenAfter) + ": the after window ("
                         + rangeText(w.afterFrom, w.afterTo) + ") is not published; record a judgement or check another",
                     ErrorKind::Conflict};
    if (w.beforeFrom < series.firstMonth)
        return Error{"the before window (" + rangeText(w.beforeFrom, w.beforeTo) + ") starts before the board's first month "
                         + monthText(series.firstMonth),
                     ErrorKind::Conflict};

    const WindowCounts before = countsOf(series, w.beforeFrom, w.beforeTo);
    const WindowCounts after = countsOf(series, w.afterFrom, w.afterTo);
    const Exposure exposure = exposureOf(w, strength);
    auto tested = checkEffect({before.sum, exposure.before}, {after.sum, exposure.after}, policy);
    if (!tested)
        return tested.error();

    MeasureCheck c;
    c.indicator = indicator;
    c.windows = w;
    c.beforeCount = before.sum;
    c.afterCount = after.sum;
    c.beforeExposure = exposure.before;
    c.afterExposure = exposure.after;
    c.exposureUnit = exposure.unit;
    c.rateRatio = tested->rateRatio;
    c.ciLow = tested->ratioLow;
    c.ciHigh = tested->ratioHigh;
    c.pValue = tested->pValue;
    c.result = tested->verdict;
    c.reason = tested->reason;
    // The inputs in one canonical text: what the indicator counts, each month as published,
    // the exposures and the test's settings. Two checks with the same hash had the same inputs.
    const std::string text = "vigil-effect-check/1\nindicator " + indicator + " " + canonicalJson(def.filter)
                             + "\nbefore " + rangeText(w.beforeFrom, w.beforeTo) + " " + before.months + "\nafter "
                             + rangeText(w.afterFrom, w.afterTo) + " " + after.months + "\nexposure "
                             + std::string(enumName(exposure.unit)) + " " + exact(exposure.before) + " "
                             + exact(exposure.after) + "\npolicy " + std::to_string(policy.minReports) + " "
                             + exact(policy.confidence) + " " + exact(policy.noChangeBelow) + "\n";
    c.inputsHash = blake2b256(asBytes(text));
    return c;
}

EffectReason reasonOf(const MeasureCheck& c, const EffectPolicy& policy)
{
    auto tested = checkEffect({c.beforeCount, c.beforeExposure}, {c.afterCount, c.afterExposure}, policy);
    return tested ? tested->reason : EffectReason::TooFewReports;
}

MeasureVerdict verdictOf(EffectVerdict result)
{
    switch (result) {
    case EffectVerdict::Effective:
        return MeasureVerdict::Effective;
    case EffectVerdict::NoChange:
        return MeasureVerdict::NotEffective;
    case EffectVerdict::Inconclusive:
        break;
    }
    return MeasureVerdict::Inconclusive;
}

} // namespace vigil::registry
