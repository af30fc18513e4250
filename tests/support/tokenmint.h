// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Filing tokens as a test plays both sides of issue 17: an issuer with three RSA-2048 keys
// (made once per process) — one epoch accepted now, one expired, one the key set never
// lists — and a device that obtains tokens blindly (docs/protocol.md §11.2) and binds one to
// each envelope it seals (§11.3), or misbehaves on purpose.

#include "shared/seal.h"
#include "shared/tokens/issuerkeyset.h"
#include "shared/tokens/tokenbinding.h"

#include <filesystem>
#include <string>

namespace vigil::test {

inline constexpr std::string_view kTestIssuerName = "registry.vigil.test";

/// The issuer's keys and the set a verifier is given.
struct TestTokenIssuer {
    const tokens::RsaPrivateKey* current = nullptr;   ///< epoch 2: accepted from an hour ago for a week
    const tokens::RsaPrivateKey* expired = nullptr;   ///< epoch 1: not_after an hour ago
    const tokens::RsaPrivateKey* unlisted = nullptr;  ///< in no epoch of the set
    tokens::IssuerKeySet keys;
};

/// The process's issuer; windows are set around the time of the first call.
const TestTokenIssuer& testTokenIssuer();

/// The issuer's key set as a signed issuer-key document (serial 1, docs/protocol.md §11.4).
Bytes signedIssuerKeys(const SigningKeyPair& rootKey);
/// Writes that document (the relay's `[tokens] issuer_keys`, the registry's `--token-keys`).
void writeIssuerKeyFile(const std::filesystem::path& path, const SigningKeyPair& rootKey);

/// A token in a device's stock: issued blindly for the nonce of its own binding key.
struct StockToken {
    tokens::Token token;
    SigningKeyPair bindingKey;
};
/// Issued for `issuerName`'s challenge (a registry's is tokens::issuerNameFor(its root key)).
StockToken issueStockToken(const tokens::RsaPrivateKey& issuerKey, std::string_view issuerName = kTestIssuerName);

/// Binds `stock` to whatever envelope is sealed with it (so it may be spent twice).
TokenBinder binderFor(StockToken stock);
/// Issues a fresh token under `issuerKey` for every envelope sealed with it (an honest device).
/// `issuerKey` must outlive the binder.
TokenBinder freshTokenBinder(const tokens::RsaPrivateKey& issuerKey, std::string_view issuerName = kTestIssuerName);
/// Writes `field` into the token field as it is, whatever the envelope (a forger).
TokenBinder fixedTokenField(Bytes field);

/// `envelope` (any well-formed one, e.g. synthetic) with its token field filled by `bind` for
/// its report id and binding hash. Its sealed header is kept: fine for a relay, which cannot
/// open it; the registry would refuse it by the content hash.
Bytes withBoundToken(const Bytes& envelope, const TokenBinder& bind);

} // namespace vigil::test
