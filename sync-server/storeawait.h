// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Asio completion-token adapters for the store's writer: `co_await asyncIngest(store, job,
// use_awaitable)` suspends the connection's coroutine until the group commit that holds its
// envelopes returned. The writer thread completes by posting to the caller's executor, so
// the coroutine resumes on its own strand and the writer never runs handler code.

#include "envelopestore.h"

#include <boost/asio/associated_executor.hpp>
#include <boost/asio/async_result.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/post.hpp>

#include <utility>

namespace vigil::relay {

namespace net = boost::asio;

/// Result of an ingest: the job back (results filled) and whether the commit succeeded.
struct IngestOutcome {
    std::unique_ptr<IngestJob> job;
    Status status;
};

template <typename CompletionToken>
auto asyncIngest(EnvelopeStore& store, std::unique_ptr<IngestJob> job, CompletionToken&& token)
{
    return net::async_initiate<CompletionToken, void(IngestOutcome)>(
        [&store](auto handler, std::unique_ptr<IngestJob> j) {
            auto work = net::make_work_guard(net::get_associated_executor(handler));
            j->done = [h = std::move(handler), w = std::move(work)](std::unique_ptr<IngestJob> done, Status s) mutable {
                auto ex = w.get_executor();
                net::post(ex, [h = std::move(h), o = IngestOutcome{std::move(done), std::move(s)}]() mutable {
                    std::move(h)(std::move(o));
                });
            };
            store.submit(std::move(j));
        },
        token, std::move(job));
}

template <typename CompletionToken>
auto asyncWrite(EnvelopeStore& store, MoveFunction<Status(SqliteDb&)> apply, CompletionToken&& token)
{
    return net::async_initiate<CompletionToken, void(Status)>(
        [&store](auto handler, MoveFunction<Status(SqliteDb&)> fn) {
            auto work = net::make_work_guard(net::get_associated_executor(handler));
            WriteTask task;
            task.apply = std::move(fn);
            task.done = [h = std::move(handler), w = std::move(work)](Status s) mutable {
                auto ex = w.get_executor();
                net::post(ex, [h = std::move(h), s = std::move(s)]() mutable { std::move(h)(std::move(s)); });
            };
            store.submitWrite(std::move(task));
        },
        token, std::move(apply));
}

} // namespace vigil::relay
