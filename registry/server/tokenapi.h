// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Token issuance over HTTP (docs/api.md "Tokens", docs/protocol.md §11): the signed issuer-key
// document (GET /v1/token-issuer), device credentials registered with a single-use enrolment
// code (POST /v1/devices) and batches of blind signatures within the quota per device and
// epoch (POST /v1/tokens). Devices reach these through their relay, which passes the bytes on.
// Nothing per token is stored or logged: only a count per credential and epoch.

#include "registrycounters.h"

#include "registry/clocks.h"
#include "registry/registrykeys.h"
#include "registry/sqlcasestore.h"

#include "shared/net/router.h"
#include "shared/tokens/issuerkeys.h"

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>

namespace vigil {
class Logger;
}

namespace vigil::registry {

class TokenApi : public std::enable_shared_from_this<TokenApi> {
public:
    TokenApi(SqlCaseStore& store, std::filesystem::path dataDir, const RegistryKeys& keys, Logger& log,
             Clock clock, RegistryCounters& counters);
    /// Adds GET /v1/token-issuer, POST /v1/devices and POST /v1/tokens; the routes keep this
    /// object (make it with std::make_shared).
    void install(RouteTable& table);

    HttpResponse getIssuer(const HttpRequest& request);
    HttpResponse postDevice(const HttpRequest& request);
    HttpResponse postTokens(const HttpRequest& request);

private:
    /// The private key of `epoch`, read once from its file and kept.
    Result<std::shared_ptr<const tokens::RsaPrivateKey>> issuerKey(std::uint32_t epoch);

    SqlCaseStore& m_store;
    std::filesystem::path m_dataDir;
    const RegistryKeys& m_keys;
    Logger& m_log;
    Clock m_clock;
    RegistryCounters& m_counters;
    std::mutex m_keysMutex;
    std::map<std::uint32_t, std::shared_ptr<const tokens::RsaPrivateKey>> m_issuerKeys;
};

} // namespace vigil::registry
