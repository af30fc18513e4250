// SPDX-License-Identifier: EUPL-1.2
// The real vigil-advisor executable (issue 12, "Tests that drive the real apps"), offscreen,
// against a real registry on loopback, set up as scripts/demo does it: the console creates its
// vault and prints its identity, the operator registers it, the console signs in with the
// provisioning file. The test reads the console's own sealed cache (it knows the passphrase)
// to see that it signed in and fetched the case, then ends it with SIGTERM. It fails on a
// crash, on an exit code other than 0, and on any warning in the application's output.
// The journey through the pages, with clicks, is advisor.journey (journey.cpp).
#include "advisor/casecache.h"
#include "advisor/keyvault.h"

#include "qttest.h"
#include "tests/support/realapp.h"
#include "tests/support/testdata.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QThread>

#include <algorithm>
#include <csignal>
#include <fstream>

using namespace vigil;
using namespace vigil::advisor;
using namespace vigil::advisor::test;
using vigil::testsupport::appEnvironment;
using vigil::testsupport::warningsIn;

namespace {

const QString kPassphrase = QStringLiteral("real app passphrase 42");

/// Runs vigil-advisor with `args` to its end (for --print-identity); returns its stdout.
QString runToEnd(const QStringList& args)
{
    QProcess p;
    p.setProcessEnvironment(appEnvironment());
    p.start(QStringLiteral(VIGIL_ADVISOR_EXE), args);
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

/// The running console: started, then stopped with SIGTERM; its whole output is kept.
class RunningConsole {
public:
    explicit RunningConsole(const QStringList& args)
    {
        m_process.setProcessEnvironment(appEnvironment());
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral(VIGIL_ADVISOR_EXE), args);
        REQUIRE(m_process.waitForStarted(10000));
    }
    ~RunningConsole()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    bool running() { return m_process.state() == QProcess::Running; }

    /// SIGTERM, as a session logout sends it; true when the console ended by itself with 0.
    bool terminate()
    {
        ::kill(static_cast<pid_t>(m_process.processId()), SIGTERM);
        if (!m_process.waitForFinished(20000))
            return false;
        m_output += QString::fromUtf8(m_process.readAll());
        return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    }

    QString output()
    {
        m_output += QString::fromUtf8(m_process.readAll());
        return m_output;
    }

private:
    QProcess m_process;
    QString m_output;
};

/// What the console cached, read as the console reads it: through the vault's key.
struct CacheReader {
    std::filesystem::path dir;
    std::unique_ptr<KeyVault> vault;

    bool hasCaseWithEnvelope(std::int64_t caseId)
    {
        if (!std::filesystem::exists(dir / "cache.sqlite"))
            return false;
        if (!vault) {
            auto v = KeyVault::unlock(dir / "advisor.vault", kPassphrase.toStdString());
            if (!v)
                return false;
            vault = std::move(*v);
        }
        auto cache = CaseCache::open(dir / "cache.sqlite", vault->vaultKey());
        if (!cache)
            return false;
        auto cases = (*cache)->cases();
        auto envelope = (*cache)->envelope(caseId);
        if (!cases || !envelope || !*envelope)
            return false;
        return std::any_of(cases->begin(), cases->end(), [&](const auto& c) { return c.first == caseId; });
    }
};

} // namespace

TEST_CASE("the real vigil-advisor signs in to a real registry, fetches its case, logs no warning and ends cleanly "
          "on SIGTERM, also when it starts offline",
          "[advisor][real-app]")
{
    TestRegistry registry;
    TempDir dir;
    const QString data = QString::fromStdString(dir.path().string());
    const QString passphraseFile = data + QStringLiteral("/passphrase");
    {
        QFile f(passphraseFile);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(kPassphrase.toUtf8() + '\n');
    }
    const QString vaultDir = data + QStringLiteral("/console");

    // The console creates its vault and says who it is; the operator registers it.
    const QString identity = runToEnd({QStringLiteral("--data-dir"), vaultDir, QStringLiteral("--demo-passphrase-file"),
                                       passphraseFile, QStringLiteral("--print-identity")});
    REQUIRE(identity.startsWith(QStringLiteral("VGA1.")));
    registry.addAdvisor("m9", "Advisor Smit", "ca-pool", identity.toStdString());
    const QString provisioning = data + QStringLiteral("/advisor.json");
    std::ofstream(provisioning.toStdString()) << registry.provisioning();
    const FiledReport filed = registry.file(vigil::test::socialReport());
    const QStringList args{QStringLiteral("--data-dir"), vaultDir, QStringLiteral("--demo-passphrase-file"),
                           passphraseFile, QStringLiteral("--demo-provisioning"), provisioning,
                           QStringLiteral("--language"), QStringLiteral("nl")};

    CacheReader cache{vaultDir.toStdString(), nullptr};
    {
        RunningConsole app(args);
        // Unlocking the vault (Argon2id) and signing in take seconds; on a loaded two-core
        // machine far longer, so the wait is generous (ctest's limit is 120 s).
        const bool fetched = waitFor([&] { return !app.running() || cache.hasCaseWithEnvelope(filed.caseId); }, 90000);
        INFO(app.output().toStdString());
        REQUIRE(app.running());
        CHECK(fetched);
        waitFor([] { return false; }, 1000); // let the pages settle on what arrived
        CHECK(app.terminate());
        INFO(app.output().toStdString());
        CHECK(warningsIn(app.output()).isEmpty());
    }
    {
        // Started again while the registry is down, it opens on its cache.
        registry.stop();
        RunningConsole app(args);
        waitFor([&] { return !app.running(); }, 6000);
        INFO(app.output().toStdString());
        REQUIRE(app.running());
        CHECK(app.terminate());
        INFO(app.output().toStdString());
        CHECK(warningsIn(app.output()).isEmpty());
        CHECK(cache.hasCaseWithEnvelope(filed.caseId));
        registry.restart();
    }
}
