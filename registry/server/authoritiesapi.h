// SPDX-License-Identifier: EUPL-1.2
#pragma once

// GET /v1/advisor/authorities (docs/advisor-api.md, "Authorities"): the newest signed
// authorities document (shared/authorities.h) — the PDCA roles and the risk acceptance policy —
// for a signed-in member's console, which verifies it against the root key and its directory.
// Only members ask for it; devices and relays never receive it.

#include "actionrunner.h"
#include "registrycounters.h"
#include "syncroute.h"

#include "registry/sqlcasestore.h"

namespace vigil::registry {

class AuthoritiesApi {
public:
    AuthoritiesApi(SqlCaseStore& store, ActionRunner& runner, RegistryCounters& counters);

    void install(RouteTable& table);

private:
    HttpResponse newest(const HttpRequest& request);

    SqlCaseStore& m_store;
    ActionRunner& m_runner;
    RegistryCounters& m_counters;
};

} // namespace vigil::registry
