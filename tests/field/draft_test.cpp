// SPDX-License-Identifier: EUPL-1.2
#include "mobile/reportdraft.h"

#include "fakerelay.h"
#include "fieldtest.h"
#include "mobile/conversationmodel.h"
#include "mobile/devicevault.h"
#include "mobile/outboxmodel.h"
#include "mobile/photostrip.h"
#include "tests/support/testdata.h"

#include "shared/message.h"
#include "shared/seal.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QImage>
#include <QImageWriter>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace vigil;
using namespace vigil::field;
using fixture::TestApp;

TEST_CASE("draft: the quick path needs only kind, category and what happened", "[draft]")
{
    TestApp app("http://127.0.0.1:9");
    ReportDraft* draft = app->draft();
    QAbstractItemModelTester tester(draft->recipients(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    draft->start("safety");
    CHECK(draft->active());
    CHECK(draft->property("kind").toString() == "near_miss");
    CHECK_FALSE(draft->missing().isEmpty());
    draft->setProperty("category", "vehicles_convoys");
    draft->setProperty("narrative", "Truck reversed without a guide. Nobody hurt.");
    draft->setProperty("unit", "13-brigade");
    CHECK(draft->missing().isEmpty());
    CHECK(draft->recipients()->count() == 2);

    const Report r = draft->buildReport(fixture::kNow);
    CHECK(r.kind == Kind::NearMiss);
    CHECK(r.category == Category::Vehicles);
    CHECK(r.headline == "Truck reversed without a guide.");
    CHECK(r.when.precision == TimePrecision::Exact);
    CHECK(r.when.local == "2025-06-15T16:06");
    CHECK(r.mode == ReportingMode::Anonymous);
    CHECK(r.identity.empty());

    SECTION("a category of the other domain is not accepted")
    {
        draft->setProperty("category", "bullying");
        CHECK_FALSE(draft->missing().isEmpty());
    }
    SECTION("confidential needs a way to reach the reporter, anonymous drops it")
    {
        draft->setProperty("mode", "confidential");
        CHECK_FALSE(draft->missing().isEmpty());
        draft->setProperty("identity", "Sgt. Example");
        CHECK(draft->missing().isEmpty());
        CHECK(draft->buildReport(fixture::kNow).identity == "Sgt. Example");
        draft->setProperty("mode", "anonymous");
        CHECK(draft->buildReport(fixture::kNow).identity.empty());
    }
    SECTION("the last reader cannot be excluded")
    {
        CHECK(draft->recipients()->setExcluded("m1", true));
        CHECK_FALSE(draft->recipients()->setExcluded("m2", true));
        CHECK(draft->recipients()->includedCount() == 1);
    }
    SECTION("risk cells toggle, and severity II adds the inspectorate")
    {
        draft->setRisk("worst", "II", "D");
        CHECK(draft->recipients()->count() == 3);
        draft->setRisk("worst", "II", "D");
        CHECK(draft->property("worstSeverity").toString().isEmpty());
        CHECK(draft->recipients()->count() == 2);
    }
}

TEST_CASE("draft: autosaved in the vault, gone from memory when locked, back after unlocking", "[draft]")
{
    TestApp app("http://127.0.0.1:9");
    ReportDraft* draft = app->draft();
    draft->start("social");
    draft->setProperty("category", "bullying");
    draft->setProperty("narrative", "They keep mocking me.");
    draft->setProperty("ongoing", true);
    draft->recipients()->setExcluded("m4", true);
    app->lock();
    CHECK_FALSE(draft->active());
    CHECK(draft->property("narrative").toString().isEmpty());
    auto raw = app->store().vaultItem(slot::kDraft);
    REQUIRE(raw);
    CHECK(toString(*raw).find("mocking") == std::string::npos);   // sealed, never in the clear

    auto key = DeviceVault::derive(app->store(), "123456");
    REQUIRE(key);
    app->vault().adopt(std::move(*key));
    emit app->unlocked();
    CHECK(draft->active());
    CHECK(draft->property("narrative").toString() == "They keep mocking me.");
    CHECK(draft->property("ongoing").toBool());
    CHECK(draft->recipients()->excludedIds() == std::vector<std::string>{"m4"});

    draft->abandon();
    CHECK_FALSE(app->store().vaultItem(slot::kDraft));
    CHECK_FALSE(draft->active());
}

TEST_CASE("draft: sealing happens off the GUI thread and fails closed", "[draft]")
{
    TestApp app("http://127.0.0.1:9");
    ReportDraft* draft = app->draft();
    QSignalSpy sealed(draft, &ReportDraft::sealed);

    SECTION("an expired directory: nothing stored, the draft kept")
    {
        draft->start("safety");
        draft->setProperty("category", "diving");
        draft->setProperty("narrative", "Air supply hose kinked.");
        draft->setProperty("unit", "13-brigade");
        app.now += 60ull * 24 * 3600;
        draft->sealAndQueue();
        CHECK_FALSE(draft->busy());
        CHECK_FALSE(draft->lastError().isEmpty());
        CHECK(app->store().outbox().empty());
        CHECK(draft->active());
    }
    SECTION("a complete report lands in the outbox, the draft is cleared")
    {
        draft->start("safety");
        draft->setProperty("category", "diving");
        draft->setProperty("narrative", "Air supply hose kinked.");
        draft->setProperty("unit", "13-brigade");
        draft->sealAndQueue();
        CHECK(draft->busy());
        REQUIRE(fixture::waitFor([&]() { return sealed.count() == 1; }));
        CHECK_FALSE(draft->active());
        CHECK(app->store().outbox().size() == 1);
        CHECK_FALSE(app->store().vaultItem(slot::kDraft));
    }
}

TEST_CASE("conversation: a follow-up is sealed to the original readers and shown as sent", "[conversation]")
{
    fixture::FakeRelay relay;
    // Unavailable until the follow-up was inspected: send() starts a sync, and a delivered
    // row no longer holds its envelope (this raced before).
    relay.setMode(fixture::FakeRelay::Mode::ServerError);
    TestApp app(relay.url().toStdString());
    const auto original = app.seal(vigil::test::socialReport(), "42-battalion");
    ConversationModel* conversation = app->conversation();
    QAbstractItemModelTester tester(conversation, QAbstractItemModelTester::FailureReportingMode::Fatal);
    conversation->open(QString::fromStdString(toHex(original.reportId)));
    CHECK(conversation->title() == "New platoon member mocked and excluded");
    QSignalSpy sent(conversation, &ConversationModel::sent);
    conversation->send("I can talk on Tuesday.");
    REQUIRE(fixture::waitFor([&]() { return sent.count() == 1; }));
    REQUIRE(conversation->rowCount() == 1);
    CHECK(conversation->data(conversation->index(0), ConversationModel::OutgoingRole).toBool());

    auto rows = app->store().outbox();
    REQUIRE(rows.size() == 2);
    CHECK(rows[1].kind == EnvelopeKind::FollowUp);
    auto message = openFollowUp(rows[1].envelope, vigil::test::memberBoxKey(3));
    REQUIRE(message);
    CHECK(message->text == "I can talk on Tuesday.");
    CHECK(message->thread == original.reportId);
    CHECK_FALSE(openFollowUp(rows[1].envelope, vigil::test::memberBoxKey(1)));   // not a reader of the original
    auto header = openRoutingHeader(rows[1].envelope, vigil::test::routingKey());
    REQUIRE(header);
    REQUIRE(header->thread);
    CHECK(*header->thread == original.reportId);

    // It syncs like any envelope; the follow-up does not show as a report of its own.
    relay.setMode(fixture::FakeRelay::Mode::Good);
    REQUIRE(fixture::waitFor([&]() { return !app->sync()->busy(); }));
    REQUIRE(app.syncRound());
    CHECK(relay.storedCount() == 2);
    app->outbox()->refresh();
    CHECK(app->outbox()->rowCount() == 1);
    CHECK(conversation->data(conversation->index(0), ConversationModel::StateRole).toString() == "delivered");
}

TEST_CASE("conversation: consequences are reported as a follow-up whose sealed header carries the retaliation "
          "signal, and the thread marks it",
          "[conversation][retaliation]")
{
    fixture::FakeRelay relay;
    relay.setMode(fixture::FakeRelay::Mode::ServerError);
    TestApp app(relay.url().toStdString());
    const auto original = app.seal(vigil::test::socialReport(), "42-battalion");
    ConversationModel* conversation = app->conversation();
    QAbstractItemModelTester tester(conversation, QAbstractItemModelTester::FailureReportingMode::Fatal);
    conversation->open(QString::fromStdString(toHex(original.reportId)));
    QSignalSpy sent(conversation, &ConversationModel::sent);

    // Nothing typed: a fixed sentence says it, so the advisor never gets an empty message.
    conversation->reportConsequences("  ");
    REQUIRE(fixture::waitFor([&]() { return sent.count() == 1; }));
    conversation->send("And they moved my leave.");
    REQUIRE(fixture::waitFor([&]() { return sent.count() == 2; }));

    REQUIRE(conversation->rowCount() == 2);
    CHECK(conversation->data(conversation->index(0), ConversationModel::SignalRole).toString() == "retaliation");
    CHECK(conversation->data(conversation->index(1), ConversationModel::SignalRole).toString().isEmpty());
    CHECK_THAT(conversation->data(conversation->index(0), ConversationModel::TextRole).toString().toStdString(),
               Catch::Contains("retaliation"));

    auto rows = app->store().outbox();
    REQUIRE(rows.size() == 3);
    auto signalled = openRoutingHeader(rows[1].envelope, vigil::test::routingKey());
    REQUIRE(signalled);
    CHECK(signalled->signal == FollowUpSignal::Retaliation);
    REQUIRE(signalled->thread);
    CHECK(*signalled->thread == original.reportId);
    auto plain = openRoutingHeader(rows[2].envelope, vigil::test::routingKey());
    REQUIRE(plain);
    CHECK(plain->signal == FollowUpSignal::None);

    // The mark is kept with the conversation in the vault and read back from there.
    conversation->refresh();
    CHECK(conversation->data(conversation->index(0), ConversationModel::SignalRole).toString() == "retaliation");
}

TEST_CASE("conversation: once the advisor's closing message arrives the survey is offered, its answers travel in "
          "the sealed header only, and skipping is remembered per report",
          "[conversation][survey]")
{
    fixture::FakeRelay relay;
    TestApp app(relay.url().toStdString());
    const auto first = app.seal(vigil::test::socialReport(), "42-battalion");
    const auto second = app.seal(vigil::test::socialReport(), "42-battalion");
    REQUIRE(app.syncRound());
    ConversationModel* conversation = app->conversation();
    QAbstractItemModelTester tester(conversation, QAbstractItemModelTester::FailureReportingMode::Fatal);

    // An ordinary answer closes nothing; the advisor's closing message (signed, `closed`) does.
    auto replyKeyOf = [&](const ReportId& id) {
        auto summary = decodeSummary(toString(app->vault().get(slot::report(id))->view()));
        return decodeRoutingHeader(summary->routingHeaderJson)->replyKey;
    };
    for (const auto& report : {first, second}) {
        const PublicKey key = replyKeyOf(report.reportId);
        const std::string mailbox = toHex(mailboxId(key));
        relay.addMailboxItem(mailbox, sealReply(Message{report.reportId, 1'750'010'000, "m3", "We are on it."},
                                                vigil::test::memberSignKey(3), key));
    }
    REQUIRE(app.syncRound());
    conversation->open(QString::fromStdString(toHex(first.reportId)));
    CHECK_FALSE(conversation->caseClosed());
    CHECK_FALSE(conversation->surveyOffered());
    for (const auto& report : {first, second}) {
        const PublicKey key = replyKeyOf(report.reportId);
        Message closing{report.reportId, 1'750'020'000, "m3", "The case is closed: the lane radios were replaced."};
        closing.closed = true;
        relay.addMailboxItem(toHex(mailboxId(key)), sealReply(closing, vigil::test::memberSignKey(3), key));
    }
    REQUIRE(app.syncRound());
    conversation->refresh();
    CHECK(conversation->caseClosed());
    CHECK(conversation->surveyOffered());
    CHECK(conversation->data(conversation->index(1), ConversationModel::ClosingRole).toBool());

    // Every question skipped: nothing is sealed.
    const auto before = app->store().outbox().size();
    conversation->sendSurvey(0, "", 0);
    CHECK(app->store().outbox().size() == before);

    QSignalSpy sent(conversation, &ConversationModel::sent);
    conversation->sendSurvey(4, "unsure", 0);
    REQUIRE(fixture::waitFor([&]() { return sent.count() == 1; }));
    CHECK_FALSE(conversation->surveyOffered());
    auto rows = app->store().outbox();
    REQUIRE(rows.size() == before + 1);
    auto header = openRoutingHeader(rows.back().envelope, vigil::test::routingKey());
    REQUIRE(header);
    REQUIRE(header->thread);
    CHECK(*header->thread == first.reportId);
    REQUIRE(header->survey);
    CHECK(*header->survey == SurveyAnswers{4, ReportAgain::Unsure, 0});
    CHECK(header->signal == FollowUpSignal::None);
    // The readers see that the reporter answered, not what.
    auto message = openFollowUp(rows.back().envelope, vigil::test::memberBoxKey(3));
    REQUIRE(message);
    CHECK(message->text.find('4') == std::string::npos);
    CHECK(message->text.find("unsure") == std::string::npos);

    // The other report: skipped, remembered in the vault across a refresh; nothing sent.
    conversation->open(QString::fromStdString(toHex(second.reportId)));
    CHECK(conversation->surveyOffered());
    conversation->skipSurvey();
    CHECK_FALSE(conversation->surveyOffered());
    CHECK(app->vault().get(slot::surveySkipped(second.reportId)));
    conversation->refresh();
    CHECK_FALSE(conversation->surveyOffered());
    CHECK(app->store().outbox().size() == before + 1);

    // A retaliation signal reopens the case: it is no longer shown as closed.
    conversation->reportConsequences("");
    REQUIRE(fixture::waitFor([&]() { return sent.count() == 2; }));
    CHECK_FALSE(conversation->caseClosed());
}

TEST_CASE("photos: metadata is stripped, the picture kept", "[photo]")
{
    QTemporaryDir dir;
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    image.setText("Description", "GPS 52.0907N 5.1214E secret-location");
    const QString path = dir.filePath("IMG_20250312_1420_SgtExample.jpg");
    QImageWriter writer(path, "jpeg");
    REQUIRE(writer.write(image));
    QFile original(path);
    REQUIRE(original.open(QIODevice::ReadOnly));
    REQUIRE(original.readAll().contains("secret-location"));

    auto photo = stripPhoto(path, 1);
    REQUIRE(photo);
    const QByteArray bytes(reinterpret_cast<const char*>(photo->jpeg.data()), static_cast<qsizetype>(photo->jpeg.size()));
    CHECK_FALSE(bytes.contains("secret-location"));
    CHECK_FALSE(bytes.contains("Exif"));
    CHECK(photo->name == "photo-1.jpg");   // the file name may identify: not kept
    CHECK(photo->width == 64);
    QImage back;
    CHECK(back.loadFromData(bytes, "jpeg"));

    CHECK_FALSE(stripPhoto(dir.filePath("missing.jpg"), 2));
}

TEST_CASE("draft: unit names from the directory follow the interface language", "[draft][i18n]")
{
    TestApp app("http://127.0.0.1:9");
    ReportDraft* draft = app->draft();
    draft->start("safety");
    auto names = [](const QVariantList& units) {
        QStringList out;
        for (const QVariant& u : units)
            out << u.toMap().value(QStringLiteral("name")).toString();
        return out;
    };
    app->setLanguage(QStringLiteral("en"));
    CHECK(names(draft->unitChoices()).contains(QStringLiteral("13 Light Brigade")));
    CHECK(names(app->units()).contains(QStringLiteral("13 Light Brigade")));

    QSignalSpy unitsChanged(&*app, &FieldApp::unitsChanged);
    QSignalSpy draftChanged(draft, &ReportDraft::changed);
    app->setLanguage(QStringLiteral("nl"));
    CHECK(unitsChanged.count() == 1);   // the settings list redraws
    CHECK(draftChanged.count() >= 1);   // and so does the unit step
    CHECK(names(draft->unitChoices()).contains(QStringLiteral("13 Lichte Brigade")));
    CHECK_FALSE(names(draft->unitChoices()).contains(QStringLiteral("13 Light Brigade")));
    CHECK(names(app->units()).contains(QStringLiteral("13 Lichte Brigade")));
    // A unit without a Dutch name keeps its one name.
    CHECK(names(app->units()).contains(QStringLiteral("42 Battalion")));

    // With a home unit, the choices are that unit and those above it, in Dutch too.
    app->setHomeUnit(QStringLiteral("42-battalion"));
    CHECK(names(draft->unitChoices()).mid(0, 2) == QStringList{QStringLiteral("42 Battalion"), QStringLiteral("13 Lichte Brigade")});
}
