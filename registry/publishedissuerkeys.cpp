// SPDX-License-Identifier: EUPL-1.2
#include "publishedissuerkeys.h"

namespace vigil::registry {

Result<std::shared_ptr<const tokens::IssuerKeySet>> PublishedIssuerKeys::current()
{
    std::lock_guard lock(m_mutex);
    auto serial = m_org.tokenIssuerSerial();
    if (!serial)
        return serial.error();
    if (*serial == m_serial)
        return m_keys;
    auto latest = m_org.latestTokenIssuer();
    if (!latest)
        return latest.error();
    if (!*latest)
        return m_keys;
    // Its own signature over its own document: a failure here is a damaged database, not a
    // reason to stop checking with the set held so far.
    // Signed by the root key before `keyset init`, by the online key the holders certified after.
    auto signers = m_org.documentSigners(m_rootKey);
    if (!signers)
        return signers.error();
    auto set = tokens::verifiedIssuerKeySet(**latest, *signers, m_serial);
    if (!set)
        return withContext("published token issuer keys", set.error());
    m_serial = set->serial;
    m_keys = std::make_shared<const tokens::IssuerKeySet>(std::move(*set));
    return m_keys;
}

} // namespace vigil::registry
