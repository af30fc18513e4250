// SPDX-License-Identifier: EUPL-1.2
// vigil-advisor: the advisor console. This file only composes: options, the Console, the QML
// engine. Everything else lives in vigil_advisor_lib (C++) and Vigil.Advisor (QML).
#include "attachmentimages.h"
#include "caseview.h"
#include "console.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(Vigil_AdvisorPlugin)
Q_IMPORT_QML_PLUGIN(Vigil_Advisor_CorePlugin)
Q_IMPORT_QML_PLUGIN(Vigil_ControlsPlugin)

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("vigil-advisor"));
    QGuiApplication::setOrganizationName(QStringLiteral("Vigil"));
    QGuiApplication::setApplicationVersion(QStringLiteral(VIGIL_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Vigil advisor console: work the cases routed to your groups."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Folder for the vault and the sealed case cache."),
                                     QStringLiteral("dir"));
    const QCommandLineOption selfTest(QStringLiteral("self-test"),
                                      QStringLiteral("Load the user interface and quit (0 when it loads)."));
    parser.addOption(dataDir);
    parser.addOption(selfTest);
    parser.process(app);

    QTemporaryDir scratch;
    vigil::advisor::ConsoleOptions options;
    if (parser.isSet(selfTest))
        options.dataDir = scratch.path().toStdString();
    else if (parser.isSet(dataDir))
        options.dataDir = parser.value(dataDir).toStdString();
    else
        options.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation).toStdString();

    vigil::advisor::Console console(options);
    vigil::advisor::Console::setInstance(&console);

    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.addImageProvider(QStringLiteral("attachment"), new vigil::advisor::AttachmentImages(*console.caseView()));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Vigil/Advisor/Main.qml")));
    if (engine.rootObjects().isEmpty()) {
        std::fprintf(stderr, "vigil-advisor: the user interface failed to load\n");
        return 1;
    }
    if (parser.isSet(selfTest)) {
        if (engine.rootObjects().constFirst()->property("currentPage").value<QObject*>() == nullptr) {
            std::fprintf(stderr, "vigil-advisor: self-test failed: the first page did not load\n");
            return 1;
        }
        QTimer::singleShot(0, &app, [] { QGuiApplication::exit(0); });
        const int code = QGuiApplication::exec();
        std::printf("vigil-advisor: self-test %s\n", code == 0 ? "passed" : "failed");
        return code;
    }
    return QGuiApplication::exec();
}
