// SPDX-License-Identifier: EUPL-1.2
#include "advisorauth.h"

#include "shared/hash.h"
#include "shared/identity.h"
#include "shared/sodiuminit.h"

#include <sodium.h>

#include <algorithm>

namespace vigil::registry {

AdvisorAuth::AdvisorAuth(Connection db, OrgStore& org, PublicKey registryRoot, Clock clock, AuthPolicy policy)
    : m_conn(std::move(db)), m_db(m_conn.db()), m_org(org), m_root(registryRoot), m_clock(std::move(clock)), m_policy(policy)
{
}

Result<Challenge> AdvisorAuth::challenge(const PublicKey& signKey)
{
    auto member = m_org.memberBySignKey(signKey);
    if (!member)
        return withKind(ErrorKind::Storage, member.error());
    if (!*member)
        return Error{"this key belongs to no active advisor", ErrorKind::Refused};
    ensureSodium();
    Challenge c;
    randombytes_buf(c.nonce.data(), c.nonce.size());
    const UnixSeconds now = m_clock();
    c.expiresAt = now + m_policy.challengeSeconds;
    std::lock_guard guard(m_mutex);
    auto stored = storeChallenge((*member)->id, c, now);
    if (!stored)
        return withKind(ErrorKind::Storage, stored.error());
    if (!*stored)
        return Error{"too many sign-ins in progress; try again in a minute", ErrorKind::Unavailable};
    return c;
}

Result<bool> AdvisorAuth::storeChallenge(const std::string& memberId, const Challenge& c, UnixSeconds now)
{
    // Expired challenges and sessions are swept here, where they accumulate.
    if (auto s = m_db.exec("DELETE FROM challenges WHERE expires_at < " + std::to_string(now)); !s)
        return s.error();
    if (auto s = m_db.exec("DELETE FROM sessions WHERE expires_at < " + std::to_string(now)); !s)
        return s.error();
    // Per key, the newest few stay: a console that asks again (its answer got lost) still gets
    // in, and someone asking in the advisor's name only ever holds a handful of rows. Among
    // challenges of the same second the later insert stays: SQLite's rowid, PostgreSQL's ctid
    // (challenges are never updated, so a row keeps the place it was written to).
    const std::string trimSql = std::string("DELETE FROM challenges WHERE member_id = ? AND nonce NOT IN "
                                            "(SELECT nonce FROM challenges WHERE member_id = ? ORDER BY expires_at DESC, ")
                                + (m_db.dialect() == Dialect::Sqlite ? "rowid" : "ctid") + " DESC LIMIT ?)";
    auto trim = m_db.prepare(trimSql);
    if (!trim)
        return trim.error();
    trim->bindText(1, memberId).bindText(2, memberId).bind(3, std::max<std::int64_t>(m_policy.challengesPerKey - 1, 0));
    if (auto s = trim->run(); !s)
        return s.error();
    auto live = m_db.queryInt("SELECT COUNT(*) FROM challenges");
    if (!live)
        return live.error();
    if (*live >= m_policy.challengesInAll)
        return false;
    auto stmt = m_db.prepare("INSERT INTO challenges(nonce, member_id, expires_at) VALUES (?, ?, ?)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, c.nonce).bindText(2, memberId).bind(3, c.expiresAt);
    if (auto s = stmt->run(); !s)
        return s.error();
    return true;
}

Result<Session> AdvisorAuth::signIn(const PublicKey& signKey, const FixedBytes<32>& nonce, const Signature& signature)
{
    auto member = m_org.memberBySignKey(signKey);
    if (!member)
        return member.error();
    const Error refused{"sign-in refused: unknown or expired challenge, or a signature that does not verify",
                        ErrorKind::Refused};
    if (!*member)
        return refused;
    std::lock_guard guard(m_mutex);
    auto take = m_db.prepare("DELETE FROM challenges WHERE nonce = ? AND member_id = ? AND expires_at >= ?");
    if (!take)
        return take.error();
    take->bind(1, nonce).bindText(2, (*member)->id).bind(3, m_clock());
    if (auto s = take->run(); !s)
        return s.error();
    // The nonce is consumed before the signature is checked: a failed attempt burns it too.
    if (take->changes() != 1 || !verifySignature(signKey, signInStatement(m_root, nonce), signature))
        return refused;

    FixedBytes<32> raw{};
    randombytes_buf(raw.data(), raw.size());
    Session session{toBase64Url(raw), (*member)->id, m_clock() + m_policy.sessionSeconds};
    auto stmt = m_db.prepare("INSERT INTO sessions(token_hash, member_id, expires_at) VALUES (?, ?, ?)");
    if (!stmt)
        return stmt.error();
    const Hash32 tokenHash = blake2b256(asBytes(session.token));
    stmt->bind(1, tokenHash).bindText(2, session.memberId).bind(3, session.expiresAt);
    if (auto s = stmt->run(); !s)
        return s.error();
    return session;
}

Result<std::string> AdvisorAuth::authenticate(std::string_view token)
{
    std::lock_guard guard(m_mutex);
    // The member's state is read on every request, not only at sign-in: `vigil-admin advisor
    // disable` (another process, the same database) ends access with the next request.
    auto stmt = m_db.prepare("SELECT s.member_id FROM sessions s JOIN members m ON m.id = s.member_id "
                             "WHERE s.token_hash = ? AND s.expires_at >= ? AND m.active = 1");
    if (!stmt)
        return stmt.error();
    const Hash32 tokenHash = blake2b256(asBytes(token));
    stmt->bind(1, tokenHash).bind(2, m_clock());
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error{"not signed in, or the session expired", ErrorKind::Refused};
    return stmt->text(0);
}

} // namespace vigil::registry
