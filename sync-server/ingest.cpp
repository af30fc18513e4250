// SPDX-License-Identifier: EUPL-1.2
#include "ingest.h"

namespace vigil::relay {

namespace {

/// Fills result `i` as invalid with a reason, or adds envelope `bytes` as a candidate.
void judgeShape(IngestJob& job, std::size_t i, ByteView bytes, const IngestLimits& limits)
{
    IngestResult& result = job.results[i];
    result.status = IngestStatus::Invalid;
    // The report id sits at a fixed offset, so even a malformed envelope can often be
    // named in its answer; the device then knows which outbox entry was refused.
    if (bytes.size() >= 20 && std::equal(bytes.begin(), bytes.begin() + 4, std::begin(envelope::kMagic))) {
        ReportId id{};
        std::copy(bytes.begin() + 4, bytes.begin() + 20, id.begin());
        result.reportId = id;
    }
    if (bytes.size() > limits.maxEnvelopeBytes) {
        result.reason = "envelope: " + std::to_string(bytes.size()) + " bytes exceeds the limit of "
                        + std::to_string(limits.maxEnvelopeBytes);
        return;
    }
    auto view = parseEnvelope(bytes, limits.maxEnvelopeBytes);
    if (!view) {
        result.reason = view.error().message;
        return;
    }
    result.reportId = view->reportId;
    IngestJob::Candidate candidate{i, view->reportId, envelopeHash(bytes), bytes, std::nullopt, {}, false};
    if (limits.tokens) {
        auto admitted = tokens::admitEnvelopeToken(*limits.tokens, *view, limits.now);
        if (admitted) {
            candidate.token = admitted->token;
            candidate.tokenless = admitted->tokenless;
        } else {
            candidate.tokenRefusal = admitted.error().message;
        }
    }
    job.candidates.push_back(std::move(candidate));
}

} // namespace

std::unique_ptr<IngestJob> prepareSingleIngest(std::string envelope, const IngestLimits& limits)
{
    auto job = std::make_unique<IngestJob>();
    job->body = std::move(envelope);
    job->results.resize(1);
    judgeShape(*job, 0, asBytes(job->body), limits);
    return job;
}

Result<std::unique_ptr<IngestJob>> prepareIngest(std::string body, const IngestLimits& limits)
{
    auto job = std::make_unique<IngestJob>();
    job->body = std::move(body);   // moved before decoding: the views must point at the job's copy
    // The framing is checked against the body size only; a single oversized envelope is judged
    // below on its own, so it does not fail its neighbours.
    auto envelopes = decodeBatch(asBytes(job->body), limits.maxBatchEnvelopes, job->body.size());
    if (!envelopes)
        return envelopes.error();
    job->results.resize(envelopes->size());
    job->candidates.reserve(envelopes->size());
    for (std::size_t i = 0; i < envelopes->size(); ++i)
        judgeShape(*job, i, (*envelopes)[i], limits);
    return job;
}

} // namespace vigil::relay
