// SPDX-License-Identifier: EUPL-1.2
// The app is killed while someone types, and the text is there after the restart.
//
// The child process runs the real screens (Main.qml on the real FieldApp, as vigil-field's
// main.cpp builds them), taps the social-safety door and a category as a person would, and
// types into "What happened?" a key every 100 ms without ever pausing, printing how much it
// has typed. The parent kills it with SIGKILL mid-word, starts the app again on the same
// data and checks that the draft holds what was typed up to a few seconds before the kill.
// Ended with SIGTERM instead (logout, shutdown), the app saves on its way out: nothing is lost.
#define CATCH_CONFIG_RUNNER
#include "mobile/fieldapp.h"
#include "mobile/reportdraft.h"

#include "tests/support/testdata.h"
#include "waitfor.h"

#include "shared/provisioning.h"
#include "shared/qt/quitontermination.h"

#include <QDeadlineTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QtQml/QQmlExtensionPlugin>

#include <catch2/catch.hpp>

#include <cstdio>
#include <memory>

Q_IMPORT_QML_PLUGIN(Vigil_Field_CorePlugin)
Q_IMPORT_QML_PLUGIN(Vigil_ControlsPlugin)
Q_IMPORT_QML_PLUGIN(Vigil_FieldPlugin)

using namespace vigil;
using namespace vigil::field;
using fixture::waitFor;

