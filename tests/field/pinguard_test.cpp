// SPDX-License-Identifier: EUPL-1.2
#include "mobile/pinguard.h"

#include "fieldtest.h"
#include "mobile/fieldapp.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace vigil;
using namespace vigil::field;

namespace {

std::unique_ptr<FieldStore> openStore(const QTemporaryDir& dir)
{
    auto store = FieldStore::open(dir.path().toStdString());
    REQUIRE(store);
    return std::move(*store);
}

/// An enrolled app with PIN 274913, locked, on a clock the test moves.
std::unique_ptr<FieldApp> lockedApp(const QTemporaryDir& dir, std::uint64_t& clock)
{
    AppOptions options;
    options.vaultParams = VaultParams::minimal();
    options.lockAfterSeconds = 600;
    options.clock = [&clock]() { return clock; };
    options.startSync = false;
    options.sync.watchNetwork = false;
    auto app = std::make_unique<FieldApp>(openStore(dir), options);
    app->setLanguage(QStringLiteral("en"));
    if (app->stage() == FieldApp::Stage::Enrol) {
        REQUIRE(app->enrolFromText(QString::fromStdString(fixture::provisioningJson())));
        app->createPin(QStringLiteral("274913"), QStringLiteral("274913"));
        REQUIRE(fixture::waitFor([&]() { return app->stage() == FieldApp::Stage::Ready; }));
        app->lock();
    }
    return app;
}

void tryPin(FieldApp& app, const char* pin)
{
    app.unlock(QString::fromLatin1(pin));
    REQUIRE(fixture::waitFor([&]() { return !app.busy(); }));
}

} // namespace

TEST_CASE("pin guard: the PINs anyone tries first are refused, with the reason", "[pin]")
{
    const std::vector<std::pair<std::string, PinWeakness>> weak = {
        {"12345", PinWeakness::TooShort},       {"", PinWeakness::TooShort},
        {"000000", PinWeakness::SameDigit},     {"77777777", PinWeakness::SameDigit},
        {"123456", PinWeakness::Run},           {"654321", PinWeakness::Run},
        {"234567", PinWeakness::Run},           {"890123", PinWeakness::Run},
        {"3210987", PinWeakness::Run},          {"1234567890", PinWeakness::Run},
        {"121212", PinWeakness::RepeatedGroup}, {"123123", PinWeakness::RepeatedGroup},
        {"12341234", PinWeakness::RepeatedGroup}, {"909090", PinWeakness::RepeatedGroup},
        {"112233", PinWeakness::Common},        {"147258", PinWeakness::Common},
        {"159753", PinWeakness::Common},        {"123321", PinWeakness::Common},
        {"696969", PinWeakness::RepeatedGroup}, {"111222", PinWeakness::Common},
    };
    for (const auto& [pin, why] : weak) {
        INFO(pin);
        CHECK(pinWeakness(pin) == why);
    }
    for (const char* fine : {"274913", "583092", "1029384756", "112234", "120987", "9081726"}) {
        INFO(fine);
        CHECK(pinWeakness(fine) == PinWeakness::None);
    }
}

TEST_CASE("pin guard: every refusal says why in words", "[pin]")
{
    QTemporaryDir dir;
    auto store = openStore(dir);
    PinGuard guard(*store, []() { return fixture::kNow; });
    CHECK(guard.refusal(QStringLiteral("274913")).isEmpty());
    CHECK(guard.refusal(QStringLiteral("123456")).contains("123456"));
    CHECK(guard.refusal(QStringLiteral("000000")).contains("repeated"));
    CHECK(guard.refusal(QStringLiteral("121212")).contains("121212"));
    CHECK(guard.refusal(QStringLiteral("112233")).contains("common"));
    CHECK(guard.refusal(QStringLiteral("1234")).contains("6"));
}

TEST_CASE("pin guard: the wait starts after three wrong PINs, doubles, and stops growing at 15 minutes", "[pin]")
{
    CHECK(PinGuard::waitAfter(0) == 0);
    CHECK(PinGuard::waitAfter(2) == 0);
    CHECK(PinGuard::waitAfter(3) == 30);
    CHECK(PinGuard::waitAfter(4) == 60);
    CHECK(PinGuard::waitAfter(5) == 120);
    CHECK(PinGuard::waitAfter(7) == 480);
    CHECK(PinGuard::waitAfter(8) == 900);
    CHECK(PinGuard::waitAfter(10) == 900);
    CHECK(PinGuard::waitAfter(1000) == 900);
}

