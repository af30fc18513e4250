// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Waiting for Qt without a nested event loop: the field tests' one way to let signals,
// timers and background jobs run until a condition holds.

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

#include <functional>

namespace vigil::field::fixture {

/// Processes events until `done()` or `timeoutMs` passes; returns done().
inline bool waitFor(const std::function<bool()>& done, int timeoutMs = 5000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return done();
}

} // namespace vigil::field::fixture
