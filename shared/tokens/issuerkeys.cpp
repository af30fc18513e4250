// SPDX-License-Identifier: EUPL-1.2
#include "issuerkeys.h"

#include <set>

namespace vigil::tokens {

Result<IssuerKeyEpoch> makeIssuerKeyEpoch(std::uint32_t epoch, std::int64_t notBefore, std::int64_t issueUntil,
                                          std::int64_t notAfter, ByteView publicKeySpki)
{
    const std::string name = "issuer key epoch " + std::to_string(epoch);
    if (epoch == 0)
        return Error{name + ": epochs start at 1", ErrorKind::Invalid};
    if (!(notBefore < issueUntil && issueUntil <= notAfter))
        return Error{name + ": expected not_before < issue_until <= not_after", ErrorKind::Invalid};
    auto key = decodeIssuerPublicKey(publicKeySpki);
    if (!key)
        return withContext(name, key.error());
    TokenKeyId id = tokenKeyId(*key);
    return IssuerKeyEpoch{epoch, notBefore, issueUntil, notAfter, std::move(*key), id};
}

Status checkIssuerKeySet(const std::vector<IssuerKeyEpoch>& keys)
{
    std::set<std::uint8_t> truncated;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const IssuerKeyEpoch& k = keys[i];
        const std::string name = "issuer key epoch " + std::to_string(k.epoch);
        if (!truncated.insert(k.keyId.back()).second)
            return Error{name + ": truncated token_key_id collides with another listed key", ErrorKind::Invalid};
        if (i == 0)
            continue;
        const IssuerKeyEpoch& prev = keys[i - 1];
        if (k.epoch <= prev.epoch)
            return Error{name + ": epochs must increase", ErrorKind::Invalid};
        if (k.notBefore > prev.issueUntil)
            return Error{name + ": starts after the previous epoch stops issuing (a gap)", ErrorKind::Invalid};
        if (k.notBefore <= prev.notBefore)
            return Error{name + ": must start after the previous epoch", ErrorKind::Invalid};
    }
    return {};
}

Result<const IssuerKeyEpoch*> keyForRedemption(const std::vector<IssuerKeyEpoch>& keys, const TokenKeyId& keyId,
                                               std::int64_t now)
{
    for (const IssuerKeyEpoch& k : keys) {
        if (k.keyId != keyId)
            continue;
        if (now < k.notBefore)
            return Error{"token: issuer key epoch " + std::to_string(k.epoch) + " is not valid yet",
                         ErrorKind::Refused};
        if (now >= k.notAfter)
            return Error{"token: issuer key epoch " + std::to_string(k.epoch) + " has expired", ErrorKind::Refused};
        return &k;
    }
    return Error{"token: token_key_id names no issuer key in the directory", ErrorKind::NotFound};
}

Result<const IssuerKeyEpoch*> keyForIssuance(const std::vector<IssuerKeyEpoch>& keys, std::int64_t now)
{
    const IssuerKeyEpoch* best = nullptr;
    for (const IssuerKeyEpoch& k : keys)
        if (k.notBefore <= now && now < k.issueUntil && (best == nullptr || k.epoch > best->epoch))
            best = &k;
    if (best == nullptr)
        return Error{"no issuer key epoch issues tokens now", ErrorKind::NotFound};
    return best;
}

} // namespace vigil::tokens
