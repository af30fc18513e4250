// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The safety performance indicators over the advisor API (docs/advisor-api.md, "Indicators";
// docs/pdca.md): GET /v1/advisor/indicators[?as_of=YYYY-MM] answers the board of a settled
// month — every indicator's months as published, with levels and alerts. Any signed-in member
// may read it: like the statistics, every figure in it is suppressed. An alert mark names its
// alert object (id, state) only to a member who may see that alert (alertdesk.h).

#include "actionrunner.h"
#include "registrycounters.h"
#include "syncroute.h"

#include "registry/pdca/alertdesk.h"
#include "registry/pdca/indicatorregister.h"

namespace vigil::registry {

class IndicatorsApi {
public:
    IndicatorsApi(IndicatorRegister& indicators, AlertDesk& alerts, ActionRunner& runner, Clock clock,
                  RegistryCounters& counters);

    void install(RouteTable& table);

private:
    HttpResponse board(const HttpRequest& request);

    IndicatorRegister& m_indicators;
    AlertDesk& m_alerts;
    ActionRunner& m_runner;
    Clock m_clock;
    RegistryCounters& m_counters;
};

} // namespace vigil::registry
