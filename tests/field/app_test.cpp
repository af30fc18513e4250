// SPDX-License-Identifier: EUPL-1.2
#include "mobile/fieldapp.h"

#include "fieldtest.h"
#include "mobile/outboxmodel.h"
#include "mobile/reportdraft.h"
#include "tests/support/testdata.h"

#include <QKeyEvent>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace vigil;
using namespace vigil::field;

namespace {

std::unique_ptr<FieldApp> makeApp(const QTemporaryDir& dir, int lockAfterSeconds)
{
    auto store = FieldStore::open(dir.path().toStdString());
    REQUIRE(store);
    AppOptions options;
    options.vaultParams = VaultParams::minimal();
    options.lockAfterSeconds = lockAfterSeconds;
    options.clock = []() { return fixture::kNow; };
    options.startSync = false;
    options.sync.watchNetwork = false;
    auto app = std::make_unique<FieldApp>(std::move(*store), options);
    app->setLanguage(QStringLiteral("en"));
    return app;
}

} // namespace

TEST_CASE("app: first start goes enrol → PIN → ready — a wrong PIN does not unlock", "[app]")
{
    QTemporaryDir dir;
    auto app = makeApp(dir, 600);
    CHECK(app->stage() == FieldApp::Stage::Enrol);
    CHECK_FALSE(app->enrolFromText(QStringLiteral("{\"v\":1}")));
    CHECK_FALSE(app->lastError().isEmpty());
    REQUIRE(app->enrolFromText(QString::fromStdString(fixture::provisioningJson())));
    CHECK(app->stage() == FieldApp::Stage::CreatePin);
    CHECK(app->organisation() == "Defensie");

    app->createPin(QStringLiteral("12345"), QStringLiteral("12345"));
    CHECK(app->lastError().contains("6"));
    app->createPin(QStringLiteral("274913"), QStringLiteral("274914"));
    CHECK_FALSE(app->lastError().isEmpty());
    app->createPin(QStringLiteral("274913"), QStringLiteral("274913"));
    REQUIRE(fixture::waitFor([&]() { return app->stage() == FieldApp::Stage::Ready; }));

    app->lock();
    CHECK(app->stage() == FieldApp::Stage::Locked);
    app->unlock(QStringLiteral("000000"));
    REQUIRE(fixture::waitFor([&]() { return !app->busy(); }));
    CHECK(app->stage() == FieldApp::Stage::Locked);
    CHECK(app->lastError().startsWith("Wrong PIN."));
    app->unlock(QStringLiteral("274913"));
    REQUIRE(fixture::waitFor([&]() { return app->stage() == FieldApp::Stage::Ready; }));

    SECTION("the state survives a restart: enrolled and locked")
    {
        app.reset();
        auto again = makeApp(dir, 600);
        CHECK(again->stage() == FieldApp::Stage::Locked);
    }
}

TEST_CASE("app: locks itself after inactivity — input keeps it open", "[app]")
{
    QTemporaryDir dir;
    auto app = makeApp(dir, 1);
    REQUIRE(app->enrolFromText(QString::fromStdString(fixture::provisioningJson())));
    app->createPin(QStringLiteral("274913"), QStringLiteral("274913"));
    REQUIRE(fixture::waitFor([&]() { return app->stage() == FieldApp::Stage::Ready; }));
    // Input at 0.6 s pushes the lock out past the first second.
    fixture::waitFor([]() { return false; }, 600);
    QKeyEvent key(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier);
    QCoreApplication::sendEvent(app.get(), &key);
    fixture::waitFor([]() { return false; }, 600);
    CHECK(app->stage() == FieldApp::Stage::Ready);
    CHECK(fixture::waitFor([&]() { return app->stage() == FieldApp::Stage::Locked; }, 3000));
}

TEST_CASE("app: panic wipe deletes vault, outbox and keys and returns to first start", "[app]")
{
    fixture::TestApp app("http://127.0.0.1:9");
    app.seal(vigil::test::nearMissReport());
    app->draft()->start("safety");
    app->draft()->setProperty("narrative", "half-written");
    app->draft()->saveNow();
    app->setNightMode(true);
    QSignalSpy wiped(&*app, &FieldApp::wiped);
    app->panicWipe();
    CHECK(wiped.count() == 1);
    CHECK(app->stage() == FieldApp::Stage::Enrol);
    CHECK_FALSE(app->isUnlocked());
    CHECK(app->store().outbox().empty());
    CHECK(app->store().vaultSlots("").empty());
    CHECK_FALSE(app->trust().rootKey());
    CHECK_FALSE(app->nightMode());
    CHECK_FALSE(app->draft()->active());
    app->outbox()->refresh();
    CHECK(app->outbox()->count() == 0);
}

TEST_CASE("app: the language switch translates at once and is remembered", "[app]")
{
    QTemporaryDir dir;
    auto app = makeApp(dir, 600);
    QSignalSpy changed(app.get(), &FieldApp::languageChanged);
    CHECK(app->draft()->missing() == "Choose what happened.");
    app->setLanguage(QStringLiteral("nl"));
    CHECK(changed.count() == 1);
    CHECK(app->draft()->missing() == "Kies wat er gebeurde.");
    app->setLanguage(QStringLiteral("xx"));   // anything but English is Dutch
    CHECK(app->language() == "nl");
    CHECK(app->store().settingText("ui.language") == "nl");
}
