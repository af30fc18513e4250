// SPDX-License-Identifier: EUPL-1.2
#include "cachepoller.h"

#include "documentsigners.h"

#include "cachestore.h"
#include "envelopestore.h"
#include "storeawait.h"
#include "tokenkeys.h"

#include "shared/bulletin.h"
#include "shared/directory.h"
#include "shared/keysetrotation.h"
#include "shared/net/log.h"
#include "shared/supportcontacts.h"
#include "shared/tokens/issuerdoc.h"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <fstream>
#include <future>
#include <iterator>

namespace vigil::relay {

namespace {

constexpr int kMaxPagesPerPoll = 100;

/// The version of a cached directory, so an upstream can never roll us back; it may have been
/// signed by any set the relay went through.
std::uint32_t cachedVersion(const std::optional<CachedDocument>& doc, const std::vector<RootKeySet>& history)
{
    if (!doc)
        return 0;
    // Expiry does not matter for the rollback floor, so check as of when it was fetched.
    for (auto set = history.rbegin(); set != history.rend(); ++set)
        if (auto d = verifyDirectory(doc->body, *set, doc->fetchedAt))
            return d->version;
    return 0;
}

/// The newest serial the cached rotations reach from `pinned` (`pinned`'s when none).
std::uint32_t cachedKeySetSerial(const std::optional<CachedDocument>& doc, const RootKeySet& pinned)
{
    if (!doc)
        return pinned.serial;
    auto chain = decodeRotationChain(doc->body);
    if (!chain)
        return pinned.serial;
    auto reached = followKeySetRotations(pinned, *chain);
    return reached ? reached->serial : pinned.serial;
}

/// The serial of cached support contacts, so an upstream can never roll us back either; read
/// with every set followed (contacts the root key signed before the holders took over count).
std::uint64_t cachedSerial(const std::optional<CachedDocument>& doc, const std::vector<RootKeySet>& history)
{
    if (!doc)
        return 0;
    for (auto set = history.rbegin(); set != history.rend(); ++set)
        if (auto d = verifySupportContacts(doc->body, *set))
            return d->serial;
    return 0;
}

/// The serial of cached token issuer keys (no rollback), read the same way.
std::uint64_t cachedIssuerSerial(const std::optional<CachedDocument>& doc, const std::vector<RootKeySet>& history,
                                 const DocumentSigners& signers)
{
    if (!doc)
        return 0;
    if (auto d = tokens::verifyIssuerKeyDocument(doc->body, signers))
        return d->serial;
    for (auto set = history.rbegin(); set != history.rend(); ++set)
        if (auto d = tokens::verifyIssuerKeyDocument(doc->body, *set))
            return d->serial;
    return 0;
}

Result<std::optional<CachedDocument>> readDocument(EnvelopeStore& store, std::string_view name)
{
    std::optional<CachedDocument> doc;
    auto s = store.read([&doc, name](SqliteDb& db) -> Status {
        auto loaded = loadDocument(db, name);
        if (!loaded)
            return loaded.error();
        doc = std::move(*loaded);
        return {};
    });
    if (!s)
        return s.error();
    return doc;
}

} // namespace

CachePoller::CachePoller(net::io_context& ioc, EnvelopeStore& store, Logger& log, CachePollerOptions options)
    : m_strand(net::make_strand(ioc)),
      m_timer(m_strand),
      m_store(store),
      m_log(log),
      m_options(std::move(options)),
      m_client(m_strand, m_options.upstream,
               HttpClientOptions{m_options.settings.requestTimeout, m_options.settings.upstreamCaFile})
{
}

void CachePoller::start()
{
    net::co_spawn(m_strand, run(), [this](std::exception_ptr e) {
        if (e)
            m_log.error("cache poller stopped unexpectedly");
    });
}

void CachePoller::stop()
{
    m_stopped.store(true);
    net::post(m_strand, [this] {
        m_timer.cancel();
        m_client.close();
    });
}

net::awaitable<void> CachePoller::run()
{
    while (!m_stopped.load()) {
        co_await pollDocument(kKeySetDocument, "/v1/keyset");
        co_await pollDocument(kDirectoryDocument, "/v1/directory");
        co_await pollDocument(kSupportDocument, "/v1/support");
        co_await pollDocument(kTokenIssuerDocument, "/v1/token-issuer");
        co_await pollFeed(Feed::Bulletins);
        co_await pollFeed(Feed::Mailbox);
        if (m_stopped.load())
            break;
        m_timer.expires_after(m_options.settings.cachePoll);
        co_await m_timer.async_wait(net::as_tuple(net::use_awaitable));
    }
}

Status CachePoller::verifyDocument(std::string_view name, ByteView body, const std::optional<CachedDocument>& cached,
                                   std::uint64_t now) const
{
    if (name == kKeySetDocument || name == kDirectoryDocument) {
        if (!m_options.keySet)
            return {};
        if (name == kKeySetDocument) {
            auto chain = decodeRotationChain(body);
            if (!chain)
                return chain.error();
            auto reached = followKeySetRotations(*m_options.keySet, *chain);
            if (!reached)
                return reached.error();
            if (reached->serial < cachedKeySetSerial(cached, *m_options.keySet))
                return Error{"key set rotations: they reach serial " + std::to_string(reached->serial)
                             + ", older than the one already followed"};
            return {};
        }
        const std::vector<RootKeySet> history = keySetHistory();
        if (auto verified = verifyDirectory(body, history.back(), now, cachedVersion(cached, history)); !verified)
            return verified.error();
        return {};
    }
    if (!m_options.keySet)
        return {};
    // Only the newest set followed (and, for issuer keys, the online key its directory
    // certifies) may change these: after the hand-over the registry's root key alone cannot.
    const std::vector<RootKeySet> history = keySetHistory();
    if (name == kSupportDocument) {
        if (auto verified = verifySupportContacts(body, history.back(), cachedSerial(cached, history)); !verified)
            return verified.error();
        return {};
    }
    if (name == kTokenIssuerDocument) {
        const DocumentSigners signers = cachedDocumentSigners(m_store, *m_options.keySet);
        if (auto verified = tokens::verifyIssuerKeyDocument(body, signers, cachedIssuerSerial(cached, history, signers));
            !verified)
            return verified.error();
        return {};
    }
    return {};
}

std::vector<RootKeySet> CachePoller::keySetHistory() const
{
    if (!m_options.keySet)
        return {};
    return cachedKeySetHistory(m_store, *m_options.keySet);
}

net::awaitable<void> CachePoller::pollDocument(std::string_view name, std::string_view target)
{
    auto cached = readDocument(m_store, name);
    if (!cached)
        co_return;
    HttpRequest request;
    request.method = "GET";
    request.target = std::string(target);
    if (*cached)
        request.headers.emplace_back("If-None-Match", (*cached)->etag);
    auto response = co_await m_client.send(std::move(request));
    if (!response) {
        m_log.debug("document poll failed", {{"document", std::string(name)}, {"error", response.error().message}});
        co_return;
    }
    if (response->status != 200)
        co_return;   // 304: unchanged; 503 or 404: the upstream has none yet
    auto body = std::make_shared<Bytes>(response->body.begin(), response->body.end());
    const auto now = m_store.now();
    if (auto verified = verifyDocument(name, *body, *cached, now); !verified) {
        m_log.warn("upstream document rejected", {{"document", std::string(name)}, {"error", verified.error().message}});
        co_return;
    }
    // Named before the co_await: see Forwarder::purgeIfDue.
    MoveFunction<Status(SqliteDb&)> save = [body, now, name](SqliteDb& db) {
        return saveDocument(db, name, *body, now);
    };
    Status s = co_await asyncWrite(m_store, std::move(save), net::use_awaitable);
    if (!s)
        co_return;
    m_log.info("document updated", {{"document", std::string(name)}, {"bytes", body->size()}});
    if (name == kTokenIssuerDocument)
        adoptTokenIssuer(m_store, *body,
                         m_options.keySet ? std::optional(cachedDocumentSigners(m_store, *m_options.keySet))
                                          : std::nullopt,
                         m_log);
}

std::vector<FeedItem> CachePoller::acceptable(Feed feed, std::vector<FeedItem> items)
{
    if (feed != Feed::Bulletins || !m_options.keySet)
        return items;
    // A bulletin published before a rotation stays signed by the set of its day.
    const std::vector<RootKeySet> history = keySetHistory();
    std::vector<FeedItem> out;
    out.reserve(items.size());
    for (auto& item : items) {
        Result<Bulletin> b = Error{"no key set"};
        for (auto set = history.rbegin(); set != history.rend(); ++set)
            if ((b = verifyBulletin(item.data, *set)))
                break;
        if (b)
            out.push_back(std::move(item));
        else
            m_log.warn("upstream bulletin rejected", {{"seq", item.seq}, {"error", b.error().message}});
    }
    return out;
}

net::awaitable<void> CachePoller::pollFeed(Feed feed)
{
    std::int64_t cursor = 0;
    auto s = m_store.read([&](SqliteDb& db) -> Status {
        auto c = feedCursor(db, feed);
        if (!c)
            return c.error();
        cursor = *c;
        return {};
    });
    if (!s)
        co_return;
    for (int page = 0; page < kMaxPagesPerPoll && !m_stopped.load(); ++page) {
        HttpRequest request;
        request.method = "GET";
        request.target = (feed == Feed::Mailbox ? "/v1/mailbox/?after=" : "/v1/bulletins?after=") + std::to_string(cursor);
        auto response = co_await m_client.send(std::move(request));
        if (!response || response->status != 200)
            co_return;
        auto decoded = decodeFeedPage(response->body, feed);
        if (!decoded) {
            m_log.warn("upstream feed unusable", {{"feed", feedName(feed)}, {"error", decoded.error().message}});
            co_return;
        }
        const bool more = !decoded->items.empty() && decoded->next > cursor;
        const std::int64_t next = std::max(cursor, decoded->next);
        auto items = std::make_shared<std::vector<FeedItem>>(acceptable(feed, std::move(decoded->items)));
        const auto now = m_store.now();
        MoveFunction<Status(SqliteDb&)> save = [items, feed, next, now](SqliteDb& db) {
            return saveFeedItems(db, feed, *items, next, now);
        };
        Status saved = co_await asyncWrite(m_store, std::move(save), net::use_awaitable);
        if (!saved || !more)
            co_return;
        cursor = next;
    }
}

Status loadDirectoryFile(EnvelopeStore& store, const std::filesystem::path& file, const std::optional<RootKeySet>& keys,
                         Logger& log)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return Error{"directory file " + file.string() + " cannot be read"};
    auto body = std::make_shared<Bytes>(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    const auto now = store.now();
    if (keys) {
        auto verified = verifyDirectory(*body, *keys, now);
        if (!verified)
            return withContext("directory file " + file.string(), verified.error());
        log.info("directory file verified", {{"version", verified->version}});
    } else {
        log.warn("directory file loaded without verification: no root_key configured");
    }
    std::promise<Status> done;
    auto future = done.get_future();
    WriteTask task;
    task.apply = [body, now](SqliteDb& db) { return saveDocument(db, kDirectoryDocument, *body, now); };
    task.done = [&done](Status s) { done.set_value(std::move(s)); };
    store.submitWrite(std::move(task));
    return future.get();
}

} // namespace vigil::relay
