// SPDX-License-Identifier: EUPL-1.2
#include "shared/feed.h"

#include <catch2/catch.hpp>

#include <string>

using namespace vigil;

namespace {

const std::string kBox = std::string(62, 'a') + "01";

FeedPage pageOf(std::size_t count, std::size_t itemBytes, Feed feed)
{
    FeedPage page;
    for (std::size_t i = 0; i < count; ++i)
        page.items.push_back(FeedItem{static_cast<std::int64_t>(i + 1), feed == Feed::Mailbox ? kBox : "",
                                      Bytes(itemBytes, static_cast<std::uint8_t>(i))});
    page.next = static_cast<std::int64_t>(count);
    return page;
}

/// A bulletins page of `count` items written by hand, as a hostile relay would.
std::string handWritten(std::size_t count, const std::string& data = "AQ")
{
    std::string text = R"({"items":[)";
    for (std::size_t i = 0; i < count; ++i)
        text += (i ? "," : "") + std::string(R"({"seq":)") + std::to_string(i + 1) + R"(,"data":")" + data + R"("})";
    return text + R"(],"next":)" + std::to_string(count) + "}";
}

} // namespace

TEST_CASE("a feed page decodes to what was encoded, for the mailbox and for bulletins", "[feed]")
{
    for (Feed feed : {Feed::Mailbox, Feed::Bulletins}) {
        const FeedPage page = pageOf(3, 40, feed);
        auto decoded = decodeFeedPage(encodeFeedPage(page, feed), feed);
        REQUIRE(decoded.ok());
        CHECK(decoded->items == page.items);
        CHECK(decoded->next == 3);
    }
    auto empty = decodeFeedPage(R"({"items":[],"next":17})", Feed::Bulletins);
    REQUIRE(empty.ok());
    CHECK(empty->items.empty());
    CHECK(empty->next == 17);
}

