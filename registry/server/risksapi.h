// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The risk register over the advisor API (docs/advisor-api.md, "Risks"; docs/pdca.md): list
// with the heat maps, read, record, assess, decide, review, close and reopen risks. Each POST
// is an action under an action id (ActionRunner::act). Who may see and do what is the
// register's (registry/pdca/riskdesk.h); handlers only translate between HTTP and the desk.

#include "actionrunner.h"
#include "registrycounters.h"
#include "syncroute.h"

#include "registry/orgstore.h"
#include "registry/pdca/riskdesk.h"

namespace vigil {
class Logger;
}

namespace vigil::registry {

class RisksApi {
public:
    RisksApi(RiskDesk& desk, OrgStore& org, ActionRunner& runner, Logger& log, Clock clock,
             RegistryCounters& counters);

    /// Adds GET/POST under /v1/advisor/risks.
    void install(RouteTable& table);

private:
    using Request = HttpRequest;
    using Response = HttpResponse;

    /// Everything under /v1/advisor/risks…, after authentication.
    Response risks(const Request& request, std::string_view tail);
    Response list(const std::string& member);
    Response show(const std::string& member, std::int64_t id);
    Response history(const std::string& member, std::int64_t id);
    /// One step on risk `id` ("assess", "decide", …): reads its fields and runs it at the desk.
    StoredAnswer step(const std::string& member, std::int64_t id, std::string_view action, boost::json::object& body);
    StoredAnswer create(const std::string& member, boost::json::object& body);
    /// The answer to a change: `{"ok", "risk"}` as the member sees the risk now, or the failure
    /// with its status from the error's kind and, for a refusal, its `error_kind`.
    StoredAnswer answer(const std::string& member, const Result<RiskRecord>& done,
                        AcceptanceShortfall shortfall = AcceptanceShortfall::None);
    Result<boost::json::object> shown(const RiskRecord& r);

    RiskDesk& m_desk;
    OrgStore& m_org;
    ActionRunner& m_runner;
    Logger& m_log;
    Clock m_clock;
    RegistryCounters& m_counters;
};

} // namespace vigil::registry
