// SPDX-License-Identifier: EUPL-1.2
// vigil-relay: the composition root. Parses the configuration, starts the relay, waits for
// SIGINT/SIGTERM, stops cleanly (exit 0). See docs/relay.md.
#include "sync-server/config.h"
#include "sync-server/relayserver.h"
#include "sync-server/migrations.h"
#include "sync-server/storecommands.h"

#include "shared/net/log.h"
#include "shared/sodiuminit.h"
#include "shared/storage/dirlock.h"
#include "shared/storage/privatedir.h"

#include <iostream>
#include <variant>

int main(int argc, char** argv)
{
    using namespace vigil::relay;
    // Every file the relay creates (its database, SQLite's -wal and -shm) is its owner's only.
    vigil::restrictFileCreation();
    if (auto done = runStoreCommand(argc, argv))
        return *done;
    auto parsed = parseCommandLine(argc, argv);
    if (auto* exit = std::get_if<ExitRequest>(&parsed))
        return exit->code;
    const RelayConfig& config = std::get<RelayConfig>(parsed);

    vigil::ensureSodium();
    vigil::Logger log(config.logLevel);
    // Held until exit: `vigil-relay restore` refuses while it is, and a second relay on the
    // same folder is refused here. The folder is made first (as start() would) so it can be held.
    auto made = vigil::createPrivateDirectory(config.dataDir);
    auto hold = made ? vigil::lockDirectory(config.dataDir, kRelayHolder)
                     : vigil::Result<vigil::DirectoryLock>(made.error());
    if (!hold) {
        log.error("relay failed to start", {{"error", hold.error().message}});
        return 1;
    }
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
