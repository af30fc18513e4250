// SPDX-License-Identifier: EUPL-1.2
// vigil-registry: the trusted centre. Composition root: parse flags, start, wait for
// SIGINT/SIGTERM, stop cleanly (exit 0). Run `vigil-admin init` on the data directory first.
// Exit codes: 0 stopped cleanly, 1 could not start (the log says why), 2 wrong command line.

#include "registrycli.h"
#include "registryserver.h"

#include "shared/net/log.h"
#include "shared/sodiuminit.h"
#include "shared/storage/dirlock.h"
#include "shared/storage/privatedir.h"

#include "registry/datafolder.h"

#include <iostream>

int main(int argc, char* argv[])
{
    using namespace vigil;
    // Before anything is created: every file of the registry (SQLite's -wal and -shm too) is
    // its owner's only.
    restrictFileCreation();
    auto parsed = registry::parseRegistryCommandLine(argc, argv, std::cout, std::cerr);
    if (auto* exit = std::get_if<registry::RegistryExit>(&parsed))
        return exit->code;
    const auto& command = std::get<registry::RegistryCommandLine>(parsed);
    ensureSodium();
    Logger log(command.logLevel);
    // Held until exit: `vigil-admin restore` refuses while it is, and a second registry on the
    // same folder is refused here.
    auto hold = lockDirectory(command.options.dataDir, registry::kRegistryHolder);
    if (!hold) {
        log.error("registry failed to start", {{"error", hold.error().message}});
        return 1;
    }
    auto server = registry::RegistryServer::start(command.options, log);
    if (!server) {
        log.error("registry failed to start", {{"error", server.error().message}});
        return 1;
    }
    std::cout << "vigil-registry listening on port " << (*server)->port() << std::endl;
    (*server)->waitForSignal();
    (*server)->stop();
    return 0;
}
