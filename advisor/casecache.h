// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The console's local store (docs/advisor.md, "Offline"): cached cases, their sealed
// envelopes, messages and history, the queue of actions waiting for the registry, and the
// advisor's own copies of the replies it sent. Every row except the envelopes (which are
// sealed already) is sealed under the vault key, with a context naming the row, so the file
// reveals nothing without the passphrase and rows cannot be swapped unnoticed.

#include "shared/storage/sqlite.h"
#include "shared/vault.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace vigil::advisor {

/// An action queued for the registry; `actionId` makes its replay idempotent there.
struct QueuedAction {
    std::string actionId;
    std::int64_t caseId = 0;
    std::string action;        ///< "transition", "assign", "reply", "notes", "bulletin", "measure"
    std::string body;          ///< the request's JSON, including action_id
    std::string after;         ///< an earlier action this one belongs to: refused with it (may be empty)
    std::string path;          ///< where it is posted when not to the case ("/v1/advisor/measures"); may be empty
    std::int64_t queuedAt = 0;
    std::int64_t attempts = 0;
    std::string lastError;
};

struct SentCopy {
    std::string sealedHash;    ///< hex BLAKE2b-256 of the sealed reply as posted
    std::int64_t caseId = 0;
    std::int64_t sentAt = 0;
    std::string text;
};

class CaseCache {
public:
    /// Opens (creating) the cache file; `key` must outlive the cache.
    static Result<std::unique_ptr<CaseCache>> open(const std::filesystem::path& path, const VaultKey& key);

    /// The registry and member the cache belongs to; a different one empties it first.
    Status bindTo(const std::string& scope);

    Status putCase(std::int64_t id, std::string_view json);
    /// Cached case objects (JSON text), by id.
    Result<std::vector<std::pair<std::int64_t, std::string>>> cases();
    /// Drops cases (and everything about them) that are not in `visible` any more.
    Status retainCases(const std::vector<std::int64_t>& visible);

    Status putEnvelope(std::int64_t id, ByteView sealed);
    Result<std::optional<Bytes>> envelope(std::int64_t id);

    /// A JSON document about a case ("messages", "history").
    Status putDocument(std::int64_t id, std::string_view kind, std::string_view json);
    Result<std::optional<std::string>> document(std::int64_t id, std::string_view kind);

    /// A list fetched from the registry that is no case's ("measures", "pdca_clocks"), sealed
    /// as the case documents are, so the console shows it offline.
    Status putList(std::string_view name, std::string_view json);
    Result<std::optional<std::string>> list(std::string_view name);

    Status enqueue(const QueuedAction& action);
    Result<std::vector<QueuedAction>> queue();
    Status dequeue(const std::string& actionId);
    Status noteAttempt(const std::string& actionId, const std::string& error);

    Status putSentCopy(const SentCopy& copy);
    Result<std::vector<SentCopy>> sentCopies(std::int64_t caseId);

    /// Small named blobs (the signed directory), stored as given.
    Status putBlob(std::string_view name, ByteView data);
    Result<std::optional<Bytes>> blob(std::string_view name);

private:
    CaseCache(SqliteDb db, const VaultKey& key) : m_db(std::move(db)), m_key(key) {}
    Bytes seal(std::string_view text, const std::string& context) const;
    Result<std::string> open(ByteView sealed, const std::string& context) const;
    Status clearAll();

    SqliteDb m_db;
    const VaultKey& m_key;
};

} // namespace vigil::advisor
