// SPDX-License-Identifier: EUPL-1.2
#pragma once

// `co_await asyncIntake(queue, job, use_awaitable)` suspends a request's coroutine until the
// group commit that holds its envelopes returned (shared/net/writerawait.h).

#include "registry/intakequeue.h"
#include "shared/net/writerawait.h"

namespace vigil::registry {

using IntakeOutcome = vigil::WriterOutcome<IntakeJob>;

template <typename CompletionToken>
auto asyncIntake(IntakeQueue& queue, std::unique_ptr<IntakeJob> job, CompletionToken&& token)
{
    return vigil::asyncWriterJob([&queue](std::unique_ptr<IntakeJob> j) { queue.submit(std::move(j)); },
                                      std::move(job), std::forward<CompletionToken>(token));
}

} // namespace vigil::registry
