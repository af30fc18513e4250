// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Runs slow work (Argon2id, sealing a report with photos) on Qt's thread pool and delivers
// the result to a QObject on its own thread. If the receiver is gone by then, the result is
// dropped (and destroyed on the worker thread, where wiped buffers are wiped as usual).

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <memory>
#include <type_traits>
#include <utility>

namespace vigil::appcore {

template <typename Work, typename Done>
void runInBackground(QObject* receiver, Work work, Done done)
{
    QPointer<QObject> guard(receiver);
    QThreadPool::globalInstance()->start([guard, work = std::move(work), done = std::move(done)]() mutable {
        using R = std::invoke_result_t<Work&>;
        auto result = std::make_shared<R>(work());
        if (!guard)
            return;
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, result, done = std::move(done)]() mutable {
                if (guard)
                    done(std::move(*result));
            },
            Qt::QueuedConnection);
    });
}

} // namespace vigil::appcore
