// SPDX-License-Identifier: EUPL-1.2
// This file holds Catch's runner: the define must come before the first include of Catch.
#define CATCH_CONFIG_RUNNER
#include "fieldtest.h"

#include "mobile/tokenattach.h"

#include <catch2/catch.hpp>

#include "tests/support/testdata.h"

#include "shared/provisioning.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QGuiApplication>
#include <QThread>

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

TestApp::TestApp(const std::string& relayUrl, std::uint32_t directoryVersion)
{
    build();
    enrolAndSetPin(provisioningJson(relayUrl, directoryVersion));
}

TestApp::TestApp(const Provisioned& provisioned) : now(provisioned.now)
{
    build();
    enrolAndSetPin(provisioned.payload);
}

void TestApp::enrolAndSetPin(const std::string& provisioning)
{
    REQUIRE(m_app->enrolFromText(QString::fromStdString(provisioning)));
    // Enrolling starts a first round by itself (to fetch the directory); let it end.
    REQUIRE(waitFor([this]() { return !m_app->sync()->busy(); }, 10000));
    auto key = VaultKey::create("123456", VaultParams::minimal());
    REQUIRE(key);
    REQUIRE(m_app->vault().create(std::move(*key)));
}

void TestApp::build()
{
    auto store = FieldStore::open(m_dir.path().toStdString());
    REQUIRE(store);
    AppOptions options;
    options.vaultParams = VaultParams::minimal();
    options.clock = [this]() { return now; };
    options.startSync = false;
    options.sync.baseBackoffMs = 10;
    options.sync.maxBackoffMs = 80;
    options.sync.idleIntervalMs = 60 * 60 * 1000;
    options.sync.requestTimeoutMs = 3000;
    options.sync.watchNetwork = false;
    m_app = std::make_unique<FieldApp>(std::move(*store), options);
    m_app->setLanguage(QStringLiteral("en"));
}

void TestApp::restart()
{
    m_app.reset();
    build();
    auto key = DeviceVault::derive(m_app->store(), "123456");
    REQUIRE(key);
    m_app->vault().adopt(std::move(*key));
}

SealOutcome TestApp::seal(const Report& report, const std::string& unit)
{
    return seal(report, {}, unit);
}

SealOutcome TestApp::seal(Report report, std::vector<Bytes> photos, const std::string& unit)
{
    auto directory = m_app->trust().directory(now);
    REQUIRE(directory);
    for (std::size_t i = 0; i < photos.size(); ++i)
        report.attachments.push_back({"photo-" + std::to_string(i + 1) + ".jpg", "image/jpeg", photos[i].size()});
    SealRequest request;
    request.report = std::move(report);
    request.attachments = std::move(photos);
    request.unit = unit;
    // As the draft does: a token when the phone's organisation issues them.
    const TokenUse tokens = tokensInUse(m_app->trust().issuerKeys(), static_cast<std::int64_t>(now))
                                ? TokenUse::Required
                                : TokenUse::None;
    auto outcome = sealAndStore(m_app->store(), *m_app->vault().key(), *directory, request, now, tokens);
    REQUIRE(outcome);
    return *outcome;
}

bool TestApp::syncRound(int timeoutMs)
{
    REQUIRE(waitFor([this]() { return !m_app->sync()->busy(); }, timeoutMs));
    bool finished = false;
    bool ok = false;
    auto connection = QObject::connect(m_app->sync(), &SyncEngine::roundFinished, [&](bool result) {
        finished = true;
        ok = result;
    });
    m_app->sync()->syncNow();
    waitFor([&]() { return finished; }, timeoutMs);
    QObject::disconnect(connection);
    REQUIRE(finished);
    return ok;
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
