// SPDX-License-Identifier: EUPL-1.2
#include "registryserver.h"

#include "actionrunner.h"
#include "advisorapi.h"
#include "alertsapi.h"
#include "authoritiesapi.h"
#include "indicatorsapi.h"
#include "measuresapi.h"
#include "relayapi.h"
#include "reportsapi.h"
#include "risksapi.h"
#include "tokenapi.h"

#include "registry/databaseowner.h"
#include "registry/datafolder.h"
#include "registry/pdca/alertdesk.h"
#include "registry/pdca/measuredesk.h"
#include "registry/pdca/sqlalertstore.h"
#include "registry/pdca/sqlmeasurestore.h"
#include "registry/pdca/sqlriskstore.h"

#include "shared/net/httpserver.h"
#include "shared/net/log.h"
#include "shared/net/router.h"
#include "shared/storage/privatedir.h"

#include <fstream>
#include <iterator>

namespace vigil::registry {

Status checkPlainHttp(const RegistryOptions& o)
{
    const bool loopback = o.host == "127.0.0.1" || o.host == "::1" || o.host == "localhost";
    if (o.tlsCert.empty() && !loopback && !o.allowPlainHttp)
        return Error{"refusing plain HTTP on " + o.host
                     + ": give --tls-cert and --tls-key, or --plain-http to accept the risk (e.g. behind a TLS proxy)"};
    return {};
}

RegistryServer::RegistryServer(Logger& log, RegistryKeys keys, Clock clock)
    : m_log(log), m_keys(std::move(keys)), m_clock(std::move(clock))
{
}

namespace {

/// `--token-keys`: a signed issuer-key document read once, verified as this registry's own
/// (root key, or the online key its holders certified), so an override names only keys it signed.
Result<std::shared_ptr<const tokens::IssuerKeySet>> loadTokenKeysOverride(const std::filesystem::path& file,
                                                                           const DocumentSigners& signers)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return Error{"--token-keys: " + file.string() + " cannot be read"};
    const Bytes body((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto set = tokens::verifiedIssuerKeySet(body, signers);
    if (!set)
        return withContext("--token-keys " + file.string(), set.error());
    return std::make_shared<const tokens::IssuerKeySet>(std::move(*set));
}

} // namespace

Result<std::unique_ptr<RegistryServer>> RegistryServer::start(const RegistryOptions& o, Logger& log, Clock clock)
{
    if (auto plain = checkPlainHttp(o); !plain)
        return plain.error();
    // The folder first: a key is not even read from a folder other users can open.
    if (auto s = checkPrivateDirectory(o.dataDir); !s)
        return s.error();
    auto keys = loadRegistryKeys(o.dataDir);
    if (!keys)
        return keys.error();
    std::unique_ptr<RegistryServer> s(new RegistryServer(log, std::move(*keys), clock));
    // Separate connections per component: WAL lets them read side by side, writes serialise
    // (on PostgreSQL, connections of their own as another process's would be).
    auto orgDb = openRegistryConnection(o.dataDir, o.database, true);
    if (!orgDb)
        return orgDb.error();
    if (auto owner = checkDatabaseOwner(orgDb->db(), s->m_keys.root.publicKey, s->m_keys.routing.publicKey); !owner)
        return owner.error();
    auto caseDb = openRegistryConnection(o.dataDir, o.database, false);
    auto authDb = caseDb ? openRegistryConnection(o.dataDir, o.database, false) : Result<Connection>(caseDb.error());
    auto actionDb = authDb ? openRegistryConnection(o.dataDir, o.database, false) : Result<Connection>(authDb.error());
    if (!actionDb)
        return actionDb.error();
    // On PostgreSQL the PDCA sweep's job lock is held by a transaction on a connection of its
    // own (registry/joblock.h); SQLite needs none.
    if (!o.database.empty()) {
        auto jobsDb = openRegistryConnection(o.dataDir, o.database, false);
        if (!jobsDb)
            return jobsDb.error();
        s->m_jobs.emplace(std::move(*jobsDb));
    }
    s->m_org = std::make_unique<OrgStore>(std::move(*orgDb));
    s->m_store = std::make_unique<SqlCaseStore>(std::move(*caseDb));
    s->m_auth = std::make_unique<AdvisorAuth>(std::move(*authDb), *s->m_org, s->m_keys.root.publicKey, clock);
    s->m_actions = std::make_unique<ActionLog>(std::move(*actionDb));
    WorkflowPolicy workflow = o.workflow;
    if (!o.tokenKeysFile.empty()) {
        auto signers = s->m_org->documentSigners(s->m_keys.root.publicKey);
        if (!signers)
            return signers.error();
        auto pinned = loadTokenKeysOverride(o.tokenKeysFile, *signers);
        if (!pinned)
            return pinned.error();
        workflow.tokens.keys = std::move(*pinned);
    }
    s->m_cases = std::make_unique<CaseService>(*s->m_store, *s->m_org, s->m_keys, workflow, clock);
    s->m_intake = std::make_unique<IntakeQueue>(*s->m_cases);
    s->m_relayApi = std::make_unique<RelayApi>(*s->m_cases, *s->m_intake, *s->m_store, *s->m_org, log, o.limits, s->m_counters);
    // On PostgreSQL the action gate holds each id across the registry processes on the
    // database, with connections of its own (actiongate.h).
    std::function<Result<Connection>()> gateConnections;
    if (!o.database.empty())
        gateConnections = [dataDir = o.dataDir, database = o.database] {
            return openRegistryConnection(dataDir, database, false);
        };
    s->m_runner = std::make_unique<ActionRunner>(*s->m_auth, *s->m_actions, clock, std::move(gateConnections));
    s->m_measureStore = std::make_unique<SqlMeasureStore>(*s->m_store);
    s->m_measures = std::make_unique<MeasureDesk>(*s->m_measureStore);
    s->m_advisorApi = std::make_unique<AdvisorApi>(*s->m_cases, *s->m_store, *s->m_measures, *s->m_auth, *s->m_runner,
                                                   log, clock, s->m_counters);
    s->m_riskStore = std::make_unique<SqlRiskStore>(*s->m_store);
    s->m_risks = std::make_unique<RiskDesk>(*s->m_riskStore);
    s->m_measuresApi = std::make_unique<MeasuresApi>(*s->m_measures, *s->m_risks, *s->m_org, *s->m_runner, log,
                                                     clock, s->m_counters);
    s->m_risksApi = std::make_unique<RisksApi>(*s->m_risks, *s->m_org, *s->m_runner, log, clock, s->m_counters);
    s->m_indicators = std::make_unique<IndicatorRegister>(*s->m_store);
    s->m_authoritiesApi = std::make_unique<AuthoritiesApi>(*s->m_store, *s->m_runner, s->m_counters);
    s->m_alertStore = std::make_unique<SqlAlertStore>(*s->m_store);
    s->m_alerts = std::make_unique<AlertDesk>(*s->m_alertStore);
    s->m_alertsApi = std::make_unique<AlertsApi>(*s->m_alerts, *s->m_measures, *s->m_risks, *s->m_org, *s->m_runner,
                                                 clock, s->m_counters);
    s->m_indicatorsApi = std::make_unique<IndicatorsApi>(*s->m_indicators, *s->m_alerts, *s->m_runner, clock,
                                                         s->m_counters);
    s->m_reportsApi = std::make_unique<ReportsApi>(*s->m_store, *s->m_org, s->m_keys, *s->m_runner, log, clock,
                                                   s->m_counters);
    s->m_table = std::make_unique<RouteTable>();
    s->m_relayApi->install(*s->m_table);
    s->m_advisorApi->install(*s->m_table);
    // GET /v1/advisor/pdca/clocks is the alerts' route: the list holds measures', risks' and alerts' clocks.
    s->m_alertsApi->install(*s->m_table);
    s->m_measuresApi->install(*s->m_table);
    s->m_risksApi->install(*s->m_table);
    s->m_indicatorsApi->install(*s->m_table);
    s->m_authoritiesApi->install(*s->m_table);
    s->m_reportsApi->install(*s->m_table);
    // Owned by its routes (the table goes before the stores it uses).
    std::make_shared<TokenApi>(*s->m_store, o.dataDir, s->m_keys, log, clock, s->m_counters)->install(*s->m_table);

    HttpServerOptions http;
    http.host = o.host;
    http.port = o.port;
    http.tlsCert = o.tlsCert;
    http.tlsKey = o.tlsKey;
    http.limits = o.limits;
    http.threads = o.threads;
    http.serverName = "vigil-registry";
    auto server = HttpServer::create(http, *s->m_table, log, s->m_counters);
    if (!server)
        return server.error();
    s->m_http = std::move(*server);
    s->m_http->start();
    s->m_retention = std::thread([raw = s.get(), interval = o.retentionInterval] { raw->retentionLoop(interval); });
    log.info("registry started", {{"port", s->m_http->port()}, {"tls", s->m_http->tls()}});
    return s;
}

RegistryServer::~RegistryServer()
{
    stop();
}

std::uint16_t RegistryServer::port() const
{
    return m_http->port();
}

void RegistryServer::waitForSignal()
{
    m_http->waitForSignal();
}

void RegistryServer::retentionLoop(std::chrono::seconds interval)
{
    std::unique_lock lock(m_mutex);
    // The PDCA sweep waits one interval after start: a month settles once a month, so an hour
    // costs nothing, and a registry just started (a test's) is not swept while it is set up.
    bool started = false;
    while (!m_stopping) {
        lock.unlock();
        if (auto n = m_cases->retentionRound(); !n)
            m_log.error("retention sweep failed", {{"error", n.error().message}});
        else if (n->skipped)
            m_log.info("retention sweep skipped", {{"reason", "another registry process is running it"}});
        else if (n->deleted > 0)
            m_log.info("retention sweep", {{"deleted", n->deleted}});
        if (started) {
            if (auto swept = sweepPdca(); !swept)
                m_log.error("pdca sweep failed", {{"error", swept.error().message}});
            else if (swept->skipped)
                m_log.info("pdca sweep skipped", {{"reason", "another registry process is running it"}});
            else if (swept->raised + swept->extended > 0)
                m_log.info("pdca sweep",
                           {{"as_of", swept->asOf}, {"raised", swept->raised}, {"extended", swept->extended}});
        }
        started = true;
        lock.lock();
        m_wake.wait_for(lock, interval, [this] { return m_stopping; });
    }
}

Result<SweepOutcome> RegistryServer::sweepPdca()
{
    std::lock_guard lock(m_sweeping);
    return runAlertSweepRound(m_jobs ? std::optional<Db>(m_jobs->db()) : std::nullopt, *m_indicators, *m_alerts,
                              BoardPolicy{}, m_clock());
}

void RegistryServer::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    if (m_http) {
        m_http->stopAccepting();
        if (!m_http->drain(std::chrono::seconds(10)))
            m_log.warn("requests still running at shutdown");
        // What is waiting is committed and answered while the threads the answers go to run.
        if (m_intake)
            m_intake->close();
        m_http->stopThreads();
    }
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_retention.joinable())
        m_retention.join();
    m_log.info("registry stopped");
}

} // namespace vigil::registry
