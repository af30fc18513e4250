// SPDX-License-Identifier: EUPL-1.2
#include "rootkeysets.h"

#include "shared/keysetrotation.h"

namespace vigil::registry {

Result<std::optional<RootKeySet>> recordedKeySet(Db db)
{
    auto stmt = db.prepare("SELECT key_set FROM root_key_sets ORDER BY serial DESC LIMIT 1");
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<RootKeySet>{};
    auto set = decodeKeySet(stmt->text(0));
    if (!set)
        return withContext("root_key_sets", set.error());
    return std::optional<RootKeySet>(std::move(*set));
}

Result<RootKeySet> pinnedKeySet(Db db, const PublicKey& rootKey)
{
    auto recorded = recordedKeySet(db);
    if (!recorded)
        return recorded.error();
    return recorded->value_or(RootKeySet(rootKey));
}

Result<RootKeySet> recordKeySetRotation(Db db, const PublicKey& rootKey, ByteView rotation, std::int64_t now)
{
    auto current = pinnedKeySet(db, rootKey);
    if (!current)
        return current.error();
    // The registry accepts a rotation exactly as a device does: a threshold of the current set.
    auto next = verifyKeySetRotation(rotation, *current);
    if (!next)
        return next.error();
    auto stmt = db.prepare("INSERT INTO root_key_sets(serial, key_set, rotation, recorded_at) VALUES (?, ?, ?, ?)");
    if (!stmt)
        return stmt.error();
    const std::string json = encodeKeySet(*next);
    stmt->bind(1, static_cast<std::int64_t>(next->serial)).bindText(2, json).bind(3, rotation).bind(4, now);
    if (auto s = stmt->run(); !s)
        return s.error();
    return next;
}

Result<std::vector<RootKeySet>> everyKeySet(Db db, const PublicKey& rootKey)
{
    auto stmt = db.prepare("SELECT key_set FROM root_key_sets ORDER BY serial DESC");
    if (!stmt)
        return stmt.error();
    std::vector<RootKeySet> out;
    std::optional<Error> bad;
    if (auto s = stmt->eachRow([&](const Stmt& row) {
            auto set = decodeKeySet(row.text(0));
            if (set)
                out.push_back(std::move(*set));
            else if (!bad)
                bad = withContext("root_key_sets", set.error());
        });
        !s)
        return s.error();
    if (bad)
        return *bad;
    out.emplace_back(rootKey);
    return out;
}

Result<std::vector<Bytes>> keySetRotations(Db db)
{
    auto stmt = db.prepare("SELECT rotation FROM root_key_sets ORDER BY serial");
    if (!stmt)
        return stmt.error();
    std::vector<Bytes> out;
    if (auto s = stmt->eachRow([&](const Stmt& row) {
            const ByteView b = row.blob(0);
            out.emplace_back(b.begin(), b.end());
        });
        !s)
        return s.error();
    return out;
}

} // namespace vigil::registry
