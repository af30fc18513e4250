// SPDX-License-Identifier: EUPL-1.2
#include "fieldtest.h"

#include "testdata.h"

#include "shared/provisioning.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QGuiApplication>
#include <QThread>

#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

namespace vigil::field::fixture {

Bytes signedSampleDirectory(std::uint32_t version)
{
    return signDirectory(vigil::test::sampleDirectory(1'750'000'000, version), vigil::test::rootKey());
}

std::string provisioningJson(const std::string& relayUrl, std::uint32_t directoryVersion, bool withDirectory)
{
    Provisioning p;
    p.rootKey = vigil::test::rootKey().publicKey;
    p.relayUrl = relayUrl;
    p.organisation = "Defensie";
    if (withDirectory)
        p.signedDirectory = signedSampleDirectory(directoryVersion);
    return encodeProvisioning(p);
}

bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return done();
}

} // namespace vigil::field::fixture

// Qt objects (timers, network, the app object) need an application object for every test.
int main(int argc, char* argv[])
{
    // Headless, also when ctest discovers the tests (it runs this binary without our env).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
