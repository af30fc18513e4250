// SPDX-License-Identifier: EUPL-1.2
#include "metrics.h"

#include "shared/net/prometheus.h"

namespace vigil::relay {

using prometheus::family;
using prometheus::sample;

std::string Metrics::render(const MetricsSnapshot& snapshot) const
{
    std::string out;
    out.reserve(4096);
    constexpr auto relaxed = std::memory_order_relaxed;

    family(out, "vigil_relay_envelopes_total", "counter", "Envelopes answered, by outcome.");
    sample(out, "vigil_relay_envelopes_total", stored.load(relaxed), "{result=\"stored\"}");
    sample(out, "vigil_relay_envelopes_total", duplicates.load(relaxed), "{result=\"duplicate\"}");
    sample(out, "vigil_relay_envelopes_total", conflicts.load(relaxed), "{result=\"conflict\"}");
    sample(out, "vigil_relay_envelopes_total", invalid.load(relaxed), "{result=\"invalid\"}");

    family(out, "vigil_relay_tokenless_stored_total", "counter",
           "Envelopes stored without a filing token while issuer keys were known (grace or require = false).");
    sample(out, "vigil_relay_tokenless_stored_total", tokenlessStored.load(relaxed));

    family(out, "vigil_relay_commits_total", "counter", "Group-commit transactions, each with one signed receipt batch.");
    sample(out, "vigil_relay_commits_total", commits.load(relaxed));
    family(out, "vigil_relay_commit_failures_total", "counter", "Transactions that did not commit (requests got 503).");
    sample(out, "vigil_relay_commit_failures_total", commitFailures.load(relaxed));

    family(out, "vigil_relay_forward_queue_depth", "gauge", "Envelopes stored but not yet acknowledged upstream.");
    sample(out, "vigil_relay_forward_queue_depth", queueDepth.load(relaxed));
    family(out, "vigil_relay_forward_lag_seconds", "gauge", "Age of the oldest envelope not yet acknowledged upstream.");
    sample(out, "vigil_relay_forward_lag_seconds", snapshot.forwardLagSeconds);
    family(out, "vigil_relay_forwarded_total", "counter", "Envelopes acknowledged by the upstream.");
    sample(out, "vigil_relay_forwarded_total", forwarded.load(relaxed));
    family(out, "vigil_relay_forward_failures_total", "counter", "Upstream batches that failed and will be retried.");
    sample(out, "vigil_relay_forward_failures_total", forwardFailures.load(relaxed));
    family(out, "vigil_relay_forward_refusals_total", "counter",
           "Upstream requests refused (4xx): smaller batches follow, or the envelope becomes a dead letter.");
    sample(out, "vigil_relay_forward_refusals_total", forwardRefusals.load(relaxed));
    family(out, "vigil_relay_forward_uploads_total", "counter", "Envelopes forwarded by resumable upload.");
    sample(out, "vigil_relay_forward_uploads_total", forwardUploads.load(relaxed));
    family(out, "vigil_relay_dead_lettered_total", "counter", "Envelopes that became dead letters since start.");
    sample(out, "vigil_relay_dead_lettered_total", deadLettered.load(relaxed));
    family(out, "vigil_relay_dead_letters", "gauge", "Envelopes the upstream refused (conflict or invalid), kept for the operator.");
    sample(out, "vigil_relay_dead_letters", snapshot.deadLetters);

    family(out, "vigil_relay_uploads_total", "counter", "Resumable uploads, by event.");
    sample(out, "vigil_relay_uploads_total", uploadsCreated.load(relaxed), "{event=\"created\"}");
    sample(out, "vigil_relay_uploads_total", uploadsCompleted.load(relaxed), "{event=\"completed\"}");
    sample(out, "vigil_relay_uploads_total", uploadsExpired.load(relaxed), "{event=\"expired\"}");
    sample(out, "vigil_relay_uploads_total", uploadsRefused.load(relaxed), "{event=\"refused\"}");
    family(out, "vigil_relay_upload_chunks_total", "counter", "Upload chunks durably appended.");
    sample(out, "vigil_relay_upload_chunks_total", uploadChunks.load(relaxed));
    family(out, "vigil_relay_upload_chunk_bytes_total", "counter", "Bytes of upload chunks durably appended.");
    sample(out, "vigil_relay_upload_chunk_bytes_total", uploadChunkBytes.load(relaxed));
    family(out, "vigil_relay_upload_offset_mismatches_total", "counter", "Chunks refused with 409 (not at the durable offset).");
    sample(out, "vigil_relay_upload_offset_mismatches_total", uploadOffsetMismatches.load(relaxed));
    family(out, "vigil_relay_uploads_open", "gauge", "Resumable uploads not yet complete.");
    sample(out, "vigil_relay_uploads_open", snapshot.uploadsOpen);
    family(out, "vigil_relay_upload_partial_bytes", "gauge", "Bytes held by incomplete uploads.");
    sample(out, "vigil_relay_upload_partial_bytes", snapshot.uploadBytes);

    renderHttp(out, "vigil_relay");
    return out;
}

} // namespace vigil::relay
