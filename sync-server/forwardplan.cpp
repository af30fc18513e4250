// SPDX-License-Identifier: EUPL-1.2
#include "forwardplan.h"

#include <string>

namespace vigil::relay {

namespace {

constexpr std::size_t kBatchHeaderBytes = 6;     // magic + u16 count
constexpr std::size_t kEnvelopeFrameBytes = 4;   // u32 length before each envelope

ForwardOutcome refusal(const PendingEnvelope& p, std::string reason)
{
    return ForwardOutcome{p.id, IngestStatus::Invalid, {}, std::move(reason)};
}

} // namespace

std::size_t batchBodyBytes(std::size_t envelopes, std::size_t payloadBytes)
{
    return kBatchHeaderBytes + envelopes * kEnvelopeFrameBytes + payloadBytes;
}

ForwardPlan planForward(std::vector<PendingEnvelope> pending, const ForwardCaps& caps)
{
    ForwardPlan plan;
    std::size_t payload = 0;
    bool alone = false;   // the batch holds one envelope over batchBytes: nothing may join it
    for (auto& p : pending) {
        const std::size_t size = p.size;
        const std::size_t single = batchBodyBytes(1, size);
        if (caps.upstreamMaxEnvelope && size > *caps.upstreamMaxEnvelope) {
            plan.refused.push_back(refusal(p, "larger than the upstream's envelope limit (" + std::to_string(size)
                                                  + " > " + std::to_string(*caps.upstreamMaxEnvelope) + " bytes)"));
            continue;
        }
        if (single > caps.batchBytes) {
            if (caps.uploads) {
                if (!plan.upload)
                    plan.upload = std::move(p);
            } else if (caps.upstreamMaxBody && single > *caps.upstreamMaxBody) {
                plan.refused.push_back(refusal(p, "larger than the upstream's request limit and the upstream takes "
                                                  "no resumable uploads ("
                                                      + std::to_string(single) + " > "
                                                      + std::to_string(*caps.upstreamMaxBody) + " bytes)"));
            } else if (plan.batch.empty()) {
                // Over our own target but within what the upstream takes: it goes alone.
                payload = size;
                plan.batch.push_back(std::move(p));
                alone = true;
            }
            continue;
        }
        if (alone || plan.batch.size() >= caps.batchEnvelopes)
            continue;
        if (batchBodyBytes(plan.batch.size() + 1, payload + size) > caps.batchBytes)
            continue;   // a smaller envelope further on may still fit
        payload += size;
        plan.batch.push_back(std::move(p));
    }
    return plan;
}

} // namespace vigil::relay
