// SPDX-License-Identifier: EUPL-1.2
// vigil-field: the composition root. Builds the store and the app object, loads the QML.

#include "fieldapp.h"

#include "shared/qt/quitontermination.h"

#include <QCommandLineParser>
#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTimer>
#include <QtQml/QQmlExtensionPlugin>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(Vigil_Field_CorePlugin)
Q_IMPORT_QML_PLUGIN(Vigil_ControlsPlugin)
Q_IMPORT_QML_PLUGIN(Vigil_FieldPlugin)

namespace {

int g_qmlWarnings = 0;
QtMessageHandler g_previousHandler = nullptr;

// Counts QML warnings, so that --self-test fails on a screen that loads with errors. Report
// text never reaches a log: the app does not log field contents anywhere.
void countingHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type >= QtWarningMsg && (message.contains(QLatin1String("qrc:/")) || message.contains(QLatin1String(".qml"))))
        ++g_qmlWarnings;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("Vigil"));
    QGuiApplication::setApplicationName(QStringLiteral("vigil-field"));
    QGuiApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    // SIGTERM (logout, shutdown) ends the event loop instead of the process: the draft being
    // typed is saved on the way out (ReportDraft, aboutToQuit).
    vigil::appcore::quitOnTermination(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Vigil field app: file safety reports offline; they sync by themselves."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption selfTest(QStringLiteral("self-test"), QStringLiteral("Load the user interface, then quit (0 = it loaded cleanly)."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Where the vault and outbox live."), QStringLiteral("dir"));
    const QCommandLineOption enrol(QStringLiteral("enrol"), QStringLiteral("Enrol from this provisioning file at start (demo, first start only)."), QStringLiteral("file"));
    parser.addOptions({selfTest, dataDir, enrol});
    parser.process(app);

    const QString dir = parser.isSet(dataDir) ? parser.value(dataDir)
                                              : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    auto store = vigil::field::FieldStore::open(dir.toStdString());
    if (!store) {
        std::fprintf(stderr, "vigil-field: %s\n", store.error().message.c_str());
        return 1;
    }
    vigil::field::FieldApp fieldApp(std::move(*store), vigil::field::AppOptions{});
    vigil::field::FieldApp::setInstance(&fieldApp);
    if (parser.isSet(enrol) && fieldApp.stage() == vigil::field::FieldApp::Stage::Enrol
        && !fieldApp.enrolFromFile(QUrl::fromLocalFile(parser.value(enrol)))) {
        std::fprintf(stderr, "vigil-field: %s\n", qPrintable(fieldApp.lastError()));
        return 1;
    }

    QQuickStyle::setStyle(QStringLiteral("Basic"));
    if (parser.isSet(selfTest))
        g_previousHandler = qInstallMessageHandler(countingHandler);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, []() { QCoreApplication::exit(1); },
        Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Vigil/Field/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;

    if (parser.isSet(selfTest)) {
        // Quit after the first frame was rendered, or fail if none comes.
        auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
        if (!window)
            return 1;
        QObject::connect(window, &QQuickWindow::frameSwapped, &app, []() {
            QTimer::singleShot(0, []() { QCoreApplication::exit(g_qmlWarnings == 0 ? 0 : 3); });
        });
        QTimer::singleShot(10000, &app, []() { QCoreApplication::exit(2); });
    }
    return QGuiApplication::exec();
}