namespace {

constexpr std::uint64_t kNow = 1'750'000'000 + 3600;
const QString kPin = QStringLiteral("274913");
constexpr int kKeyIntervalMs = 100;
const QString kAlphabet = QStringLiteral("abcdefghijklmnopqrstuvwxyz");

/// The text the child types: the alphabet over and over, so a saved prefix is recognisable.
QString typedText(int count)
{
    QString out;
    for (int i = 0; i < count; ++i)
        out += kAlphabet.at(i % kAlphabet.size());
    return out;
}

std::unique_ptr<FieldApp> openApp(const QString& dir)
{
    auto store = FieldStore::open(dir.toStdString());
    if (!store)
        return nullptr;
    AppOptions options;
    options.vaultParams = VaultParams::minimal();
    options.clock = []() { return kNow; };
    options.startSync = false;
    options.lockAfterSeconds = 3600;
    auto app = std::make_unique<FieldApp>(std::move(*store), options);
    app->setLanguage(QStringLiteral("en"));
    return app;
}

QQuickItem* findItem(QQuickItem* root, const QString& name)
{
    if (!root)
        return nullptr;
    if (root->objectName() == name && root->isVisible())
        return root;
    for (QQuickItem* child : root->childItems())
        if (QQuickItem* found = findItem(child, name))
            return found;
    return nullptr;
}

/// Taps the visible control `name` in its middle, once it is there and the page has settled.
bool tap(QQuickWindow* window, const QString& name)
{
    QQuickItem* item = nullptr;
    if (!waitFor([&]() { return (item = findItem(window->contentItem(), name)) != nullptr; }, 5000))
        return false;
    // A StackView takes no input while a page slides in: wait until it has settled.
    QQuickItem* stack = findItem(window->contentItem(), QStringLiteral("stack"));
    waitFor([&]() { return stack && !stack->property("busy").toBool(); }, 5000);
    waitFor([]() { return false; }, 100);
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QTest::mouseClick(window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
    return true;
}

/// Child: first start, then the social door, a category, and typing without end.
int typeUntilKilled(const QString& dir)
{
    auto app = openApp(dir);
    if (!app)
        return 10;
    Provisioning p;
    p.rootKey = test::rootKey().publicKey;
    p.relayUrl = "http://127.0.0.1:9";
    p.organisation = "Defensie";
    p.signedDirectory = signDirectory(test::sampleDirectory(1'750'000'000, 1), test::rootKey());
    if (!app->enrolFromText(QString::fromStdString(encodeProvisioning(p))))
        return 11;
    app->createPin(kPin, kPin);
    if (!waitFor([&]() { return app->stage() == FieldApp::Stage::Ready; }, 10000))
        return 12;

    FieldApp::setInstance(app.get());
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Vigil/Field/Main.qml")));
    auto* window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
    if (!window || !QTest::qWaitForWindowExposed(window))
        return 13;
    for (const char* name : {"doorSocial", "category_bullying", "narrativeInput"}) {
        if (!tap(window, QString::fromLatin1(name))) {
            std::fprintf(stderr, "no control %s; visible:", name);
            std::function<void(QQuickItem*)> dump = [&](QQuickItem* i) {
                if (!i->objectName().isEmpty())
                    std::fprintf(stderr, " %s(v%d x%.0f o%.1f)", qPrintable(i->objectName()), int(i->isVisible()), i->x(), i->opacity());
                for (QQuickItem* c : i->childItems())
                    dump(c);
            };
            dump(window->contentItem());
            std::fprintf(stderr, "\n");
            return 14;
        }
    }

    std::printf("ready\n");
    std::fflush(stdout);
    // A key every 100 ms from the event loop, as vigil-field runs it: SIGTERM ends that loop
    // (quitOnTermination, as main.cpp sets up) and the app's own way out runs.
    int typed = 0;
    QTimer keys;
    QObject::connect(&keys, &QTimer::timeout, [&]() {
        QTest::keyClick(window, kAlphabet.at(typed % kAlphabet.size()).toLatin1());
        std::printf("typed %d\n", ++typed);
        std::fflush(stdout);
    });
    keys.start(kKeyIntervalMs);
    return QGuiApplication::exec();
}

/// Starts the child, reads its progress until it has typed `keys` keys; returns how many.
int typeInChild(QProcess& child, const QString& dir, int keys)
{
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--type-until-killed"), dir});
    REQUIRE(child.waitForStarted());
    int typed = 0;
    QDeadlineTimer deadline(60000);
    while (typed < keys && !deadline.hasExpired() && child.state() == QProcess::Running) {
        child.waitForReadyRead(200);
        while (child.canReadLine()) {
            const QByteArray line = child.readLine().trimmed();
            if (line.startsWith("typed "))
                typed = line.mid(6).toInt();
        }
    }
    INFO("child exit code " << child.exitCode() << ", stderr: " << child.readAllStandardError().toStdString());
    REQUIRE(typed >= keys);
    return typed;
}

/// The app started again on `dir` and unlocked with the PIN, as the reporter would.
std::unique_ptr<FieldApp> reopen(const QString& dir)
{
    auto app = openApp(dir);
    REQUIRE(app);
    auto key = DeviceVault::derive(app->store(), kPin.toStdString());
    REQUIRE(key);
    app->vault().adopt(std::move(*key));
    emit app->unlocked();
    REQUIRE(app->draft()->active());
    return app;
}

} // namespace

TEST_CASE("journeys: the app killed while someone types keeps what was typed", "[journey]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QProcess child;
    // About six seconds of typing, then SIGKILL: no destructor, no aboutToLock, no last save.
    const int typed = typeInChild(child, dir.path(), 60);
    child.kill();
    REQUIRE(child.waitForFinished(5000));

    auto app = reopen(dir.path());
    const QString narrative = app->draft()->property("narrative").toString();
    INFO("typed " << typed << " characters, the draft holds " << narrative.size());
    CHECK(typedText(typed).startsWith(narrative));
    // Saved at the latest every 3 s while typing: at 10 keys a second, at most ~35 behind.
    CHECK(narrative.size() >= typed - 35);
    CHECK(app->draft()->property("category").toString() == "bullying");
}

TEST_CASE("journeys: the app ended by SIGTERM while someone types keeps every key typed", "[journey]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QProcess child;
    const int typed = typeInChild(child, dir.path(), 25);
    child.terminate(); // SIGTERM, as a session logout or shutdown sends it
    REQUIRE(child.waitForFinished(10000));
    INFO("stderr: " << child.readAllStandardError().toStdString());
    CHECK(child.exitStatus() == QProcess::NormalExit);
    CHECK(child.exitCode() == 0);

    auto app = reopen(dir.path());
    const QString narrative = app->draft()->property("narrative").toString();
    INFO("typed " << typed << " characters, the draft holds " << narrative.size());
    // Saved on the way out: nothing typed before the signal is lost (a key may follow it).
    CHECK(narrative.startsWith(typedText(typed)));
    CHECK(narrative.size() <= typed + 2);
}

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    vigil::appcore::quitOnTermination(app);
    if (argc == 3 && qstrcmp(argv[1], "--type-until-killed") == 0)
        return typeUntilKilled(QString::fromLocal8Bit(argv[2]));
    return Catch::Session().run(argc, argv);
}
