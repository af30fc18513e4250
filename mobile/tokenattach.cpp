// SPDX-License-Identifier: EUPL-1.2
#include "tokenattach.h"

#include "devicevault.h"

#include "shared/seal.h"
#include "shared/tokens/privacypass.h"
#include "shared/tokens/tokenbinding.h"

namespace vigil::field {

namespace {

/// What a token item holds (synctokens.cpp): the RFC 9578 token, then its binding key's seed.
constexpr std::size_t kSeedBytes = 32;

Result<bool> bindOne(FieldStore& store, const VaultKey& vaultKey, const PublicKey& routingKey, const OutboxRow& row,
                     std::int64_t now)
{
    if (row.state != OutboxState::AwaitingToken)
        return false;
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
    auto row = store.outboxRow(rowId);
    if (!row)
        return Error{"outbox: no row " + std::to_string(rowId), ErrorKind::NotFound};
    return bindOne(store, vaultKey, routingKey, *row, now);
}

AttachOutcome attachTokens(FieldStore& store, const VaultKey& vaultKey, const PublicKey& routingKey, std::int64_t now)
{
    AttachOutcome outcome;
    for (const auto& row : store.awaitingToken()) {
        auto bound = bindOne(store, vaultKey, routingKey, row, now);
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

bool isTransientTokenRefusal(std::string_view reason)
{
    return reason.starts_with("token:") && reason.find("has no issuer keys") != std::string_view::npos;
}

} // namespace vigil::field
