// SPDX-License-Identifier: EUPL-1.2
#include "tokenattach.h"

#include "devicevault.h"

#include "shared/seal.h"
#include "shared/tokens/privacypass.h"
#include "shared/tokens/tokenbinding.h"

#include <mutex>

namespace vigil::field {

namespace {

/// One binder at a time: the seal job (a worker thread) binds the row it just stored while a
/// sync round (the GUI thread) may bind every waiting row. Under this lock a row's state is
/// read again, so each row is bound once and nobody mistakes the other's work for a failure.
std::mutex g_binding;

/// What a token item holds (synctokens.cpp): the RFC 9578 token, then its binding key's seed.
constexpr std::size_t kSeedBytes = 32;

/// Under g_binding: binds a token to row `rowId` if it (still) waits for one.
Result<bool> bindOne(FieldStore& store, const VaultKey& vaultKey, const PublicKey& routingKey, std::int64_t rowId,
                     std::int64_t now)
{
    const auto current = store.outboxRow(rowId);
    if (!current || current->state != OutboxState::AwaitingToken)
        return false;
    const OutboxRow& row = *current;
    auto kept = store.binding(row.id);
    if (!kept)
        return Error{"this report keeps no header to bind a filing token to"};
    const std::string context = slot::binding(row.reportId);
    auto headerJson = vaultOpen(vaultKey, *kept, context);
    if (!headerJson)
        return headerJson.error();
    auto header = decodeRoutingHeader(toString(headerJson->view()));
    if (!header)
        return header.error();

    auto item = store.takeToken(row.id, now);
    if (!item)
        return item.error();
    if (!*item)
        return false;   // the stock is empty: the row keeps waiting
    auto plain = dropOpen(store, vaultKey, **item);
    if (!plain)
        return plain.error();
    if (plain->view().size() != tokens::kTokenLength + kSeedBytes)
        return Error{"a filing token on this phone is damaged"};
    auto token = tokens::decodeToken(plain->view().first(tokens::kTokenLength));
    if (!token)
        return token.error();
    const SigningKeyPair bindingKey = SigningKeyPair::fromSeed(plain->view().subspan(tokens::kTokenLength));

    auto bound = bindTokenLater(row.envelope, *header, routingKey,
                                [&](const ReportId& reportId, const Hash32& bindingHash) -> Result<Bytes> {
                                    auto spent = tokens::bindToken(*token, bindingKey, reportId, bindingHash);
                                    if (!spent)
                                        return spent.error();
                                    return tokens::encodeEnvelopeToken(*spent);
                                });
    if (!bound)
        return bound.error();
    if (auto s = store.bindEnvelope(row.id, *bound); !s)
        return s.error();
    return true;
}

} // namespace

bool tokensInUse(const std::optional<tokens::IssuerKeyDocument>& keys, std::int64_t now)
{
    if (!keys)
        return false;
    for (const auto& epoch : keys->keys)
        if (epoch.notAfter > now)
            return true;
    return false;
}

Binding makeBinding(const VaultKey& vaultKey, const RoutingHeader& header, bool awaitingToken)
{
    std::string json = encodeRoutingHeader(header);
    Binding binding{vaultSeal(vaultKey, asBytes(json), slot::binding(header.reportId)), awaitingToken};
    wipe(json);
    return binding;
}

Result<bool> attachToken(FieldStore& store, const VaultKey& vaultKey, const PublicKey& routingKey, std::int64_t rowId,
                         std::int64_t now)
{
    std::lock_guard lock(g_binding);
    return bindOne(store, vaultKey, routingKey, rowId, now);
}

AttachOutcome attachTokens(FieldStore& store, const VaultKey& vaultKey, const PublicKey& routingKey, std::int64_t now)
{
    AttachOutcome outcome;
    std::lock_guard lock(g_binding);
    for (const auto& row : store.awaitingToken()) {
        auto bound = bindOne(store, vaultKey, routingKey, row.id, now);
        if (!bound) {
            // Nothing a later token could mend: set it aside, visibly, rather than retry forever.
            (void)store.setState(row.id, OutboxState::Quarantined,
                                 "a filing token could not be bound: " + bound.error().message);
            continue;
        }
        if (*bound)
            ++outcome.bound;
        else
            ++outcome.waiting;
    }
    return outcome;
}

bool isTokenRefusal(std::string_view reason)
{
    return reason.starts_with("token:") || reason.starts_with("envelope token:");
}

bool isStaleEpochRefusal(std::string_view reason)
{
    return isTokenRefusal(reason)
           && (reason.find("issued for another challenge") != std::string_view::npos
               || reason.find("names no issuer key") != std::string_view::npos);
}

bool isTransientTokenRefusal(std::string_view reason)
{
    return reason.starts_with("token:") && reason.find("has no issuer keys") != std::string_view::npos;
}

} // namespace vigil::field
