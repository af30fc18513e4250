// SPDX-License-Identifier: EUPL-1.2
#include "measurejson.h"

#include <boost/json/array.hpp>

namespace vigil::registry {

namespace json = boost::json;

namespace {

template <typename T>
void putOptional(json::object& o, std::string_view key, const std::optional<T>& v)
{
    if (v)
        o.emplace(key, *v);
    else
        o.emplace(key, nullptr);
}

json::value orNull(const std::optional<double>& v)
{
    return v ? json::value(*v) : json::value(nullptr);
}

json::object windowToJson(int from, int to, const std::optional<std::int64_t>& count, double exposure)
{
    json::object w;
    w.emplace("from", monthText(from));
    w.emplace("to", monthText(to));
    putOptional(w, "count", count);
    w.emplace("exposure", exposure);
    return w;
}

} // namespace

json::object checkToJson(const MeasureCheck& c)
{
    json::object o;
    if (c.id != 0) {
        o.emplace("id", c.id);
        o.emplace("at", c.at);
        o.emplace("by", c.by);
    }
    o.emplace("indicator", c.indicator);
    o.emplace("before", windowToJson(c.windows.beforeFrom, c.windows.beforeTo, c.beforeCount, c.beforeExposure));
    o.emplace("after", windowToJson(c.windows.afterFrom, c.windows.afterTo, c.afterCount, c.afterExposure));
    o.emplace("exposure_unit", enumName(c.exposureUnit));
    o.emplace("rate_ratio", orNull(c.rateRatio));
    o.emplace("ci", json::array{orNull(c.ciLow), orNull(c.ciHigh)});
    o.emplace("p", orNull(c.pValue));
    o.emplace("result", enumName(c.result));
    o.emplace("reason", enumName(c.reason));
    o.emplace("inputs_hash", toHex(ByteView(c.inputsHash)));
    return o;
}

json::object measureToJson(const MeasureRecord& m, const MeasureClocks& c, const std::vector<MeasureState>& may)
{
    json::object o;
    o.emplace("id", m.id);
    o.emplace("title", m.title);
    o.emplace("description", m.description);
    o.emplace("domain", enumName(m.domain));
    o.emplace("owner", json::object{{"unit", m.ownerUnit}, {"role", m.ownerRole}});
    o.emplace("due", m.dueDate);
    o.emplace("due_at", m.dueAt);
    o.emplace("state", enumName(m.state));
    o.emplace("verdict", enumName(m.verdict));
    o.emplace("verdict_basis", enumName(m.basis));
    o.emplace("proposed_by", m.proposedBy);
    o.emplace("proposed_at", m.proposedAt);
    putOptional(o, "approved_by", m.approvedBy);
    putOptional(o, "approved_at", m.approvedAt);
    putOptional(o, "started_at", m.startedAt);
    putOptional(o, "implemented_on", m.implementedOn);
    putOptional(o, "implemented_at", m.implementedAt);
    o.emplace("evidence", m.evidence);
    putOptional(o, "reopened_at", m.reopenedAt);
    o.emplace("reopen_reason", m.reopenReason);
    putOptional(o, "checked_by", m.checkedBy);
    putOptional(o, "checked_at", m.checkedAt);
    o.emplace("check_note", m.checkNote);
    putOptional(o, "cancelled_at", m.cancelledAt);
    o.emplace("cancel_reason", m.cancelReason);
    putOptional(o, "supersedes", m.supersedes);
    json::array cases;
    for (auto id : m.cases)
        cases.emplace_back(id);
    o.emplace("cases", std::move(cases));
    o.emplace("cases_linked", m.casesLinked);
    json::array indicators;
    for (const auto& l : m.indicators)
        indicators.emplace_back(json::object{{"id", l.id}, {"primary", l.primary}});
    o.emplace("indicators", std::move(indicators));
    json::array risks;
    for (auto id : m.risks)
        risks.emplace_back(id);
    o.emplace("risks", std::move(risks));
    json::array checks;
    for (const auto& check : m.checks)
        checks.emplace_back(checkToJson(check));
    o.emplace("checks", std::move(checks));
    // A cancelled measure has no clocks: the object is empty then.
    json::object clocks;
    if (c.due)
        clocks.emplace("due", enumName(*c.due));
    if (c.check) {
        clocks.emplace("check", enumName(*c.check));
        clocks.emplace("check_due", *c.checkDue);
    }
    o.emplace("clocks", std::move(clocks));
    json::array next;
    for (auto s : allowedNext(m.state))
        next.emplace_back(enumName(s));
    o.emplace("next", std::move(next));
    json::array allowed;
    for (const MeasureState state : may)
        allowed.emplace_back(enumName(state));
    o.emplace("may", std::move(allowed));
    return o;
}

json::object clockEntryToJson(const PdcaClockEntry& e)
{
    json::object o;
    o.emplace("subject", e.subject);
    o.emplace("id", e.id);
    o.emplace("title", e.title);
    o.emplace("state", e.state);
    o.emplace("clock", e.clock);
    o.emplace("due", e.due);
    o.emplace("status", enumName(e.status));
    return o;
}

} // namespace vigil::registry
