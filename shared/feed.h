// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The wire form of GET /v1/mailbox/{prefix}?after=N and GET /v1/bulletins?after=N
// (docs/api.md): {"items":[{"seq":N,"data":"<base64url>"}],"next":N}; mailbox items also
// carry "mailbox":"<hex>". Items are opaque to a relay: it stores and serves the bytes.

#include "shared/bytes.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vigil {

enum class Feed { Mailbox, Bulletins };

/// "mailbox" / "bulletins": the key under which a feed is cached.
std::string_view feedName(Feed feed);

struct FeedItem {
    std::int64_t seq = 0;
    std::string mailbox;   ///< lower-case hex mailbox id; empty for bulletins
    Bytes data;
    bool operator==(const FeedItem&) const = default;
};

struct FeedPage {
    std::vector<FeedItem> items;
    std::int64_t next = 0;   ///< pass as ?after= to continue; equals `after` when nothing is new
};

inline constexpr std::size_t kMaxFeedItemBytes = 256 * 1024;
inline constexpr std::size_t kMaxMailboxHex = 64;

std::string encodeFeedPage(const FeedPage& page, Feed feed);
/// Parses an upstream page; `maxItems` bounds what one response may hold.
Result<FeedPage> decodeFeedPage(std::string_view json, Feed feed, std::size_t maxItems);

/// True for 0 to kMaxMailboxHex lower-case hex digits (an empty prefix selects every mailbox).
bool isMailboxPrefix(std::string_view prefix);

} // namespace vigil
