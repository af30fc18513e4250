// SPDX-License-Identifier: EUPL-1.2
#include "reportsapi.h"

#include "pathid.h"

#include "registry/pdca/sqlpeople.h"
#include "registry/report/vmsissuer.h"
#include "registry/report/vmspdf.h"

#include "shared/jsonreader.h"
#include "shared/onlinesigned.h"
#include "shared/signeddoc.h"

#include <boost/json/serialize.hpp>

#include <algorithm>

namespace vigil::registry {

namespace json = boost::json;

namespace {

json::object issueJson(const report::VmsIssue& issue)
{
    return json::object{{"id", issue.id},
                        {"period", issue.period},
                        {"made_at", issue.madeAt},
                        {"made_by", issue.madeBy},
                        {"inputs_hash", toHex(issue.inputsHash)},
                        {"reissue_of", issue.reissueOf ? json::value(*issue.reissueOf) : json::value(nullptr)},
                        {"reason", issue.reason}};
}

StoredAnswer failure(const Error& e)
{
    json::object o{{"error", e.message}};
    if (e.kind == ErrorKind::Refused)
        o.emplace("error_kind", "role_required");
    return {statusFor(e.kind, 500), json::serialize(o)};
}

} // namespace

ReportsApi::ReportsApi(SqlCaseStore& store, OrgStore& org, const RegistryKeys& keys, ActionRunner& runner,
                       Logger& log, Clock clock, RegistryCounters& counters)
    : m_store(store), m_org(org), m_keys(keys), m_runner(runner), m_log(log), m_clock(std::move(clock)),
      m_counters(counters)
{
}

void ReportsApi::install(RouteTable& table)
{
    auto route = [this](auto fn) { return syncRoute(m_counters.requests, std::move(fn)); };
    for (const char* method : {"GET", "POST"})
        table.addPrefix(method, "/v1/advisor/reports",
                        route([this](const HttpRequest& q, const std::string& tail) { return reports(q, tail); }));
}

Status ReportsApi::mayIssue(const std::string& member)
{
    std::optional<Actor> actor;
    UnitTree tree;
    auto s = m_store.readConsistent([&](Db db) -> Status {
        auto units = readUnitTree(db);
        if (!units)
            return units.error();
        tree = std::move(*units);
        auto read = readActor(db, member);
        if (!read)
            return read.error();
        actor = std::move(*read);
        return {};
    });
    if (!s)
        return s;
    // A commander or measures role counts when it covers every unit: the report is the whole organisation's.
    const auto wholeOrganisation = [&](const std::string& unit) {
        return std::all_of(tree.begin(), tree.end(), [&](const auto& u) { return covers(tree, unit, u.first); });
    };
    for (const auto& grant : actor->roles)
        if (grant.role == MeasureRole::Inspectorate || wholeOrganisation(grant.unit))
            return {};
    return Error{"the inspectorate's report is for the inspectorate, or a commander or measures coordinator of the "
                 "whole organisation",
                 ErrorKind::Refused};
}

HttpResponse ReportsApi::reports(const HttpRequest& request, std::string_view tail)
{
    auto member = m_runner.memberOf(request);
    if (!member)
        return jsonError(401, member.error().message);
    if (auto s = mayIssue(*member); !s) {
        const StoredAnswer refused = failure(s.error());
        return jsonResponse(refused.status, refused.body);
    }
    if (tail.empty() || tail == "/") {
        if (request.method == "GET")
            return list();
        return m_runner.act(*member, request, [&](json::object& body) { return issue(*member, body); });
    }
    const auto path = parseIdPath(tail);
    if (!path || request.method != "GET")
        return jsonError(404, "no such report");
    return file(path->id, path->action, request);
}

StoredAnswer ReportsApi::issue(const std::string& member, json::object& body)
{
    JsonReader r(body, "request");
    (void)r.text("action_id", 64);
    report::VmsIssueRequest request;
    request.period = r.text("period", 16);
    request.reason = r.text("reason", 8000, Need::Optional);
    request.reissue = !request.reason.empty();
    request.madeBy = member;
    if (auto s = r.finish(); !s)
        return {400, json::serialize(json::object{{"error", s.error().message}})};
    auto issued = report::issueVms(m_org, m_store, m_keys, request, m_clock());
    if (!issued) {
        if (issued.error().kind == ErrorKind::Storage) {
            m_log.error("a report could not be issued", {{"error", issued.error().message}});
            return {503, json::serialize(json::object{{"error", "the registry could not store the report; try again"}})};
        }
        return failure(issued.error());
    }
    m_log.info("report issued", {{"member", member}, {"report", std::to_string(issued->id)}});
    auto stored = report::findVmsIssue(m_store, issued->id);
    if (!stored)
        return failure(stored.error());
    return {200, json::serialize(json::object{{"ok", true}, {"report", issueJson(*stored)}})};
}

HttpResponse ReportsApi::list()
{
    auto issues = report::listVmsIssues(m_store);
    if (!issues)
        return jsonError(500, "reports unavailable");
    json::array a;
    for (const auto& issue : *issues)
        a.push_back(issueJson(issue));
    return jsonResponse(200, json::serialize(json::object{{"reports", std::move(a)}}));
}

HttpResponse ReportsApi::file(std::int64_t id, std::string_view what, const HttpRequest& request)
{
    auto issue = report::findVmsIssue(m_store, id);
    if (!issue)
        return jsonError(statusFor(issue.error().kind, 500), issue.error().message);
    HttpResponse response;
    if (what == "signed") {
        response.contentType = "application/octet-stream";
        response.body.assign(issue->signedReport.begin(), issue->signedReport.end());
        return response;
    }
    if (what != "pdf")
        return jsonError(404, "unknown report resource");
    const auto language = report::parseLanguage(request.query("lang").value_or("nl"));
    if (!language)
        return jsonError(400, "lang: expected nl or en");
    // Printed from the signed bytes, as an inspector's verify prints it: what is served is what was signed.
    auto signers = m_org.documentSigners(m_keys.root.publicKey);
    auto payload = signers ? openOnlineSignedDocument(issue->signedReport, kVmsReportMagic, *signers, "report")
                           : Result<std::string_view>(signers.error());
    auto pdf = payload ? report::renderVmsPdf(*payload, *language) : Result<std::string>(payload.error());
    if (!pdf) {
        m_log.error("a stored report could not be printed", {{"report", std::to_string(id)}});
        return jsonError(500, "the report could not be printed");
    }
    response.contentType = "application/pdf";
    response.body = std::move(*pdf);
    return response;
}

} // namespace vigil::registry
