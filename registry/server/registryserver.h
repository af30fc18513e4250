// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The registry as one object: keys, stores, services, its two APIs (relays', advisors') and
// the HTTP server (vigil_net, shared/net), plus the hourly retention sweep and, beside it, the
// PDCA sweep (the indicator board of the last settled month and the alerts it raises). main() and the
// tests both run the registry through this class.

#include "actionlog.h"
#include "registrycounters.h"

#include "registry/advisorauth.h"
#include "registry/pdca/alertsweep.h"
#include "registry/caseservice.h"
#include "registry/intakequeue.h"
#include "registry/orgstore.h"
#include "registry/registrykeys.h"
#include "registry/sqlcasestore.h"

#include "shared/net/limits.h"

#include <condition_variable>
#include <filesystem>
#include <memory>
#include <optional>
#include <thread>

namespace vigil {
class HttpServer;
class Logger;
class RouteTable;
} // namespace vigil

namespace vigil::registry {

class ActionRunner;
class AdvisorApi;
class AlertDesk;
class AlertsApi;
class IndicatorRegister;
class IndicatorsApi;
class AuthoritiesApi;
class MeasureDesk;
class MeasuresApi;
class RelayApi;
class RiskDesk;
class RisksApi;
class SqlAlertStore;
class ReportsApi;
class SqlMeasureStore;
class SqlRiskStore;

struct RegistryOptions {
    std::filesystem::path dataDir;
    /// `--database`: the registry's database on PostgreSQL (a libpq connection URI or string);
    /// empty keeps registry.db in dataDir. The keys are in dataDir either way.
    std::string database;
    std::string host = "127.0.0.1";
    std::uint16_t port = 8080;
    std::filesystem::path tlsCert;
    std::filesystem::path tlsKey;
    bool allowPlainHttp = false;  ///< plain HTTP on a non-loopback address (`--plain-http`)
    Limits limits;
    std::size_t threads = 0;
    WorkflowPolicy workflow;
    /// `--token-keys`: a signed issuer-key document to check tokens with instead of the
    /// registry's own published one (tests); verified with the root key at start.
    std::filesystem::path tokenKeysFile;
    std::chrono::seconds retentionInterval{3600};
};

/// Refuses plain HTTP on anything but loopback unless `allowPlainHttp` says so, as the relay
/// does: advisors' bearer tokens and case data must not cross a network in the clear by mistake.
Status checkPlainHttp(const RegistryOptions& options);

class RegistryServer {
public:
    static Result<std::unique_ptr<RegistryServer>> start(const RegistryOptions& options, Logger& log,
                                                         Clock clock = systemClock());
    ~RegistryServer();
    RegistryServer(const RegistryServer&) = delete;
    RegistryServer& operator=(const RegistryServer&) = delete;

    std::uint16_t port() const;
    const RegistryKeys& keys() const { return m_keys; }
    CaseService& cases() { return *m_cases; }
    SqlCaseStore& store() { return *m_store; }
    OrgStore& org() { return *m_org; }
    const RegistryCounters& counters() const { return m_counters; }
    /// The group commit of envelope intake (commits and envelopes so far, for metrics and benches).
    const IntakeQueue& intake() const { return *m_intake; }

    /// Runs the PDCA sweep now with the registry's clock (the hourly loop runs it too): the
    /// board of the last settled month, its snapshot, and the alerts it raises or extends.
    /// Sweeps never overlap, in this process or (on PostgreSQL) across the registry processes
    /// on the database: a sweep that finds another one running is skipped (`skipped`).
    Result<SweepOutcome> sweepPdca();

    void waitForSignal();
    /// Stops accepting, lets requests in flight finish, stops the retention sweep. Idempotent.
    void stop();

private:
    RegistryServer(Logger& log, RegistryKeys keys, Clock clock);
    void retentionLoop(std::chrono::seconds interval);

    Logger& m_log;
    RegistryKeys m_keys;
    std::unique_ptr<OrgStore> m_org;
    std::unique_ptr<SqlCaseStore> m_store;
    std::unique_ptr<AdvisorAuth> m_auth;
    std::unique_ptr<ActionLog> m_actions;
    std::unique_ptr<CaseService> m_cases;
    std::unique_ptr<IntakeQueue> m_intake; ///< closed in stop(), between draining and stopping the threads
    RegistryCounters m_counters;
    std::unique_ptr<RelayApi> m_relayApi;
    std::unique_ptr<ActionRunner> m_runner;
    std::unique_ptr<AdvisorApi> m_advisorApi;
    std::unique_ptr<SqlMeasureStore> m_measureStore;
    std::unique_ptr<MeasureDesk> m_measures;
    std::unique_ptr<MeasuresApi> m_measuresApi;
    std::unique_ptr<SqlRiskStore> m_riskStore;
    std::unique_ptr<RiskDesk> m_risks;
    std::unique_ptr<RisksApi> m_risksApi;
    std::unique_ptr<IndicatorRegister> m_indicators;
    std::unique_ptr<IndicatorsApi> m_indicatorsApi;
    std::unique_ptr<AuthoritiesApi> m_authoritiesApi;
    std::unique_ptr<SqlAlertStore> m_alertStore;
    std::unique_ptr<AlertDesk> m_alerts;
    std::unique_ptr<AlertsApi> m_alertsApi;
    Clock m_clock;
    std::mutex m_sweeping;
    std::optional<Connection> m_jobs; ///< PostgreSQL: holds the PDCA sweep's job lock (joblock.h)
    std::unique_ptr<ReportsApi> m_reportsApi;
    std::unique_ptr<RouteTable> m_table;
    std::unique_ptr<HttpServer> m_http;
    std::thread m_retention;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    bool m_stopped = false;
};

} // namespace vigil::registry
