// SPDX-License-Identifier: EUPL-1.2
// vigil-advisor: the advisor console. This file only composes: options, the Console, the QML
// engine. Everything else lives in vigil_advisor_lib (C++) and Vigil.Advisor (QML).
#include "account.h"
#include "attachmentimages.h"
#include "caseview.h"
#include "console.h"
#include "shared/qt/quitontermination.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>
#include <functional>
#include <memory>
#include <optional>

Q_IMPORT_QML_PLUGIN(Vigil_AdvisorPlugin)
Q_IMPORT_QML_PLUGIN(Vigil_Advisor_CorePlugin)
Q_IMPORT_QML_PLUGIN(Vigil_ControlsPlugin)

using vigil::advisor::Account;

namespace {

/// The first line of a passphrase file, without its line end.
std::optional<QString> readPassphrase(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray line = file.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

/// For demos and test rigs (--demo-passphrase-file): opens the vault with a passphrase from a
/// file, or creates it on first start, through the same Account calls as the Setup and Unlock
/// pages (Argon2id off the GUI thread), then loads the provisioning file as the Registry page
/// does. Nothing is skipped: the keys stay in the sealed vault, sign-in is challenge-response.
void openVaultForDemo(Account& account, const QString& passphrase, const QString& provisioning,
                      std::function<void(bool)> done)
{
    auto finish = [&account, provisioning, done] {
        if (!account.vault()) {
            std::fprintf(stderr, "vigil-advisor: %s\n", qPrintable(account.lastError()));
            return done(false);
        }
        if (!provisioning.isEmpty() && account.stage() == Account::Stage::NeedsRegistry)
            account.loadProvisioning(provisioning);
        if (!provisioning.isEmpty() && account.stage() != Account::Stage::Ready) {
            std::fprintf(stderr, "vigil-advisor: %s\n", qPrintable(account.lastError()));
            return done(false);
        }
        done(true);
    };
    // The account reports "not busy" just before it adopts the vault: look one turn later.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(&account, &Account::busyChanged, &account, [&account, connection, finish] {
        if (account.busy())
            return;
        QObject::disconnect(*connection);
        QMetaObject::invokeMethod(&account, finish, Qt::QueuedConnection);
    });
    if (account.stage() == Account::Stage::NeedsVault)
        account.createVault(passphrase, passphrase);
    else if (account.stage() == Account::Stage::Locked)
        account.unlock(passphrase);
    if (!account.busy()) { // refused at once (too short) or nothing to open
        QObject::disconnect(*connection);
        QMetaObject::invokeMethod(&account, finish, Qt::QueuedConnection);
    }
}

struct Options {
    QString dataDir;
    bool selfTest = false;
    QString demoPassphraseFile;
    QString demoProvisioning;
    bool printIdentity = false;
    QString language;
};

