// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Idempotency for advisor actions: a console that worked offline replays its queued actions,
// each with an action id; the registry answers a replay with the answer it gave the first time.

#include "shared/storage/sqlite.h"

#include <mutex>
#include <optional>
#include <string>

namespace vigil::registry {

struct StoredAnswer {
    unsigned status = 200;
    std::string body;
};

class ActionLog {
public:
    explicit ActionLog(SqliteDb db) : m_db(std::move(db)) {}

    Result<std::optional<StoredAnswer>> find(const std::string& memberId, const std::string& actionId);
    Status record(const std::string& memberId, const std::string& actionId, std::int64_t at, const StoredAnswer& answer);

private:
    SqliteDb m_db;
    std::mutex m_mutex;
};

} // namespace vigil::registry
