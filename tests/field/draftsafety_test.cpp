// SPDX-License-Identifier: EUPL-1.2
// A report is never lost without the reporter choosing it: kept drafts, discarding with undo,
// saving while someone types, and drafts that were only opened leave nothing behind.
#include "mobile/reportdraft.h"

#include "fieldtest.h"
#include "mobile/devicevault.h"

#include <QDir>
#include <QImage>
#include <QImageWriter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace vigil;
using namespace vigil::field;
using fixture::TestApp;

namespace {

/// The draft's fields as the vault holds them now (what a restart would find), or "".
std::string savedDraft(TestApp& app)
{
    auto plain = app->vault().get(slot::kDraft);
    return plain ? toString(plain->view()) : std::string();
}

void unlockAgain(TestApp& app)
{
    auto key = DeviceVault::derive(app->store(), "123456");
    REQUIRE(key);
    app->vault().adopt(std::move(*key));
    emit app->unlocked();
}

QString parkedId(ReportDraft* draft, int index)
{
    return draft->parked().at(index).toMap().value(QStringLiteral("id")).toString();
}

/// Adds a small real JPEG to the draft and waits for it to be sealed into the vault.
void addPhoto(ReportDraft* draft, const QTemporaryDir& dir, const QString& name)
{
    QImage image(32, 24, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    const QString path = QDir(dir.path()).filePath(name);
    REQUIRE(QImageWriter(path, "jpeg").write(image));
    const auto before = draft->photos().size();
    draft->addPhoto(QUrl::fromLocalFile(path));
    REQUIRE(fixture::waitFor([&]() { return draft->photos().size() == before + 1; }));
}

} // namespace

TEST_CASE("drafts: opening a door and going back leaves no draft behind", "[draft]")
{
    TestApp app("http://127.0.0.1:9");
    ReportDraft* draft = app->draft();
    draft->start("safety");
    CHECK(draft->active());
    CHECK_FALSE(draft->hasContent());
    draft->saveNow();
    CHECK(savedDraft(app).empty());

    draft->setProperty("category", "diving");
    CHECK(draft->hasContent());
    draft->saveNow();
    CHECK_FALSE(savedDraft(app).empty());
}

TEST_CASE("drafts: a door tapped while a draft is open keeps that draft, and it can be resumed", "[draft]")
{
    TestApp app("http://127.0.0.1:9");
    ReportDraft* draft = app->draft();
    draft->start("safety");
    draft->setProperty("category", "vehicles_convoys");
    draft->setProperty("narrative", "Truck reversed without a guide.");

    draft->start("social");
    REQUIRE(draft->parked().size() == 1);
    CHECK(draft->parked().at(0).toMap().value("kind").toString() == "near_miss");
    CHECK(draft->parked().at(0).toMap().value("category").toString() == "vehicles_convoys");
    // The list on the home screen carries no story.
    CHECK_FALSE(draft->parked().at(0).toMap().contains("narrative"));
    CHECK(draft->property("narrative").toString().isEmpty());
    CHECK(draft->property("door").toString() == "social");

    SECTION("resuming brings every field back; the empty new draft is not kept")
    {
        draft->resume(parkedId(draft, 0));
        CHECK(draft->property("narrative").toString() == "Truck reversed without a guide.");
        CHECK(draft->property("category").toString() == "vehicles_convoys");
        CHECK(draft->parked().isEmpty());
        CHECK(draft->resumePage() == "review");
    }
    SECTION("resuming while another draft has content keeps that one aside in turn")
    {
        draft->setProperty("category", "bullying");
        draft->setProperty("narrative", "They keep mocking me.");
        draft->resume(parkedId(draft, 0));
        REQUIRE(draft->parked().size() == 1);
        CHECK(draft->parked().at(0).toMap().value("category").toString() == "bullying");
        CHECK(draft->property("category").toString() == "vehicles_convoys");
    }
    SECTION("both drafts survive a kill and a restart")
    {
        draft->setProperty("category", "bullying");
        draft->setProperty("narrative", "They keep mocking me.");
        draft->saveNow();
        app.restart();
        unlockAgain(app);
        draft = app->draft();
        CHECK(draft->property("narrative").toString() == "They keep mocking me.");
        REQUIRE(draft->parked().size() == 1);
        draft->resume(parkedId(draft, 0));
        CHECK(draft->property("narrative").toString() == "Truck reversed without a guide.");
    }
    SECTION("a kept draft can be deleted on purpose")
    {
        draft->removeParked(parkedId(draft, 0));
        CHECK(draft->parked().isEmpty());
        CHECK(app->store().vaultSlots("draft:parked:").empty());
    }
}

TEST_CASE("drafts: discarding can be undone until the undo time ends or the app locks", "[draft]")
{
    TestApp app("http://127.0.0.1:9");
    ReportDraft* draft = app->draft();
    draft->start("social");
    draft->setProperty("category", "intimidation");
    draft->setProperty("narrative", "Threatened after the exercise.");
    draft->saveNow();

    draft->discard();
    CHECK_FALSE(draft->active());
    CHECK(draft->canUndoDiscard());
    CHECK(savedDraft(app).empty());

    SECTION("undo brings it back, saved again")
    {
        draft->undoDiscard();
        CHECK(draft->active());
        CHECK_FALSE(draft->canUndoDiscard());
        CHECK(draft->property("narrative").toString() == "Threatened after the exercise.");
        CHECK(savedDraft(app).find("Threatened") != std::string::npos);
    }
    SECTION("undo after a new draft was started keeps the new one aside")
    {
        draft->start("safety");
        draft->setProperty("category", "diving");
        draft->undoDiscard();
        CHECK(draft->property("category").toString() == "intimidation");
        REQUIRE(draft->parked().size() == 1);
        CHECK(draft->parked().at(0).toMap().value("category").toString() == "diving");
    }
    SECTION("locking makes the discard final")
    {
        app->lock();
        CHECK_FALSE(draft->canUndoDiscard());
        unlockAgain(app);
        CHECK_FALSE(draft->active());
    }
    SECTION("the undo time runs out by itself")
    {
        REQUIRE(fixture::waitFor([&]() { return !draft->canUndoDiscard(); }, 12000));
        draft->undoDiscard();
        CHECK_FALSE(draft->active());
    }
}

TEST_CASE("drafts: continuous typing is saved every few seconds, not only after a pause", "[draft]")
{
    TestApp app("http://127.0.0.1:9");
    ReportDraft* draft = app->draft();
    draft->start("social");
    draft->setProperty("category", "bullying");

    // A key every 200 ms, never a pause of 0.8 s: the old autosave never fired.
    QString typed;
    QTimer keys;
    keys.setInterval(200);
    QObject::connect(&keys, &QTimer::timeout, [&]() {
        typed += QStringLiteral("x");
        draft->setProperty("narrative", typed);
    });
    keys.start();
    const bool saved = fixture::waitFor([&]() { return savedDraft(app).find("xxxxx") != std::string::npos; }, 4500);
    const auto typedWhenSaved = typed.size();
    keys.stop();
    CHECK(saved);
    CHECK(typedWhenSaved < 22);   // within ~3 s of typing, while the keys kept coming
}

TEST_CASE("drafts: a resumed draft opens on the first step that is not done", "[draft]")
{
    TestApp app("http://127.0.0.1:9");
    ReportDraft* draft = app->draft();
    draft->start("safety");
    CHECK(draft->resumePage() == "kind");
    draft->setProperty("category", "diving");
    CHECK(draft->resumePage() == "what");
    draft->setProperty("narrative", "Buddy line tangled.");
    CHECK(draft->resumePage() == "review");
    draft->start("advisor");
    CHECK(draft->resumePage() == "what");
}

TEST_CASE("drafts: a kept draft keeps its photos when another draft is thrown away", "[draft]")
{
    QTemporaryDir images;
    TestApp app("http://127.0.0.1:9");
    ReportDraft* draft = app->draft();
    draft->start("safety");
    draft->setProperty("category", "diving");
    addPhoto(draft, images, "a.jpg");
    draft->park();
    REQUIRE(draft->parked().size() == 1);

    draft->start("safety");
    draft->setProperty("category", "live_fire");
    addPhoto(draft, images, "b.jpg");
    draft->abandon();
    CHECK(app->store().vaultSlots("draft-photo:").size() == 1);

    draft->resume(parkedId(draft, 0));
    REQUIRE(draft->photos().size() == 1);
    // Orphans (a kill between adding a photo and saving the draft) go at the next unlock.
    app->lock();
    unlockAgain(app);
    CHECK(app->store().vaultSlots("draft-photo:").size() == 1);
    CHECK(draft->photos().size() == 1);
}
