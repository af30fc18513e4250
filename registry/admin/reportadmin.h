// SPDX-License-Identifier: EUPL-1.2
#pragma once

// What `vigil-admin report …` does (reportcommands.cpp), so tests call the same code: issue the
// inspectorate's report for a settled period — its JSON signed with the root key, and a PDF in
// Dutch and one in English printed from that JSON — and verify such a report without any
// registry data, as an inspector holding only the organisation's root public key does.

#include "admin.h"

#include <filesystem>
#include <optional>
#include <string>

namespace vigil::registry {

struct VmsIssueOptions {
    std::string period;               ///< 2026Q3 or 2026
    std::filesystem::path outDir;     ///< created if missing
    std::int64_t k = 5;
    bool reissue = false;             ///< the period was issued before: issue it again
    std::string reason;               ///< why, required with reissue (printed in the report)
};

/// Stores the signed report in `vms_reports` with the audit entry "report.issued" (one
/// transaction), then writes vms-PERIOD.vgv (signed), .json (exactly its payload), .nl.pdf and
/// .en.pdf into the folder (a reissue: vms-PERIOD-rN.*, N its report number). Conflict while the
/// period has not settled, or when it was issued already and this is no reissue (naming the
/// earlier issue); Invalid for a period that is no quarter or year, or a reissue without a reason.
Result<std::string> issueVmsReport(Admin& admin, const VmsIssueOptions& options, std::int64_t now);

/// Computes the period's report again from the registry's data as of `now` (with the k it was
/// issued with) and lists how it differs from the period's newest issue, cell by cell, flagging
/// differences in settled indicator figures; signs, stores and audits nothing. NotFound when
/// the period was never issued.
Result<std::string> recomputeVmsReport(Admin& admin, const std::string& period, std::int64_t now);

/// Every issued report, one line each: number, period, when, by whom, what it reissues and why.
Result<std::string> listVmsReports(Admin& admin);

struct VmsVerifyOptions {
    std::filesystem::path signedFile;
    std::string rootKeyHex;
    /// With key holders (docs/protocol.md §3.7): the key-set rotations from the root key (the
    /// body of GET /v1/keyset) and a signed directory of the set they reach, naming the online key.
    std::optional<std::filesystem::path> rotations, directory;
    std::optional<std::filesystem::path> json, pdfNl, pdfEn;
};

/// Checks the signature with the root public key (or, given the rotations from it and a
/// directory of the set they reach, with the online key that directory certifies), the suppression of every count, and that
/// each file given is byte for byte what the signed JSON is and prints as. Names the first
/// failure.
Result<std::string> verifyVmsReport(const VmsVerifyOptions& options);

} // namespace vigil::registry
