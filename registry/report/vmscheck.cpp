// SPDX-License-Identifier: EUPL-1.2
// checkVmsReport: reads a report back as an inspector's tool would, without the writer's types.
#include "vmsreport.h"

#include "shared/jsonreader.h"

#include <boost/json/value.hpp>

namespace vigil::report {
namespace {

Error invalid(const std::string& where, const std::string& what)
{
    return Error{"report " + where + ": " + what, ErrorKind::Invalid};
}

// A count of reports as published: 0, at least k, "<k" or "x".
Status checkCount(const boost::json::value& v, std::int64_t k, const std::string& where)
{
    if (v.is_int64()) {
        const std::int64_t n = v.as_int64();
        if (n < 0 || (n > 0 && n < k))
            return invalid(where, std::to_string(n) + " is a count below k = " + std::to_string(k));
        return {};
    }
    if (v.is_string() && (v.as_string() == "<" + std::to_string(k) || v.as_string() == "x"))
        return {};
    return invalid(where, "expected a count, \"<" + std::to_string(k) + "\" or \"x\"");
}

} // namespace

Status checkVmsReport(std::string_view json)
{
    auto parsed = parseJsonObject(json, "report", 64 * 1024 * 1024, 16);
    if (!parsed)
        return withKind(ErrorKind::Invalid, parsed.error());
    const boost::json::object& report = parsed.value();
    const auto* format = report.if_contains("format");
    if (!format || !format->is_string() || format->as_string() != kVmsFormat)
        return invalid("format", "expected \"" + std::string(kVmsFormat) + "\"");
    const auto* k = report.if_contains("k");
    if (!k || !k->is_int64() || k->as_int64() < 3)
        return invalid("k", "expected a threshold of at least 3");
    // A reissue names the issue it follows and says why: null on a first issue.
    const auto* reissue = report.if_contains("reissue");
    if (!reissue || !(reissue->is_null()
                      || (reissue->is_object() && reissue->as_object().size() == 2
                          && reissue->as_object().contains("of") && reissue->as_object().at("of").is_int64()
                          && reissue->as_object().at("of").as_int64() > 0 && reissue->as_object().contains("reason")
                          && reissue->as_object().at("reason").is_string()
                          && !reissue->as_object().at("reason").as_string().empty())))
        return invalid("reissue", "expected null or {\"of\": a report number, \"reason\": a text}");
    const auto* indicators = report.if_contains("indicators");
    if (!indicators || !indicators->is_array())
        return invalid("indicators", "expected a list");
    for (std::size_t i = 0; i < indicators->as_array().size(); ++i) {
        const std::string at = "indicators[" + std::to_string(i) + "]";
        const auto& indicator = indicators->as_array()[i];
        if (!indicator.is_object())
            return invalid(at, "expected an object");
        const auto* months = indicator.as_object().if_contains("months");
        const auto* values = indicator.as_object().if_contains("values");
        const auto* levels = indicator.as_object().if_contains("levels");
        if (!months || !values || !levels || !months->is_array() || !values->is_array() || !levels->is_array()
            || values->as_array().size() != months->as_array().size()
            || levels->as_array().size() != months->as_array().size())
            return invalid(at, "expected months, values and levels of one length");
        for (std::size_t m = 0; m < values->as_array().size(); ++m)
            if (auto s = checkCount(values->as_array()[m], k->as_int64(), at + ".values[" + std::to_string(m) + "]");
                !s)
                return s;
    }
    return {};
}

} // namespace vigil::report
