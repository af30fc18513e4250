// SPDX-License-Identifier: EUPL-1.2
// Catch's runner inside a QCoreApplication: translators and the event loop need one.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
