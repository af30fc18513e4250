// SPDX-License-Identifier: EUPL-1.2
#include "advisorapi.h"

#include "capacityjson.h"
#include "casejson.h"
#include "pathid.h"

#include "registry/stats/statistics.h"
#include "registry/stats/statsexport.h"

#include "shared/feed.h"
#include "shared/jsonreader.h"
#include "shared/net/log.h"

#include <boost/json/serialize.hpp>

#include <charconv>

namespace vigil::registry {

namespace json = boost::json;

namespace {

/// Reads a small JSON request body into a reader-friendly object.
Result<json::object> requestObject(const HttpRequest& request)
{
    return parseJsonObject(request.body, "request", 512 * 1024);
}

template <std::size_t N>
Result<FixedBytes<N>> hexField(JsonReader& r, std::string_view key)
{
    const std::string text = r.text(key, 2 * N);
    if (r.failed())
        return Error{"bad request"};
    return fixedFromHex<N>(text);
}


} // namespace

AdvisorApi::AdvisorApi(CaseService& cases, SqlCaseStore& store, MeasureDesk& measures, AdvisorAuth& auth,
                       ActionRunner& runner, Logger& log, Clock clock, RegistryCounters& counters)
    : m_cases(cases), m_store(store), m_measures(measures), m_auth(auth), m_runner(runner), m_log(log), m_clock(std::move(clock)),
      m_bulletins(store), m_counters(counters)
{
}

void AdvisorApi::install(RouteTable& table)
{
    auto route = [this](auto fn) { return syncRoute(m_counters.requests, std::move(fn)); };
    table.add("POST", "/v1/advisor/challenge",
              route([this](const Request& q, const std::string&) { return postChallenge(q); }));
    table.add("POST", "/v1/advisor/session", route([this](const Request& q, const std::string&) { return postSession(q); }));
    table.add("GET", "/v1/advisor/stats", route([this](const Request& q, const std::string&) { return getStatistics(q); }));
    table.add("GET", "/v1/advisor/capacity",
              route([this](const Request& q, const std::string&) { return getCapacity(q); }));
    for (const char* method : {"GET", "POST"})
        table.add(method, "/v1/advisor/bulletins",
                  route([this](const Request& q, const std::string&) { return advisorBulletins(q); }));
    for (const char* method : {"GET", "POST"})
        table.addPrefix(method, "/v1/advisor/cases",
                        route([this](const Request& q, const std::string& tail) { return advisorCases(q, tail); }));
}

AdvisorApi::Response AdvisorApi::getStatistics(const Request& request)
{
    if (auto member = m_runner.memberOf(request); !member)
        return jsonError(401, member.error().message);
    StatsOptions options;
    options.fromMonth = std::string(request.query("from").value_or(""));
    options.toMonth = std::string(request.query("to").value_or(""));
    options.now = m_clock();
    // One snapshot on either engine: the units and the rows are read as of one moment.
    Result<StatsReport> report = Error{"statistics were not read"};
    auto read = m_store.readConsistent([&](Db db) -> Status {
        report = computeStatistics(db, options);
        return {};
    });
    if (!read)
        return jsonError(503, read.error().message);
    if (!report)
        return jsonError(400, report.error().message);
    return jsonResponse(200, exportJson(*report));
}

AdvisorApi::Response AdvisorApi::getCapacity(const Request& request)
{
    // Whoever may read the dashboard reads this too (docs/threat-model.md, "Malicious advisor",
    // says why per-person workload is shown to every signed-in member).
    if (auto member = m_runner.memberOf(request); !member)
        return jsonError(401, member.error().message);
    const UnixSeconds now = m_clock();
    auto period = capacityPeriod(request.query("from").value_or(""), request.query("to").value_or(""), now);
    if (!period)
        return jsonError(400, period.error().message);
    auto lock = m_store.lock();
    auto report = computeCapacity(m_store.db(), period->from, period->to, now);
    lock.unlock();
    if (!report) {
        m_log.error("capacity figures failed", {{"error", report.error().message}});
        return jsonError(503, "the registry could not compute the capacity figures; try again later");
    }
    return jsonResponse(200, capacityJson(*report, *period));
}

AdvisorApi::Response AdvisorApi::postChallenge(const Request& request)
{
    auto body = requestObject(request);
    if (!body)
        return jsonError(400, body.error().message);
    JsonReader r(*body, "request");
    auto key = hexField<32>(r, "sign_key");
    if (auto s = r.finish(); !s || !key)
        return jsonError(400, !s ? s.error().message : key.error().message);
    auto challenge = m_auth.challenge(*key);
    if (!challenge) {
        const Error& e = challenge.error();
        if (e.kind == ErrorKind::Refused)
            return jsonError(403, e.message);
        if (e.kind == ErrorKind::Unavailable) {
            // Too many sign-ins in progress: the console waits, then asks again.
            Response busy = jsonError(429, e.message);
            busy.headers.emplace_back("Retry-After", "60");
            return busy;
        }
        m_log.error("sign-in challenge failed", {{"error", e.message}});
        return jsonError(503, "the registry could not start a sign-in; try again later");
    }
    json::object o;
    o.emplace("nonce", toHex(challenge->nonce));
    o.emplace("expires_at", challenge->expiresAt);
    return jsonResponse(200, json::serialize(o));
}

AdvisorApi::Response AdvisorApi::postSession(const Request& request)
{
    auto body = requestObject(request);
    if (!body)
        return jsonError(400, body.error().message);
    JsonReader r(*body, "request");
    auto key = hexField<32>(r, "sign_key");
    auto nonce = hexField<32>(r, "nonce");
    auto signature = hexField<64>(r, "signature");
    if (auto s = r.finish(); !s)
        return jsonError(400, s.error().message);
    if (!key || !nonce || !signature)
        return jsonError(400, "sign_key, nonce and signature must be hex of 32, 32 and 64 bytes");
    auto session = m_auth.signIn(*key, *nonce, *signature);
    if (!session)
        return jsonError(403, session.error().message);
    m_log.info("advisor signed in", {{"member", session->memberId}});
    json::object o;
    o.emplace("token", session->token);
    o.emplace("member_id", session->memberId);
    o.emplace("expires_at", session->expiresAt);
    return jsonResponse(200, json::serialize(o));
}

AdvisorApi::Response AdvisorApi::advisorBulletins(const Request& request)
{
    auto member = m_runner.memberOf(request);
    if (!member)
        return jsonError(401, member.error().message);
    if (request.method == "GET") {
        auto mine = m_bulletins.submittedBy(*member);
        if (!mine)
            return jsonError(500, "submissions unavailable");
        json::array a;
        for (const auto& b : *mine)
            a.emplace_back(submissionToJson(b));
        return jsonResponse(200, json::serialize(json::object{{"submissions", std::move(a)}}));
    }
    auto body = requestObject(request);
    if (!body)
        return jsonError(400, body.error().message);
    JsonReader r(*body, "request");
    const std::string actionId = r.text("action_id", 64, Need::Optional);
    const ActionKey key{actionId, actionFingerprint(request.path(), *body)};
    const ActionGate::Pass pass(m_runner.gate(), *member, actionId);
    if (!pass.held())
        return jsonError(500, "action log unavailable");
    if (auto previous = m_runner.replayed(*member, key))
        return std::move(*previous);
    // Absent reads as 0 (the minimum): no case.
    const auto caseId = r.integer("case_id", 0, INT64_MAX, Need::Optional);
    Bulletin content;
    content.kind = r.choice("kind", BulletinKind::LessonLearned);
    for (const auto& name : r.texts("categories", 32, 64, Need::Required)) {
        if (auto c = parseEnum<Category>(name))
            content.categories.push_back(*c);
        else
            r.fail("categories", "unknown category \"" + name + "\"");
    }
    content.titleNl = r.text("title_nl", 1000);
    content.titleEn = r.text("title_en", 1000);
    content.textNl = r.text("text_nl", 64 * 1024);
    content.textEn = r.text("text_en", 64 * 1024);
    if (auto s = r.finish(); !s)
        return jsonError(400, s.error().message);
    auto submitted = m_bulletins.submit(*member, caseId > 0 ? std::optional<std::int64_t>(caseId) : std::nullopt,
                                        content, m_clock(), actionId);
    const ErrorKind failure = submitted ? ErrorKind::Unspecified : submitted.error().kind;
    if (!submitted && failure == ErrorKind::Storage) {
        // Storage, not the submission: not remembered under the action id, so the console's
        // queue keeps it and tries again.
        m_log.error("bulletin submission failed", {{"error", submitted.error().message}});
        return jsonError(503, "the registry could not store the submission; try again later");
    }
    if (!submitted && failure == ErrorKind::Conflict)
        return ActionRunner::actionIdReused(actionId);
    StoredAnswer answer;
    if (submitted) {
        m_log.info("bulletin submitted", {{"member", *member}, {"submission", std::to_string(submitted->id)}});
        json::object o;
        o.emplace("ok", true);
        o.emplace("submission", submissionToJson(*submitted));
        answer = {200, json::serialize(o)};
    } else {
        // A case not found (or not the member's) is 404; content or an open case is final: 422.
        answer = {failure == ErrorKind::NotFound ? 404u : 422u,
                  json::serialize(json::object{{"error", submitted.error().message}})};
    }
    return m_runner.remembered(*member, key, answer);
}

AdvisorApi::Response AdvisorApi::advisorCases(const Request& request, std::string_view tail)
{
    auto member = m_runner.memberOf(request);
    if (!member)
        return jsonError(401, member.error().message);

    if (tail.empty() || tail == "/") {
        if (request.method != "GET")
            return jsonError(405, "use GET to list cases");
        auto cases = m_cases.casesFor(*member);
        if (!cases)
            return jsonError(500, "cases unavailable");
        json::array a;
        for (const auto& c : *cases)
            a.emplace_back(caseToJson(c));
        json::object o;
        o.emplace("member_id", *member);
        o.emplace("cases", std::move(a));
        return jsonResponse(200, json::serialize(o));
    }
    // "/{id}" or "/{id}/{action}"
    std::string_view rest = tail.substr(1);
    const auto slash = rest.find('/');
    auto id = parseId(rest.substr(0, slash));
    if (!id)
        return jsonError(404, "no such case");
    const std::string_view action = slash == std::string_view::npos ? std::string_view{} : rest.substr(slash + 1);
    return caseAction(*member, *id, action, request);
}

Status AdvisorApi::transition(const std::string& member, std::int64_t id, CaseState to, CaseOutcome outcome,
                              std::optional<std::int64_t> measure)
{
    if (!measure)
        return m_cases.transition(member, id, to, outcome);
    auto prepared = m_cases.prepareTransition(member, id, to, outcome, measure);
    if (!prepared)
        return prepared.error();
    return m_measures.closeCase(member, *measure, *prepared, m_clock());
}

AdvisorApi::Response AdvisorApi::caseAction(const std::string& member, std::int64_t id, std::string_view action,
                                                    const Request& request)
{
    if (request.method == "GET") {
        if (action.empty()) {
            auto c = m_cases.caseFor(member, id);
            if (!c)
                return jsonError(404, c.error().message);
            return jsonResponse(200, json::serialize(caseToJson(m_cases.summarise(*c))));
        }
        if (action == "envelope") {
            auto e = m_cases.envelopeFor(member, id);
            if (!e)
                return jsonError(404, e.error().message);
            Response r;
            r.contentType = "application/octet-stream";
            r.body = toString(*e);
            return r;
        }
        if (action == "messages" || action == "history") {
            json::array a;
            if (action == "messages") {
                auto m = m_cases.messagesFor(member, id);
                if (!m)
                    return jsonError(404, m.error().message);
                for (const auto& msg : *m)
                    a.emplace_back(messageToJson(msg));
            } else {
                auto h = m_cases.historyFor(member, id);
                if (!h)
                    return jsonError(404, h.error().message);
                for (const auto& e : *h)
                    a.emplace_back(auditToJson(e));
            }
            json::object o;
            o.emplace(action == "messages" ? "messages" : "entries", std::move(a));
            return jsonResponse(200, json::serialize(o));
        }
        return jsonError(404, "unknown case resource");
    }

    // POST actions carry an optional action_id; a replay gets the first answer again.
    auto body = requestObject(request);
    if (!body)
        return jsonError(400, body.error().message);
    JsonReader r(*body, "request");
    const std::string actionId = r.text("action_id", 64, Need::Optional);
    const ActionKey key{actionId, actionFingerprint(request.path(), *body)};
    const ActionGate::Pass pass(m_runner.gate(), member, actionId);
    if (!pass.held())
        return jsonError(500, "action log unavailable");
    if (auto previous = m_runner.replayed(member, key))
        return std::move(*previous);
    Result<std::string> done = Error{"unknown case action", ErrorKind::NotFound};
    unsigned failure = 404;   // the action's answer to an error of no kind
    if (action == "transition") {
        const auto to = r.choice("to", CaseState::Received);
        const auto outcome = r.choice("outcome", CaseOutcome::None, Need::Optional);
        const bool named = r.has("measure");
        const auto measure = r.integer("measure", 1, INT64_MAX, Need::Optional);
        failure = 409;
        if (auto s = r.finish(); !s)
            return jsonError(400, s.error().message);
        auto t = transition(member, id, to, outcome, named ? std::optional<std::int64_t>(measure) : std::nullopt);
        done = t ? Result<std::string>(std::string(enumName(to))) : Result<std::string>(t.error());
    } else if (action == "assign") {
        const std::string assignee = r.text("assignee", 64);
        failure = 409;
        if (auto s = r.finish(); !s)
            return jsonError(400, s.error().message);
        auto a = m_cases.assign(member, id, assignee);
        done = a ? Result<std::string>(assignee) : Result<std::string>(a.error());
    } else if (action == "checkins") {
        // Aftercare (issue 16 §2): {"checkins":[{"due":unix seconds}…]} by hand, or {"template":true}.
        const bool fromTemplate = r.flag("template");
        std::vector<UnixSeconds> dues;
        for (auto& moment : r.objects("checkins", kMaxCheckIns)) {
            dues.push_back(moment.integer("due", 1, INT64_MAX));
            moment.close();
        }
        failure = 409;
        if (auto s = r.finish(); !s)
            return jsonError(400, s.error().message);
        if (fromTemplate == !dues.empty())
            return jsonError(400, "give either \"template\": true or a list \"checkins\" of moments");
        auto p = m_cases.planCheckIns(member, id, std::move(dues));
        done = p ? Result<std::string>(std::string("planned")) : Result<std::string>(p.error());
    } else if (action == "checkin_remove") {
        const auto checkIn = r.integer("checkin", 1, INT64_MAX);
        failure = 404;
        if (auto s = r.finish(); !s)
            return jsonError(400, s.error().message);
        auto p = m_cases.removeCheckIn(member, id, checkIn);
        done = p ? Result<std::string>(std::string("removed")) : Result<std::string>(p.error());
    } else if (action == "reply" || action == "notes") {
        auto sealed = fromBase64Url(r.text("sealed", 400 * 1024));
        failure = 400;
        if (auto s = r.finish(); !s || !sealed)
            return jsonError(400, !s ? s.error().message : "sealed must be base64url");
        // A reply travels as one mailbox item, which no reader takes above the feed's item limit.
        if (action == "reply" && sealed->size() > kMaxFeedItemBytes)
            return jsonError(400, "sealed: a reply of " + std::to_string(sealed->size())
                                      + " bytes does not fit a mailbox item (at most "
                                      + std::to_string(kMaxFeedItemBytes) + ")");
        if (action == "reply") {
            auto seq = m_cases.reply(member, id, std::move(*sealed));
            done = seq ? Result<std::string>(std::to_string(*seq)) : Result<std::string>(seq.error());
        } else {
            auto n = m_cases.note(member, id, std::move(*sealed));
            done = n ? Result<std::string>(std::string("noted")) : Result<std::string>(n.error());
        }
    }
    StoredAnswer answer;
    if (done) {
        json::object o;
        o.emplace("ok", true);
        o.emplace("result", *done);
        if (auto c = m_cases.caseFor(member, id))
            o.emplace("case", caseToJson(m_cases.summarise(*c)));
        answer = {200, json::serialize(o)};
    } else {
        answer = {statusFor(done.error().kind, failure), json::serialize(json::object{{"error", done.error().message}})};
    }
    return m_runner.remembered(member, key, answer);
}

} // namespace vigil::registry
