// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The demo device's filing tokens (docs/protocol.md §11.2–11.3): the same steps the field app
// takes at sync (mobile/synctokens.cpp) — fetch and verify the issuer keys from its relay,
// register its credential once with the provisioning's enrolment code, ask for a batch of
// blinded tokens signed by that credential, finalise them — but kept in memory, for one run.
// binder() hands sealForDirectory / sealFollowUp the next token, bound to the envelope.

#include "tests/support/blockingclient.h"

#include "shared/seal.h"
#include "shared/tokens/issuance.h"
#include "shared/tokens/issuerdoc.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace vigil::tools {

class DemoTokens {
public:
    /// Waits (up to about 30 s) until `relay` serves an issuer-key document that verifies under
    /// `signers` — the relay fetches it from upstream — and keeps it.
    [[nodiscard]] static Result<DemoTokens> fetchKeys(BlockingClient& relay, const DocumentSigners& signers);

    /// POST /v1/devices: the credential (made here) with the single-use enrolment code.
    /// Returns the HTTP status (201 registered, 200 the same device again); an error otherwise.
    [[nodiscard]] Result<unsigned> registerCredential(BlockingClient& relay, const std::string& enrolCode);

    /// POST /v1/tokens for `count` tokens in the epoch issuing at `now`; finalises and keeps
    /// every one that verifies under the epoch's key. Returns how many were added.
    [[nodiscard]] Result<std::size_t> request(BlockingClient& relay, std::size_t count, std::int64_t now);

    /// Spends the next token on the envelope being sealed; an error when the stock is empty.
    /// A resend carries the bytes sealed once, so it spends nothing again.
    TokenBinder binder();

    std::size_t issued() const { return m_state->issued; }   ///< finalised tokens, ever
    std::size_t spent() const { return m_state->next; }      ///< tokens bound to an envelope
    std::uint32_t epoch() const { return m_state->epoch; }   ///< of the last batch
    const tokens::IssuerKeyDocument& keys() const { return m_state->keys; }

private:
    struct Kept {
        tokens::Token token;
        SigningKeyPair bindingKey;
    };
    struct State {
        tokens::IssuerKeyDocument keys;
        std::unique_ptr<SigningKeyPair> credential;
        std::vector<Kept> stock;
        std::size_t next = 0;
        std::size_t issued = 0;
        std::int64_t lastRequest = 0;
        std::uint32_t epoch = 0;
    };
    // Shared, so a binder handed to a seal stays valid when the DemoTokens moves.
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

} // namespace vigil::tools
