// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The alerts register over the advisor API (docs/advisor-api.md, "Alerts"; docs/pdca.md): list
// and read alerts, assign, follow up and close them, each POST an action under an action id
// (actionrunner.h). It also answers GET /v1/advisor/pdca/clocks, the one list of running PDCA
// clocks — measures', accepted risks' reviews and alerts' follow-ups — since it is the route
// class that reads all three registers. Who may see and do what is the desk's
// (registry/pdca/alertdesk.h); handlers only translate between HTTP and the desk.

#include "actionrunner.h"
#include "registrycounters.h"
#include "syncroute.h"

#include "registry/orgstore.h"
#include "registry/pdca/alertdesk.h"
#include "registry/pdca/measuredesk.h"
#include "registry/pdca/measurepolicy.h"
#include "registry/pdca/riskdesk.h"

namespace vigil::registry {

class AlertsApi {
public:
    AlertsApi(AlertDesk& desk, MeasureDesk& measures, RiskDesk& risks, OrgStore& org, ActionRunner& runner,
              Clock clock, RegistryCounters& counters);

    /// Adds GET/POST under /v1/advisor/alerts and GET /v1/advisor/pdca/clocks (install it before
    /// any other route of that path: the first route of a path answers).
    void install(RouteTable& table);

private:
    using Request = HttpRequest;
    using Response = HttpResponse;

    Response alerts(const Request& request, std::string_view tail);
    Response list(const std::string& member, const Request& request);
    Response show(const std::string& member, std::int64_t id);
    StoredAnswer step(const std::string& member, std::int64_t id, std::string_view action, boost::json::object& body);
    Response clocks(const Request& request);
    /// The alert as JSON for `member` now; an error when it cannot be read.
    Result<boost::json::object> shown(const std::string& member, const AlertRecord& a);

    AlertDesk& m_desk;
    MeasureDesk& m_measures;
    RiskDesk& m_risks;
    OrgStore& m_org;
    ActionRunner& m_runner;
    Clock m_clock;
    RegistryCounters& m_counters;
};

} // namespace vigil::registry
