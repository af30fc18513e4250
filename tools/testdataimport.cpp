// SPDX-License-Identifier: EUPL-1.2
#include "testdataimport.h"

#include "shared/reportcodec.h"

#include <boost/json.hpp>

#include <fstream>
#include <sstream>

namespace vigil::tools {

namespace json = boost::json;

namespace {

/// The example file writes a month-precision date as a full date and carries a derived
/// "domain"; model v1 wants "YYYY-MM" and derives the domain from the category.
void adapt(json::object& r)
{
    r.erase("domain");
    r["v"] = 1;
    if (auto* when = r.if_contains("when"); when != nullptr && when->is_object()) {
        auto& w = when->get_object();
        const std::string precision = w.contains("precision") ? json::value_to<std::string>(w["precision"]) : "exact";
        if (auto* local = w.if_contains("local"); local != nullptr && local->is_string()) {
            std::string text(local->get_string());
            if (precision == "month")
                text = text.substr(0, 7);
            else if (precision == "day")
                text = text.substr(0, 10);
            *local = text;
        }
    }
}

} // namespace

Result<std::vector<Report>> importTestReports(const std::string& path)
{
    std::ifstream in(path);
    if (!in)
        return Error{"cannot read " + path};
    std::stringstream text;
    text << in.rdbuf();
    boost::system::error_code ec;
    json::value doc = json::parse(text.str(), ec);
    if (ec || !doc.is_object() || !doc.as_object().contains("reports"))
        return Error{path + ": not a reports file"};
    std::vector<Report> out;
    for (auto& entry : doc.as_object()["reports"].as_array()) {
        if (!entry.is_object())
            return Error{path + ": a report is not an object"};
        adapt(entry.as_object());
        auto report = decodeReport(json::serialize(entry));
        if (!report)
            return withContext(path + " report " + std::to_string(out.size() + 1), report.error());
        out.push_back(std::move(*report));
    }
    return out;
}

} // namespace vigil::tools
