// SPDX-License-Identifier: EUPL-1.2
#include "uploadstore.h"

namespace vigil::relay {

namespace {

constexpr std::string_view kSelectUpload =
    "SELECT id, envelope_hash, size, received, result FROM uploads WHERE ";

UploadState readUpload(const SqliteStmt& stmt)
{
    UploadState s;
    s.id = stmt.text(0);
    const ByteView hash = stmt.blob(1);
    if (hash.size() == s.envelopeHash.size())
        std::copy(hash.begin(), hash.end(), s.envelopeHash.begin());
    s.size = static_cast<std::uint64_t>(stmt.int64(2));
    s.received = static_cast<std::uint64_t>(stmt.int64(3));
    if (!stmt.isNull(4))
        s.result = stmt.text(4);
    return s;
}

/// The row matching `where` (one parameter, bound by `bind`), if any.
template <typename Bind>
Result<std::optional<UploadState>> selectUpload(SqliteDb& db, std::string_view where, Bind bind)
{
    auto stmt = db.prepare(std::string(kSelectUpload) + std::string(where));
    if (!stmt)
        return stmt.error();
    bind(*stmt);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<UploadState>{};
    return std::optional<UploadState>(readUpload(*stmt));
}

Status touch(SqliteDb& db, std::string_view id, std::uint64_t received, std::uint64_t now)
{
    auto stmt = db.prepare("UPDATE uploads SET received = ?2, touched_at = ?3 WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bindText(1, id).bind(2, static_cast<std::int64_t>(received)).bind(3, static_cast<std::int64_t>(now));
    return stmt->run();
}

} // namespace

Result<std::int64_t> purgeExpiredUploads(SqliteDb& db, std::uint64_t cutoff)
{
    const std::string at = std::to_string(cutoff);
    if (auto s = db.exec("DELETE FROM upload_chunks WHERE upload_id IN (SELECT id FROM uploads WHERE touched_at < "
                         + at + ")");
        !s)
        return s.error();
    if (auto s = db.exec("DELETE FROM uploads WHERE touched_at < " + at); !s)
        return s.error();
    return db.changes();
}

Result<CreateAnswer> createUpload(SqliteDb& db, const Hash32& hash, std::uint64_t size, const UploadQuota& quota,
                                  std::uint64_t now, const std::string& newId)
{
    auto existing = selectUpload(db, "envelope_hash = ?1", [&hash](SqliteStmt& s) { s.bind(1, hash); });
    if (!existing)
        return existing.error();
    if (*existing) {
        const bool sameSize = (*existing)->size == size;
        // Asking again keeps an upload alive: the client is still there.
        if (sameSize)
            if (auto s = touch(db, (*existing)->id, (*existing)->received, now); !s)
                return s.error();
        return CreateAnswer{sameSize ? CreateOutcome::Existing : CreateOutcome::SizeMismatch, std::move(**existing)};
    }
    auto open = db.queryInt("SELECT COUNT(*) FROM uploads WHERE result IS NULL");
    if (!open)
        return open.error();
    if (static_cast<std::uint64_t>(*open) >= quota.maxOpen)
        return CreateAnswer{CreateOutcome::TooManyOpen, {}};
    // Partial bytes are reserved at the announced size, so the cap bounds the disk even
    // while every open upload is still filling up.
    auto reserved = db.queryInt("SELECT COALESCE(SUM(size), 0) FROM uploads WHERE result IS NULL");
    if (!reserved)
        return reserved.error();
    if (static_cast<std::uint64_t>(*reserved) + size > quota.maxPartialBytes)
        return CreateAnswer{CreateOutcome::NoSpace, {}};
    auto insert = db.prepare("INSERT INTO uploads (id, envelope_hash, size, received, created_at, touched_at) "
                             "VALUES (?1, ?2, ?3, 0, ?4, ?4)");
    if (!insert)
        return insert.error();
    insert->bindText(1, newId).bind(2, hash).bind(3, static_cast<std::int64_t>(size));
    insert->bind(4, static_cast<std::int64_t>(now));
    if (auto s = insert->run(); !s)
        return s.error();
    return CreateAnswer{CreateOutcome::Created, UploadState{newId, hash, size, 0, std::nullopt}};
}

Result<std::optional<UploadState>> loadUpload(SqliteDb& db, std::string_view id, std::uint64_t cutoff)
{
    return selectUpload(db, "id = ?1 AND touched_at >= ?2", [id, cutoff](SqliteStmt& s) {
        s.bindText(1, id).bind(2, static_cast<std::int64_t>(cutoff));
    });
}

Result<AppendAnswer> appendChunk(SqliteDb& db, std::string_view id, std::uint64_t offset, ByteView data,
                                 std::uint64_t now, std::uint64_t cutoff)
{
    auto found = loadUpload(db, id, cutoff);
    if (!found)
        return found.error();
    if (!*found)
        return AppendAnswer{AppendOutcome::Missing, {}};
    UploadState state = std::move(**found);
    // Only the byte right after the durable offset may come next: a client that is behind
    // (its last answer was lost) or ahead learns the real offset and continues from there.
    if (offset != state.received || (state.result && !data.empty()))
        return AppendAnswer{AppendOutcome::WrongOffset, std::move(state)};
    if (offset + data.size() > state.size)
        return AppendAnswer{AppendOutcome::PastEnd, std::move(state)};
    if (data.empty())
        return AppendAnswer{AppendOutcome::Appended, std::move(state)};
    auto insert = db.prepare("INSERT INTO upload_chunks (upload_id, offset, data) VALUES (?1, ?2, ?3)");
    if (!insert)
        return insert.error();
    insert->bindText(1, id).bind(2, static_cast<std::int64_t>(offset)).bind(3, data);
    if (auto s = insert->run(); !s)
        return s.error();
    state.received += data.size();
    if (auto s = touch(db, id, state.received, now); !s)
        return s.error();
    return AppendAnswer{AppendOutcome::Appended, std::move(state)};
}

Result<std::string> assembleUpload(SqliteDb& db, std::string_view id)
{
    auto stmt = db.prepare("SELECT data FROM upload_chunks WHERE upload_id = ?1 ORDER BY offset");
    if (!stmt)
        return stmt.error();
    stmt->bindText(1, id);
    std::string out;
    auto s = stmt->eachRow([&out](const SqliteStmt& row) {
        const ByteView chunk = row.blob(0);
        out.append(reinterpret_cast<const char*>(chunk.data()), chunk.size());
    });
    if (!s)
        return s.error();
    return out;
}

Result<std::string> finishUpload(SqliteDb& db, std::string_view id, std::string_view result, std::uint64_t now)
{
    auto stmt = db.prepare("UPDATE uploads SET result = COALESCE(result, ?2), touched_at = ?3 WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bindText(1, id).bindText(2, result).bind(3, static_cast<std::int64_t>(now));
    if (auto s = stmt->run(); !s)
        return s.error();
    auto chunks = db.prepare("DELETE FROM upload_chunks WHERE upload_id = ?1");
    if (!chunks)
        return chunks.error();
    chunks->bindText(1, id);
    if (auto s = chunks->run(); !s)
        return s.error();
    auto recorded = selectUpload(db, "id = ?1", [id](SqliteStmt& s) { s.bindText(1, id); });
    if (!recorded)
        return recorded.error();
    // Gone only if it expired in between; then this completion's own answer is the truth.
    if (!*recorded || !(*recorded)->result)
        return std::string(result);
    return std::move(*(*recorded)->result);
}

Status dropUpload(SqliteDb& db, std::string_view id)
{
    for (const char* sql : {"DELETE FROM upload_chunks WHERE upload_id = ?1", "DELETE FROM uploads WHERE id = ?1"}) {
        auto stmt = db.prepare(sql);
        if (!stmt)
            return stmt.error();
        stmt->bindText(1, id);
        if (auto s = stmt->run(); !s)
            return s;
    }
    return {};
}

Result<std::optional<std::string>> dropUnlessFinished(SqliteDb& db, std::string_view id)
{
    auto found = selectUpload(db, "id = ?1", [id](SqliteStmt& s) { s.bindText(1, id); });
    if (!found)
        return found.error();
    if (*found && (*found)->result)
        return std::optional<std::string>((*found)->result);
    if (auto s = dropUpload(db, id); !s)
        return s.error();
    return std::optional<std::string>{};
}

Result<UploadUsage> uploadUsage(SqliteDb& db)
{
    auto open = db.queryInt("SELECT COUNT(*) FROM uploads WHERE result IS NULL");
    if (!open)
        return open.error();
    auto bytes = db.queryInt("SELECT COALESCE(SUM(received), 0) FROM uploads WHERE result IS NULL");
    if (!bytes)
        return bytes.error();
    return UploadUsage{*open, *bytes};
}

} // namespace vigil::relay
