// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Issuing the inspectorate's report, for vigil-admin (which then writes the files) and the
// registry's advisor API (which serves them): gather the inputs at the cut-off, build and check
// the JSON, print both PDFs, sign with the root key, and store it once per period with its audit
// entry (vmsissues.h).

#include "vmsdiff.h"
#include "vmsissues.h"

#include "registry/orgstore.h"
#include "registry/registrykeys.h"
#include "registry/sqlcasestore.h"

#include "shared/keys.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace vigil::report {

struct VmsIssueRequest {
    std::string period;        ///< 2026Q3 or 2026
    std::int64_t k = 5;
    bool reissue = false;
    std::string reason;        ///< required with reissue
    std::string madeBy;        ///< "admin", or the member who asked
};

struct VmsIssued {
    std::int64_t id = 0;
    std::optional<std::int64_t> follows;  ///< the issue this one reissues
    std::string period;
    std::string json;
    Bytes signedReport;
    std::string pdfNl, pdfEn;
    std::string hash;                     ///< BLAKE2b of the JSON, hex
};

/// Signed with the root key before `keyset init`, with the online key the holders certified
/// after it (registry/onlinesigner.h); Refused when neither can sign.
/// Conflict while the period has not settled, or when it was issued already and this is no
/// reissue (naming the earlier issue); Invalid for a period that is no quarter or year, a k
/// outside 3…100, or a reissue without a reason.
[[nodiscard]] Result<VmsIssued> issueVms(registry::OrgStore& org, registry::SqlCaseStore& cases,
                                         const registry::RegistryKeys& keys, const VmsIssueRequest& request,
                                         std::int64_t now);

/// A period's report computed again now from the registry's data, beside its newest issue.
struct VmsRecomputed {
    std::int64_t issueId = 0;   ///< the issue it is compared with
    std::int64_t issuedAt = 0;
    std::string json;           ///< the report as it would be issued now (never signed or stored)
    std::vector<VmsDifference> differences;
};

/// Recomputes the report of `period` with the k it was issued with, at `now`, and compares it
/// with the period's newest issue (its signed JSON, opened as a reader does: registry/onlinesigner.h). Nothing
/// is signed, stored or audited. NotFound when the period was never issued; Invalid for a
/// period that is no quarter or year.
[[nodiscard]] Result<VmsRecomputed> recomputeVms(registry::OrgStore& org, registry::SqlCaseStore& cases,
                                                 const PublicKey& root, const std::string& period, std::int64_t now);

} // namespace vigil::report
