// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The measures register over the advisor API (docs/advisor-api.md, "Measures"; docs/pdca.md):
// list, read, propose, link and move measures, and preview their effect checks (the list of
// running PDCA clocks is alertsapi.h's, as it includes alerts). Each POST is an
// action under an action id (actionrunner.h). Who may see and do what is the register's
// (registry/pdca/measuredesk.h); handlers only translate between HTTP and the desk.

#include "actionrunner.h"
#include "registrycounters.h"
#include "syncroute.h"

#include "registry/orgstore.h"
#include "registry/pdca/measuredesk.h"
#include "registry/pdca/measurepolicy.h"
#include "registry/pdca/riskdesk.h"

namespace vigil {
class Logger;
}

namespace vigil::registry {

class MeasuresApi {
public:
    /// `risks` is read for the clock list only: an accepted risk's review is a PDCA clock too.
    MeasuresApi(MeasureDesk& desk, RiskDesk& risks, OrgStore& org, ActionRunner& runner, Logger& log, Clock clock,
                RegistryCounters& counters);

    /// Adds GET/POST under /v1/advisor/measures.
    void install(RouteTable& table);

private:
    using Request = HttpRequest;
    using Response = HttpResponse;

    /// Everything under /v1/advisor/measures…, after authentication.
    Response measures(const Request& request, std::string_view tail);
    Response list(const std::string& member, const Request& request);
    Response show(const std::string& member, std::int64_t id);
    Response propose(const std::string& member, const Request& request);
    Response transition(const std::string& member, std::int64_t id, const Request& request);
    Response links(const std::string& member, std::int64_t id, const Request& request);
    Response effect(const std::string& member, std::int64_t id, const Request& request);
    /// The answer to a failed step: its status from the error's kind, and for a refusal the
    /// reason as `error_kind` (`separation_of_duties` for the proposer, else `role_required`).
    static StoredAnswer failure(const Error& error, bool proposer);
    Result<MeasureClockPolicy> policy();
    static Result<MeasureProposal> readProposal(boost::json::object& body);
    /// The answer to a proposal or step: `{"ok", "result"?, "measure"}` as the member sees the
    /// measure now, or failure(…, proposer).
    StoredAnswer answer(const std::string& member, const Result<MeasureRecord>& done, bool proposer, bool withResult);

    MeasureDesk& m_desk;
    RiskDesk& m_risks;
    OrgStore& m_org;
    ActionRunner& m_runner;
    Logger& m_log;
    Clock m_clock;
    RegistryCounters& m_counters;
};

} // namespace vigil::registry
