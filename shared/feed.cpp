// SPDX-License-Identifier: EUPL-1.2
#include "feed.h"

#include "shared/jsonreader.h"

#include <boost/json/memory_resource.hpp>
#include <boost/json/parser.hpp>
#include <boost/json/serialize.hpp>

#include <cstring>
#include <new>
#include <optional>

namespace vigil {

namespace json = boost::json;

namespace {

constexpr std::int64_t kMaxSeq = std::int64_t{1} << 53;   // exact in every JSON reader
// Upper bound of an item's JSON around its base64: {"seq":<16 digits>,"mailbox":"<64>","data":""},
constexpr std::size_t kItemFrameBytes = 128;
// Upper bound of the page around its items: {"items":[],"next":<16 digits>}
constexpr std::size_t kPageFrameBytes = 64;

constexpr std::size_t base64UrlLength(std::size_t bytes)
{
    return (bytes * 4 + 2) / 3;
}

/// Lends the JSON parser memory up to a budget, then refuses (std::bad_alloc, which the parser
/// passes on intact). The byte limit alone does not bound a page's parsed size: 4 MiB of tiny
/// items would take tens of MiB as a tree, and the item count is only known after parsing.
class BudgetResource final : public json::memory_resource {
public:
    explicit BudgetResource(std::size_t budget) : m_left(budget) {}

private:
    // Each block carries its size in a header in front of it, so what is given back is exactly
    // what was lent, whatever size the caller names when it frees (ASan caught Boost.JSON freeing
    // a string with another size than it asked for) — and plain new/delete pair up.
    static constexpr std::size_t kHeader = __STDCPP_DEFAULT_NEW_ALIGNMENT__;

    void* do_allocate(std::size_t bytes, std::size_t alignment) override
    {
        if (bytes > m_left || alignment > kHeader)
            throw std::bad_alloc();
        auto* raw = static_cast<unsigned char*>(::operator new(bytes + kHeader));
        std::memcpy(raw, &bytes, sizeof bytes);
        m_left -= bytes;
        return raw + kHeader;
    }
    void do_deallocate(void* p, std::size_t, std::size_t) override
    {
        auto* raw = static_cast<unsigned char*>(p) - kHeader;
        std::size_t bytes = 0;
        std::memcpy(&bytes, raw, sizeof bytes);
        m_left += bytes;
        ::operator delete(raw);
    }
    bool do_is_equal(const json::memory_resource& other) const noexcept override { return this == &other; }

    std::size_t m_left;
};

/// Parses `text` with the parser's temporary stack and the tree both drawn from `budget`.
Result<const json::object*> parseWithin(std::string_view text, Feed feed, BudgetResource& budget,
                                        std::optional<json::value>& tree)
{
    const std::string what(feedName(feed));
    if (text.size() > kMaxFeedPageBytes)
        return Error{what + ": document is " + std::to_string(text.size()) + " bytes, the limit is "
                     + std::to_string(kMaxFeedPageBytes)};
    json::parse_options options;
    options.max_depth = 8;
    boost::system::error_code ec;
    try {
        json::parser parser(json::storage_ptr(&budget), options);
        parser.reset(json::storage_ptr(&budget));
        parser.write(text.data(), text.size(), ec);
        if (!ec)
            tree.emplace(parser.release());
    } catch (const std::bad_alloc&) {
        return Error{what + ": more JSON values than a page of at most " + std::to_string(kMaxFeedPageItems)
                     + " items holds"};
    }
    if (ec)
        return Error{what + ": not valid JSON (" + ec.message() + ")"};
    if (!tree->is_object())
        return Error{what + ": expected a JSON object at the top level"};
    return &tree->as_object();
}

static_assert(base64UrlLength(kMaxFeedItemBytes) + kItemFrameBytes + kPageFrameBytes < kMaxFeedPageBytes,
              "a page must hold at least one item of the largest size");

} // namespace

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
    std::size_t bytes = kPageFrameBytes;
    std::int64_t next = page.next;
    std::int64_t passed = 0;   // the seq of the last item served or stepped over
    for (const auto& item : page.items) {
        if (item.data.size() > kMaxFeedItemBytes) {
            passed = item.seq;   // served to nobody, so readers step over it rather than stall on it
            continue;
        }
        const std::size_t itemBytes = base64UrlLength(item.data.size()) + kItemFrameBytes;
        // The first item always fits (kMaxFeedItemBytes is far below the page), so `passed`
        // is set whenever the page is cut.
        if (items.size() == kMaxFeedPageItems || bytes + itemBytes > kMaxFeedPageBytes) {
            next = passed;
            break;
        }
        bytes += itemBytes;
        passed = item.seq;
        json::object o;
        o.emplace("seq", item.seq);
        if (feed == Feed::Mailbox)
            o.emplace("mailbox", item.mailbox);
        o.emplace("data", toBase64Url(item.data));
        items.emplace_back(std::move(o));
    }
    json::object top;
    top.emplace("items", std::move(items));
    top.emplace("next", next);
    return json::serialize(top);
}

Result<FeedPage> decodeFeedPage(std::string_view text, Feed feed)
{
    // A legitimate page parses into its strings (at most its own size) and a few hundred bytes
    // per item (under 256 KiB for 500 items); its size plus 1 MiB leaves room to spare and stops
    // a page of many tiny values early.
    BudgetResource budget(text.size() + 1024 * 1024);
    std::optional<json::value> tree;
    auto object = parseWithin(text, feed, budget, tree);
    if (!object)
        return object.error();
    JsonReader r(**object, std::string(feedName(feed)));
    FeedPage page;
    std::int64_t last = 0;
    for (auto& e : r.objects("items", kMaxFeedPageItems, Need::Required)) {
        FeedItem item;
        item.seq = e.integer("seq", 1, kMaxSeq);
        if (item.seq <= last)
            e.fail("seq", "expected ascending seq, got " + std::to_string(item.seq) + " after " + std::to_string(last));
        last = item.seq;
        if (feed == Feed::Mailbox) {
            item.mailbox = e.text("mailbox", kMaxMailboxHex);
            if (item.mailbox.empty() || !isMailboxPrefix(item.mailbox))
                e.fail("mailbox", "expected 1 to 64 lower-case hex digits");
        }
        const std::string data = e.text("data", base64UrlLength(kMaxFeedItemBytes));
        if (auto decoded = fromBase64Url(data); !decoded)
            e.fail("data", decoded.error().message);
        else
            item.data = std::move(*decoded);
        e.close();
        if (r.failed())
            break;   // the page is refused whole: decoding the rest would only use memory
        page.items.push_back(std::move(item));
    }
    page.next = r.integer("next", 0, kMaxSeq);
    if (!r.failed() && page.next < last)
        r.fail("next", "expected at least the last item's seq " + std::to_string(last));
    if (auto s = r.finish(); !s)
        return s.error();
    return page;
}

} // namespace vigil
