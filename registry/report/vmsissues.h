// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The register of issued inspectorate's reports (`vms_reports`, schema v8): each report as signed,
// once per period. Issuing a period again needs a reason and is kept beside the earlier issue,
// which it names ("reissue of report 3: …"); nothing is replaced or deleted.

#include "registry/sqlcasestore.h"

#include "shared/bytes.h"
#include "shared/result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace vigil::report {

struct VmsIssue {
    std::int64_t id = 0;
    std::string period;                      ///< 2026Q3 or 2026
    std::int64_t madeAt = 0;
    std::string madeBy;                      ///< "admin", or the member who asked the registry
    Bytes signedReport;                      ///< the VGV container (empty when listed without it)
    Bytes inputsHash;                        ///< 32 bytes
    std::optional<std::int64_t> reissueOf;   ///< the issue of the same period this one follows
    std::string reason;                      ///< why it was issued again ('' for a first issue)
};

/// Every issue, oldest first, without the signed bytes.
[[nodiscard]] Result<std::vector<VmsIssue>> listVmsIssues(registry::SqlCaseStore& store);

/// One issue with its signed bytes; NotFound when there is none.
[[nodiscard]] Result<VmsIssue> findVmsIssue(registry::SqlCaseStore& store, std::int64_t id);

/// The newest issue of `period`, if any.
[[nodiscard]] Result<std::optional<VmsIssue>> latestVmsIssue(registry::SqlCaseStore& store,
                                                             const std::string& period);

/// Why a period may not be issued (again) as asked: Conflict naming the earlier issue when the
/// period has one and this is no reissue; Invalid for a reissue without a reason or of a period
/// never issued. `latest` is latestVmsIssue's answer.
[[nodiscard]] Status checkVmsReissue(const std::string& period, const std::optional<VmsIssue>& latest,
                                     bool reissue, const std::string& reason);

/// Stores `issue` (its id is assigned) and the audit entry `report.issued` in one transaction,
/// after checking again that the period's newest issue is still `expectedLatest` (another issue
/// made meanwhile is a Conflict). `issue.reissueOf` must be that newest issue's id.
[[nodiscard]] Result<std::int64_t> recordVmsIssue(registry::SqlCaseStore& store, const VmsIssue& issue,
                                                  std::optional<std::int64_t> expectedLatest,
                                                  const std::string& auditDetail);

} // namespace vigil::report
