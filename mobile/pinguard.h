// SPDX-License-Identifier: EUPL-1.2
#pragma once

// What the app does about guessing the PIN: it refuses PINs anyone would try first, counts
// wrong PINs in the store (so killing the app does not reset the count), makes the next try
// wait longer after repeated failures, and after kWipeOfferAfter wrong PINs in a row offers
// the panic wipe. It never wipes by itself: a stranger typing wrong PINs must not be able to
// destroy reports that were not sent yet (docs/field-app.md, "PIN").

#include "fieldstore.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <cstdint>
#include <functional>
#include <string_view>

namespace vigil::field {

/// Why a PIN is too easy to guess.
enum class PinWeakness {
    None,
    TooShort,       ///< fewer than PinGuard::kMinimumLength characters
    SameDigit,      ///< 000000, 777777
    Run,            ///< 123456, 987654, 890123 (ascending or descending, wrapping 9→0)
    RepeatedGroup,  ///< 121212, 123123, 12341234: a shorter group repeated
    Common,         ///< on the list of PINs people choose most (112233, 147258, …)
};

/// The first reason `pin` is too easy to guess, or PinWeakness::None.
PinWeakness pinWeakness(std::string_view pin);

class PinGuard : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("App.pinGuard is the one PIN guard")

    Q_PROPERTY(int failures READ failures NOTIFY changed)
    Q_PROPERTY(int attemptsLeft READ attemptsLeft NOTIFY changed)
    Q_PROPERTY(int waitSeconds READ waitSeconds NOTIFY changed)
    Q_PROPERTY(bool wipeOffered READ wipeOffered NOTIFY changed)

public:
    static constexpr int kMinimumLength = 6;
    /// Wrong PINs in a row before the lock screen offers the panic wipe.
    static constexpr int kWipeOfferAfter = 10;
    /// Wrong PINs in a row that are free; each further one doubles the wait.
    static constexpr int kFreeFailures = 3;
    static constexpr std::uint64_t kFirstWaitSeconds = 30;
    static constexpr std::uint64_t kLongestWaitSeconds = 15 * 60;

    /// `clock` gives unix seconds (the app's injectable clock).
    PinGuard(FieldStore& store, std::function<std::uint64_t()> clock, QObject* parent = nullptr);

    /// Wrong PINs in a row (a try whose check never finished counts as wrong).
    int failures() const;
    /// Tries left before the panic wipe is offered.
    int attemptsLeft() const;
    /// Seconds before the next try is allowed; 0 when it is allowed now.
    int waitSeconds() const;
    bool wipeOffered() const { return failures() >= kWipeOfferAfter; }
    /// The wait after `failures` wrong PINs in a row.
    static std::uint64_t waitAfter(int failures);

    /// Call before checking a PIN: counts it as wrong until recordSuccess() says otherwise,
    /// so that killing the app while the check runs does not win a free try.
    void recordAttempt();
    /// The PIN was right (or a new one was set): the count starts again.
    void recordSuccess();

    /// The user-facing reason a new PIN is refused, or an empty string when it is fine.
    Q_INVOKABLE QString refusal(const QString& pin) const;
    /// The message after a wrong PIN: what happened and how many tries are left.
    QString wrongPinMessage() const;
    /// The message when a try comes before the wait is over.
    QString waitMessage() const;

signals:
    void changed();

private:
    void watchWait();

    FieldStore& m_store;
    std::function<std::uint64_t()> m_clock;
    QTimer m_tick;  ///< re-announces waitSeconds once a second while a wait runs
};

} // namespace vigil::field
