// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Completion-token adapters for work handed to a writer thread (the relay's envelope store,
// the registry's intake queue): `co_await asyncWriterJob(submit, job, use_awaitable)`
// suspends the request's coroutine until the group commit that holds its job returned.
// The writer completes by posting to the caller's executor, so the coroutine resumes on its
// own strand and the writer thread never runs handler code.

#include "shared/movefunction.h"
#include "shared/result.h"

#include <boost/asio/associated_executor.hpp>
#include <boost/asio/async_result.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/post.hpp>

#include <memory>
#include <utility>

namespace vigil {

/// The job back (its results final when `status` is ok) and whether its commit succeeded.
template <typename Job>
struct WriterOutcome {
    std::unique_ptr<Job> job;
    Status status;
};

/// A callable for the writer thread: keeps the handler's executor alive and, when called,
/// posts the handler with `value` to that executor.
template <typename Value, typename Handler>
MoveFunction<void(Value)> resumeOnOwnExecutor(Handler handler)
{
    auto work = boost::asio::make_work_guard(boost::asio::get_associated_executor(handler));
    return [h = std::move(handler), w = std::move(work)](Value value) mutable {
        auto ex = w.get_executor();
        boost::asio::post(ex, [h = std::move(h), v = std::move(value)]() mutable { std::move(h)(std::move(v)); });
    };
}

/// `Job` has `MoveFunction<void(std::unique_ptr<Job>, Status)> done`; `submit(std::unique_ptr<Job>)`
/// queues it for the writer, which calls `done` once after its commit (or with the error).
template <typename Job, typename Submit, typename CompletionToken>
auto asyncWriterJob(Submit submit, std::unique_ptr<Job> job, CompletionToken&& token)
{
    return boost::asio::async_initiate<CompletionToken, void(WriterOutcome<Job>)>(
        [submit = std::move(submit)](auto handler, std::unique_ptr<Job> j) mutable {
            auto resume = resumeOnOwnExecutor<WriterOutcome<Job>>(std::move(handler));
            j->done = [r = std::move(resume)](std::unique_ptr<Job> done, Status s) mutable {
                r(WriterOutcome<Job>{std::move(done), std::move(s)});
            };
            submit(std::move(j));
        },
        token, std::move(job));
}

} // namespace vigil
