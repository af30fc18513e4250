// SPDX-License-Identifier: EUPL-1.2
#include "tokenkeys.h"

#include "cachestore.h"
#include "documentsigners.h"
#include "envelopestore.h"

#include <fstream>
#include <future>
#include <iterator>

namespace vigil::relay {

namespace {

Result<std::optional<CachedDocument>> cachedIssuerDocument(EnvelopeStore& store)
{
    std::optional<CachedDocument> doc;
    auto s = store.read([&doc](SqliteDb& db) -> Status {
        auto loaded = loadDocument(db, kTokenIssuerDocument);
        if (!loaded)
            return loaded.error();
        doc = std::move(*loaded);
        return {};
    });
    if (!s)
        return s.error();
    return doc;
}

Status cacheDocument(EnvelopeStore& store, const Bytes& body)
{
    std::promise<Status> done;
    auto future = done.get_future();
    WriteTask task;
    task.apply = [body, now = store.now()](SqliteDb& db) { return saveDocument(db, kTokenIssuerDocument, body, now); };
    task.done = [&done](Status s) { done.set_value(std::move(s)); };
    store.submitWrite(std::move(task));
    return future.get();
}

void announce(Logger& log, const tokens::TokenPolicy& policy)
{
    const auto from = tokens::tokensRequiredFrom(policy);
    log.info("filing tokens checked", {{"serial", policy.keys->serial},
                                       {"epochs", policy.keys->keys.size()},
                                       {"require", std::string(tokens::tokenRequirementName(policy.require))},
                                       {"required_from", from ? *from : -1}});
}

} // namespace

tokens::TokenPolicy tokenPolicyFor(const TokenSettings& settings)
{
    return tokens::TokenPolicy{settings.require, settings.graceDays * 86400, nullptr};
}

Status loadTokenKeys(EnvelopeStore& store, const TokenSettings& settings, const std::optional<RootKeySet>& keySet,
                     Logger& log)
{
    if (!keySet) {
        // config validation refuses issuer_keys and require = true without a root key.
        log.info("filing tokens not checked here: no root_key to verify the issuer keys with");
        return {};
    }
    const DocumentSigners signers = cachedDocumentSigners(store, *keySet);
    auto cached = cachedIssuerDocument(store);
    if (!cached)
        return cached.error();
    std::shared_ptr<const tokens::IssuerKeySet> keys;
    if (*cached) {
        if (auto set = tokens::verifiedIssuerKeySet((*cached)->body, signers); set)
            keys = std::make_shared<const tokens::IssuerKeySet>(std::move(*set));
        else
            log.warn("cached token issuer keys do not verify", {{"error", set.error().message}});
    }
    if (!settings.issuerKeys.empty()) {
        std::ifstream in(settings.issuerKeys, std::ios::binary);
        if (!in)
            return Error{"tokens.issuer_keys: " + settings.issuerKeys.string() + " cannot be read"};
        const Bytes body((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        auto set = tokens::verifiedIssuerKeySet(body, signers);
        if (!set)
            return withContext("tokens.issuer_keys " + settings.issuerKeys.string(), set.error());
        // The newer of file and cache wins, and the file's is cached, so devices behind this
        // relay fetch the same keys it checks with.
        if (!keys || set->serial > keys->serial) {
            if (auto s = cacheDocument(store, body); !s)
                return s;
            keys = std::make_shared<const tokens::IssuerKeySet>(std::move(*set));
        }
    }
    if (!keys) {
        log.info("filing tokens not checked yet: no issuer keys published upstream");
        return {};
    }
    store.setTokenKeys(keys);
    announce(log, store.tokenPolicy());
    return {};
}

void adoptTokenIssuer(EnvelopeStore& store, ByteView document, const std::optional<DocumentSigners>& signers,
                      Logger& log)
{
    if (!signers)
        return;
    auto set = tokens::verifiedIssuerKeySet(document, *signers);
    if (!set) {
        log.warn("token issuer keys not taken", {{"error", set.error().message}});
        return;
    }
    store.setTokenKeys(std::make_shared<const tokens::IssuerKeySet>(std::move(*set)));
    announce(log, store.tokenPolicy());
}

} // namespace vigil::relay
