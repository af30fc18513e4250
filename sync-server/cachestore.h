// SPDX-License-Identifier: EUPL-1.2
#pragma once

// What the relay last fetched from upstream and serves downstream: the signed directory
// (a document with an ETag) and the mailbox and bulletin feeds (opaque items by sequence).
// Reads go through the store's read connection, writes through its writer.

#include "shared/feed.h"
#include "shared/storage/sqlite.h"

#include <optional>
#include <span>

namespace vigil::relay {

inline constexpr std::string_view kDirectoryDocument = "directory";
/// The signed support contacts (docs/protocol.md §3.4), served whole at GET /v1/support.
inline constexpr std::string_view kSupportDocument = "support";
/// The signed token issuer keys (docs/protocol.md §11.4), served whole at GET /v1/token-issuer.
inline constexpr std::string_view kTokenIssuerDocument = "token-issuer";
/// The root key-set rotations (docs/protocol.md §3.6), served whole at GET /v1/keyset.
inline constexpr std::string_view kKeySetDocument = "keyset";

struct CachedDocument {
    Bytes body;
    std::string etag;   ///< quoted, as sent in the ETag header
    std::uint64_t fetchedAt = 0;
};

/// A strong ETag for `body`: "\"<32 hex digits of BLAKE2b-256>\"".
std::string etagFor(ByteView body);

Result<std::optional<CachedDocument>> loadDocument(SqliteDb& db, std::string_view name);
Status saveDocument(SqliteDb& db, std::string_view name, ByteView body, std::uint64_t now);

/// Items of `feed` after `after` whose mailbox starts with `prefix`, at most `limit`;
/// std::nullopt while the feed was never fetched (the relay cannot answer yet).
Result<std::optional<FeedPage>> loadFeed(SqliteDb& db, Feed feed, std::string_view prefix, std::int64_t after,
                                         std::size_t limit);
/// Adds items (an item already held is kept unchanged), marks the feed as fetched and
/// remembers `cursor`, the upstream's "next" to continue from.
Status saveFeedItems(SqliteDb& db, Feed feed, std::span<const FeedItem> items, std::int64_t cursor, std::uint64_t now);
/// Where the next upstream poll of `feed` starts (0 before the first).
Result<std::int64_t> feedCursor(SqliteDb& db, Feed feed);

} // namespace vigil::relay
