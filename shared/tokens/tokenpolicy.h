// SPDX-License-Identifier: EUPL-1.2
#pragma once
// When a node refuses an envelope without a filing token (docs/protocol.md §11.3, "When tokens
// are required"). The product default is `Auto`: no envelope is refused for lacking a token
// before the organisation has published issuer keys (devices sealed before that hold none),
// and from the first published epoch's `not_before` plus a grace on, every one is. `Always`
// and `Never` force it. The key set comes from the signed issuer-key document and is replaced
// while the node runs, so the rule is read through a SharedTokenPolicy.

#include "issuerkeyset.h"

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string_view>

namespace vigil::tokens {

enum class TokenRequirement { Auto, Always, Never };

/// Three days: devices that sealed before the first publication sync, fetch the keys and a
/// stock within it; what they sealed before waits in their outbox only that long.
inline constexpr std::int64_t kDefaultTokenGraceSeconds = 3 * 86400;

/// A node's token rule (relay `[tokens]`, registry `--require-tokens`).
struct TokenPolicy {
    TokenRequirement require = TokenRequirement::Auto;
    std::int64_t graceSeconds = kDefaultTokenGraceSeconds;   ///< for Auto
    std::shared_ptr<const IssuerKeySet> keys;   ///< verified key set; null: none known (yet)
};

/// From when an envelope without a token is refused: Always at once, Never never (nullopt),
/// Auto from the earliest listed epoch's `not_before` plus the grace, and never while no
/// verified key set is known (nullopt).
[[nodiscard]] std::optional<std::int64_t> tokensRequiredFrom(const TokenPolicy& policy);
[[nodiscard]] bool tokensRequired(const TokenPolicy& policy, std::int64_t now);

/// "auto", "true" or "false" (the relay's TOML and the registry's command line).
[[nodiscard]] Result<TokenRequirement> parseTokenRequirement(std::string_view text);
std::string_view tokenRequirementName(TokenRequirement requirement);

/// The rule a node's threads share: fixed at start but for the key set, which is replaced
/// when a newer verified document arrives. Each envelope is judged against one snapshot.
class SharedTokenPolicy {
public:
    explicit SharedTokenPolicy(TokenPolicy initial = {}) : m_policy(std::move(initial)) {}
    SharedTokenPolicy(const SharedTokenPolicy&) = delete;
    SharedTokenPolicy& operator=(const SharedTokenPolicy&) = delete;

    [[nodiscard]] TokenPolicy snapshot() const;
    void setKeys(std::shared_ptr<const IssuerKeySet> keys);

private:
    mutable std::mutex m_mutex;
    TokenPolicy m_policy;
};

} // namespace vigil::tokens