TEST_CASE("a page of more items than a page may hold is refused whole, naming the limit", "[feed]")
{
    CHECK(decodeFeedPage(handWritten(kMaxFeedPageItems), Feed::Bulletins).ok());
    auto refused = decodeFeedPage(handWritten(kMaxFeedPageItems + 1), Feed::Bulletins);
    REQUIRE_FALSE(refused.ok());
    CHECK_THAT(refused.error().message, Catch::Contains("bulletins.items") && Catch::Contains("limit is 500"));
    auto hundredThousand = decodeFeedPage(handWritten(100'000, ""), Feed::Bulletins);
    REQUIRE_FALSE(hundredThousand.ok());
    CHECK_THAT(hundredThousand.error().message, Catch::Contains("at most 500 items"));
}

TEST_CASE("an item larger than an item may be is refused, and the page with it", "[feed]")
{
    const FeedPage atLimit = pageOf(1, kMaxFeedItemBytes, Feed::Bulletins);
    CHECK(decodeFeedPage(encodeFeedPage(atLimit, Feed::Bulletins), Feed::Bulletins).ok());
    const std::string over = handWritten(1, toBase64Url(Bytes(kMaxFeedItemBytes + 1, 7)));
    auto refused = decodeFeedPage(over, Feed::Bulletins);
    REQUIRE_FALSE(refused.ok());
    CHECK_THAT(refused.error().message, Catch::Contains("bulletins.items[0].data"));
}

TEST_CASE("a page larger than a page may be is refused before it is parsed", "[feed]")
{
    const std::string tenMiB = handWritten(1, std::string(10 * 1024 * 1024, 'A'));
    auto refused = decodeFeedPage(tenMiB, Feed::Bulletins);
    REQUIRE_FALSE(refused.ok());
    CHECK_THAT(refused.error().message, Catch::Contains("the limit is " + std::to_string(kMaxFeedPageBytes)));
}

TEST_CASE("one malformed item among good ones refuses the whole page and names the item", "[feed]")
{
    FeedPage page = pageOf(5, 10, Feed::Mailbox);
    std::string text = encodeFeedPage(page, Feed::Mailbox);
    const std::string third = toBase64Url(page.items[2].data);
    text.replace(text.find(third), third.size(), "not*base64");
    auto refused = decodeFeedPage(text, Feed::Mailbox);
    REQUIRE_FALSE(refused.ok());
    CHECK_THAT(refused.error().message, Catch::Contains("mailbox.items[2].data"));

    SECTION("a mailbox item without its mailbox id, or with an upper-case one, is refused")
    {
        auto bare = decodeFeedPage(handWritten(2), Feed::Mailbox);
        REQUIRE_FALSE(bare.ok());
        CHECK_THAT(bare.error().message, Catch::Contains("mailbox.items[0].mailbox"));
        std::string upper = encodeFeedPage(pageOf(1, 4, Feed::Mailbox), Feed::Mailbox);
        upper.replace(upper.find(kBox), 2, "AA");
        CHECK_FALSE(decodeFeedPage(upper, Feed::Mailbox).ok());
    }
    SECTION("a bulletin item carrying a mailbox id is refused as an unknown field")
    {
        CHECK_FALSE(decodeFeedPage(encodeFeedPage(pageOf(1, 4, Feed::Mailbox), Feed::Mailbox), Feed::Bulletins).ok());
    }
}

TEST_CASE("items out of seq order, or a next behind the last item, refuse the page", "[feed]")
{
    auto backwards =
        decodeFeedPage(R"({"items":[{"seq":5,"data":"AQ"},{"seq":4,"data":"AQ"}],"next":5})", Feed::Bulletins);
    REQUIRE_FALSE(backwards.ok());
    CHECK_THAT(backwards.error().message, Catch::Contains("bulletins.items[1].seq"));
    auto behind = decodeFeedPage(R"({"items":[{"seq":5,"data":"AQ"}],"next":4})", Feed::Bulletins);
    REQUIRE_FALSE(behind.ok());
    CHECK_THAT(behind.error().message, Catch::Contains("bulletins.next"));
    CHECK_FALSE(decodeFeedPage(R"({"items":[],"next":1,"more":true})", Feed::Bulletins).ok());
    CHECK_FALSE(decodeFeedPage("[]", Feed::Bulletins).ok());
}

TEST_CASE("the encoder serves at most a page's items, and next names the last one served", "[feed]")
{
    const std::string text = encodeFeedPage(pageOf(kMaxFeedPageItems + 100, 4, Feed::Mailbox), Feed::Mailbox);
    auto decoded = decodeFeedPage(text, Feed::Mailbox);
    REQUIRE(decoded.ok());
    CHECK(decoded->items.size() == kMaxFeedPageItems);
    CHECK(decoded->next == static_cast<std::int64_t>(kMaxFeedPageItems));
}

TEST_CASE("the encoder serves at most a page's bytes, and next names the last item served", "[feed]")
{
    const std::string text = encodeFeedPage(pageOf(20, kMaxFeedItemBytes, Feed::Bulletins), Feed::Bulletins);
    CHECK(text.size() <= kMaxFeedPageBytes);
    auto decoded = decodeFeedPage(text, Feed::Bulletins);
    REQUIRE(decoded.ok());
    REQUIRE_FALSE(decoded->items.empty());
    CHECK(decoded->items.size() < 20);
    CHECK(decoded->next == decoded->items.back().seq);
}

TEST_CASE("the encoder steps over an item no reader would accept instead of stalling every reader on it", "[feed]")
{
    FeedPage page = pageOf(3, 8, Feed::Bulletins);
    page.items[1].data = Bytes(kMaxFeedItemBytes + 1, 1);
    auto decoded = decodeFeedPage(encodeFeedPage(page, Feed::Bulletins), Feed::Bulletins);
    REQUIRE(decoded.ok());
    REQUIRE(decoded->items.size() == 2);
    CHECK(decoded->items[0].seq == 1);
    CHECK(decoded->items[1].seq == 3);
    CHECK(decoded->next == 3);
}

TEST_CASE("a full page of the most items, each as large as fits, decodes within the parser's budget", "[feed]")
{
    const std::size_t each = (kMaxFeedPageBytes / kMaxFeedPageItems - 160) * 3 / 4;
    const std::string text = encodeFeedPage(pageOf(kMaxFeedPageItems, each, Feed::Mailbox), Feed::Mailbox);
    CHECK(text.size() > kMaxFeedPageBytes * 9 / 10);
    auto decoded = decodeFeedPage(text, Feed::Mailbox);
    REQUIRE(decoded.ok());
    CHECK(decoded->items.size() == kMaxFeedPageItems);
}
