// SPDX-License-Identifier: EUPL-1.2
#include "migrations.h"

#include <array>

namespace vigil::relay {

namespace {

// Version 1. One row per envelope ever accepted. `state`: 0 = waiting to be forwarded,
// 1 = acknowledged upstream (payload deleted, the row is the dedup tombstone), 2 = refused
// upstream (dead letter, payload kept for the operator). The rowid orders the forward queue.
constexpr std::string_view kV1 = R"sql(
CREATE TABLE envelopes (
  id               INTEGER PRIMARY KEY,
  report_id        BLOB NOT NULL UNIQUE,
  envelope_hash    BLOB NOT NULL,
  receipt          BLOB NOT NULL,
  received_at      INTEGER NOT NULL,
  state            INTEGER NOT NULL DEFAULT 0,
  forwarded_at     INTEGER,
  upstream_receipt BLOB,
  payload          BLOB
);
CREATE INDEX envelopes_pending ON envelopes(id) WHERE state = 0;
CREATE INDEX envelopes_tombstones ON envelopes(forwarded_at) WHERE state = 1;
CREATE TABLE dead_letters (
  envelope_id INTEGER PRIMARY KEY REFERENCES envelopes(id),
  status      TEXT NOT NULL,
  reason      TEXT NOT NULL,
  at          INTEGER NOT NULL
);
CREATE TABLE cache_documents (
  name       TEXT PRIMARY KEY,
  body       BLOB NOT NULL,
  etag       TEXT NOT NULL,
  fetched_at INTEGER NOT NULL
);
CREATE TABLE cache_feeds (
  feed       TEXT PRIMARY KEY,
  cursor     INTEGER NOT NULL DEFAULT 0,
  fetched_at INTEGER NOT NULL
);
CREATE TABLE cache_items (
  feed    TEXT NOT NULL,
  seq     INTEGER NOT NULL,
  mailbox TEXT NOT NULL DEFAULT '',
  data    BLOB NOT NULL,
  PRIMARY KEY (feed, seq)
);
)sql";

// Version 2. Resumable uploads of one large envelope (docs/api.md, POST /v1/uploads). One row
// per upload, found again by the envelope hash the client announced; `received` is the durable
// offset, the bytes are the `upload_chunks` rows in offset order. `result` holds the ingest
// answer once the upload completed (the chunks are then gone), so a client that lost that
// answer gets it again. Everything is deleted `expiry` seconds after `touched_at`.
constexpr std::string_view kV2 = R"sql(
CREATE TABLE uploads (
  id            TEXT PRIMARY KEY,
  envelope_hash BLOB NOT NULL UNIQUE,
  size          INTEGER NOT NULL,
  received      INTEGER NOT NULL DEFAULT 0,
  created_at    INTEGER NOT NULL,
  touched_at    INTEGER NOT NULL,
  result        TEXT
);
CREATE INDEX uploads_touched ON uploads(touched_at);
CREATE TABLE upload_chunks (
  upload_id TEXT NOT NULL REFERENCES uploads(id),
  offset    INTEGER NOT NULL,
  data      BLOB NOT NULL,
  PRIMARY KEY (upload_id, offset)
);
)sql";

// Version 3. The relay's spent set of filing tokens (docs/protocol.md §11.3): one row per
// token spent on an envelope stored here, by epoch and nonce, dropped once the epoch's
// not_after has passed (a token of that epoch is refused by its window from then on). No
// link to the envelope row: WITHOUT ROWID, so not even insertion order is kept.
constexpr std::string_view kV3 = R"sql(
CREATE TABLE spent_tokens (
  epoch     INTEGER NOT NULL,
  nonce     BLOB NOT NULL,
  not_after INTEGER NOT NULL,
  PRIMARY KEY (epoch, nonce)
) WITHOUT ROWID;
CREATE INDEX spent_tokens_not_after ON spent_tokens(not_after);
)sql";

constexpr std::array<std::string_view, 3> kMigrations{kV1, kV2, kV3};

} // namespace

std::span<const std::string_view> relayMigrations()
{
    return kMigrations;
}

Result<SqliteDb> openRelayDatabase(const std::filesystem::path& path, bool migrate)
{
    // Only the writer creates and migrates; readers and the checkpointer open what it made.
    return openServerDatabase(path, migrate ? relayMigrations() : std::span<const std::string_view>(), "relay");
}

StoreKind relayStoreKind()
{
    // Tables of schema version 1 that every later version keeps.
    static constexpr std::array<std::string_view, 3> kTables{"envelopes", "dead_letters", "cache_documents"};
    return StoreKind{"relay", "relay.db", kTables, static_cast<std::int64_t>(kMigrations.size())};
}

} // namespace vigil::relay
