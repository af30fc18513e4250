// SPDX-License-Identifier: EUPL-1.2
#include "riskjson.h"

#include "registry/pdca/measureclocks.h"
#include "registry/stats/statsexport.h"

#include <boost/json/array.hpp>
#include <boost/json/parse.hpp>

namespace vigil::registry {

namespace json = boost::json;

namespace {

json::value cellToJson(const std::optional<MatrixCell>& c)
{
    if (!c)
        return nullptr;
    return json::object{{"severity", enumName(c->severity)},
                        {"probability", enumName(c->probability)},
                        {"level", enumName(levelOf(*c))}};
}

template <typename T>
json::value orNull(const std::optional<T>& v)
{
    if (!v)
        return nullptr;
    return json::value(*v);
}

json::array idsToJson(const std::vector<std::int64_t>& ids)
{
    json::array a;
    for (auto id : ids)
        a.emplace_back(id);
    return a;
}

json::object decisionToJson(const RiskDecision& d)
{
    json::object o;
    o.emplace("decision", enumName(d.kind));
    o.emplace("level", enumName(d.level));
    o.emplace("residual", cellToJson(d.residual));
    o.emplace("member", d.member);
    o.emplace("role", enumName(d.acceptor.role));
    o.emplace("role_unit", d.acceptor.unit);
    o.emplace("role_depth", d.acceptor.roleDepth);
    o.emplace("required_depth", d.acceptor.requiredDepth);
    o.emplace("at", d.at);
    o.emplace("review_due", d.reviewDue ? json::value(dateOf(*d.reviewDue)) : json::value(nullptr));
    o.emplace("note", d.note);
    o.emplace("authorities", d.authoritiesSerial ? json::value(*d.authoritiesSerial) : json::value(nullptr));
    return o;
}

} // namespace

json::object riskToJson(const RiskRecord& r, std::optional<ClockStatus> review)
{
    json::object o;
    o.emplace("id", r.id);
    o.emplace("hazard", r.hazard);
    o.emplace("description", r.description);
    o.emplace("domain", enumName(r.domain));
    o.emplace("unit", r.unit);
    o.emplace("category", r.category ? json::value(enumName(*r.category)) : json::value(nullptr));
    o.emplace("initial", cellToJson(r.initial));
    o.emplace("residual", cellToJson(r.residual));
    o.emplace("residual_by", orNull(r.residualBy));
    o.emplace("residual_at", orNull(r.residualAt));
    o.emplace("residual_note", r.residualNote);
    o.emplace("state", enumName(r.state));
    o.emplace("review_due", r.reviewDue ? json::value(dateOf(*r.reviewDue)) : json::value(nullptr));
    o.emplace("review_due_at", orNull(r.reviewDue));
    o.emplace("created_by", r.createdBy);
    o.emplace("created_at", r.createdAt);
    o.emplace("closed_at", orNull(r.closedAt));
    o.emplace("close_reason", r.closeReason);
    o.emplace("reopened_at", orNull(r.reopenedAt));
    o.emplace("reopen_reason", r.reopenReason);
    o.emplace("cases", idsToJson(r.cases));
    o.emplace("measures", idsToJson(r.measures));
    json::array decisions;
    for (const auto& d : r.decisions)
        decisions.emplace_back(decisionToJson(d));
    o.emplace("decisions", std::move(decisions));
    json::object clocks;
    if (review)
        clocks.emplace("review", enumName(*review));
    o.emplace("clocks", std::move(clocks));
    json::array next;
    for (auto s : allowedNext(r.state))
        next.emplace_back(enumName(s));
    o.emplace("next", std::move(next));
    return o;
}

json::object heatMapsToJson(const StatsTable& initial, const StatsTable& residual, std::int64_t k)
{
    const SuppressionRule rule{k};
    json::object o;
    o.emplace("k", threshold(rule));
    o.emplace("labels", json::object{{"small", primaryLabel(rule)}, {"hidden", kSecondaryLabel}});
    // One writer for a published table: the statistics export's, read back as a value.
    o.emplace("initial", json::parse(statsTableJson(initial, k)));
    o.emplace("residual", json::parse(statsTableJson(residual, k)));
    return o;
}

} // namespace vigil::registry
