// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The wire form of GET /v1/mailbox/{prefix}?after=N and GET /v1/bulletins?after=N
// (docs/api.md, "Feed pages"): {"items":[{"seq":N,"data":"<base64url>"}],"next":N}; mailbox
// items also carry "mailbox":"<hex>". Items are opaque to a relay: it stores and serves the
// bytes. The registry and the relay write pages with encodeFeedPage; the relay, the field app
// and the demo read them with decodeFeedPage, under the same limits.

#include "shared/bytes.h"
#include "shared/result.h"

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

// The limits of one page (docs/api.md, "Feed pages"). A reader that holds a page in memory
// needs all three: the count bounds the parsed items, the item size one allocation, the page
// size what is read from the network before anything is parsed.
inline constexpr std::size_t kMaxFeedPageItems = 500;               ///< items in one page
inline constexpr std::size_t kMaxFeedItemBytes = 256 * 1024;        ///< an item's data, decoded
inline constexpr std::size_t kMaxFeedPageBytes = 4 * 1024 * 1024;   ///< a page's JSON text
inline constexpr std::size_t kMaxMailboxHex = 64;

/// The JSON of `page`, or of its longest prefix within the limits: when items must be left
/// out, `next` becomes the seq of the last item served, so the reader asks for the rest.
/// Items must be in ascending seq; an item whose data exceeds kMaxFeedItemBytes is passed
/// over (no reader would accept a page holding it).
std::string encodeFeedPage(const FeedPage& page, Feed feed);

/// Parses a page under the limits; every item is checked (seq ascending, at most `next`), and
/// any problem refuses the whole page, naming the field (e.g. "mailbox.items[3].data"), so a
/// reader applies all of a page or nothing.
Result<FeedPage> decodeFeedPage(std::string_view json, Feed feed);

/// True for 0 to kMaxMailboxHex lower-case hex digits (an empty prefix selects every mailbox).
bool isMailboxPrefix(std::string_view prefix);

} // namespace vigil
