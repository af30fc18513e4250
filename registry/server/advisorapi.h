// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The registry's face to signed-in advisors (docs/api.md, advisor API): sign-in by
// challenge and signature, then cases, their actions, statistics and lessons-learned
// submissions, each action idempotent under its action id (actionlog.h). Handlers only
// translate between HTTP and the services.

#include "actionrunner.h"
#include "registrycounters.h"
#include "syncroute.h"

#include "registry/advisorauth.h"
#include "registry/bulletindesk.h"
#include "registry/caseservice.h"
#include "registry/pdca/measuredesk.h"
#include "registry/sqlcasestore.h"

#include <optional>

namespace vigil {
class Logger;
}

namespace vigil::registry {

class AdvisorApi {
public:
    AdvisorApi(CaseService& cases, SqlCaseStore& store, MeasureDesk& measures, AdvisorAuth& auth,
               ActionRunner& runner, Logger& log, Clock clock, RegistryCounters& counters);

    /// Adds POST /v1/advisor/challenge and /session, GET /v1/advisor/stats, and GET/POST under
    /// /v1/advisor/bulletins and /v1/advisor/cases.
    void install(RouteTable& table);

private:
    using Request = HttpRequest;
    using Response = HttpResponse;

    Response getStatistics(const Request& request);
    /// GET /v1/advisor/capacity?from=YYYY-MM&to=YYYY-MM: advisors' and groups' load (capacity.h).
    Response getCapacity(const Request& request);
    Response postChallenge(const Request& request);
    Response postSession(const Request& request);
    /// GET lists the member's lessons-learned submissions, POST submits one (bulletindesk.h).
    Response advisorBulletins(const Request& request);
    /// Everything under /v1/advisor/cases…, after authentication.
    Response advisorCases(const Request& request, std::string_view tail);
    Response caseAction(const std::string& memberId, std::int64_t caseId, std::string_view action, const Request& request);
    /// A case transition; with a measure, the case is closed "resolved — measure M" through
    /// the measures register, in one transaction with the link (measuredesk.h).
    Status transition(const std::string& memberId, std::int64_t caseId, CaseState to, CaseOutcome outcome,
                      std::optional<std::int64_t> measure);

    CaseService& m_cases;
    SqlCaseStore& m_store;
    MeasureDesk& m_measures;
    AdvisorAuth& m_auth;
    ActionRunner& m_runner;
    Logger& m_log;
    Clock m_clock;
    BulletinDesk m_bulletins;
    RegistryCounters& m_counters;
};

} // namespace vigil::registry
