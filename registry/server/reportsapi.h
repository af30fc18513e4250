// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The inspectorate's report over the advisor API (docs/advisor-api.md, "Reports"; docs/pdca.md):
// POST /v1/advisor/reports {"action_id", "period", "reason"?} issues the signed report on a
// settled period — once per period; with a reason it is a reissue kept beside the earlier one —
// signed here with the root key the registry holds (docs/pdca-plan.md Q12) and audited as
// vigil-admin's is. GET /v1/advisor/reports lists the issues, GET …/reports/{id}/signed answers
// the signed bytes (VGV) and GET …/reports/{id}/pdf?lang=nl|en the PDF printed from them.
// For the inspectorate, and for a commander or measures coordinator of the whole organisation.

#include "actionrunner.h"
#include "registrycounters.h"
#include "syncroute.h"

#include "registry/orgstore.h"
#include "registry/registrykeys.h"
#include "registry/sqlcasestore.h"

#include "shared/keys.h"
#include "shared/net/log.h"

#include <string>

namespace vigil::registry {

class ReportsApi {
public:
    ReportsApi(SqlCaseStore& store, OrgStore& org, const RegistryKeys& keys, ActionRunner& runner, Logger& log,
               Clock clock, RegistryCounters& counters);

    void install(RouteTable& table);

private:
    HttpResponse reports(const HttpRequest& request, std::string_view tail);
    /// Refused unless `member` holds the inspectorate role, or a commander or measures role of
    /// the whole organisation.
    Status mayIssue(const std::string& member);
    StoredAnswer issue(const std::string& member, boost::json::object& body);
    HttpResponse list();
    HttpResponse file(std::int64_t id, std::string_view what, const HttpRequest& request);

    SqlCaseStore& m_store;
    OrgStore& m_org;
    const RegistryKeys& m_keys;   ///< the online key (or, before key holders, the root key) signs reports
    ActionRunner& m_runner;
    Logger& m_log;
    Clock m_clock;
    RegistryCounters& m_counters;
};

} // namespace vigil::registry