TEST_CASE("pin guard: a try counts as wrong until it succeeds, so killing the app mid-check wins nothing", "[pin]")
{
    QTemporaryDir dir;
    std::uint64_t now = fixture::kNow;
    {
        auto store = openStore(dir);
        PinGuard guard(*store, [&now]() { return now; });
        QSignalSpy changed(&guard, &PinGuard::changed);
        guard.recordAttempt();
        guard.recordAttempt();
        guard.recordAttempt();
        CHECK(changed.count() >= 3);
        CHECK(guard.failures() == 3);
        CHECK(guard.attemptsLeft() == PinGuard::kWipeOfferAfter - 3);
        CHECK(guard.waitSeconds() == 30);
        // The app is killed here, before any check finished.
    }
    auto store = openStore(dir);
    PinGuard again(*store, [&now]() { return now; });
    CHECK(again.failures() == 3);
    now += 10;
    CHECK(again.waitSeconds() == 20);
    now -= 3600;   // the clock set back does not shorten the wait
    CHECK(again.waitSeconds() == 30);
    now += 3600 + 30;
    CHECK(again.waitSeconds() == 0);
    again.recordSuccess();
    CHECK(again.failures() == 0);
    CHECK(again.waitSeconds() == 0);
}

TEST_CASE("pin guard: the app refuses an easy PIN at creation", "[pin][app]")
{
    QTemporaryDir dir;
    std::uint64_t now = fixture::kNow;
    AppOptions options;
    options.vaultParams = VaultParams::minimal();
    options.clock = [&now]() { return now; };
    options.startSync = false;
    options.sync.watchNetwork = false;
    FieldApp app(openStore(dir), options);
    app.setLanguage(QStringLiteral("en"));
    REQUIRE(app.enrolFromText(QString::fromStdString(fixture::provisioningJson())));
    app.createPin(QStringLiteral("123456"), QStringLiteral("123456"));
    CHECK(app.lastError().contains("123456"));
    CHECK_FALSE(app.busy());
    CHECK(app.stage() == FieldApp::Stage::CreatePin);
}

TEST_CASE("pin guard: wrong PINs show the tries left, make the next wait, survive a restart, and the right PIN clears them",
          "[pin][app]")
{
    QTemporaryDir dir;
    std::uint64_t now = fixture::kNow;
    auto app = lockedApp(dir, now);
    tryPin(*app, "000001");
    CHECK(app->lastError().contains("9 more wrong PIN"));
    tryPin(*app, "000002");
    tryPin(*app, "000003");
    CHECK(app->pinGuard()->failures() == 3);
    CHECK(app->pinGuard()->waitSeconds() == 30);

    // Too early: refused without checking, and without counting.
    tryPin(*app, "274913");
    CHECK(app->stage() == FieldApp::Stage::Locked);
    CHECK(app->lastError().contains("Try again in 30 second"));
    CHECK(app->pinGuard()->failures() == 3);

    // Killing the app does not reset the count or the wait.
    app.reset();
    app = lockedApp(dir, now);
    CHECK(app->pinGuard()->failures() == 3);
    CHECK(app->pinGuard()->waitSeconds() == 30);

    now += 30;
    tryPin(*app, "274913");
    CHECK(app->stage() == FieldApp::Stage::Ready);
    CHECK(app->pinGuard()->failures() == 0);
    CHECK(app->lastError().isEmpty());
}

TEST_CASE("pin guard: after ten wrong PINs the wipe is offered, and nothing is wiped", "[pin][app]")
{
    QTemporaryDir dir;
    std::uint64_t now = fixture::kNow;
    auto app = lockedApp(dir, now);
    QSignalSpy wiped(app.get(), &FieldApp::wiped);
    for (int i = 0; i < PinGuard::kWipeOfferAfter; ++i) {
        now += PinGuard::kLongestWaitSeconds;
        tryPin(*app, "000009");
    }
    CHECK(app->pinGuard()->wipeOffered());
    CHECK(app->pinGuard()->attemptsLeft() == 0);
    CHECK(app->lastError().contains("10 times in a row"));
    CHECK(wiped.count() == 0);
    CHECK(app->stage() == FieldApp::Stage::Locked);

    // The owner who remembers the PIN after all still gets in.
    now += PinGuard::kLongestWaitSeconds;
    tryPin(*app, "274913");
    CHECK(app->stage() == FieldApp::Stage::Ready);
    CHECK_FALSE(app->pinGuard()->wipeOffered());
}

TEST_CASE("pin guard: a panic wipe and a new PIN start the count again", "[pin][app]")
{
    QTemporaryDir dir;
    std::uint64_t now = fixture::kNow;
    auto app = lockedApp(dir, now);
    tryPin(*app, "000001");
    tryPin(*app, "000002");
    app->panicWipe();
    CHECK(app->pinGuard()->failures() == 0);
    REQUIRE(app->enrolFromText(QString::fromStdString(fixture::provisioningJson())));
    app->createPin(QStringLiteral("583092"), QStringLiteral("583092"));
    REQUIRE(fixture::waitFor([&]() { return app->stage() == FieldApp::Stage::Ready; }));
    CHECK(app->pinGuard()->failures() == 0);
}
