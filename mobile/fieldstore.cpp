// SPDX-License-Identifier: EUPL-1.2
#include "fieldstore.h"

#include <array>
#include <system_error>

namespace vigil::field {

namespace {

// Versioned migrations (PRAGMA user_version); append only.
constexpr std::array<std::string_view, 3> kMigrations{
    R"sql(
CREATE TABLE settings(key TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE vault(slot TEXT PRIMARY KEY, item BLOB NOT NULL);
CREATE TABLE outbox(
  id INTEGER PRIMARY KEY,
  report_id BLOB NOT NULL UNIQUE,
  envelope_hash BLOB NOT NULL,
  envelope BLOB,
  kind INTEGER NOT NULL,
  state INTEGER NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  reason TEXT NOT NULL DEFAULT '',
  receipt BLOB
);
CREATE TABLE bulletins(seq INTEGER PRIMARY KEY, signed BLOB NOT NULL);
)sql",
    // v2: the stock of filing tokens (fieldtokens.cpp). `item` is the token and its binding key
    // sealed to the vault's drop box; `outbox_id` the envelope it is reserved for (NULL: in
    // stock), unique, so no token is ever reserved for two envelopes, across a crash too.
    R"sql(
CREATE TABLE tokens(
  id INTEGER PRIMARY KEY,
  epoch INTEGER NOT NULL,
  not_after INTEGER NOT NULL,
  item BLOB NOT NULL,
  outbox_id INTEGER UNIQUE
);
)sql",
    // v3: `binding` is the routing header an envelope was sealed with, sealed under the vault
    // key, kept until the envelope is delivered so that a filing token can be bound to it when
    // one is in stock — also again, when a relay refused the one it carried (tokenattach.h).
    // `token_refusals` counts those refusals, so a relay that refuses every token cannot drain
    // the stock.
    R"sql(
ALTER TABLE outbox ADD COLUMN binding BLOB;
ALTER TABLE outbox ADD COLUMN token_refusals INTEGER NOT NULL DEFAULT 0;
)sql",
};

constexpr std::string_view kFileName = "vigil-field.db";

template <std::size_t N>
FixedBytes<N> fixed(ByteView b)
{
    FixedBytes<N> out{};
    if (b.size() == N)
        std::copy(b.begin(), b.end(), out.begin());
    return out;
}

} // namespace

std::string_view stateName(OutboxState state)
{
    switch (state) {
    case OutboxState::Sealed: return "sealed";
    case OutboxState::Waiting: return "waiting";
    case OutboxState::Sending: return "sending";
    case OutboxState::Delivered: return "delivered";
    case OutboxState::Registered: return "registered";
    case OutboxState::Quarantined: return "quarantined";
    case OutboxState::AwaitingToken: return "awaiting-token";
    }
    return "unknown";
}

Result<std::unique_ptr<FieldStore>> FieldStore::open(const std::filesystem::path& dir)
{
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec)
        return Error{"store: cannot create " + dir.string() + ": " + ec.message()};
    std::filesystem::permissions(dir, std::filesystem::perms::owner_all, std::filesystem::perm_options::replace, ec);
    auto db = SqliteDb::open(dir / kFileName, true);
    if (!db)
        return db.error();
    // The phone may lose power at any moment: a commit is on disk when it returns.
    for (const char* pragma : {"PRAGMA busy_timeout = 5000", "PRAGMA journal_mode = WAL",
                               "PRAGMA synchronous = FULL", "PRAGMA secure_delete = ON"}) {
        if (auto s = db->exec(pragma); !s)
            return s.error();
    }
    if (auto s = migrateSchema(*db, kMigrations, "field store"); !s)
        return s.error();
    // A row left in Sending means the app died mid-upload; the relay deduplicates a resend.
    if (auto s = db->exec("UPDATE outbox SET state = 1 WHERE state = 2"); !s)
        return s.error();
    return std::unique_ptr<FieldStore>(new FieldStore(dir, std::move(*db)));
}

