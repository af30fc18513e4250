// SPDX-License-Identifier: EUPL-1.2
#include "mobile/syncengine.h"

#include "fakerelay.h"
#include "fieldtest.h"
#include "mobile/devicevault.h"
#include "mobile/outboxmodel.h"
#include "tests/support/testdata.h"

#include "shared/bulletin.h"
#include "shared/feed.h"
#include "shared/message.h"
#include "shared/receipt.h"
#include "shared/routingheader.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <catch2/catch.hpp>

#include <fstream>
#include <string>

using namespace vigil;
using namespace vigil::field;
using fixture::FakeRelay;
using fixture::TestApp;

namespace {

OutboxState stateOf(TestApp& app, std::int64_t row)
{
    auto r = app->store().outboxRow(row);
    REQUIRE(r);
    return r->state;
}

std::string reasonOf(TestApp& app, std::int64_t row)
{
    return app->store().outboxRow(row)->reason;
}

/// A line of /proc/self/status in bytes ("VmHWM", "VmRSS"); -1 where there is none.
qint64 procStatusBytes(const std::string& field)
{
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind(field + ":", 0) == 0)
            return std::stoll(line.substr(field.size() + 1)) * 1024;
    return -1;
}

/// Lowers the process's peak resident size to its present size (Linux: clear_refs 5), so the
/// peak afterwards is what the code under test needed; false where the kernel does not allow it.
bool resetPeakRss()
{
    std::ofstream out("/proc/self/clear_refs");
    out << "5";
    out.flush();
    return out.good() && procStatusBytes("VmHWM") <= procStatusBytes("VmRSS") + 64 * 1024;
}

/// How much the peak resident size rose above `base` while `run` ran (-1: not measurable).
template <typename F>
qint64 peakRssRise(F run)
{
    const bool measurable = resetPeakRss();
    const qint64 base = procStatusBytes("VmRSS");
    run();
    return measurable ? procStatusBytes("VmHWM") - base : -1;
}

/// The mailbox id (hex) and reply key of a report sealed on this phone.
std::pair<std::string, PublicKey> mailboxOf(TestApp& app, const ReportId& reportId)
{
    auto summaryItem = app->vault().get(slot::report(reportId));
    REQUIRE(summaryItem);
    auto summary = decodeSummary(toString(summaryItem->view()));
    REQUIRE(summary);
    auto header = decodeRoutingHeader(summary->routingHeaderJson);
    REQUIRE(header);
    return {toHex(mailboxId(header->replyKey)), header->replyKey};
}

QByteArray qbytes(const std::string& s)
{
    return QByteArray::fromStdString(s);
}

} // namespace

TEST_CASE("sync: offline, reports wait in the outbox and the app says why", "[sync]")
{
    TestApp app("http://127.0.0.1:9");   // discard port: nothing listens
    const auto sealed = app.seal(vigil::test::nearMissReport());
    CHECK(stateOf(app, sealed.rowId) == OutboxState::Sealed);
    CHECK_FALSE(app.syncRound());
    CHECK(app->sync()->status() == "offline");
    CHECK_FALSE(app->sync()->lastError().isEmpty());
    CHECK(stateOf(app, sealed.rowId) == OutboxState::Sealed);   // the probe failed: nothing was sent
    CHECK(app->sync()->nextAttempt().isValid());
}

TEST_CASE("sync: online, a report is delivered once with a verified receipt", "[sync]")
{
    FakeRelay relay;
    TestApp app(relay.url().toStdString());
    const auto sealed = app.seal(vigil::test::nearMissReport());
    REQUIRE(app.syncRound());
    CHECK(app->sync()->status() == "idle");
    CHECK(stateOf(app, sealed.rowId) == OutboxState::Delivered);
    CHECK(relay.storedCount() == 1);
    auto row = app->store().outboxRow(sealed.rowId);
    CHECK(row->envelope.empty());           // the relay holds it now
    CHECK_FALSE(row->sealedReceipt.empty());

    SECTION("the receipt opens from the vault and proves this envelope")
    {
        auto plain = app->vault().dropOpen(row->sealedReceipt);
        REQUIRE(plain);
        auto receipt = decodeReceipt(plain->view());
        REQUIRE(receipt);
        CHECK(receipt->envelopeHash == sealed.envelopeHash);
        OutboxModel* outbox = app->outbox();
        outbox->refresh();
        REQUIRE(outbox->rowCount() == 1);
        const auto index = outbox->index(0);
        CHECK(outbox->data(index, OutboxModel::ReceiptCodeRole).toString().toStdString() == receiptCode(sealed.envelopeHash));
        CHECK(outbox->data(index, OutboxModel::StateRole).toString() == "delivered");
        CHECK(outbox->receiptText(QString::fromStdString(toHex(sealed.reportId))).contains("vigil_receipt"));
    }
    SECTION("a second round sends nothing again")
    {
        REQUIRE(app.syncRound());
        CHECK(relay.uploadRequests() == 1);
        CHECK(relay.storedCount() == 1);
    }
}

