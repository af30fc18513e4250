// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Starting a real Qt executable of ours in a test (vigil-field, vigil-advisor): offscreen, with
// a private runtime folder as a desktop session has one, and each log line tagged with its type
// so that a test can fail on any warning the application printed.

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace vigil::testsupport {

/// A private runtime folder for this test process (Qt warns without one, and a test would
/// count the machine's set-up against the app), created on first use.
QString privateRuntimeDir();

/// The environment for an app under test: offscreen, software rendering, UTC, the private
/// runtime folder, `[type] message` lines, and no QT_FATAL_WARNINGS inherited from the caller.
QProcessEnvironment appEnvironment();

/// The lines of `output` that Qt or the application logged as warnings or worse.
QStringList warningsIn(const QString& output);

} // namespace vigil::testsupport
