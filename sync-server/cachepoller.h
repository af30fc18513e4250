// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Keeps the downstream cache fresh: on the forwarder's schedule it fetches the signed
// directory and support contacts (with If-None-Match), then new bulletins and mailbox items,
// from the upstream. With a configured root key or key set, a document or bulletin that does
// not verify, or is older than the one cached, is not cached. Key-set rotations are fetched
// first, so a directory signed by a new set verifies in the same round.

#include "cachestore.h"
#include "config.h"

#include "shared/feed.h"
#include "shared/net/httpclient.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>

#include <atomic>
#include <optional>

namespace vigil::relay {

class EnvelopeStore;

struct CachePollerOptions {
    Url upstream;
    ForwardSettings settings;
    std::optional<PublicKey> rootKey;     ///< as configured (kept for callers; the key set decides)
    /// Every signed document (RelayConfig::documentKeys): directories and bulletins against the
    /// sets followed, support contacts against the newest, issuer keys against the newest and
    /// the online key its directory certifies.
    std::optional<RootKeySet> keySet;
};

class CachePoller {
public:
    CachePoller(net::io_context& ioc, EnvelopeStore& store, Logger& log, CachePollerOptions options);
    void start();
    void stop();

private:
    net::awaitable<void> run();
    /// Fetches one signed document (with If-None-Match) and caches it when it verifies.
    net::awaitable<void> pollDocument(std::string_view name, std::string_view target);
    /// The checks of each document against the key set (when one is configured), with the
    /// cached one as the floor: no rollback.
    Status verifyDocument(std::string_view name, ByteView body, const std::optional<CachedDocument>& cached,
                          std::uint64_t now) const;
    net::awaitable<void> pollFeed(Feed feed);
    /// Drops bulletins that do not verify against the key set (when one is configured).
    std::vector<FeedItem> acceptable(Feed feed, std::vector<FeedItem> items);
    /// Every key set from the configured one through the cached rotations, oldest first; empty
    /// without a configured set.
    std::vector<RootKeySet> keySetHistory() const;

    net::strand<net::io_context::executor_type> m_strand;
    net::steady_timer m_timer;
    EnvelopeStore& m_store;
    Logger& m_log;
    CachePollerOptions m_options;
    HttpClient m_client;
    std::atomic<bool> m_stopped{false};
};

/// Loads a signed directory file for a relay without uplink (config `directory.file`);
/// verifies it first when a root key is configured. Writes it into the cache.
Status loadDirectoryFile(EnvelopeStore& store, const std::filesystem::path& file, const std::optional<RootKeySet>& keys,
                         Logger& log);

} // namespace vigil::relay
