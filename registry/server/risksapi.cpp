// SPDX-License-Identifier: EUPL-1.2
#include "risksapi.h"

#include "casejson.h"
#include "idlist.h"
#include "pathid.h"
#include "riskjson.h"

#include "registry/pdca/measurepolicy.h"
#include "registry/pdca/riskheatmap.h"

#include "shared/jsonreader.h"
#include "shared/net/log.h"

#include <boost/json/serialize.hpp>

#include <limits>

namespace vigil::registry {

namespace json = boost::json;

namespace {

/// The small-cell threshold of the heat maps: the statistics' k.
constexpr std::int64_t kHeatMapK = 5;

StoredAnswer errorAnswer(unsigned status, const std::string& message)
{
    return {status, json::serialize(json::object{{"error", message}})};
}

/// A cell from "severity" and "probability" (F only where `residual`).
MatrixCell readCell(JsonReader& r)
{
    return MatrixCell{r.choice("severity", Severity::None), r.choice("probability", RiskProbability::E)};
}

} // namespace

RisksApi::RisksApi(RiskDesk& desk, OrgStore& org, ActionRunner& runner, Logger& log, Clock clock,
                   RegistryCounters& counters)
    : m_desk(desk), m_org(org), m_runner(runner), m_log(log), m_clock(std::move(clock)), m_counters(counters)
{
}

void RisksApi::install(RouteTable& table)
{
    auto route = [this](auto fn) { return syncRoute(m_counters.requests, std::move(fn)); };
    for (const char* method : {"GET", "POST"})
        table.addPrefix(method, "/v1/advisor/risks",
                        route([this](const Request& q, const std::string& tail) { return risks(q, tail); }));
}

RisksApi::Response RisksApi::risks(const Request& request, std::string_view tail)
{
    auto member = m_runner.memberOf(request);
    if (!member)
        return jsonError(401, member.error().message);
    if (tail.empty() || tail == "/") {
        if (request.method == "GET")
            return list(*member);
        return m_runner.act(*member, request, [&](json::object& body) { return create(*member, body); });
    }
    const auto path = parseIdPath(tail);
    if (!path)
        return jsonError(404, "no such risk");
    const auto [id, action] = *path;
    if (request.method == "GET" && action.empty())
        return show(*member, id);
    if (request.method == "GET" && action == "history")
        return history(*member, id);
    if (request.method == "POST"
        && (action == "assess" || action == "decide" || action == "review" || action == "close" || action == "reopen"
            || action == "measures"))
        return m_runner.act(*member, request, [&](json::object& body) { return step(*member, id, action, body); });
    return jsonError(404, "unknown risk resource");
}

Result<json::object> RisksApi::shown(const RiskRecord& r)
{
    auto policy = measureClockPolicy(m_org);
    if (!policy)
        return policy.error();
    return riskToJson(r, reviewClock(r, m_clock(), *policy));
}

RisksApi::Response RisksApi::list(const std::string& member)
{
    auto seen = m_desk.visibleTo(member);
    if (!seen)
        return jsonError(500, "risks unavailable");
    json::array a;
    for (const auto& r : *seen) {
        auto o = shown(r);
        if (!o)
            return jsonError(500, "risks unavailable");
        a.emplace_back(std::move(*o));
    }
    const SuppressionRule rule{kHeatMapK};
    json::object out;
    out.emplace("member_id", member);
    out.emplace("risks", std::move(a));
    out.emplace("matrix", heatMapsToJson(riskHeatMap(*seen, false, rule), riskHeatMap(*seen, true, rule), kHeatMapK));
    return jsonResponse(200, json::serialize(out));
}

RisksApi::Response RisksApi::show(const std::string& member, std::int64_t id)
{
    auto r = m_desk.findFor(member, id);
    if (!r)
        return jsonResponse(statusFor(r.error().kind, 500), json::serialize(json::object{{"error", r.error().message}}));
    auto o = shown(*r);
    if (!o)
        return jsonError(500, "risks unavailable");
    return jsonResponse(200, json::serialize(*o));
}

RisksApi::Response RisksApi::history(const std::string& member, std::int64_t id)
{
    auto entries = m_desk.historyFor(member, id);
    if (!entries)
        return jsonError(statusFor(entries.error().kind, 500), entries.error().message);
    json::array a;
    for (const auto& e : *entries)
        a.emplace_back(auditToJson(e));
    return jsonResponse(200, json::serialize(json::object{{"entries", std::move(a)}}));
}

StoredAnswer RisksApi::answer(const std::string& member, const Result<RiskRecord>& done, AcceptanceShortfall shortfall)
{
    if (!done && done.error().kind == ErrorKind::Storage) {
        m_log.error("a risk change failed", {{"error", done.error().message}});
        return errorAnswer(503, "the registry could not store the change; try again later");
    }
    auto seen = done ? m_desk.findFor(member, done->id) : Result<RiskRecord>(done.error());
    auto o = seen ? shown(*seen) : Result<json::object>(seen.error());
    if (!o) {
        json::object e;
        e.emplace("error", o.error().message);
        if (o.error().kind == ErrorKind::Refused)
            e.emplace("error_kind", shortfall == AcceptanceShortfall::AuthorityTooLow ? "authority_too_low"
                                                                                      : "role_required");
        return {statusFor(o.error().kind, 500), json::serialize(e)};
    }
    return {200, json::serialize(json::object{{"ok", true}, {"risk", std::move(*o)}})};
}

StoredAnswer RisksApi::create(const std::string& member, json::object& body)
{
    auto cases = takeIds(body, "cases");
    auto measures = cases ? takeIds(body, "measures") : Result<std::vector<std::int64_t>>(cases.error());
    if (!measures)
        return errorAnswer(400, measures.error().message);
    RiskProposal p;
    JsonReader r(body, "request");
    (void)r.text("action_id", 64);
    p.hazard = r.text("hazard", 4096);
    p.description = r.text("description", 64 * 1024, Need::Optional);
    p.domain = r.choice("domain", Domain::Physical);
    p.unit = r.text("unit", 256, Need::Optional);
    if (r.has("category"))
        p.category = r.choice("category", Category{});
    p.initial = readCell(r);
    if (auto s = r.finish(); !s)
        return errorAnswer(400, s.error().message);
    p.cases = std::move(*cases);
    p.measures = std::move(*measures);
    auto created = m_desk.create(member, p, m_clock());
    if (created)
        m_log.info("risk recorded", {{"member", member}, {"risk", std::to_string(created->id)}});
    return answer(member, created);
}

StoredAnswer RisksApi::step(const std::string& member, std::int64_t id, std::string_view action, json::object& body)
{
    JsonReader r(body, "request");
    (void)r.text("action_id", 64);
    const UnixSeconds now = m_clock();
    AcceptanceShortfall shortfall = AcceptanceShortfall::None;
    if (action == "assess") {
        const MatrixCell cell = readCell(r);
        const std::string note = r.text("note", 64 * 1024, Need::Optional);
        if (auto s = r.finish(); !s)
            return errorAnswer(400, s.error().message);
        return answer(member, m_desk.assess(member, id, cell, note, now));
    }
    if (action == "decide") {
        const std::string decision = r.text("decision", 16);
        RiskDecisionRequest d;
        d.reviewDue = r.text("review_due", 64, Need::Optional);
        d.note = r.text("note", 64 * 1024, Need::Optional);
        if (!r.failed() && decision != "accept" && decision != "decline")
            r.fail("decision", "expected accept or decline, got \"" + decision + "\"");
        if (auto s = r.finish(); !s)
            return errorAnswer(400, s.error().message);
        d.accept = decision == "accept";
        auto done = m_desk.decide(member, id, d, now, &shortfall);
        return answer(member, done, shortfall);
    }
    if (action == "review") {
        const std::string due = r.text("review_due", 64);
        const std::string note = r.text("note", 64 * 1024, Need::Optional);
        if (auto s = r.finish(); !s)
            return errorAnswer(400, s.error().message);
        auto done = m_desk.review(member, id, due, note, now, &shortfall);
        return answer(member, done, shortfall);
    }
    if (action == "measures") {
        const std::int64_t measure = r.integer("measure", 1, std::numeric_limits<std::int64_t>::max());
        const bool link = r.flag("link", Need::Required);
        if (auto s = r.finish(); !s)
            return errorAnswer(400, s.error().message);
        return answer(member, m_desk.linkMeasure(member, id, measure, link, now));
    }
    const std::string reason = r.text("reason", 16 * 1024);
    if (auto s = r.finish(); !s)
        return errorAnswer(400, s.error().message);
    return answer(member, action == "close" ? m_desk.close(member, id, reason, now)
                                            : m_desk.reopen(member, id, reason, now));
}

} // namespace vigil::registry
