// SPDX-License-Identifier: EUPL-1.2
// vigil-relay: the composition root. Parses the configuration, starts the relay, waits for
// SIGINT/SIGTERM, stops cleanly (exit 0). See docs/relay.md.
#include "sync-server/config.h"
#include "sync-server/relayserver.h"

#include "shared/net/log.h"
#include "shared/sodiuminit.h"
#include "shared/storage/privatedir.h"

#include <iostream>
#include <variant>

int main(int argc, char** argv)
{
    using namespace vigil::relay;
    // Every file the relay creates (its database, SQLite's -wal and -shm) is its owner's only.
    vigil::restrictFileCreation();
    auto parsed = parseCommandLine(argc, argv);
    if (auto* exit = std::get_if<ExitRequest>(&parsed))
        return exit->code;
    const RelayConfig& config = std::get<RelayConfig>(parsed);

    vigil::ensureSodium();
    vigil::Logger log(config.logLevel);
    auto relay = RelayServer::start(config, log);
    if (!relay) {
        log.error("relay failed to start", {{"error", relay.error().message}});
        return 1;
    }
    // The operator registers this key with vigil-admin; it is public, so printing it is safe.
    std::cout << "vigil-relay receipt key: " << vigil::toHex((*relay)->receiptKey()) << std::endl;
    (*relay)->waitForSignal();
    (*relay)->stop();
    return 0;
}
