// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The registry's face to signed-in advisors (docs/api.md, advisor API): sign-in by
// challenge and signature, then cases, their actions, statistics and lessons-learned
// submissions, each action idempotent under its action id (actionlog.h). Handlers only
// translate between HTTP and the services.

#include "actionlog.h"
#include "registrycounters.h"
#include "syncroute.h"

#include "registry/advisorauth.h"
#include "registry/bulletindesk.h"
#include "registry/caseservice.h"
#include "registry/sqlitecasestore.h"

#include <optional>

namespace vigil {
class Logger;
}

namespace vigil::registry {

class AdvisorApi {
public:
    AdvisorApi(CaseService& cases, SqliteCaseStore& store, AdvisorAuth& auth, ActionLog& actions, Logger& log,
               Clock clock, RegistryCounters& counters);

    /// Adds POST /v1/advisor/challenge and /session, GET /v1/advisor/stats, and GET/POST under
    /// /v1/advisor/bulletins and /v1/advisor/cases.
    void install(RouteTable& table);

private:
    using Request = HttpRequest;
    using Response = HttpResponse;

    Response getStatistics(const Request& request);
    Response postChallenge(const Request& request);
    Response postSession(const Request& request);
    /// An action id with the request it came with (actionlog.h).
    struct ActionKey {
        std::string actionId;
        Hash32 fingerprint{};
    };
    /// An action with an id answered before gets that answer again (a console replaying its
    /// queue), or 409 `action_id_reused` when the id came with another request; nothing when
    /// the id is new or empty.
    std::optional<Response> replayed(const std::string& memberId, const ActionKey& key);
    /// 409 with `"error_kind": "action_id_reused"`.
    static Response actionIdReused(const std::string& actionId);
    /// Keeps `answer` for the action id (if any) and sends it.
    Response remembered(const std::string& memberId, const ActionKey& key, const StoredAnswer& answer);
    /// The member a request's bearer token belongs to (an error: answer 401).
    Result<std::string> memberOf(const Request& request);
    /// GET lists the member's lessons-learned submissions, POST submits one (bulletindesk.h).
    Response advisorBulletins(const Request& request);
    /// Everything under /v1/advisor/cases…, after authentication.
    Response advisorCases(const Request& request, std::string_view tail);
    Response caseAction(const std::string& memberId, std::int64_t caseId, std::string_view action, const Request& request);

    CaseService& m_cases;
    SqliteCaseStore& m_store;
    AdvisorAuth& m_auth;
    ActionLog& m_actions;
    Logger& m_log;
    Clock m_clock;
    BulletinDesk m_bulletins;
    ActionGate m_gate;
    RegistryCounters& m_counters;
};

} // namespace vigil::registry
