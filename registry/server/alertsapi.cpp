// SPDX-License-Identifier: EUPL-1.2
#include "alertsapi.h"

#include "alertjson.h"
#include "measurejson.h"
#include "pathid.h"

#include "registry/pdca/pdcaclocks.h"

#include "shared/jsonreader.h"

#include <boost/json/serialize.hpp>

#include <limits>

namespace vigil::registry {

namespace json = boost::json;

namespace {

StoredAnswer errorAnswer(const Error& e)
{
    json::object o;
    o.emplace("error", e.kind == ErrorKind::Storage ? "the registry could not store the change; try again later"
                                                    : e.message);
    if (e.kind == ErrorKind::Refused)
        o.emplace("error_kind", "role_required");
    return {statusFor(e.kind, 500), json::serialize(o)};
}

} // namespace

AlertsApi::AlertsApi(AlertDesk& desk, MeasureDesk& measures, RiskDesk& risks, OrgStore& org, ActionRunner& runner,
                     Clock clock, RegistryCounters& counters)
    : m_desk(desk), m_measures(measures), m_risks(risks), m_org(org), m_runner(runner), m_clock(std::move(clock)),
      m_counters(counters)
{
}

void AlertsApi::install(RouteTable& table)
{
    auto route = [this](auto fn) { return syncRoute(m_counters.requests, std::move(fn)); };
    for (const char* method : {"GET", "POST"})
        table.addPrefix(method, "/v1/advisor/alerts",
                        route([this](const Request& q, const std::string& tail) { return alerts(q, tail); }));
    table.add("GET", "/v1/advisor/pdca/clocks", route([this](const Request& q, const std::string&) { return clocks(q); }));
}

AlertsApi::Response AlertsApi::alerts(const Request& request, std::string_view tail)
{
    auto member = m_runner.memberOf(request);
    if (!member)
        return jsonError(401, member.error().message);
    if ((tail.empty() || tail == "/") && request.method == "GET")
        return list(*member, request);
    const auto path = parseIdPath(tail);
    if (!path)
        return jsonError(404, "no such alert");
    const auto [id, action] = *path;
    if (request.method == "GET" && action.empty())
        return show(*member, id);
    if (request.method == "POST" && (action == "assign" || action == "follow-up" || action == "close"))
        return m_runner.act(*member, request, [&](json::object& body) { return step(*member, id, action, body); });
    return jsonError(404, "unknown alert resource");
}

Result<json::object> AlertsApi::shown(const std::string& member, const AlertRecord& a)
{
    auto policy = measureClockPolicy(m_org);
    if (!policy)
        return policy.error();
    auto may = m_desk.mayAct(member, {a});
    if (!may)
        return may.error();
    return alertToJson(a, followUpClock(a, m_clock(), *policy), may->front());
}

AlertsApi::Response AlertsApi::list(const std::string& member, const Request& request)
{
    std::optional<AlertState> only;
    if (const auto state = request.query("state")) {
        only = parseEnum<AlertState>(*state);
        if (!only)
            return jsonError(400, "state: expected one of " + enumChoices<AlertState>());
    }
    auto seen = m_desk.visibleTo(member);
    auto policy = measureClockPolicy(m_org);
    auto may = seen ? m_desk.mayAct(member, *seen) : Result<std::vector<bool>>(seen.error());
    if (!seen || !policy || !may)
        return jsonError(500, "alerts unavailable");
    const UnixSeconds now = m_clock();
    json::array a;
    for (std::size_t i = 0; i < seen->size(); ++i)
        if (!only || (*seen)[i].state == *only)
            a.emplace_back(alertToJson((*seen)[i], followUpClock((*seen)[i], now, *policy), (*may)[i]));
    return jsonResponse(200, json::serialize(json::object{{"member_id", member}, {"alerts", std::move(a)}}));
}

AlertsApi::Response AlertsApi::show(const std::string& member, std::int64_t id)
{
    auto a = m_desk.findFor(member, id);
    if (!a)
        return jsonResponse(statusFor(a.error().kind, 500), json::serialize(json::object{{"error", a.error().message}}));
    auto o = shown(member, *a);
    if (!o)
        return jsonError(500, "alerts unavailable");
    return jsonResponse(200, json::serialize(*o));
}

StoredAnswer AlertsApi::step(const std::string& member, std::int64_t id, std::string_view action, json::object& body)
{
    JsonReader r(body, "request");
    (void)r.text("action_id", 64);
    AlertStep s;
    AlertState to = AlertState::Closed;
    if (action == "assign") {
        to = AlertState::Assigned;
        s.assignee = r.text("assignee", 256);
    } else if (action == "follow-up") {
        to = AlertState::FollowedUp;
        if (r.has("measure"))
            s.measure = r.integer("measure", 1, std::numeric_limits<std::int64_t>::max());
        s.explanation = r.text("explanation", 64 * 1024, Need::Optional);
    } else {
        s.note = r.text("note", 16 * 1024, Need::Optional);
    }
    if (auto f = r.finish(); !f)
        return errorAnswer(withKind(ErrorKind::Invalid, f.error()));
    auto done = m_desk.transition(member, id, to, s, m_clock());
    if (!done)
        return errorAnswer(done.error());
    auto o = shown(member, *done);
    if (!o)
        return errorAnswer(o.error());
    return {200, json::serialize(json::object{{"ok", true}, {"alert", std::move(*o)}})};
}

AlertsApi::Response AlertsApi::clocks(const Request& request)
{
    auto member = m_runner.memberOf(request);
    if (!member)
        return jsonError(401, member.error().message);
    auto measures = m_measures.visibleTo(*member);
    auto risks = m_risks.visibleTo(*member);
    auto alerts = m_desk.visibleTo(*member);
    auto policy = measureClockPolicy(m_org);
    if (!measures || !risks || !alerts || !policy)
        return jsonError(500, "clocks unavailable");
    json::array a;
    for (const auto& e : pdcaClockList(*measures, *risks, *alerts, m_clock(), *policy))
        a.emplace_back(clockEntryToJson(e));
    return jsonResponse(200, json::serialize(json::object{{"entries", std::move(a)}}));
}

} // namespace vigil::registry