Options parseOptions(const QGuiApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Vigil advisor console: work the cases routed to your groups."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Folder for the vault and the sealed case cache."),
                                     QStringLiteral("dir"));
    const QCommandLineOption selfTest(QStringLiteral("self-test"),
                                      QStringLiteral("Load the user interface and quit (0 when it loads)."));
    const QCommandLineOption demoPassphrase(
        QStringLiteral("demo-passphrase-file"),
        QStringLiteral("Demos and test rigs only (scripts/demo): open the vault with the passphrase in <file>, or "
                       "create it with that passphrase on first start. Whoever can read <file> can open the vault."),
        QStringLiteral("file"));
    const QCommandLineOption demoProvisioning(
        QStringLiteral("demo-provisioning"),
        QStringLiteral("With --demo-passphrase-file: load this provisioning file (vigil-admin enroll --out) when "
                       "the vault has no registry yet, as the Registry page does."),
        QStringLiteral("file"));
    const QCommandLineOption printIdentity(
        QStringLiteral("print-identity"),
        QStringLiteral("With --demo-passphrase-file: print the identity for `vigil-admin advisor add --public-key` "
                       "and quit."));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QStringLiteral("Interface language for this run: nl or en (default: the last "
                                                     "choice in the console, else Dutch unless the system is English)."),
                                      QStringLiteral("nl|en"));
    parser.addOptions({dataDir, selfTest, demoPassphrase, demoProvisioning, printIdentity, language});
    parser.process(app);
    if (parser.isSet(language) && parser.value(language) != QLatin1String("nl")
        && parser.value(language) != QLatin1String("en")) {
        std::fprintf(stderr, "vigil-advisor: --language is nl or en\n");
        std::exit(2);
    }
    if ((parser.isSet(demoProvisioning) || parser.isSet(printIdentity)) && !parser.isSet(demoPassphrase)) {
        std::fprintf(stderr, "vigil-advisor: --demo-provisioning and --print-identity need --demo-passphrase-file\n");
        std::exit(2);
    }
    return {parser.value(dataDir), parser.isSet(selfTest), parser.value(demoPassphrase),
            parser.value(demoProvisioning), parser.isSet(printIdentity), parser.value(language)};
}

/// --print-identity: opens (or creates) the vault and prints the identity string.
int printIdentity(Account& account, const QString& passphrase)
{
    openVaultForDemo(account, passphrase, {}, [&account](bool ok) {
        if (ok)
            std::printf("%s\n", qPrintable(account.identity()));
        QGuiApplication::exit(ok ? 0 : 1);
    });
    return QGuiApplication::exec();
}

int runSelfTest(QQmlApplicationEngine& engine)
{
    if (engine.rootObjects().constFirst()->property("currentPage").value<QObject*>() == nullptr) {
        std::fprintf(stderr, "vigil-advisor: self-test failed: the first page did not load\n");
        return 1;
    }
    QTimer::singleShot(0, QGuiApplication::instance(), [] { QGuiApplication::exit(0); });
    const int code = QGuiApplication::exec();
    std::printf("vigil-advisor: self-test %s\n", code == 0 ? "passed" : "failed");
    return code;
}

} // namespace

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("vigil-advisor"));
    QGuiApplication::setOrganizationName(QStringLiteral("Vigil"));
    QGuiApplication::setApplicationVersion(QStringLiteral(VIGIL_VERSION));
    const Options cli = parseOptions(app);
    vigil::appcore::quitOnTermination(app);

    QTemporaryDir scratch;
    vigil::advisor::ConsoleOptions options;
    if (cli.selfTest)
        options.dataDir = scratch.path().toStdString();
    else if (!cli.dataDir.isEmpty())
        options.dataDir = cli.dataDir.toStdString();
    else
        options.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation).toStdString();
    options.language = cli.language;

    vigil::advisor::Console console(options);
    vigil::advisor::Console::setInstance(&console);

    std::optional<QString> passphrase;
    if (!cli.demoPassphraseFile.isEmpty() && !(passphrase = readPassphrase(cli.demoPassphraseFile))) {
        std::fprintf(stderr, "vigil-advisor: cannot read %s\n", qPrintable(cli.demoPassphraseFile));
        return 2;
    }
    if (cli.printIdentity)
        return printIdentity(*console.account(), *passphrase);

    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.addImageProvider(QStringLiteral("attachment"), new vigil::advisor::AttachmentImages(*console.caseView()));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Vigil/Advisor/Main.qml")));
    if (engine.rootObjects().isEmpty()) {
        std::fprintf(stderr, "vigil-advisor: the user interface failed to load\n");
        return 1;
    }
    if (cli.selfTest)
        return runSelfTest(engine);
    // A failed demo unlock leaves the Unlock page up: the passphrase can still be typed.
    if (passphrase)
        openVaultForDemo(*console.account(), *passphrase, cli.demoProvisioning, [](bool) {});
    return QGuiApplication::exec();
}
