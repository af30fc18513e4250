// SPDX-License-Identifier: EUPL-1.2
#include "cachestore.h"

#include "shared/hash.h"

namespace vigil::relay {

std::string etagFor(ByteView body)
{
    const Hash32 h = blake2b256(body);
    return "\"" + toHex(ByteView(h).first(16)) + "\"";
}

Result<std::optional<CachedDocument>> loadDocument(SqliteDb& db, std::string_view name)
{
    auto stmt = db.prepare("SELECT body, etag, fetched_at FROM cache_documents WHERE name = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bindText(1, name);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<CachedDocument>{};
    CachedDocument doc;
    const ByteView body = stmt->blob(0);
    doc.body.assign(body.begin(), body.end());
    doc.etag = stmt->text(1);
    doc.fetchedAt = static_cast<std::uint64_t>(stmt->int64(2));
    return std::optional<CachedDocument>(std::move(doc));
}

Status saveDocument(SqliteDb& db, std::string_view name, ByteView body, std::uint64_t now)
{
    auto stmt = db.prepare("INSERT OR REPLACE INTO cache_documents (name, body, etag, fetched_at) VALUES (?1, ?2, ?3, ?4)");
    if (!stmt)
        return stmt.error();
    const std::string etag = etagFor(body);
    stmt->bindText(1, name).bind(2, body).bindText(3, etag).bind(4, static_cast<std::int64_t>(now));
    return stmt->run();
}

Result<std::optional<FeedPage>> loadFeed(SqliteDb& db, Feed feed, std::string_view prefix, std::int64_t after,
                                         std::size_t limit)
{
    auto fetched = db.prepare("SELECT 1 FROM cache_feeds WHERE feed = ?1");
    if (!fetched)
        return fetched.error();
    fetched->bindText(1, feedName(feed));
    auto known = firstInt(*fetched);
    if (!known)
        return known.error();
    if (!*known)
        return std::optional<FeedPage>{};

    // substr() compares the prefix without LIKE's wildcards; the primary key orders by seq.
    auto stmt = db.prepare("SELECT seq, mailbox, data FROM cache_items WHERE feed = ?1 AND seq > ?2 "
                           "AND substr(mailbox, 1, ?3) = ?4 ORDER BY seq LIMIT ?5");
    if (!stmt)
        return stmt.error();
    stmt->bindText(1, feedName(feed))
        .bind(2, after)
        .bind(3, static_cast<std::int64_t>(prefix.size()))
        .bindText(4, prefix)
        .bind(5, static_cast<std::int64_t>(limit));
    FeedPage page;
    page.next = after;
    auto s = stmt->eachRow([&page](const SqliteStmt& row) {
        FeedItem item;
        item.seq = row.int64(0);
        item.mailbox = row.text(1);
        const ByteView data = row.blob(2);
        item.data.assign(data.begin(), data.end());
        page.next = item.seq;
        page.items.push_back(std::move(item));
    });
    if (!s)
        return s.error();
    return std::optional<FeedPage>(std::move(page));
}

Status saveFeedItems(SqliteDb& db, Feed feed, std::span<const FeedItem> items, std::int64_t cursor, std::uint64_t now)
{
    auto insert = db.prepare("INSERT OR IGNORE INTO cache_items (feed, seq, mailbox, data) VALUES (?1, ?2, ?3, ?4)");
    if (!insert)
        return insert.error();
    for (const auto& item : items) {
        insert->bindText(1, feedName(feed)).bind(2, item.seq).bindText(3, item.mailbox).bind(4, item.data);
        if (auto s = insert->run(); !s)
            return s;
        insert->reset();
    }
    auto mark = db.prepare("INSERT OR REPLACE INTO cache_feeds (feed, cursor, fetched_at) VALUES (?1, ?2, ?3)");
    if (!mark)
        return mark.error();
    mark->bindText(1, feedName(feed)).bind(2, cursor).bind(3, static_cast<std::int64_t>(now));
    return mark->run();
}

Result<std::int64_t> feedCursor(SqliteDb& db, Feed feed)
{
    auto stmt = db.prepare("SELECT cursor FROM cache_feeds WHERE feed = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bindText(1, feedName(feed));
    auto cursor = firstInt(*stmt);
    if (!cursor)
        return cursor.error();
    return cursor->value_or(0);
}

} // namespace vigil::relay
