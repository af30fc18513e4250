// SPDX-License-Identifier: EUPL-1.2
#include "casecache.h"

#include <algorithm>
#include <array>

namespace vigil::advisor {

namespace {

constexpr std::array<std::string_view, 1> kMigrations{
    R"(
CREATE TABLE meta (name TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE cases (id INTEGER PRIMARY KEY, sealed BLOB NOT NULL);
CREATE TABLE envelopes (case_id INTEGER PRIMARY KEY, envelope BLOB NOT NULL);
CREATE TABLE documents (case_id INTEGER NOT NULL, kind TEXT NOT NULL, sealed BLOB NOT NULL,
                        PRIMARY KEY (case_id, kind));
CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, action_id TEXT NOT NULL UNIQUE,
                     case_id INTEGER NOT NULL, sealed BLOB NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
                     last_error TEXT NOT NULL DEFAULT '');
CREATE TABLE sent (sealed_hash TEXT PRIMARY KEY, case_id INTEGER NOT NULL, sealed BLOB NOT NULL);
)"};

std::string rowContext(std::string_view table, std::string_view key)
{
    return "vigil advisor cache v1:" + std::string(table) + ":" + std::string(key);
}

} // namespace

Result<std::unique_ptr<CaseCache>> CaseCache::open(const std::filesystem::path& path, const VaultKey& key)
{
    auto db = SqliteDb::open(path, true);
    if (!db)
        return db.error();
    std::error_code ec;
    std::filesystem::permissions(path, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write, ec);
    if (auto s = db->exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=2000;"); !s)
        return s.error();
    if (auto s = migrateSchema(*db, kMigrations, "advisor cache"); !s)
        return s.error();
    return std::unique_ptr<CaseCache>(new CaseCache(std::move(*db), key));
}

Bytes CaseCache::seal(std::string_view text, const std::string& context) const
{
    return vaultSeal(m_key, asBytes(text), context);
}

Result<std::string> CaseCache::open(ByteView sealed, const std::string& context) const
{
    auto plain = vaultOpen(m_key, sealed, context);
    if (!plain)
        return Error{"a cached row does not open (" + context + ")"};
    return toString(plain->view());
}

Status CaseCache::clearAll()
{
    return m_db.exec("DELETE FROM cases; DELETE FROM envelopes; DELETE FROM documents; DELETE FROM outbox; "
                     "DELETE FROM sent; DELETE FROM meta;");
}

Status CaseCache::bindTo(const std::string& scope)
{
    auto current = blob("scope");
    if (!current)
        return current.error();
    if (*current && toString(**current) == scope)
        return {};
    if (*current) {
        // Another registry or member: nothing cached for them belongs to this session.
        if (auto s = clearAll(); !s)
            return s;
    }
    return putBlob("scope", asBytes(scope));
}

Status CaseCache::putCase(std::int64_t id, std::string_view json)
{
    const Bytes sealed = seal(json, rowContext("case", std::to_string(id)));
    auto stmt = m_db.prepare("INSERT OR REPLACE INTO cases (id, sealed) VALUES (?, ?)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id).bind(2, sealed);
    return stmt->run();
}

Result<std::vector<std::pair<std::int64_t, std::string>>> CaseCache::cases()
{
    auto stmt = m_db.prepare("SELECT id, sealed FROM cases ORDER BY id");
    if (!stmt)
        return stmt.error();
    std::vector<std::pair<std::int64_t, std::string>> out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const std::int64_t id = stmt->int64(0);
        auto json = open(stmt->blob(1), rowContext("case", std::to_string(id)));
        if (!json)
            return json.error();
        out.emplace_back(id, std::move(*json));
    }
    return out;
}

Status CaseCache::retainCases(const std::vector<std::int64_t>& visible)
{
    auto known = m_db.prepare("SELECT id FROM cases");
    if (!known)
        return known.error();
    std::vector<std::int64_t> gone;
    for (;;) {
        auto row = known->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const std::int64_t id = known->int64(0);
        if (std::find(visible.begin(), visible.end(), id) == visible.end())
            gone.push_back(id);
    }
    for (std::int64_t id : gone) {
        for (const char* sql : {"DELETE FROM cases WHERE id = ?", "DELETE FROM envelopes WHERE case_id = ?",
                                "DELETE FROM documents WHERE case_id = ?", "DELETE FROM sent WHERE case_id = ?"}) {
            auto stmt = m_db.prepare(sql);
            if (!stmt)
                return stmt.error();
            stmt->bind(1, id);
            if (auto s = stmt->run(); !s)
                return s;
        }
    }
    return {};
}

Status CaseCache::putEnvelope(std::int64_t id, ByteView sealed)
{
    auto stmt = m_db.prepare("INSERT OR REPLACE INTO envelopes (case_id, envelope) VALUES (?, ?)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id).bind(2, sealed);
    return stmt->run();
}

Result<std::optional<Bytes>> CaseCache::envelope(std::int64_t id)
{
    auto stmt = m_db.prepare("SELECT envelope FROM envelopes WHERE case_id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    return firstBlob(*stmt);
}

Status CaseCache::putDocument(std::int64_t id, std::string_view kind, std::string_view json)
{
    const Bytes sealed = seal(json, rowContext(kind, std::to_string(id)));
    auto stmt = m_db.prepare("INSERT OR REPLACE INTO documents (case_id, kind, sealed) VALUES (?, ?, ?)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id).bindText(2, kind).bind(3, sealed);
    return stmt->run();
}

Result<std::optional<std::string>> CaseCache::document(std::int64_t id, std::string_view kind)
{
    auto stmt = m_db.prepare("SELECT sealed FROM documents WHERE case_id = ? AND kind = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id).bindText(2, kind);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<std::string>();
    auto json = open(stmt->blob(0), rowContext(kind, std::to_string(id)));
    if (!json)
        return json.error();
    return std::optional<std::string>(std::move(*json));
}

// Lists live among the documents under case id 0, which no case has (the registry counts from
// 1): no schema change, and retainCases never drops them.
Status CaseCache::putList(std::string_view name, std::string_view json)
{
    return putDocument(0, name, json);
}

Result<std::optional<std::string>> CaseCache::list(std::string_view name)
{
    return document(0, name);
}

Status CaseCache::enqueue(const QueuedAction& a)
{
    // The whole action is sealed; only its id and case stay visible, for ordering and lookup.
    // The dependency rides in the action line ("notes@<id>"): queues written before it existed
    // read back unchanged. So does the path: a line of its own before the body only when there is
    // one (a body is a JSON object, so it never starts with '/').
    const std::string action = a.after.empty() ? a.action : a.action + "@" + a.after;
    const std::string path = a.path.empty() ? std::string() : a.path + "\n";
    const std::string plain = std::to_string(a.queuedAt) + "\n" + action + "\n" + path + a.body;
    const Bytes sealed = seal(plain, rowContext("outbox", a.actionId));
    auto stmt = m_db.prepare("INSERT OR IGNORE INTO outbox (action_id, case_id, sealed) VALUES (?, ?, ?)");
    if (!stmt)
        return stmt.error();
    stmt->bindText(1, a.actionId).bind(2, a.caseId).bind(3, sealed);
    return stmt->run();
}

Result<std::vector<QueuedAction>> CaseCache::queue()
{
    auto stmt = m_db.prepare("SELECT action_id, case_id, sealed, attempts, last_error FROM outbox ORDER BY seq");
    if (!stmt)
        return stmt.error();
    std::vector<QueuedAction> out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        QueuedAction a;
        a.actionId = stmt->text(0);
        a.caseId = stmt->int64(1);
        auto plain = open(stmt->blob(2), rowContext("outbox", a.actionId));
        if (!plain)
            return plain.error();
        const auto first = plain->find('\n');
        const auto second = plain->find('\n', first + 1);
        if (first == std::string::npos || second == std::string::npos)
            return Error{"a queued action is malformed"};
        a.queuedAt = std::stoll(plain->substr(0, first));
        a.action = plain->substr(first + 1, second - first - 1);
        if (const auto at = a.action.find('@'); at != std::string::npos) {
            a.after = a.action.substr(at + 1);
            a.action.resize(at);
        }
        a.body = plain->substr(second + 1);
        if (a.body.starts_with('/')) {
            const auto end = a.body.find('\n');
            if (end == std::string::npos)
                return Error{"a queued action is malformed"};
            a.path = a.body.substr(0, end);
            a.body.erase(0, end + 1);
        }
        a.attempts = stmt->int64(3);
        a.lastError = stmt->text(4);
        out.push_back(std::move(a));
    }
    return out;
}

Status CaseCache::dequeue(const std::string& actionId)
{
    auto stmt = m_db.prepare("DELETE FROM outbox WHERE action_id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bindText(1, actionId);
    return stmt->run();
}

Status CaseCache::noteAttempt(const std::string& actionId, const std::string& error)
{
    auto stmt = m_db.prepare("UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE action_id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bindText(1, error).bindText(2, actionId);
    return stmt->run();
}

Status CaseCache::putSentCopy(const SentCopy& copy)
{
    const std::string plain = std::to_string(copy.sentAt) + "\n" + copy.text;
    const Bytes sealed = seal(plain, rowContext("sent", copy.sealedHash));
    auto stmt = m_db.prepare("INSERT OR REPLACE INTO sent (sealed_hash, case_id, sealed) VALUES (?, ?, ?)");
    if (!stmt)
        return stmt.error();
    stmt->bindText(1, copy.sealedHash).bind(2, copy.caseId).bind(3, sealed);
    return stmt->run();
}

Result<std::vector<SentCopy>> CaseCache::sentCopies(std::int64_t caseId)
{
    auto stmt = m_db.prepare("SELECT sealed_hash, sealed FROM sent WHERE case_id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, caseId);
    std::vector<SentCopy> out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        SentCopy c;
        c.sealedHash = stmt->text(0);
        c.caseId = caseId;
        auto plain = open(stmt->blob(1), rowContext("sent", c.sealedHash));
        if (!plain)
            return plain.error();
        const auto newline = plain->find('\n');
        if (newline == std::string::npos)
            return Error{"a sent copy is malformed"};
        c.sentAt = std::stoll(plain->substr(0, newline));
        c.text = plain->substr(newline + 1);
        out.push_back(std::move(c));
    }
    return out;
}

Status CaseCache::putBlob(std::string_view name, ByteView data)
{
    auto stmt = m_db.prepare("INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)");
    if (!stmt)
        return stmt.error();
    stmt->bindText(1, name).bind(2, data);
    return stmt->run();
}

Result<std::optional<Bytes>> CaseCache::blob(std::string_view name)
{
    auto stmt = m_db.prepare("SELECT value FROM meta WHERE name = ?");
    if (!stmt)
        return stmt.error();
    stmt->bindText(1, name);
    return firstBlob(*stmt);
}

} // namespace vigil::advisor