TEST_CASE("sync: killed after the relay stored it, the resend is a duplicate with the same receipt", "[sync]")
{
    FakeRelay relay;
    TestApp app(relay.url().toStdString());
    const auto sealed = app.seal(vigil::test::nearMissReport());
    relay.setMode(FakeRelay::Mode::DropAfterStore);
    CHECK_FALSE(app.syncRound());
    CHECK(relay.storedCount() == 1);
    CHECK(stateOf(app, sealed.rowId) == OutboxState::Waiting);

    // The app dies mid-upload: the row was left in Sending.
    REQUIRE(app->store().setState(sealed.rowId, OutboxState::Sending));
    app.restart();
    CHECK(stateOf(app, sealed.rowId) == OutboxState::Waiting);
    relay.setMode(FakeRelay::Mode::Good);
    REQUIRE(app.syncRound());
    CHECK(stateOf(app, sealed.rowId) == OutboxState::Delivered);
    CHECK(relay.storedCount() == 1);   // never a second report
}

TEST_CASE("sync: a captive portal's 200 does not count as delivered", "[sync]")
{
    FakeRelay relay;
    TestApp app(relay.url().toStdString());
    const auto sealed = app.seal(vigil::test::nearMissReport());
    relay.setMode(FakeRelay::Mode::CaptivePortal);
    CHECK_FALSE(app.syncRound());
    CHECK(app->sync()->status() == "failing");
    CHECK(app->sync()->lastError().contains("login"));
    CHECK(stateOf(app, sealed.rowId) == OutboxState::Sealed);
    CHECK(relay.storedCount() == 0);
}

TEST_CASE("sync: a portal that answers the upload with HTML leaves the report waiting", "[sync]")
{
    // The probe reached the relay, then the portal took over before the upload.
    FakeRelay relay;
    TestApp app(relay.url().toStdString());
    const auto sealed = app.seal(vigil::test::nearMissReport());
    QObject::connect(app->sync(), &SyncEngine::outboxChanged, &relay,
                     [&relay]() { relay.setMode(FakeRelay::Mode::CaptivePortal); });
    CHECK_FALSE(app.syncRound());
    CHECK(stateOf(app, sealed.rowId) == OutboxState::Waiting);
    CHECK(reasonOf(app, sealed.rowId).find("login") != std::string::npos);
}

TEST_CASE("sync: a receipt signed by an unknown key does not count", "[sync]")
{
    FakeRelay relay;
    TestApp app(relay.url().toStdString());
    const auto sealed = app.seal(vigil::test::nearMissReport());
    relay.setMode(FakeRelay::Mode::ForgedReceipts);
    CHECK_FALSE(app.syncRound());
    CHECK(stateOf(app, sealed.rowId) == OutboxState::Waiting);
    CHECK(reasonOf(app, sealed.rowId).find("receipt") != std::string::npos);
}

TEST_CASE("sync: an invalid envelope is quarantined and the rest of the queue goes on", "[sync]")
{
    FakeRelay relay;
    TestApp app(relay.url().toStdString());
    const auto first = app.seal(vigil::test::nearMissReport());
    const auto second = app.seal(vigil::test::nearMissReport());
    relay.setMode(FakeRelay::Mode::InvalidFirst);
    REQUIRE(app.syncRound());
    CHECK(stateOf(app, first.rowId) == OutboxState::Quarantined);
    CHECK(reasonOf(app, first.rowId) == "envelope: refused by the test relay");
    CHECK(stateOf(app, second.rowId) == OutboxState::Delivered);
    app->outbox()->refresh();
    CHECK(app->outbox()->quarantinedCount() == 1);
    CHECK(app->outbox()->deliveredCount() == 1);
    // A quarantined report is never sent again.
    relay.setMode(FakeRelay::Mode::Good);
    REQUIRE(app.syncRound());
    CHECK(stateOf(app, first.rowId) == OutboxState::Quarantined);
}

