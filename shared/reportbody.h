// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The plaintext inside the sealed body: the report's canonical JSON followed by the raw
// attachment bytes (docs/protocol.md §2.4). Padding and encryption happen in seal.h.

#include "report.h"
#include "secret.h"

#include <span>
#include <vector>

namespace vigil {

struct ReportBody {
    Report report;
    std::vector<WipedBytes> attachments; ///< in the order of report.attachments
};

/// u32 length of the report JSON, the JSON, then each attachment's bytes. The sizes in
/// report.attachments must match `attachments`.
Result<WipedBytes> encodeReportBody(const Report& report, std::span<const Bytes> attachments);
/// The inverse of encodeReportBody; checks that the attachment sizes add up exactly.
Result<ReportBody> decodeReportBody(ByteView plaintext);

} // namespace vigil
