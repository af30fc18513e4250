// SPDX-License-Identifier: EUPL-1.2
#include "relayserver.h"

#include "cachepoller.h"
#include "envelopestore.h"
#include "forwarder.h"
#include "metrics.h"
#include "passthrough.h"
#include "relayroutes.h"
#include "tokenkeys.h"
#include "uploadroutes.h"

#include "shared/net/httpserver.h"
#include "shared/net/log.h"
#include "shared/storage/keyfile.h"
#include "shared/storage/privatedir.h"

#include <sys/stat.h>

#include <optional>

namespace vigil::relay {

namespace {

Status prepareDataDir(const std::filesystem::path& dir)
{
    // The folder holds the receipt key and the envelopes: owner only. One made here is made
    // so; an existing one that others can read is refused with the fix, as the registry does
    // (quietly closing it would hide an operator's mistake, e.g. a restore with a wide umask).
    if (auto s = createPrivateDirectory(dir); !s)
        return s;
    return checkPrivateDirectory(dir);
}

} // namespace

RelayServer::RelayServer(const RelayConfig& config, Logger& log)
    : m_config(config), m_log(log), m_metrics(std::make_unique<Metrics>())
{
}

Result<std::unique_ptr<RelayServer>> RelayServer::start(const RelayConfig& config, Logger& log,
                                                        std::function<std::uint64_t()> clock)
{
    std::unique_ptr<RelayServer> relay(new RelayServer(config, log));
    if (auto s = prepareDataDir(config.dataDir); !s)
        return s.error();
    // The receipt key is generated on first start and reused on every later one.
    auto seed = loadOrCreateSeedFile(config.dataDir / "relay.key");
    if (!seed)
        return seed.error();
    SigningKeyPair key = SigningKeyPair::fromSeed(seed->file.seed.view());
    const PublicKey publicKey = key.publicKey;
    log.info(seed->created ? "receipt key created" : "receipt key loaded",
             {{"public_key", toHex(publicKey)}, {"key_id", keyId(publicKey)}});
    if (seed->file.tooOpen)
        log.warn("relay.key is readable by other users; chmod 600 it");

    StoreOptions storeOptions{config.dataDir / "relay.db", config.maxCommitEnvelopes, std::move(clock),
                              tokenPolicyFor(config.tokens)};
    auto store = EnvelopeStore::open(std::move(storeOptions), std::move(key), *relay->m_metrics, log);
    if (!store)
        return store.error();
    relay->m_store = std::move(*store);
    // Before the listener opens: the first envelope is judged with the cached key set.
    if (auto s = loadTokenKeys(*relay->m_store, config.tokens, config.documentKeys(), log); !s)
        return s.error();
    if (!config.directoryFile.empty()) {
        if (auto s = loadDirectoryFile(*relay->m_store, config.directoryFile, config.documentKeys(), log); !s)
            return s.error();
    }

    relay->m_routes = std::make_unique<RelayRoutes>(*relay->m_store, *relay->m_metrics, log, config.limits);
    relay->m_table = std::make_unique<RouteTable>();
    relay->m_routes->install(*relay->m_table);
    relay->m_uploads = std::make_unique<UploadRoutes>(*relay->m_store, *relay->m_metrics, log, config.limits,
                                                      config.uploads);
    relay->m_uploads->install(*relay->m_table);
    std::optional<Url> upstream;
    if (!config.upstreamUrl.empty()) {
        auto url = Url::parse(config.upstreamUrl);
        if (!url)
            return url.error();
        upstream = *url;
    }
    // Owned by its routes.
    std::make_shared<PassThroughRoutes>(upstream, config.forward, log)->install(*relay->m_table);
    HttpServerOptions httpOptions{config.listenHost, config.listenPort, config.tlsCert, config.tlsKey, config.limits,
                                  config.threads};
    auto http = HttpServer::create(httpOptions, *relay->m_table, log, *relay->m_metrics);
    if (!http)
        return http.error();
    relay->m_http = std::move(*http);

    if (!config.upstreamUrl.empty()) {
        auto url = Url::parse(config.upstreamUrl);
        if (!url)
            return url.error();
        auto& ioc = relay->m_http->ioContext();
        relay->m_forwarder = std::make_unique<Forwarder>(ioc, *relay->m_store, *relay->m_metrics, log,
                                                         ForwarderOptions{*url, config.forward, config.retention});
        relay->m_poller = std::make_unique<CachePoller>(ioc, *relay->m_store, log,
                                                        CachePollerOptions{*url, config.forward, config.rootKey, config.documentKeys()});
        relay->m_store->setCommitListener([f = relay->m_forwarder.get()] { f->wake(); });
        relay->m_forwarder->start();
        relay->m_poller->start();
    }
    relay->m_http->start();
    // The port only (never an address), per the logging rule in docs/relay.md.
    log.info("relay started", {{"port", relay->m_http->port()},
                               {"tls", relay->m_http->tls()},
                               {"upstream", !config.upstreamUrl.empty()},
                               {"queue_depth", relay->m_metrics->queueDepth.load()}});
    return relay;
}

RelayServer::~RelayServer()
{
    stop();
}

std::uint16_t RelayServer::port() const
{
    return m_http->port();
}

const PublicKey& RelayServer::receiptKey() const
{
    return m_store->receiptKey();
}

void RelayServer::waitForSignal()
{
    m_http->waitForSignal();
}

Status RelayServer::reloadTls()
{
    return m_http->reloadTls();
}

void RelayServer::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    if (m_http) {
        m_http->stopAccepting();
        if (!m_http->drain(m_config.shutdownGrace))
            m_log.warn("shutdown grace period over with requests still in flight");
    }
    if (m_forwarder)
        m_forwarder->stop();
    if (m_poller)
        m_poller->stop();
    if (m_http)
        m_http->stopThreads();
    if (m_store) {
        // Everything queued is committed before the database closes.
        m_store->setCommitListener({});
        m_store->stop();
    }
    // I/O objects go before their io_context (inside m_http); the store last.
    m_forwarder.reset();
    m_poller.reset();
    m_http.reset();
    m_table.reset();
    m_uploads.reset();
    m_routes.reset();
    const auto depth = m_metrics->queueDepth.load();
    m_store.reset();
    m_log.info("relay stopped", {{"queue_depth", depth}});
}

} // namespace vigil::relay
