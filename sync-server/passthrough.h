// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Requests a relay passes on to its upstream as they are and answers with what comes back:
// POST /v1/devices and POST /v1/tokens (token issuance, docs/api.md "Tokens"). The device's
// credential signs each body, so the relay can neither forge nor alter one; it adds nothing
// (no address, no header of the device's) and keeps nothing. Without an upstream it answers 503.

#include "config.h"

#include "shared/net/httpclient.h"
#include "shared/net/router.h"

#include <memory>
#include <optional>

namespace vigil {
class Logger;
}

namespace vigil::relay {

class PassThroughRoutes : public std::enable_shared_from_this<PassThroughRoutes> {
public:
    /// `upstream` nullopt: a relay without uplink, which cannot pass anything on.
    PassThroughRoutes(std::optional<Url> upstream, ForwardSettings settings, Logger& log);
    /// Adds both routes; they keep this object (make it with std::make_shared).
    void install(RouteTable& table);

private:
    net::awaitable<HttpResponse> pass(HttpRequest request, std::string target);

    std::optional<Url> m_upstream;
    ForwardSettings m_settings;
    Logger& m_log;
};

} // namespace vigil::relay
