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
};

/// Writes vms-PERIOD.vgv (signed), .json (exactly its payload), .nl.pdf and .en.pdf into the
/// folder and records "report.issued" in the audit chain. Conflict while the period has not
/// settled; Invalid for a period that is no quarter or year.
Result<std::string> issueVmsReport(Admin& admin, const VmsIssueOptions& options, std::int64_t now);

struct VmsVerifyOptions {
    std::filesystem::path signedFile;
    std::string rootKeyHex;
    std::optional<std::filesystem::path> json, pdfNl, pdfEn;
};

/// Checks the signature with the root public key, the suppression of every count, and that
/// each file given is byte for byte what the signed JSON is and prints as. Names the first
/// failure.
Result<std::string> verifyVmsReport(const VmsVerifyOptions& options);

} // namespace vigil::registry
