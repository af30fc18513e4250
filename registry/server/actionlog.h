// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Idempotency for advisor actions: a console that worked offline replays its queued actions,
// each with an action id; the registry answers a replay with the answer it gave the first time.
// An id is bound to the request it first came with (a fingerprint of path and body): the same
// id with other content is not a replay but a mistake, and is refused rather than answered
// with an "ok" for something that was never done.

#include "shared/hash.h"
#include "shared/storage/db.h"

#include <boost/json/object.hpp>

#include <mutex>
#include <optional>
#include <string>

namespace vigil::registry {

struct StoredAnswer {
    unsigned status = 200;
    std::string body;
};

/// What the log knows about an action id.
struct ActionLookup {
    enum class Outcome {
        Fresh,   ///< never seen: act, then record the answer
        Replay,  ///< the same request again: send `answer`
        Reused,  ///< the id came before with another request: refuse (409)
    };
    Outcome outcome = Outcome::Fresh;
    StoredAnswer answer;
};

/// The fingerprint of an action request: its path and its JSON body without "action_id", with
/// object keys in sorted order, so a console that re-serialises its queue still matches.
Hash32 actionFingerprint(std::string_view path, const boost::json::object& body);

class ActionLog {
public:
    /// Takes a connection of its own, of either engine (a SQLite connection converts): on
    /// PostgreSQL the log is shared by every registry process on the database.
    explicit ActionLog(Connection db) : m_conn(std::move(db)), m_db(m_conn.db()) {}

    Result<ActionLookup> find(const std::string& memberId, const std::string& actionId, const Hash32& fingerprint);
    Status record(const std::string& memberId, const std::string& actionId, const Hash32& fingerprint, std::int64_t at,
                  const StoredAnswer& answer);

private:
    Connection m_conn;
    Db m_db; ///< m_conn's view (ActionLog never moves: it holds a mutex)
    std::mutex m_mutex;
};

} // namespace vigil::registry
