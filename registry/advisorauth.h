// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Advisor sign-in by challenge-response with the advisor's Ed25519 key: no passwords on the
// server. A challenge is single-use and short-lived; a session token is random, only its hash
// is stored, and it expires.

#include "clocks.h"
#include "orgstore.h"

#include "shared/storage/sqlite.h"

#include <mutex>
#include <string>

namespace vigil::registry {

struct Challenge {
    FixedBytes<32> nonce{};
    UnixSeconds expiresAt = 0;
};

struct Session {
    std::string token;        ///< base64url, sent as "Authorization: Bearer <token>"
    std::string memberId;
    UnixSeconds expiresAt = 0;
};

struct AuthPolicy {
    std::int64_t challengeSeconds = 120;
    std::int64_t sessionSeconds = 8 * 3600;
};

class AdvisorAuth {
public:
    AdvisorAuth(SqliteDb db, OrgStore& org, PublicKey registryRoot, Clock clock, AuthPolicy policy = {});

    /// A fresh nonce for an active member's signing key.
    Result<Challenge> challenge(const PublicKey& signKey);
    /// Checks the signature over signInStatement(root, nonce), consumes the nonce, opens a session.
    Result<Session> signIn(const PublicKey& signKey, const FixedBytes<32>& nonce, const Signature& signature);
    /// The member id behind a live session token.
    Result<std::string> authenticate(std::string_view token);

private:
    SqliteDb m_db;
    OrgStore& m_org;
    PublicKey m_root;
    Clock m_clock;
    AuthPolicy m_policy;
    std::mutex m_mutex;
};

} // namespace vigil::registry
