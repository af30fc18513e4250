// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Helpers for the console's Catch2 tests on the Qt side: spin the event loop until something
// holds, and a console signed in to a test registry.

#include "testregistry.h"

#include "advisor/console.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <filesystem>
#include <functional>
#include <string>
#include <memory>

namespace vigil::advisor::test {

/// Processes Qt events until `condition` holds or `ms` pass; returns whether it held.
inline bool waitFor(const std::function<bool()>& condition, int ms = 15000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return true;
}

/// A console with a fresh data folder and fast vault parameters.
std::unique_ptr<Console> makeConsole(const std::filesystem::path& dataDir);

/// Creates the vault, registers its identity at `registry` as member `id` of `group`, loads
/// the provisioning file and signs in (throws std::runtime_error when a step fails).
void provisionAndSignIn(Console& console, TestRegistry& registry, const std::string& id, const std::string& name,
                        const std::string& group);

/// Every file under `dir`, concatenated: what a thief of the laptop would have.
std::string everythingOnDisk(const std::filesystem::path& dir);

/// Refreshes from the registry and waits until the console is in step with nothing queued
/// (throws std::runtime_error when it does not get there).
void syncNow(Console& console);

} // namespace vigil::advisor::test