TEST_CASE("sync: batches — many reports go in several requests", "[sync]")
{
    FakeRelay relay;
    TestApp app(relay.url().toStdString());
    for (int i = 0; i < 20; ++i)
        app.seal(vigil::test::nearMissReport());
    REQUIRE(app.syncRound());
    CHECK(relay.storedCount() == 20);
    CHECK(relay.uploadRequests() == 2);   // 16 + 4
    app->outbox()->refresh();
    CHECK(app->outbox()->deliveredCount() == 20);
    CHECK(app->outbox()->pendingCount() == 0);
}

TEST_CASE("sync: after long failure the app says so — backoff grows but stays capped", "[sync]")
{
    FakeRelay relay;
    TestApp app(relay.url().toStdString());
    app.seal(vigil::test::nearMissReport());
    relay.setMode(FakeRelay::Mode::ServerError);
    CHECK_FALSE(app.syncRound());
    CHECK_FALSE(app->sync()->longFailure());
    app.now += 7 * 3600;
    CHECK_FALSE(app.syncRound());
    CHECK(app->sync()->longFailure());
    CHECK(app->sync()->failures() == 2);
    for (int i = 0; i < 5; ++i)
        CHECK_FALSE(app.syncRound());
    const auto wait = QDateTime::fromSecsSinceEpoch(static_cast<qint64>(app.now)).msecsTo(app->sync()->nextAttempt());
    CHECK(wait >= 40);
    CHECK(wait <= 80);
    relay.setMode(FakeRelay::Mode::Good);
    REQUIRE(app.syncRound());
    CHECK_FALSE(app->sync()->longFailure());
    CHECK(app->sync()->failures() == 0);
}

TEST_CASE("sync: a relay that asks to be left alone for a while is not asked sooner", "[sync]")
{
    FakeRelay relay;
    relay.setRetryAfter(120);
    TestApp app(relay.url().toStdString());
    const auto sealed = app.seal(vigil::test::nearMissReport());
    relay.setMode(FakeRelay::Mode::OverQuota);
    CHECK_FALSE(app.syncRound());
    // The relay was reached and said "not now": failing, not offline, and the report waits.
    CHECK(app->sync()->status() == "failing");
    CHECK(app->sync()->lastError().contains("429"));
    CHECK(stateOf(app, sealed.rowId) == OutboxState::Waiting);
    const auto wait = QDateTime::fromSecsSinceEpoch(static_cast<qint64>(app.now)).msecsTo(app->sync()->nextAttempt());
    CHECK(wait >= 120 * 1000);
    CHECK(wait <= 121 * 1000);

    // Without a Retry-After the first step of the schedule applies, well under two minutes.
    relay.setRetryAfter(0);
    relay.setMode(FakeRelay::Mode::Good);
    REQUIRE(app.syncRound());
    app.seal(vigil::test::nearMissReport());
    relay.setMode(FakeRelay::Mode::OverQuota);
    CHECK_FALSE(app.syncRound());
    const auto shortWait = QDateTime::fromSecsSinceEpoch(static_cast<qint64>(app.now)).msecsTo(app->sync()->nextAttempt());
    CHECK(shortWait < 120 * 1000);
}

TEST_CASE("sync: a newer directory is taken, an older one refused", "[sync]")
{
    FakeRelay relay;
    TestApp app(relay.url().toStdString(), 3);
    relay.setDirectory(fixture::signedSampleDirectory(2));
    CHECK_FALSE(app.syncRound());   // reached Vigil, but was offered a rollback
    CHECK(app->trust().directoryVersion() == 3);
    CHECK(app->sync()->lastError().contains("trust"));
    relay.setDirectory(fixture::signedSampleDirectory(4));
    REQUIRE(app.syncRound());
    CHECK(app->trust().directoryVersion() == 4);
}

