// SPDX-License-Identifier: EUPL-1.2
#pragma once

// `co_await asyncIntake(queue, job, use_awaitable)` suspends a request's coroutine until the
// group commit that holds its envelopes returned. The writer completes by posting to the
// request's executor, so the coroutine resumes on its own thread and the writer never runs
// handler code (the relay's storeawait.h, for the registry's intake).

#include "registry/intakequeue.h"

#include <boost/asio/associated_executor.hpp>
#include <boost/asio/async_result.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/post.hpp>

#include <memory>
#include <utility>

namespace vigil::registry {

namespace net = boost::asio;

/// The job back (its results final when `status` is ok) and whether its commit succeeded.
struct IntakeOutcome {
    std::unique_ptr<IntakeJob> job;
    Status status;
};

template <typename CompletionToken>
auto asyncIntake(IntakeQueue& queue, std::unique_ptr<IntakeJob> job, CompletionToken&& token)
{
    return net::async_initiate<CompletionToken, void(IntakeOutcome)>(
        [&queue](auto handler, std::unique_ptr<IntakeJob> j) {
            auto work = net::make_work_guard(net::get_associated_executor(handler));
            j->done = [h = std::move(handler), w = std::move(work)](std::unique_ptr<IntakeJob> done, Status s) mutable {
                auto ex = w.get_executor();
                net::post(ex, [h = std::move(h), o = IntakeOutcome{std::move(done), std::move(s)}]() mutable {
                    std::move(h)(std::move(o));
                });
            };
            queue.submit(std::move(j));
        },
        token, std::move(job));
}

} // namespace vigil::registry
