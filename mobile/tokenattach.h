// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Binding filing tokens to sealed envelopes on the phone (docs/field-app.md "Filing tokens",
// docs/protocol.md §11.3). Every envelope is sealed first without a token, and its outbox row
// keeps the routing header it was sealed with, sealed under the vault key. When the phone's
// organisation issues tokens, the row waits (OutboxState::AwaitingToken) until a token from
// stock is bound to it: at once when the stock holds one, else after the next refill — so a
// report filed offline with an empty stock is never lost and never sent without its token.
// A relay that refuses a token (expired while the phone was offline, say) sends the row back
// to wait for a fresh one. Needs the vault key (the header and the tokens are in the vault);
// no Qt here, so it runs on the seal job's thread too.

#include "fieldstore.h"

#include "shared/routingheader.h"
#include "shared/tokens/issuerdoc.h"
#include "shared/vault.h"

#include <optional>

namespace vigil::field {

/// How many times a relay may refuse a row's token before the row is set aside.
inline constexpr int kMaxTokenRefusals = 3;

/// Whether envelopes sealed now wait for a token: the phone holds verified issuer keys of
/// which one is still accepted.
bool tokensInUse(const std::optional<tokens::IssuerKeyDocument>& keys, std::int64_t now);

/// The outbox row's binding for an envelope sealed with `header` (as sealed, without a token).
Binding makeBinding(const VaultKey& vaultKey, const RoutingHeader& header, bool awaitingToken);

/// Binds a token from stock to row `rowId` if it waits for one: true when bound (the row is
/// then ready to send), false when the stock is empty (it keeps waiting). The token reserved
/// for the row is the same after a crash, so a row never uses up two.
Result<bool> attachToken(FieldStore& store, const VaultKey& vaultKey, const PublicKey& routingKey, std::int64_t rowId,
                         std::int64_t now);

struct AttachOutcome {
    std::size_t bound = 0;     ///< rows that got their token and are ready to send
    std::size_t waiting = 0;   ///< rows still waiting (the stock ran out)
};

/// attachToken for every waiting row, oldest first. A row that fails for another reason than
/// the stock (its kept header does not open, say) is quarantined with that reason.
AttachOutcome attachTokens(FieldStore& store, const VaultKey& vaultKey, const PublicKey& routingKey, std::int64_t now);

/// Whether a relay's refusal is about the filing token (docs/api.md "Filing tokens").
bool isTokenRefusal(std::string_view reason);
/// The one token refusal that says nothing about the token: the node has no keys yet.
bool isTransientTokenRefusal(std::string_view reason);
/// A refusal of the token's epoch or issuer (not of this token): the phone's issuer keys are
/// out of date, and so is the rest of that epoch's stock.
bool isStaleEpochRefusal(std::string_view reason);

} // namespace vigil::field
