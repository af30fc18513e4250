// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Runs slow work (Argon2id key derivation) off the GUI thread and hands the result back on
// the thread of `context`, unless `context` is gone by then.

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <memory>
#include <utility>

namespace vigil::advisor {

template <typename Work, typename Done>
void runInBackground(QObject* context, Work work, Done done)
{
    QPointer<QObject> guard(context);
    QThread* thread = QThread::create([guard, work = std::move(work), done = std::move(done)]() mutable {
        auto result = std::make_shared<decltype(work())>(work());
        if (!guard)
            return;
        QMetaObject::invokeMethod(
            guard.data(), [guard, result, done = std::move(done)]() mutable {
                if (guard)
                    done(std::move(*result));
            },
            Qt::QueuedConnection);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace vigil::advisor
