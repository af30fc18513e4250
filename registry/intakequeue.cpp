// SPDX-License-Identifier: EUPL-1.2
#include "intakequeue.h"

#include <vector>

namespace vigil::registry {

IntakeQueue::IntakeQueue(CaseService& cases, std::size_t maxEnvelopes)
    : m_cases(cases), m_maxEnvelopes(maxEnvelopes == 0 ? 1 : maxEnvelopes), m_writer([this] { run(); })
{
}

IntakeQueue::~IntakeQueue()
{
    close();
}

void IntakeQueue::close()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    if (m_writer.joinable())
        m_writer.join();
}

void IntakeQueue::submit(std::unique_ptr<IntakeJob> job)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_stopping) {
            m_waiting.push_back(std::move(job));
            m_wake.notify_one();
            return;
        }
    }
    auto done = std::move(job->done);
    done(std::move(job), Error{"the registry is stopping", ErrorKind::Unavailable});
}

void IntakeQueue::run()
{
    for (;;) {
        std::vector<std::unique_ptr<IntakeJob>> round;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_waiting.empty(); });
            if (m_waiting.empty())
                return; // stopping, and everything submitted has been committed
            // Everything waiting, up to the bound; a job is never split across commits.
            std::size_t envelopes = 0;
            while (!m_waiting.empty() && (round.empty() || envelopes + m_waiting.front()->prepared.fresh.size() <= m_maxEnvelopes)) {
                envelopes += m_waiting.front()->prepared.fresh.size();
                round.push_back(std::move(m_waiting.front()));
                m_waiting.pop_front();
            }
        }
        std::vector<PreparedIntake*> batches;
        std::size_t envelopes = 0;
        for (auto& job : round) {
            batches.push_back(&job->prepared);
            envelopes += job->prepared.fresh.size();
        }
        Status s = envelopes == 0 ? Status{} : m_cases.commitIntake(batches);
        if (s && envelopes > 0) {
            ++m_commits;
            m_envelopes += envelopes;
        }
        for (auto& job : round) {
            auto done = std::move(job->done);
            done(std::move(job), s);
        }
    }
}

} // namespace vigil::registry