Status FieldStore::wipeAll()
{
    std::lock_guard lock(m_mutex);
    // Flash may keep old copies regardless of what is zeroed here, which is why everything
    // sensitive was encrypted before it was written at all.
    if (auto s = m_db.exec("BEGIN IMMEDIATE; DELETE FROM vault; DELETE FROM outbox; DELETE FROM settings; "
                           "DELETE FROM bulletins; DELETE FROM tokens; COMMIT;");
        !s) {
        (void)m_db.exec("ROLLBACK");
        return s;
    }
    if (auto s = m_db.exec("VACUUM"); !s)
        return s;
    return m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

std::optional<Bytes> FieldStore::setting(std::string_view key)
{
    std::lock_guard lock(m_mutex);
    auto stmt = m_db.prepare("SELECT value FROM settings WHERE key = ?");
    if (!stmt)
        return std::nullopt;
    stmt->bindText(1, key);
    auto row = stmt->step();
    if (!row || !*row)
        return std::nullopt;
    auto v = stmt->blob(0);
    return Bytes(v.begin(), v.end());
}

std::optional<std::string> FieldStore::settingText(std::string_view key)
{
    auto v = setting(key);
    if (!v)
        return std::nullopt;
    return toString(*v);
}

Status FieldStore::setSetting(std::string_view key, ByteView value)
{
    std::lock_guard lock(m_mutex);
    auto stmt = m_db.prepare("INSERT INTO settings(key, value) VALUES(?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!stmt)
        return stmt.error();
    Bytes copy(value.begin(), value.end());
    stmt->bindText(1, key).bind(2, ByteView(copy));
    return stmt->run();
}

Status FieldStore::setSettingText(std::string_view key, std::string_view value)
{
    return setSetting(key, asBytes(value));
}

std::optional<Bytes> FieldStore::vaultItem(std::string_view slot)
{
    std::lock_guard lock(m_mutex);
    auto stmt = m_db.prepare("SELECT item FROM vault WHERE slot = ?");
    if (!stmt)
        return std::nullopt;
    stmt->bindText(1, slot);
    auto row = stmt->step();
    if (!row || !*row)
        return std::nullopt;
    auto v = stmt->blob(0);
    return Bytes(v.begin(), v.end());
}

Status FieldStore::putVaultItem(std::string_view slot, ByteView item)
{
    std::lock_guard lock(m_mutex);
    auto stmt = m_db.prepare("INSERT INTO vault(slot, item) VALUES(?, ?) "
                             "ON CONFLICT(slot) DO UPDATE SET item = excluded.item");
    if (!stmt)
        return stmt.error();
    stmt->bindText(1, slot).bind(2, item);
    return stmt->run();
}

Status FieldStore::removeVaultItem(std::string_view slot)
{
    std::lock_guard lock(m_mutex);
    auto stmt = m_db.prepare("DELETE FROM vault WHERE slot = ?");
    if (!stmt)
        return stmt.error();
    stmt->bindText(1, slot);
    return stmt->run();
}

std::vector<std::string> FieldStore::vaultSlots(std::string_view prefix)
{
    std::lock_guard lock(m_mutex);
    std::vector<std::string> names;
    auto stmt = m_db.prepare("SELECT slot FROM vault WHERE substr(slot, 1, ?) = ? ORDER BY slot");
    if (!stmt)
        return names;
    stmt->bind(1, static_cast<std::int64_t>(prefix.size())).bindText(2, prefix);
    for (;;) {
        auto row = stmt->step();
        if (!row || !*row)
            break;
        names.push_back(stmt->text(0));
    }
    return names;
}

Result<std::int64_t> FieldStore::addEnvelope(const SealedEnvelope& envelope, EnvelopeKind kind,
                                             const std::vector<VaultWrite>& vaultWrites, const Binding& binding)
{
    const auto state = binding.awaitingToken ? OutboxState::AwaitingToken : OutboxState::Sealed;
    return insertRow(envelope.reportId, envelope.envelopeHash, envelope.bytes, kind, state, binding.sealedHeader,
                     vaultWrites);
}

Result<std::int64_t> FieldStore::addRestoredReport(const ReportId& reportId, const Hash32& envelopeHash,
                                                   const std::vector<VaultWrite>& vaultWrites)
{
    // No envelope: the registry has the case already. The row is what lists the report and
    // its conversation on this phone, as on the phone that filed it.
    return insertRow(reportId, envelopeHash, {}, EnvelopeKind::Report, OutboxState::Registered, {}, vaultWrites);
}

Result<std::int64_t> FieldStore::insertRow(const ReportId& reportId, const Hash32& envelopeHash, ByteView envelope,
                                           EnvelopeKind kind, OutboxState state, ByteView sealedHeader,
                                           const std::vector<VaultWrite>& vaultWrites)
{
    std::lock_guard lock(m_mutex);
    if (auto s = m_db.exec("BEGIN IMMEDIATE"); !s)
        return s.error();
    auto fail = [this](Error e) -> Result<std::int64_t> {
        (void)m_db.exec("ROLLBACK");
        return withContext("outbox", std::move(e));
    };
    auto stmt = m_db.prepare(
        "INSERT INTO outbox(report_id, envelope_hash, envelope, kind, state, binding) VALUES(?, ?, ?, ?, ?, ?)");
    if (!stmt)
        return fail(stmt.error());
    stmt->bind(1, ByteView(reportId))
        .bind(2, ByteView(envelopeHash))
        .bind(4, static_cast<std::int64_t>(kind))
        .bind(5, static_cast<std::int64_t>(state));
    if (envelope.empty())
        stmt->bindNull(3);
    else
        stmt->bind(3, envelope);
    if (sealedHeader.empty())
        stmt->bindNull(6);
    else
        stmt->bind(6, sealedHeader);
    if (auto s = stmt->run(); !s)
        return fail(s.error());
    const auto id = m_db.lastInsertRowid();
    auto put = m_db.prepare("INSERT INTO vault(slot, item) VALUES(?, ?) ON CONFLICT(slot) DO UPDATE SET item = excluded.item");
    if (!put)
        return fail(put.error());
    for (const auto& w : vaultWrites) {
        put->bindText(1, w.slot).bind(2, ByteView(w.item));
        if (auto s = put->run(); !s)
            return fail(s.error());
        put->reset();
    }
    if (auto s = m_db.exec("COMMIT"); !s)
        return fail(s.error());
    return id;
}

OutboxRow FieldStore::readRow(const SqliteStmt& stmt)
{
    OutboxRow r;
    r.id = stmt.int64(0);
    r.reportId = fixed<16>(stmt.blob(1));
    r.envelopeHash = fixed<32>(stmt.blob(2));
    if (!stmt.isNull(3)) {
        auto b = stmt.blob(3);
        r.envelope.assign(b.begin(), b.end());
    }
    r.kind = static_cast<EnvelopeKind>(stmt.int64(4));
    r.state = static_cast<OutboxState>(stmt.int64(5));
    r.attempts = static_cast<int>(stmt.int64(6));
    r.reason = stmt.text(7);
    if (!stmt.isNull(8)) {
        auto b = stmt.blob(8);
        r.sealedReceipt.assign(b.begin(), b.end());
    }
    return r;
}

std::vector<OutboxRow> FieldStore::queryRows(std::string_view where, std::int64_t param, std::int64_t limit)
{
    std::lock_guard lock(m_mutex);
    std::vector<OutboxRow> rows;
    auto stmt = m_db.prepare("SELECT id, report_id, envelope_hash, envelope, kind, state, attempts, reason, receipt "
                             "FROM outbox WHERE "
                             + std::string(where) + " ORDER BY id LIMIT ?");
    if (!stmt)
        return rows;
    stmt->bind(1, param).bind(2, limit);
    for (;;) {
        auto row = stmt->step();
        if (!row || !*row)
            break;
        rows.push_back(readRow(*stmt));
    }
    return rows;
}

std::vector<OutboxRow> FieldStore::outbox()
{
    return queryRows("id > ?", 0, -1);
}

std::optional<OutboxRow> FieldStore::outboxRow(std::int64_t id)
{
    auto rows = queryRows("id = ?", id, 1);
    if (rows.empty())
        return std::nullopt;
    return std::move(rows.front());
}

std::optional<OutboxRow> FieldStore::outboxRowByReport(const ReportId& reportId)
{
    for (auto& row : outbox())
        if (row.reportId == reportId)
            return std::move(row);
    return std::nullopt;
}

std::vector<OutboxRow> FieldStore::pending(std::size_t max)
{
    return queryRows("state IN (0, 1) AND id > ?", 0, static_cast<std::int64_t>(max));
}

Status FieldStore::setState(std::int64_t id, OutboxState state, std::string_view reason)
{
    std::lock_guard lock(m_mutex);
    if (auto s = m_db.exec("BEGIN IMMEDIATE"); !s)
        return s;
    auto fail = [this](Error e) -> Status {
        (void)m_db.exec("ROLLBACK");
        return e;
    };
    auto stmt = m_db.prepare("UPDATE outbox SET state = ?, reason = ? WHERE id = ?");
    if (!stmt)
        return fail(stmt.error());
    const std::string text(reason);   // an empty view may have no data pointer: SQLite would bind NULL
    stmt->bind(1, static_cast<std::int64_t>(state)).bindText(2, text).bind(3, id);
    if (auto s = stmt->run(); !s)
        return fail(s.error());
    if (state == OutboxState::Quarantined) {
        // Set aside for good: the token reserved for it goes (it would only tie this phone to
        // a copy a relay may hold).
        if (auto s = dropReservedToken(id); !s)
            return fail(s.error());
    }
    if (auto s = m_db.exec("COMMIT"); !s)
        return fail(s.error());
    return {};
}

Status FieldStore::markAttempt(std::int64_t id, std::string_view reason)
{
    std::lock_guard lock(m_mutex);
    auto stmt = m_db.prepare("UPDATE outbox SET state = 1, attempts = attempts + 1, reason = ? WHERE id = ? AND state IN (0, 1, 2)");
    if (!stmt)
        return stmt.error();
    const std::string text(reason);
    stmt->bindText(1, text).bind(2, id);
    return stmt->run();
}

Status FieldStore::markDelivered(std::int64_t id, OutboxState state, ByteView sealedReceipt)
{
    std::lock_guard lock(m_mutex);
    if (auto s = m_db.exec("BEGIN IMMEDIATE"); !s)
        return s;
    auto fail = [this](Error e) -> Status {
        (void)m_db.exec("ROLLBACK");
        return e;
    };
    // Delivered: the relay holds the envelope. The header kept for binding and the spent token
    // go in the same step — a token left on the phone would match the envelope at the relay.
    auto stmt = m_db.prepare(
        "UPDATE outbox SET state = ?, receipt = ?, envelope = NULL, binding = NULL, reason = '' WHERE id = ?");
    if (!stmt)
        return fail(stmt.error());
    stmt->bind(1, static_cast<std::int64_t>(state)).bind(2, sealedReceipt).bind(3, id);
    if (auto s = stmt->run(); !s)
        return fail(s.error());
    if (auto s = dropReservedToken(id); !s)
        return fail(s.error());
    if (auto s = m_db.exec("COMMIT"); !s)
        return fail(s.error());
    return {};
}

Status FieldStore::addBulletin(std::int64_t sequence, ByteView signedBulletin)
{
    std::lock_guard lock(m_mutex);
    auto stmt = m_db.prepare("INSERT OR IGNORE INTO bulletins(seq, signed) VALUES(?, ?)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, sequence).bind(2, signedBulletin);
    return stmt->run();
}

std::vector<std::pair<std::int64_t, Bytes>> FieldStore::bulletins()
{
    std::lock_guard lock(m_mutex);
    std::vector<std::pair<std::int64_t, Bytes>> out;
    auto stmt = m_db.prepare("SELECT seq, signed FROM bulletins ORDER BY seq DESC");
    if (!stmt)
        return out;
    for (;;) {
        auto row = stmt->step();
        if (!row || !*row)
            break;
        auto b = stmt->blob(1);
        out.emplace_back(stmt->int64(0), Bytes(b.begin(), b.end()));
    }
    return out;
}

} // namespace vigil::field
