// SPDX-License-Identifier: EUPL-1.2
// The real vigil-field executable (issue 12, "Tests that drive the real apps"), offscreen:
// enrolled from a file at first start as the demo does it, ended by SIGTERM, started again,
// killed with SIGKILL, and started once more on the same data. It fails on a crash, on an exit
// code other than 0, on any warning in the application's output, and on a store that lost its
// enrolment. The journeys through the screens, with taps and typing, run the same screens on
// the same FieldApp in a child process (killtyping_test.cpp, tests/qml).
#include "mobile/fieldstore.h"
#include "mobile/trust.h"

#include "tests/support/testdata.h"
#include "tests/support/realapp.h"
#include "waitfor.h"

#include "shared/provisioning.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <csignal>

using namespace vigil;
using namespace vigil::field;
using fixture::waitFor;
using testsupport::appEnvironment;
using testsupport::warningsIn;

namespace {

bool enrolled(const QString& dataDir)
{
    auto store = FieldStore::open(dataDir.toStdString());
    if (!store)
        return false;
    Trust trust(**store);
    return trust.rootKey() == test::rootKey().publicKey && trust.organisation() == "Defensie";
}

} // namespace

TEST_CASE("the real vigil-field enrols from a file, logs no warning, ends cleanly on SIGTERM and starts again "
          "after SIGKILL",
          "[journey][real-app]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString data = dir.filePath(QStringLiteral("data"));
    const QString enrolFile = dir.filePath(QStringLiteral("enrol.json"));
    {
        Provisioning p;
        p.rootKey = test::rootKey().publicKey;
        p.relayUrl = "http://127.0.0.1:9"; // nobody answers: the app must cope, quietly
        p.organisation = "Defensie";
        QFile f(enrolFile);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromStdString(encodeProvisioning(p)));
    }
    auto start = [&](QProcess& app, const QStringList& extra) {
        app.setProcessEnvironment(appEnvironment());
        app.setProcessChannelMode(QProcess::MergedChannels);
        app.start(QStringLiteral(VIGIL_FIELD_EXE), QStringList{QStringLiteral("--data-dir"), data} + extra);
        REQUIRE(app.waitForStarted(10000));
    };

    {
        // First start: enrolled from the file, then waiting for a PIN; SIGTERM ends it cleanly.
        QProcess app;
        start(app, {QStringLiteral("--enrol"), enrolFile});
        CHECK(waitFor([&] { return enrolled(data); }, 20000));
        waitFor([] { return false; }, 1500); // the first screen is up
        REQUIRE(app.state() == QProcess::Running);
        ::kill(static_cast<pid_t>(app.processId()), SIGTERM);
        REQUIRE(app.waitForFinished(20000));
        const QString output = QString::fromUtf8(app.readAll());
        INFO(output.toStdString());
        CHECK(app.exitStatus() == QProcess::NormalExit);
        CHECK(app.exitCode() == 0);
        CHECK(warningsIn(output).isEmpty());
    }
    {
        // Started again, then killed without warning (a phone reclaiming memory).
        QProcess app;
        start(app, {});
        waitFor([] { return false; }, 2000);
        REQUIRE(app.state() == QProcess::Running);
        app.kill();
        REQUIRE(app.waitForFinished(10000));
        const QString output = QString::fromUtf8(app.readAll());
        INFO(output.toStdString());
        CHECK(warningsIn(output).isEmpty());
    }
    {
        // And once more: the screens load cleanly on what the kill left behind.
        QProcess app;
        start(app, {QStringLiteral("--self-test")});
        REQUIRE(app.waitForFinished(30000));
        const QString output = QString::fromUtf8(app.readAll());
        INFO(output.toStdString());
        CHECK(app.exitCode() == 0);
        CHECK(warningsIn(output).isEmpty());
    }
    CHECK(enrolled(data));
}
