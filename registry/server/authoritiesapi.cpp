// SPDX-License-Identifier: EUPL-1.2
#include "authoritiesapi.h"

#include "documentresponse.h"

#include "registry/pdca/authoritiesdoc.h"

namespace vigil::registry {

AuthoritiesApi::AuthoritiesApi(SqlCaseStore& store, ActionRunner& runner, RegistryCounters& counters)
    : m_store(store), m_runner(runner), m_counters(counters)
{
}

void AuthoritiesApi::install(RouteTable& table)
{
    table.add("GET", "/v1/advisor/authorities",
              syncRoute(m_counters.requests, [this](const HttpRequest& q, const std::string&) { return newest(q); }));
}

HttpResponse AuthoritiesApi::newest(const HttpRequest& request)
{
    if (auto member = m_runner.memberOf(request); !member)
        return jsonError(401, member.error().message);
    std::optional<Bytes> document;
    const Status read = m_store.readConsistent([&](Db db) -> Status {
        auto latest = latestAuthorities(db);
        if (!latest)
            return latest.error();
        document = std::move(*latest);
        return {};
    });
    if (!read)
        return jsonError(503, "authorities unavailable");
    if (!document)
        return jsonError(404, "no authorities have been signed yet");
    // The same conditional GET as the directory: a console asks at every sync.
    return documentResponse(request, *document);
}

} // namespace vigil::registry
