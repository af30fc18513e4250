// SPDX-License-Identifier: EUPL-1.2
// vigil-registry: the trusted centre. Composition root: parse flags, start, wait for
// SIGINT/SIGTERM, stop cleanly (exit 0). Run `vigil-admin init` on the data directory first.

#include "registryserver.h"

#include "sync-server/log.h"

#include "shared/sodiuminit.h"

#include <CLI/CLI.hpp>

#include <iostream>

int main(int argc, char* argv[])
{
    using namespace vigil;
    registry::RegistryOptions options;
    std::string listen = "127.0.0.1:8080";
    std::string logLevel = "info";
    CLI::App app{"vigil-registry: routes reports to recipient groups, runs the case clocks, keeps the audit trail"};
    app.add_option("--data", options.dataDir, "data directory made by `vigil-admin init`")->required();
    app.add_option("--listen", listen, "HOST:PORT to listen on")->capture_default_str();
    app.add_option("--tls-cert", options.tlsCert, "PEM certificate chain (TLS when given with --tls-key)");
    app.add_option("--tls-key", options.tlsKey, "PEM private key");
    app.add_option("--log-level", logLevel, "debug|info|warn|error")->capture_default_str();
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return 2;
    }
    const auto colon = listen.rfind(':');
    if (colon == std::string::npos) {
        std::cerr << "vigil-registry: --listen must be HOST:PORT\n";
        return 2;
    }
    options.host = listen.substr(0, colon);
    try {
        options.port = static_cast<std::uint16_t>(std::stoul(listen.substr(colon + 1)));
    } catch (const std::exception&) {
        std::cerr << "vigil-registry: --listen must be HOST:PORT\n";
        return 2;
    }
    if (options.tlsCert.empty() != options.tlsKey.empty()) {
        std::cerr << "vigil-registry: --tls-cert and --tls-key go together\n";
        return 2;
    }
    ensureSodium();
    relay::Logger log(relay::parseLogLevel(logLevel).value_or(relay::LogLevel::Info));
    auto server = registry::RegistryServer::start(options, log);
    if (!server) {
        log.error("registry failed to start", {{"error", server.error().message}});
        return 1;
    }
    std::cout << "vigil-registry listening on port " << (*server)->port() << std::endl;
    (*server)->waitForSignal();
    (*server)->stop();
    return 0;
}
