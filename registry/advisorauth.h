// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Advisor sign-in by challenge-response with the advisor's Ed25519 key: no passwords on the
// server. A challenge is single-use and short-lived; a session token is random, only its hash
// is stored, and it expires.

#include "clocks.h"
#include "orgstore.h"

#include "shared/storage/db.h"

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
    /// Live challenges kept per advisor key; a new one replaces the oldest. Anyone may ask for
    /// a challenge (the keys are in the directory), so without a bound every request is a row.
    std::int64_t challengesPerKey = 4;
    /// Live challenges in all; beyond it sign-in is refused as busy until some expire.
    std::int64_t challengesInAll = 1024;
};

class AdvisorAuth {
public:
    /// Takes a connection of its own to the registry's database, of either engine (a SQLite
    /// connection converts): on PostgreSQL every registry process signs in against the same
    /// tables, so a challenge one process handed out is answered at another.
    AdvisorAuth(Connection db, OrgStore& org, PublicKey registryRoot, Clock clock, AuthPolicy policy = {});

    /// A fresh nonce for an active member's signing key, within the policy's bounds. Fails as
    /// Refused (the key is no active member's), Unavailable (too many sign-ins in progress,
    /// try again shortly) or Storage (the database failed).
    Result<Challenge> challenge(const PublicKey& signKey);
    /// Checks the signature over signInStatement(root, nonce), consumes the nonce, opens a session;
    /// fails as Refused when the challenge or the signature does not hold.
    Result<Session> signIn(const PublicKey& signKey, const FixedBytes<32>& nonce, const Signature& signature);
    /// The member id behind a live session token; Refused when there is none.
    Result<std::string> authenticate(std::string_view token);

private:
    /// Sweeps, bounds and inserts under m_mutex; false when the total bound is reached.
    Result<bool> storeChallenge(const std::string& memberId, const Challenge& challenge, UnixSeconds now);

    Connection m_conn;
    Db m_db; ///< m_conn's view (AdvisorAuth never moves: it holds a mutex)
    OrgStore& m_org;
    PublicKey m_root;
    Clock m_clock;
    AuthPolicy m_policy;
    std::mutex m_mutex;
};

} // namespace vigil::registry
