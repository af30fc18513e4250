// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The registry's group commit, as the relay's envelope store has one: requests that arrive
// while a commit is on disk wait together and go to disk in the next one. Each request's
// envelopes are checked on its own thread (CaseService::prepareIntake); one writer thread
// signs one receipt batch and creates the cases of every waiting request in one durable
// transaction (CaseService::commitIntake), then completes each request. Nothing is
// acknowledged before its commit returned; a failed commit fails every request in it.

#include "caseservice.h"

#include "shared/movefunction.h"

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

namespace vigil::registry {

struct IntakeJob {
    PreparedIntake prepared;
    /// Called on the writer thread once the commit returned; `prepared.results` is final when
    /// the status is ok. Must not block: hand the answer to the request's own thread.
    MoveFunction<void(std::unique_ptr<IntakeJob>, Status)> done;
};

class IntakeQueue {
public:
    /// `maxEnvelopes` bounds one commit (a bigger wait grows the next one, not this one).
    explicit IntakeQueue(CaseService& cases, std::size_t maxEnvelopes = 2048);
    /// close(), if not done before.
    ~IntakeQueue();
    IntakeQueue(const IntakeQueue&) = delete;
    IntakeQueue& operator=(const IntakeQueue&) = delete;

    /// Queues a job for the next commit; once closed, completes it at once with Unavailable.
    void submit(std::unique_ptr<IntakeJob> job);
    /// Commits what is waiting, then stops the writer. Call it while the threads the jobs'
    /// completions go to still run (the server does, between draining and stopping them).
    void close();

    /// Commits so far, and envelopes in them (for the metrics: envelopes per commit).
    std::uint64_t commits() const { return m_commits.load(); }
    std::uint64_t committedEnvelopes() const { return m_envelopes.load(); }

private:
    void run();

    CaseService& m_cases;
    const std::size_t m_maxEnvelopes;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::unique_ptr<IntakeJob>> m_waiting;
    bool m_stopping = false;
    std::atomic<std::uint64_t> m_commits{0};
    std::atomic<std::uint64_t> m_envelopes{0};
    std::thread m_writer;
};

} // namespace vigil::registry
