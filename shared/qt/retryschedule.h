// SPDX-License-Identifier: EUPL-1.2
#pragma once

// When to try again after a failure, for both apps: exponential backoff with "equal jitter"
// (half the step fixed, half random), so a thousand phones or consoles that lost the same
// network do not come back in step, yet none waits much less than the step. A server that
// said when to come back (Retry-After) is never asked sooner.

#include <QRandomGenerator>

#include <optional>

namespace vigil::appcore {

class RetrySchedule {
public:
    /// The first step after a failure is `baseMs`; each further failure doubles it up to `maxMs`.
    RetrySchedule(int baseMs, int maxMs) : m_baseMs(baseMs), m_maxMs(maxMs) {}

    /// Counts a failure and returns the wait before the next attempt: a uniform draw from
    /// [step/2, step], and at least `atLeastMs`.
    int failed(int atLeastMs = 0);
    /// A success: the next failure starts again at the base step.
    void succeeded() { m_failures = 0; }

    int failures() const { return m_failures; }
    /// The step of the failure now counted (before jitter); 0 before any failure.
    int stepMs() const;
    void setBase(int baseMs) { m_baseMs = baseMs; }
    /// Draws from `random` instead of the global generator (tests pin the sequence).
    void setRandom(QRandomGenerator random) { m_random = random; }

private:
    int m_baseMs;
    int m_maxMs;
    int m_failures = 0;
    std::optional<QRandomGenerator> m_random; ///< none: the global generator
};

} // namespace vigil::appcore
