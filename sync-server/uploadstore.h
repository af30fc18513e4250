// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The database side of resumable uploads (docs/api.md, /v1/uploads): partial envelopes as
// chunk rows, their durable offset, and the answer of a completed upload. Plain functions
// over a connection; writes run as tasks of the store's single writer, so each returns
// only what the next COMMIT makes durable.

#include "shared/hash.h"
#include "shared/storage/sqlite.h"

#include <cstdint>
#include <optional>
#include <string>

namespace vigil::relay {

/// One upload as stored.
struct UploadState {
    std::string id;                     ///< 32 lower-case hex digits
    Hash32 envelopeHash{};
    std::uint64_t size = 0;             ///< announced envelope size
    std::uint64_t received = 0;         ///< durable offset: bytes stored so far
    std::optional<std::string> result;  ///< the ingest answer once completed
};

/// Caps on what partial uploads may hold; `cutoff` is the oldest `touched_at` still alive.
struct UploadQuota {
    std::uint64_t maxOpen = 64;
    std::uint64_t maxPartialBytes = 256u * 1024 * 1024;
};

enum class CreateOutcome { Created, Existing, SizeMismatch, TooManyOpen, NoSpace };

struct CreateAnswer {
    CreateOutcome outcome = CreateOutcome::Created;
    UploadState state;
};

enum class AppendOutcome { Appended, Missing, WrongOffset, PastEnd };

struct AppendAnswer {
    AppendOutcome outcome = AppendOutcome::Missing;
    UploadState state;   ///< after the append (or as found, for the refusals)
};

/// Deletes uploads (and their chunks) not touched since `cutoff` (unix seconds); how many.
Result<std::int64_t> purgeExpiredUploads(SqliteDb& db, std::uint64_t cutoff);

/// Finds the upload of `hash` or creates one with `newId`, within `quota` (counting only
/// uploads that did not complete). An existing upload with another size is a mismatch.
Result<CreateAnswer> createUpload(SqliteDb& db, const Hash32& hash, std::uint64_t size, const UploadQuota& quota,
                                  std::uint64_t now, const std::string& newId);

/// The upload `id` unless absent or untouched since `cutoff`.
Result<std::optional<UploadState>> loadUpload(SqliteDb& db, std::string_view id, std::uint64_t cutoff);

/// Appends `data` at `offset` when that is exactly the durable offset and the upload is not
/// complete; an empty `data` only reports the state.
Result<AppendAnswer> appendChunk(SqliteDb& db, std::string_view id, std::uint64_t offset, ByteView data,
                                 std::uint64_t now, std::uint64_t cutoff);

/// The bytes received so far, in order.
Result<std::string> assembleUpload(SqliteDb& db, std::string_view id);

/// Records the ingest answer of a completed upload (unless one was recorded before: the first
/// answer stays, so every re-ask gets the same) and deletes its chunks; the answer now recorded.
Result<std::string> finishUpload(SqliteDb& db, std::string_view id, std::string_view result, std::uint64_t now);

/// Deletes an upload and its chunks.
Status dropUpload(SqliteDb& db, std::string_view id);

/// Deletes an upload and its chunks unless it has an answer, which is returned instead: a
/// completion that found the chunks gone raced another that finished (and must not undo it).
Result<std::optional<std::string>> dropUnlessFinished(SqliteDb& db, std::string_view id);

/// Open (not completed) uploads and the bytes they hold, for /metrics.
struct UploadUsage {
    std::int64_t open = 0;
    std::int64_t bytes = 0;
};
Result<UploadUsage> uploadUsage(SqliteDb& db);

} // namespace vigil::relay
