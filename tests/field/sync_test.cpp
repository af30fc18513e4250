// SPDX-License-Identifier: EUPL-1.2
#include "mobile/syncengine.h"

#include "fakerelay.h"
#include "fieldtest.h"
#include "mobile/devicevault.h"
#include "mobile/outboxmodel.h"
#include "testdata.h"

#include "shared/bulletin.h"
#include "shared/message.h"
#include "shared/receipt.h"
#include "shared/routingheader.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <catch2/catch.hpp>

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
