// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The registry's face to relays (docs/api.md): batches of envelopes in, the signed directory,
// mailbox, bulletins and support contacts out, health and metrics. Every relay speaks it, and no endpoint here
// needs a signed-in advisor. Handlers only translate between HTTP and the services.

#include "registrycounters.h"
#include "syncroute.h"

#include "registry/caseservice.h"
#include "registry/intakequeue.h"
#include "registry/orgstore.h"
#include "registry/sqlcasestore.h"

#include "shared/net/limits.h"

namespace vigil {
class Logger;
}

namespace vigil::registry {

class RelayApi {
public:
    /// Envelopes are checked by `cases` on the request's thread and stored through `intake`,
    /// the group commit.
    RelayApi(CaseService& cases, IntakeQueue& intake, SqlCaseStore& store, OrgStore& org, Logger& log,
             const Limits& limits, RegistryCounters& counters);

    /// Adds POST /v1/envelopes, GET /v1/directory, /v1/mailbox/…, /v1/bulletins, /v1/support, /v1/keyset, /healthz, /metrics.
    void install(RouteTable& table);

private:
    net::awaitable<HttpResponse> postEnvelopes(HttpRequest request);
    HttpResponse getDirectory(const HttpRequest& request);
    HttpResponse getMailbox(const HttpRequest& request, std::string_view prefix);
    HttpResponse getBulletins(const HttpRequest& request);
    /// The newest signed support contacts, whole, with an ETag (docs/protocol.md §3.4).
    HttpResponse getSupport(const HttpRequest& request);
    /// The key-set rotations, oldest first (docs/protocol.md §3.6); 404 before the first.
    HttpResponse getKeySet(const HttpRequest& request);
    HttpResponse getMetrics();

    CaseService& m_cases;
    IntakeQueue& m_intake;
    SqlCaseStore& m_store;
    OrgStore& m_org;
    Logger& m_log;
    Limits m_limits;
    RegistryCounters& m_counters;
};

} // namespace vigil::registry
