// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Asio completion-token adapters for the store's writer: `co_await asyncIngest(store, job,
// use_awaitable)` and `asyncWrite` resume the connection's coroutine on its own strand after
// the group commit (shared/net/writerawait.h).

#include "envelopestore.h"
#include "shared/net/writerawait.h"

#include <utility>

namespace vigil::relay {

namespace net = boost::asio;

/// Result of an ingest: the job back (results filled) and whether the commit succeeded.
using IngestOutcome = vigil::WriterOutcome<IngestJob>;

template <typename CompletionToken>
auto asyncIngest(EnvelopeStore& store, std::unique_ptr<IngestJob> job, CompletionToken&& token)
{
    return vigil::asyncWriterJob([&store](std::unique_ptr<IngestJob> j) { store.submit(std::move(j)); },
                                      std::move(job), std::forward<CompletionToken>(token));
}

template <typename CompletionToken>
auto asyncWrite(EnvelopeStore& store, MoveFunction<Status(SqliteDb&)> apply, CompletionToken&& token)
{
    return net::async_initiate<CompletionToken, void(Status)>(
        [&store](auto handler, MoveFunction<Status(SqliteDb&)> fn) {
            WriteTask task;
            task.apply = std::move(fn);
            task.done = vigil::resumeOnOwnExecutor<Status>(std::move(handler));
            store.submitWrite(std::move(task));
        },
        token, std::move(apply));
}

} // namespace vigil::relay
