// SPDX-License-Identifier: EUPL-1.2
#include "registrycli.h"

#include "registry/datafolder.h"

#include "shared/net/listenaddress.h"

#include <CLI/CLI.hpp>

namespace vigil::registry {

std::variant<RegistryCommandLine, RegistryExit> parseRegistryCommandLine(int argc, const char* const* argv,
                                                                         std::ostream& out, std::ostream& err)
{
    RegistryCommandLine result;
    RegistryOptions& options = result.options;
    std::string listen = "127.0.0.1:8080";
    std::string logLevel = "info";
    CLI::App app{"vigil-registry: routes reports to recipient groups, runs the case clocks, keeps the audit trail"};
    app.add_option("--data", options.dataDir, "data directory made by `vigil-admin init`")->required();
    app.add_option("--database", options.database,
                   "the registry's database on PostgreSQL: a libpq connection URI (postgresql://USER@HOST/DBNAME?…; "
                   "several hosts with target_session_attrs=read-write find the primary) or string; without it, "
                   "registry.db in --data (SQLite). The keys stay in --data");
    app.add_option("--listen", listen, "HOST:PORT to listen on (port 0 picks one)")->capture_default_str();
    app.add_option("--tls-cert", options.tlsCert, "PEM certificate chain (TLS when given with --tls-key)");
    app.add_option("--tls-key", options.tlsKey, "PEM private key");
    app.add_flag("--plain-http", options.allowPlainHttp, "allow plain HTTP on a non-loopback address");
    app.add_option("--log-level", logLevel, "debug|info|warn|error")->capture_default_str();
    app.add_option("--token-keys", options.tokenKeysFile,
                   "check filing tokens against this signed issuer-key document instead of the registry's own "
                   "published one (for tests; docs/registry.md)");
    bool requireTokens = false;
    app.add_flag("--require-tokens", requireTokens,
                 "refuse envelopes without a valid filing token (relays are the door by default; docs/registry.md)");
    std::vector<std::string> checkInTemplates;
    app.add_option("--checkin-template", checkInTemplates,
                   "DOMAIN=STEPS, e.g. social=7d,1m,3m: the aftercare check-ins of a route's template after closing "
                   "(physical, social, integrity; repeatable; an empty STEPS means none; docs/registry.md)");
    // The two short clocks of reporter care (issue 16 §1 and §3). Whole hours, at most a week:
    // a clock longer than that is no longer "immediate", and a typo of days for hours shows.
    const WorkflowPolicy defaults;
    std::int64_t immediateHours = defaults.immediateContactHours;
    std::int64_t retaliationHours = defaults.retaliationContactHours;
    app.add_option("--immediate-contact-hours", immediateHours,
                   "first-contact clock of a reporter in danger now, whatever the route's own clock (1-168)")
        ->capture_default_str();
    app.add_option("--retaliation-contact-hours", retaliationHours,
                   "hours to answer a reporter who signals retaliation; a closed case reopens (1-168)")
        ->capture_default_str();
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return RegistryExit{app.exit(e, out, err)};
    } catch (const CLI::ParseError& e) {
        app.exit(e, out, err);
        return RegistryExit{2};
    }
    auto refuse = [&](const std::string& message) {
        err << "vigil-registry: " << message << "\n";
        return RegistryExit{2};
    };
    // The shared parser: both servers read --listen alike (a port past 65535 is refused, not
    // wrapped around).
    if (auto s = parseListen(listen, options.host, options.port); !s)
        return refuse(s.error().message);
    // Checked as libpq reads it, without connecting; the message never repeats it.
    if (auto s = checkDatabaseOption(options.database); !s)
        return refuse(s.error().message);
    auto level = parseLogLevel(logLevel);
    if (!level)
        return refuse("--log-level must be debug, info, warn or error, got \"" + logLevel + "\"");
    result.logLevel = *level;
    if (options.tlsCert.empty() != options.tlsKey.empty())
        return refuse("--tls-cert and --tls-key go together");
    if (auto s = checkPlainHttp(options); !s)
        return refuse(s.error().message);
    for (const std::string& spec : checkInTemplates) {
        const auto eq = spec.find('=');
        const auto domain = parseEnum<Domain>(spec.substr(0, eq));
        if (eq == std::string::npos || !domain)
            return refuse("--checkin-template is DOMAIN=STEPS with DOMAIN physical, social or integrity, got \"" + spec
                          + "\"");
        auto steps = parseCheckInSteps(std::string_view(spec).substr(eq + 1));
        if (!steps)
            return refuse("--checkin-template: " + steps.error().message);
        options.workflow.checkInTemplates[*domain] = std::move(*steps);
    }
    for (const auto& [flag, hours] : {std::pair{"--immediate-contact-hours", immediateHours},
                                      std::pair{"--retaliation-contact-hours", retaliationHours}}) {
        if (hours < 1 || hours > 168)
            return refuse(std::string(flag) + " must be whole hours from 1 to 168, got " + std::to_string(hours));
    }
    options.workflow.immediateContactHours = immediateHours;
    options.workflow.retaliationContactHours = retaliationHours;
    if (requireTokens)
        options.workflow.tokens.require = tokens::TokenRequirement::Always;
    return result;
}

} // namespace vigil::registry
