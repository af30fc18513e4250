// SPDX-License-Identifier: EUPL-1.2
#include "feed.h"

#include "shared/jsonreader.h"

#include <boost/json/serialize.hpp>

namespace vigil {

namespace json = boost::json;

std::string_view feedName(Feed feed)
{
    return feed == Feed::Mailbox ? "mailbox" : "bulletins";
}

bool isMailboxPrefix(std::string_view prefix)
{
    if (prefix.size() > kMaxMailboxHex)
        return false;
    for (char c : prefix)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    return true;
}

std::string encodeFeedPage(const FeedPage& page, Feed feed)
{
    json::array items;
    items.reserve(page.items.size());
    for (const auto& item : page.items) {
        json::object o;
        o.emplace("seq", item.seq);
        if (feed == Feed::Mailbox)
            o.emplace("mailbox", item.mailbox);
        o.emplace("data", toBase64Url(item.data));
        items.emplace_back(std::move(o));
    }
    json::object top;
    top.emplace("items", std::move(items));
    top.emplace("next", page.next);
    return json::serialize(top);
}

Result<FeedPage> decodeFeedPage(std::string_view text, Feed feed, std::size_t maxItems)
{
    auto object = parseJsonObject(text, feedName(feed), maxItems * (kMaxFeedItemBytes * 4 / 3 + 256) + 1024);
    if (!object)
        return object.error();
    JsonReader r(*object, std::string(feedName(feed)));
    FeedPage page;
    constexpr std::int64_t kMaxSeq = std::int64_t{1} << 53;   // exact in every JSON reader
    for (auto& e : r.objects("items", maxItems, Need::Required)) {
        FeedItem item;
        item.seq = e.integer("seq", 1, kMaxSeq);
        if (feed == Feed::Mailbox) {
            item.mailbox = e.text("mailbox", kMaxMailboxHex);
            if (item.mailbox.empty() || !isMailboxPrefix(item.mailbox))
                e.fail("mailbox", "expected 1 to 64 lower-case hex digits");
        }
        auto data = fromBase64Url(e.text("data", kMaxFeedItemBytes * 4 / 3 + 4));
        if (!data)
            e.fail("data", data.error().message);
        else
            item.data = std::move(*data);
        e.close();
        page.items.push_back(std::move(item));
    }
    page.next = r.integer("next", 0, kMaxSeq);
    if (auto s = r.finish(); !s)
        return s.error();
    return page;
}

} // namespace vigil
