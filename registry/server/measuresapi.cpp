// SPDX-License-Identifier: EUPL-1.2
#include "measuresapi.h"

#include "idlist.h"
#include "measurejson.h"
#include "pathid.h"

#include "registry/pdca/indicatorregister.h"

#include "shared/jsonreader.h"
#include "shared/net/log.h"

#include <boost/json/serialize.hpp>

#include <algorithm>
#include <charconv>

namespace vigil::registry {

namespace json = boost::json;

namespace {

/// "supersedes": a measure id or null, taken out of `body` as takeIds does.
Result<std::optional<std::int64_t>> takeSupersedes(json::object& body)
{
    auto it = body.find("supersedes");
    if (it == body.end())
        return std::optional<std::int64_t>{};
    const json::value v = it->value();
    body.erase(it);
    if (v.is_null())
        return std::optional<std::int64_t>{};
    if (!v.is_int64() || v.as_int64() <= 0)
        return Error{"request.supersedes: expected a measure id or null", ErrorKind::Invalid};
    return std::optional<std::int64_t>(v.as_int64());
}

StoredAnswer invalidAnswer(const std::string& message)
{
    return {400, json::serialize(json::object{{"error", message}})};
}

} // namespace

MeasuresApi::MeasuresApi(MeasureDesk& desk, RiskDesk& risks, OrgStore& org, ActionRunner& runner, Logger& log,
                         Clock clock, RegistryCounters& counters)
    : m_desk(desk), m_risks(risks), m_org(org), m_runner(runner), m_log(log), m_clock(std::move(clock)), m_counters(counters)
{
}

void MeasuresApi::install(RouteTable& table)
{
    auto route = [this](auto fn) { return syncRoute(m_counters.requests, std::move(fn)); };
    for (const char* method : {"GET", "POST"})
        table.addPrefix(method, "/v1/advisor/measures",
                        route([this](const Request& q, const std::string& tail) { return measures(q, tail); }));
}

Result<MeasureClockPolicy> MeasuresApi::policy()
{
    return measureClockPolicy(m_org);
}

StoredAnswer MeasuresApi::failure(const Error& e, bool proposer)
{
    json::object o;
    o.emplace("error", e.message);
    if (e.kind == ErrorKind::Refused)
        o.emplace("error_kind", proposer ? "separation_of_duties" : "role_required");
    return {statusFor(e.kind, 500), json::serialize(o)};
}

MeasuresApi::Response MeasuresApi::measures(const Request& request, std::string_view tail)
{
    auto member = m_runner.memberOf(request);
    if (!member)
        return jsonError(401, member.error().message);
    if (tail.empty() || tail == "/") {
        if (request.method == "GET")
            return list(*member, request);
        return propose(*member, request);
    }
    const auto path = parseIdPath(tail);
    if (!path)
        return jsonError(404, "no such measure");
    const auto [id, action] = *path;
    if (request.method == "GET" && action.empty())
        return show(*member, id);
    if (request.method == "POST" && action == "transition")
        return transition(*member, id, request);
    if (request.method == "POST" && action == "links")
        return links(*member, id, request);
    if (request.method == "GET" && action == "effect")
        return effect(*member, id, request);
    return jsonError(404, "unknown measure resource");
}

MeasuresApi::Response MeasuresApi::list(const std::string& member, const Request& request)
{
    // ?owner_unit=U: the measures owned by U or a unit under it (a unit's subtree, as an
    // indicator's unit is read); an unknown unit is a 400, not an empty list that looks like none.
    const std::optional<std::string_view> ownerUnit = request.query("owner_unit");
    UnitTree tree;
    if (ownerUnit) {
        auto units = m_org.units();
        if (!units)
            return jsonError(500, "measures unavailable");
        for (const auto& u : *units)
            tree.emplace(u.id, u.parent);
        if (!tree.contains(std::string(*ownerUnit)))
            return jsonError(400, "owner_unit: no unit " + std::string(*ownerUnit));
    }
    auto seen = m_desk.visibleTo(member);
    if (seen && ownerUnit)
        std::erase_if(*seen, [&](const MeasureRecord& m) { return !covers(tree, std::string(*ownerUnit), m.ownerUnit); });
    auto p = policy();
    auto steps = seen ? m_desk.stepsFor(member, *seen) : Result<std::vector<std::vector<MeasureState>>>(seen.error());
    if (!seen || !p || !steps)
        return jsonError(500, "measures unavailable");
    const UnixSeconds now = m_clock();
    json::array a;
    for (std::size_t i = 0; i < seen->size(); ++i)
        a.emplace_back(measureToJson((*seen)[i], measureClocks((*seen)[i], now, *p), (*steps)[i]));
    json::object o;
    o.emplace("member_id", member);
    o.emplace("measures", std::move(a));
    return jsonResponse(200, json::serialize(o));
}

MeasuresApi::Response MeasuresApi::show(const std::string& member, std::int64_t id)
{
    auto m = m_desk.findFor(member, id);
    if (!m)
        return jsonResponse(statusFor(m.error().kind, 500), json::serialize(json::object{{"error", m.error().message}}));
    auto p = policy();
    auto steps = m_desk.stepsFor(member, {*m});
    if (!p || !steps)
        return jsonError(500, "measures unavailable");
    return jsonResponse(200, json::serialize(measureToJson(*m, measureClocks(*m, m_clock(), *p), steps->front())));
}

/// A proposal from its request body (an Invalid error names the field).
Result<MeasureProposal> MeasuresApi::readProposal(json::object& body)
{
    auto cases = takeIds(body, "cases");
    if (!cases)
        return cases.error();
    auto supersedes = takeSupersedes(body);
    if (!supersedes)
        return supersedes.error();
    auto indicators = takeNames(body, "indicators");
    if (!indicators)
        return indicators.error();
    MeasureProposal p;
    JsonReader r(body, "request");
    (void)r.text("action_id", 64);
    p.title = r.text("title", 4096);
    p.description = r.text("description", 64 * 1024, Need::Optional);
    p.domain = r.choice("domain", Domain::Physical);
    p.ownerUnit = r.text("owner_unit", 256);
    p.ownerRole = r.text("owner_role", 1024);
    p.dueDate = r.text("due", 64);
    p.primaryIndicator = r.text("primary_indicator", 64, Need::Optional);
    if (auto s = r.finish(); !s)
        return withKind(ErrorKind::Invalid, s.error());
    p.cases = std::move(*cases);
    p.indicators = std::move(*indicators);
    p.supersedes = *supersedes;
    return p;
}

StoredAnswer MeasuresApi::answer(const std::string& member, const Result<MeasureRecord>& done, bool proposer,
                                 bool withResult)
{
    auto shown = done ? m_desk.findFor(member, done->id) : Result<MeasureRecord>(done.error());
    auto clockPolicy = policy();
    if (!shown || !clockPolicy)
        return failure(shown ? clockPolicy.error() : shown.error(), proposer);
    auto steps = m_desk.stepsFor(member, {*shown});
    if (!steps)
        return failure(steps.error(), proposer);
    json::object o;
    o.emplace("ok", true);
    if (withResult)
        o.emplace("result", enumName(shown->state));
    o.emplace("measure", measureToJson(*shown, measureClocks(*shown, m_clock(), *clockPolicy), steps->front()));
    return {200, json::serialize(o)};
}

MeasuresApi::Response MeasuresApi::propose(const std::string& member, const Request& request)
{
    return m_runner.act(member, request, [&](json::object& body) -> StoredAnswer {
        auto proposal = readProposal(body);
        if (!proposal)
            return invalidAnswer(proposal.error().message);
        auto proposed = m_desk.propose(member, *proposal, m_clock());
        if (!proposed && proposed.error().kind == ErrorKind::Storage) {
            m_log.error("proposing a measure failed", {{"error", proposed.error().message}});
            return {503, json::serialize(json::object{{"error", "the registry could not store the measure; try again "
                                                                 "later"}})};
        }
        if (proposed)
            m_log.info("measure proposed", {{"member", member}, {"measure", std::to_string(proposed->id)}});
        return answer(member, proposed, false, false);
    });
}

MeasuresApi::Response MeasuresApi::transition(const std::string& member, std::int64_t id, const Request& request)
{
    return m_runner.act(member, request, [&](json::object& body) -> StoredAnswer {
        JsonReader r(body, "request");
        (void)r.text("action_id", 64);
        const auto to = r.choice("to", MeasureState::Proposed);
        MeasureStep step;
        step.reason = r.text("reason", 16 * 1024, Need::Optional);
        step.implementedOn = r.text("implemented_on", 64, Need::Optional);
        step.evidence = r.text("evidence", 64 * 1024, Need::Optional);
        step.verdict = r.choice("verdict", MeasureVerdict::None, Need::Optional);
        step.basis = r.choice("basis", VerdictBasis::None, Need::Optional);
        step.note = r.text("note", 64 * 1024, Need::Optional);
        step.indicator = r.text("indicator", 64, Need::Optional);
        if (auto s = r.finish(); !s)
            return invalidAnswer(s.error().message);
        // A measure the member may not see is not named to it: 404, before any rule speaks.
        auto before = m_desk.findFor(member, id);
        if (!before)
            return failure(before.error(), false);
        auto moved = m_desk.transition(member, id, to, step, m_clock());
        if (!moved && moved.error().kind == ErrorKind::Storage) {
            m_log.error("measure transition failed", {{"error", moved.error().message}});
            return {503, json::serialize(json::object{{"error", "the registry could not store the step; try again "
                                                                 "later"}})};
        }
        return answer(member, moved, before->proposedBy == member, true);
    });
}

MeasuresApi::Response MeasuresApi::links(const std::string& member, std::int64_t id, const Request& request)
{
    return m_runner.act(member, request, [&](json::object& body) -> StoredAnswer {
        auto indicators = takeNames(body, "indicators");
        if (!indicators)
            return invalidAnswer(indicators.error().message);
        JsonReader r(body, "request");
        (void)r.text("action_id", 64);
        const std::string primary = r.text("primary_indicator", 64, Need::Optional);
        if (auto s = r.finish(); !s)
            return invalidAnswer(s.error().message);
        auto before = m_desk.findFor(member, id);
        if (!before)
            return failure(before.error(), false);
        auto linked = m_desk.linkIndicators(member, id, *indicators, primary, m_clock());
        if (!linked && linked.error().kind == ErrorKind::Storage) {
            m_log.error("linking indicators failed", {{"error", linked.error().message}});
            return {503, json::serialize(json::object{{"error", "the registry could not store the links; try again "
                                                                 "later"}})};
        }
        return answer(member, linked, false, false);
    });
}

MeasuresApi::Response MeasuresApi::effect(const std::string& member, std::int64_t id, const Request& request)
{
    const std::string indicator(request.query("indicator").value_or(""));
    const UnixSeconds now = m_clock();
    auto check = m_desk.previewEffect(member, id, indicator, now);
    if (check)
        return jsonResponse(200, json::serialize(checkToJson(*check)));
    json::object o;
    o.emplace("error", check.error().message);
    // Not settled yet: say when, so a console can show the day rather than parse the message.
    if (check.error().kind == ErrorKind::Conflict)
        if (auto m = m_desk.findFor(member, id); m && m->implementedOn)
            if (auto w = effectWindows(*m->implementedOn);
                w && w->afterTo > IndicatorRegister::lastSettled(now, BoardPolicy{}.settleMonths))
                o.emplace("settles_on", settlesOn(*w, BoardPolicy{}.settleMonths));
    if (check.error().kind == ErrorKind::Storage)
        m_log.error("effect preview failed", {{"error", check.error().message}});
    return jsonResponse(statusFor(check.error().kind, 500), json::serialize(o));
}

} // namespace vigil::registry
