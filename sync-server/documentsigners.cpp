// SPDX-License-Identifier: EUPL-1.2
#include "documentsigners.h"

#include "cachestore.h"
#include "envelopestore.h"

#include "shared/keysetrotation.h"

namespace vigil::relay {

namespace {

std::optional<Bytes> cachedBody(EnvelopeStore& store, std::string_view name)
{
    std::optional<Bytes> body;
    auto s = store.read([&body, name](SqliteDb& db) -> Status {
        auto loaded = loadDocument(db, name);
        if (!loaded)
            return loaded.error();
        if (*loaded)
            body = std::move((*loaded)->body);
        return {};
    });
    if (!s)
        return std::nullopt;
    return body;
}

} // namespace

std::vector<RootKeySet> cachedKeySetHistory(EnvelopeStore& store, const RootKeySet& configured)
{
    auto body = cachedBody(store, kKeySetDocument);
    if (!body)
        return {configured};
    auto chain = decodeRotationChain(*body);
    if (!chain)
        return {configured};
    auto history = keySetHistory(configured, *chain);
    return history ? std::move(*history) : std::vector<RootKeySet>{configured};
}

DocumentSigners cachedDocumentSigners(EnvelopeStore& store, const RootKeySet& configured)
{
    const RootKeySet current = cachedKeySetHistory(store, configured).back();
    auto directory = cachedBody(store, kDirectoryDocument);
    if (!directory)
        return DocumentSigners(current);
    return signersFor(current, *directory);
}

} // namespace vigil::relay
