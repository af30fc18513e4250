// SPDX-License-Identifier: EUPL-1.2
// Catch2 runner for the console's tests: a QGuiApplication (offscreen) must exist before any
// Qt object, and the QML modules are linked statically.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Vigil_AdvisorPlugin)
Q_IMPORT_QML_PLUGIN(Vigil_Advisor_CorePlugin)
Q_IMPORT_QML_PLUGIN(Vigil_ControlsPlugin)

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("TZ", "UTC");
    QGuiApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
