// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The registry's HTTP API (docs/api.md): the upload and downstream endpoints every relay
// speaks, plus the advisor API. Handlers only translate between HTTP and the services.

#include "actionlog.h"
#include "advisorauth.h"
#include "bulletindesk.h"
#include "caseservice.h"
#include "sqlitecasestore.h"

#include "shared/net/limits.h"
#include "shared/net/router.h"

#include <atomic>
#include <optional>

namespace vigil {
class Logger;
}

namespace vigil::registry {

struct RegistryCounters {
    std::atomic<std::uint64_t> stored{0};
    std::atomic<std::uint64_t> duplicates{0};
    std::atomic<std::uint64_t> conflicts{0};
    std::atomic<std::uint64_t> invalid{0};
    std::atomic<std::uint64_t> requests{0};
};

class RegistryRoutes {
public:
    RegistryRoutes(CaseService& cases, SqliteCaseStore& store, OrgStore& org, AdvisorAuth& auth, ActionLog& actions,
                   Logger& log, const Limits& limits, Clock clock);

    void install(RouteTable& table);
    const RegistryCounters& counters() const { return m_counters; }

private:
    using Request = HttpRequest;
    using Response = HttpResponse;

    Response postEnvelopes(const Request& request);
    Response getDirectory(const Request& request);
    Response getMailbox(const Request& request, std::string_view prefix);
    Response getBulletins(const Request& request);
    Response getMetrics();

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
    OrgStore& m_org;
    AdvisorAuth& m_auth;
    ActionLog& m_actions;
    Logger& m_log;
    Limits m_limits;
    Clock m_clock;
    BulletinDesk m_bulletins;
    ActionGate m_gate;
    RegistryCounters m_counters;
};

} // namespace vigil::registry
