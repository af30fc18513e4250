// SPDX-License-Identifier: EUPL-1.2
#include "tokenkeys.h"

#include <fstream>
#include <iterator>

namespace vigil::relay {

Result<tokens::TokenPolicy> loadTokenPolicy(const TokenSettings& settings, Logger& log)
{
    tokens::TokenPolicy policy{settings.require, nullptr};
    if (settings.issuerKeys.empty()) {
        log.info("filing tokens not checked here: no tokens.issuer_keys");
        return policy;
    }
    std::ifstream in(settings.issuerKeys, std::ios::binary);
    if (!in)
        return Error{"tokens.issuer_keys: " + settings.issuerKeys.string() + " cannot be read"};
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    auto set = tokens::decodeIssuerKeySet(text);
    if (!set)
        return withContext("tokens.issuer_keys " + settings.issuerKeys.string(), set.error());
    log.info("filing tokens checked", {{"epochs", set->keys.size()}, {"required", settings.require}});
    policy.keys = std::make_shared<const tokens::IssuerKeySet>(std::move(*set));
    return policy;
}

} // namespace vigil::relay
