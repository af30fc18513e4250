// SPDX-License-Identifier: EUPL-1.2
// Qt Quick Test runner for the field app's screens: builds the app object on a fresh data
// folder with cheap vault parameters and a fixed clock, before any QML is loaded.

#include "mobile/fieldapp.h"

#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest/quicktest.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(Vigil_Field_CorePlugin)
Q_IMPORT_QML_PLUGIN(Vigil_ControlsPlugin)
Q_IMPORT_QML_PLUGIN(Vigil_FieldPlugin)

class Setup : public QObject {
    Q_OBJECT

public slots:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        auto store = vigil::field::FieldStore::open(m_dir.path().toStdString());
        Q_ASSERT(store);
        vigil::field::AppOptions options;
        options.vaultParams = vigil::VaultParams::minimal();
        options.lockAfterSeconds = 3600;
        options.clock = []() -> std::uint64_t { return 1'750'000'000 + 3600; };
        options.startSync = false;
        m_app = std::make_unique<vigil::field::FieldApp>(std::move(*store), options);
        m_app->setLanguage(QStringLiteral("en"));
        vigil::field::FieldApp::setInstance(m_app.get());
    }
    void qmlEngineAvailable(QQmlEngine* engine) { engine->addImportPath(QStringLiteral("qrc:/qt/qml")); }
    void cleanupTestCase() { }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<vigil::field::FieldApp> m_app;
};

QUICK_TEST_MAIN_WITH_SETUP(vigil_qml, Setup)

#include "main.moc"
