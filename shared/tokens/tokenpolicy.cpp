// SPDX-License-Identifier: EUPL-1.2
#include "tokenpolicy.h"

#include <algorithm>
#include <limits>

namespace vigil::tokens {

std::optional<std::int64_t> tokensRequiredFrom(const TokenPolicy& policy)
{
    switch (policy.require) {
    case TokenRequirement::Always: return std::numeric_limits<std::int64_t>::min();
    case TokenRequirement::Never: return std::nullopt;
    case TokenRequirement::Auto: break;
    }
    if (!policy.keys || policy.keys->keys.empty())
        return std::nullopt;
    // The earliest epoch still listed: a document lists every epoch not yet ended and issuing
    // has no gaps, so this is the first publication's epoch or one that began while an earlier
    // one was accepted — the grace is long over by then.
    std::int64_t first = policy.keys->keys.front().notBefore;
    for (const IssuerKeyEpoch& k : policy.keys->keys)
        first = std::min(first, k.notBefore);
    return first + std::max<std::int64_t>(0, policy.graceSeconds);
}

bool tokensRequired(const TokenPolicy& policy, std::int64_t now)
{
    const auto from = tokensRequiredFrom(policy);
    return from && now >= *from;
}

Result<TokenRequirement> parseTokenRequirement(std::string_view text)
{
    if (text == "auto")
        return TokenRequirement::Auto;
    if (text == "true")
        return TokenRequirement::Always;
    if (text == "false")
        return TokenRequirement::Never;
    return Error{"expected auto, true or false, got \"" + std::string(text) + "\"", ErrorKind::Invalid};
}

std::string_view tokenRequirementName(TokenRequirement requirement)
{
    switch (requirement) {
    case TokenRequirement::Always: return "true";
    case TokenRequirement::Never: return "false";
    case TokenRequirement::Auto: break;
    }
    return "auto";
}

TokenPolicy SharedTokenPolicy::snapshot() const
{
    std::lock_guard lock(m_mutex);
    return m_policy;
}

void SharedTokenPolicy::setKeys(std::shared_ptr<const IssuerKeySet> keys)
{
    std::lock_guard lock(m_mutex);
    m_policy.keys = std::move(keys);
}

} // namespace vigil::tokens
