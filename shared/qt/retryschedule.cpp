// SPDX-License-Identifier: EUPL-1.2
#include "retryschedule.h"

#include <algorithm>

namespace vigil::appcore {

int RetrySchedule::stepMs() const
{
    if (m_failures == 0)
        return 0;
    // 2^20 steps of even one millisecond exceed any cap: stop doubling long before overflow.
    const int exponent = std::min(m_failures - 1, 20);
    return static_cast<int>(std::min<qint64>(m_maxMs, qint64{m_baseMs} << exponent));
}

int RetrySchedule::failed(int atLeastMs)
{
    ++m_failures;
    const int step = stepMs();
    const int half = step / 2;
    QRandomGenerator* random = m_random ? &*m_random : QRandomGenerator::global();
    const int wait = half + static_cast<int>(random->bounded(static_cast<quint32>(step - half) + 1));
    return std::max(wait, atLeastMs);
}

} // namespace vigil::appcore
