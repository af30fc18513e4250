// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The key set the registry redeems filing tokens with (docs/protocol.md §11.3–11.4): it is the
// issuer, so it checks against its OWN newest published issuer-key document
// (`token_issuer_documents`, written by `vigil-admin tokens epoch publish`), verified with its
// root key, or the online key its newest directory certifies, like any reader does. As for directories and support contacts, the database is the
// source: a newer publication is noticed at the next intake batch (one indexed query for the
// newest serial), without a restart.

#include "orgstore.h"

#include "shared/tokens/issuerkeyset.h"

#include <memory>
#include <mutex>

namespace vigil::registry {

class PublishedIssuerKeys {
public:
    PublishedIssuerKeys(OrgStore& org, PublicKey rootKey) : m_org(org), m_rootKey(rootKey) {}

    /// The key set of the newest published document; null before the first publication.
    /// Re-read only when the newest serial changed. Thread-safe.
    [[nodiscard]] Result<std::shared_ptr<const tokens::IssuerKeySet>> current();

private:
    OrgStore& m_org;
    PublicKey m_rootKey;
    std::mutex m_mutex;
    std::uint64_t m_serial = 0;
    std::shared_ptr<const tokens::IssuerKeySet> m_keys;
};

} // namespace vigil::registry