TEST_CASE("sync: replies are fetched by prefix, opened, and checked against the directory", "[sync]")
{
    FakeRelay relay;
    TestApp app(relay.url().toStdString());
    const auto sealed = app.seal(vigil::test::socialReport(), "42-battalion");
    REQUIRE(app.syncRound());

    auto summaryItem = app->vault().get(slot::report(sealed.reportId));
    REQUIRE(summaryItem);
    auto summary = decodeSummary(toString(summaryItem->view()));
    REQUIRE(summary);
    auto header = decodeRoutingHeader(summary->routingHeaderJson);
    REQUIRE(header);
    const std::string mailbox = toHex(mailboxId(header->replyKey));
    Message reply{sealed.reportId, 1'750'010'000, "m3", "Thank you. Can we talk on Tuesday?"};
    relay.addMailboxItem(mailbox, sealReply(reply, vigil::test::memberSignKey(3), header->replyKey));
    Message forged{sealed.reportId, 1'750'010'001, "m3", "Tell me your name."};
    relay.addMailboxItem(mailbox, sealReply(forged, vigil::test::memberSignKey(42), header->replyKey));
    relay.addMailboxItem(mailbox.substr(0, 4) + std::string(60, '0'), Bytes(100, 1));   // someone else's

    QSignalSpy replies(app->sync(), &SyncEngine::repliesChanged);
    REQUIRE(app.syncRound());
    CHECK(replies.count() == 1);
    REQUIRE_FALSE(relay.mailboxQueries().empty());
    CHECK(relay.mailboxQueries().back() == mailbox.substr(0, 4));   // only a short prefix is asked for
    auto thread = app->vault().get(slot::thread(sealed.reportId));
    REQUIRE(thread);
    auto messages = decodeThread(toString(thread->view()));
    REQUIRE(messages);
    REQUIRE(messages->size() == 1);
    CHECK((*messages)[0].text == "Thank you. Can we talk on Tuesday?");
    CHECK((*messages)[0].authorName == "Advisor Bakker");
    CHECK(stateOf(app, sealed.rowId) == OutboxState::Registered);

    SECTION("the next round does not add it twice")
    {
        REQUIRE(app.syncRound());
        auto again = decodeThread(toString(app->vault().get(slot::thread(sealed.reportId))->view()));
        CHECK(again->size() == 1);
    }
    SECTION("while locked, replies wait")
    {
        Message later{sealed.reportId, 1'750'020'000, "m4", "Are you still there?"};
        relay.addMailboxItem(mailbox, sealReply(later, vigil::test::memberSignKey(4), header->replyKey));
        app->lock();
        REQUIRE(app.syncRound());
        auto key = DeviceVault::derive(app->store(), "123456");
        REQUIRE(key);
        app->vault().adopt(std::move(*key));
        auto before = decodeThread(toString(app->vault().get(slot::thread(sealed.reportId))->view()));
        CHECK(before->size() == 1);
        REQUIRE(app.syncRound());
        auto after = decodeThread(toString(app->vault().get(slot::thread(sealed.reportId))->view()));
        CHECK(after->size() == 2);
    }
}

TEST_CASE("sync: only bulletins signed by the root key are kept", "[sync]")
{
    FakeRelay relay;
    TestApp app(relay.url().toStdString());
    Bulletin b;
    b.sequence = 7;
    b.published = 1'750'000'000;
    b.kind = BulletinKind::SafetyAlert;
    b.categories = {Category::LiveFire};
    b.titleNl = "Controleer de vlaggen";
    b.titleEn = "Check the range flags";
    b.textNl = "Tekst";
    b.textEn = "Text";
    relay.addBulletin(signBulletin(b, vigil::test::rootKey()));
    relay.addBulletin(signBulletin(b, vigil::test::relayKey()));
    REQUIRE(app.syncRound());
    auto stored = app->store().bulletins();
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].first == 7);
}

TEST_CASE("sync: support contacts signed by the root key are kept for offline use, forged or older ones refused",
          "[sync][support]")
{
    FakeRelay relay;
    TestApp app(relay.url().toStdString());
    // Nothing published yet: the round succeeds and the phone knows only the built-in 112.
    const int before = relay.supportRequests();
    REQUIRE(app.syncRound());
    CHECK(relay.supportRequests() == before + 1);   // every round asks for the whole document
    CHECK_FALSE(app->trust().supportContacts().has_value());

    relay.setSupport(signSupportContacts(vigil::test::sampleSupportContacts(2), vigil::test::rootKey()));
    REQUIRE(app.syncRound());
    auto held = app->trust().supportContacts();
    REQUIRE(held.has_value());
    CHECK(held->serial == 2);
    CHECK(held->contacts.size() == 5);

    // A forgery, then a rollback to serial 1: both refused and said, serial 2 stays.
    SupportContacts forged = vigil::test::sampleSupportContacts(3);
    forged.contacts[2].phone = "+31 900 1234";
    relay.setSupport(signSupportContacts(forged, vigil::test::relayKey()));
    CHECK_FALSE(app.syncRound());
    CHECK(app->sync()->lastError().contains("signature does not verify"));
    relay.setSupport(signSupportContacts(vigil::test::sampleSupportContacts(1), vigil::test::rootKey()));
    CHECK_FALSE(app.syncRound());
    CHECK(app->sync()->lastError().contains("older than the 2 already held"));
    CHECK(app->trust().supportContacts()->serial == 2);

    // Offline, the held contacts are what the phone shows.
    relay.setMode(FakeRelay::Mode::ServerError);
    CHECK_FALSE(app.syncRound());
    CHECK(app->trust().supportContacts()->contacts == vigil::test::sampleSupportContacts(2).contacts);
}

TEST_CASE("sync: a locked app still uploads — the receipt waits in the drop box", "[sync]")
{
    FakeRelay relay;
    TestApp app(relay.url().toStdString());
    const auto sealed = app.seal(vigil::test::nearMissReport());
    app->lock();
    REQUIRE(app.syncRound());
    CHECK(stateOf(app, sealed.rowId) == OutboxState::Delivered);
    OutboxModel* outbox = app->outbox();
    QAbstractItemModelTester tester(outbox, QAbstractItemModelTester::FailureReportingMode::Fatal);
    outbox->refresh();
    CHECK(outbox->data(outbox->index(0), OutboxModel::TitleRole).toString().isEmpty());   // locked: no title
}

// A hostile relay (issue 14): each page below must be refused whole, with an error that says
// why, in memory bounded by the page limits of docs/api.md whatever the relay sends.

TEST_CASE("sync: a bulletins page of 100,000 items is refused whole by its item count, and nothing is kept",
          "[sync][hostile]")
{
    FakeRelay relay;
    TestApp app(relay.url().toStdString());
    Bulletin b;
    b.sequence = 7;
    b.published = 1'750'000'000;
    b.kind = BulletinKind::SafetyAlert;
    b.categories = {Category::LiveFire};
    b.titleNl = "Controleer de vlaggen";
    b.titleEn = "Check the range flags";
    b.textNl = "Tekst";
    b.textEn = "Text";
    const Bytes genuine = signBulletin(b, vigil::test::rootKey());
    relay.addBulletin(genuine);
    // The genuine bulletin first, then 99,999 filler items: 2.4 MB, under the byte limit.
    std::string page = R"({"items":[{"seq":1,"data":")" + toBase64Url(genuine) + R"("})";
    for (int seq = 2; seq <= 100'000; ++seq)
        page += R"(,{"seq":)" + std::to_string(seq) + R"(,"data":"AQ"})";
    page += R"(],"next":100000})";
    REQUIRE(page.size() < kMaxFeedPageBytes);
    relay.setRawFeedPage(qbytes(page));
    const auto cursor = app->store().settingText("sync.bulletins_after");

    bool ok = true;
    const qint64 rise = peakRssRise([&] { ok = app.syncRound(); });
    WARN("100,000-item page: " << page.size() << " bytes served, peak RSS rose " << rise / 1024 << " KiB");
    CHECK_FALSE(ok);
    CHECK(app->sync()->status() == "failing");
    CHECK(app->sync()->lastError().contains("Bulletins could not be read: bulletins"));
    CHECK(app->sync()->lastError().contains("at most 500 items"));
    CHECK(app->store().bulletins().empty());                            // not even the genuine one
    CHECK(app->store().settingText("sync.bulletins_after") == cursor);   // the cursor did not move
    if (rise >= 0)   // about 8 MiB measured: the page, and the parser's budget of its size + 1 MiB
        CHECK(rise < static_cast<qint64>(3 * kMaxFeedPageBytes));

    relay.setRawFeedPage({});
    REQUIRE(app.syncRound());
    REQUIRE(app->store().bulletins().size() == 1);
}

TEST_CASE("sync: a mailbox page with one 10 MiB item is cut off at the page limit, and nothing is applied",
          "[sync][hostile]")
{
    const bool announce = GENERATE(true, false);
    FakeRelay relay;
    TestApp app(relay.url().toStdString());
    const auto sealed = app.seal(vigil::test::socialReport(), "42-battalion");
    REQUIRE(app.syncRound());
    const auto [mailbox, replyKey] = mailboxOf(app, sealed.reportId);
    Message reply{sealed.reportId, 1'750'010'000, "m3", "Thank you. Can we talk on Tuesday?"};
    FeedPage hostile;
    hostile.items.push_back(FeedItem{1, mailbox, sealReply(reply, vigil::test::memberSignKey(3), replyKey)});
    hostile.next = 1;
    // Written by hand: the shared encoder would never serve an item this large.
    std::string page = encodeFeedPage(hostile, Feed::Mailbox);
    page.insert(page.rfind(']'), R"(,{"seq":2,"mailbox":")" + mailbox + R"(","data":")"
                                     + std::string(10 * 1024 * 1024 / 3 * 4, 'A') + R"("})");
    page.replace(page.rfind(":1}"), 3, ":2}");
    relay.setRawFeedPage(qbytes(page), announce);
    const std::string cursorKey = "sync.mailbox_after." + mailbox.substr(0, 4);
    const auto cursor = app->store().settingText(cursorKey);

    bool ok = true;
    const qint64 rise = peakRssRise([&] { ok = app.syncRound(); });
    CHECK_FALSE(ok);
    CHECK(app->sync()->lastError().contains("more than the 4194304 bytes a page may have"));
    CHECK(fixture::waitFor([&] { return relay.rawPagesCut() == 1; }, 5000));   // the relay sees the hang-up later
    WARN("10 MiB item, Content-Length " << (announce ? "sent" : "withheld") << ": page " << page.size()
         << " bytes, the relay got " << relay.rawPageBytesSent() << " out before the phone hung up; peak RSS rose "
         << rise / 1024 << " KiB; error: " << app->sync()->lastError().toStdString());
    CHECK(relay.rawPageBytesSent() < static_cast<qint64>(page.size()) / 2);
    CHECK_FALSE(app->vault().get(slot::thread(sealed.reportId)));        // the good reply was not applied
    CHECK(app->store().settingText(cursorKey) == cursor);
    CHECK(stateOf(app, sealed.rowId) == OutboxState::Delivered);
    if (rise >= 0)   // at most one page is ever held, however much the relay offers
        CHECK(rise < static_cast<qint64>(2 * kMaxFeedPageBytes));
}

TEST_CASE("sync: a mailbox page with a malformed item among good ones applies nothing and names the item",
          "[sync][hostile]")
{
    FakeRelay relay;
    TestApp app(relay.url().toStdString());
    const auto sealed = app.seal(vigil::test::socialReport(), "42-battalion");
    REQUIRE(app.syncRound());
    const auto [mailbox, replyKey] = mailboxOf(app, sealed.reportId);
    Message first{sealed.reportId, 1'750'010'000, "m3", "Thank you. Can we talk on Tuesday?"};
    Message second{sealed.reportId, 1'750'010'100, "m3", "Or on Wednesday?"};
    const Bytes one = sealReply(first, vigil::test::memberSignKey(3), replyKey);
    const Bytes two = sealReply(second, vigil::test::memberSignKey(3), replyKey);
    FeedPage page;
    page.items = {FeedItem{1, mailbox, one}, FeedItem{2, mailbox, Bytes{0xde, 0xad}}, FeedItem{3, mailbox, two}};
    page.next = 3;
    std::string text = encodeFeedPage(page, Feed::Mailbox);
    const std::string bad = toBase64Url(Bytes{0xde, 0xad});
    text.replace(text.find(bad), bad.size(), "not*base64");
    relay.setRawFeedPage(qbytes(text));
    const std::string cursorKey = "sync.mailbox_after." + mailbox.substr(0, 4);
    const auto cursor = app->store().settingText(cursorKey);

    QSignalSpy replies(app->sync(), &SyncEngine::repliesChanged);
    CHECK_FALSE(app.syncRound());
    CHECK(app->sync()->lastError().contains("Replies could not be read"));
    CHECK(app->sync()->lastError().contains("mailbox.items[1].data"));
    CHECK(replies.count() == 0);
    CHECK_FALSE(app->vault().get(slot::thread(sealed.reportId)));
    CHECK(app->store().settingText(cursorKey) == cursor);
    CHECK(stateOf(app, sealed.rowId) == OutboxState::Delivered);

    // The relay serves a sound page again: both replies arrive, the round succeeds.
    relay.setRawFeedPage({});
    relay.addMailboxItem(mailbox, one);
    relay.addMailboxItem(mailbox, two);
    REQUIRE(app.syncRound());
    CHECK(app->sync()->lastError().isEmpty());
    auto thread = decodeThread(toString(app->vault().get(slot::thread(sealed.reportId))->view()));
    REQUIRE(thread);
    CHECK(thread->size() == 2);
    CHECK(stateOf(app, sealed.rowId) == OutboxState::Registered);
}
