// SPDX-License-Identifier: EUPL-1.2
#include "reportadmin.h"

#include "shared/keysetrotation.h"
#include "shared/onlinesigned.h"

#include "registry/pdca/measureclocks.h"
#include "registry/report/vmsissuer.h"
#include "registry/report/vmspdf.h"
#include "registry/report/vmsreport.h"

#include "shared/hash.h"
#include "shared/signeddoc.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <system_error>

namespace vigil::registry {
namespace {

namespace fs = std::filesystem;

Result<std::string> readFile(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error{path.string() + ": cannot be read", ErrorKind::NotFound};
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Writes beside the target and renames, so a crash leaves the old file or the new, never half.
Status writeFile(const fs::path& path, std::string_view bytes)
{
    const fs::path temporary = path.string() + ".partial";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        out.flush();
        if (!out)
            return Error{temporary.string() + ": cannot be written", ErrorKind::Storage};
    }
    std::error_code ec;
    fs::rename(temporary, path, ec);
    if (ec)
        return Error{path.string() + ": " + ec.message(), ErrorKind::Storage};
    return {};
}

} // namespace

Result<std::string> issueVmsReport(Admin& admin, const VmsIssueOptions& options, std::int64_t now)
{
    auto issued = report::issueVms(admin.org(), admin.cases(), admin.keys(),
                                   {options.period, options.k, options.reissue, options.reason, "admin"}, now);
    if (!issued)
        return issued.error();
    const std::string number = std::to_string(issued->id);
    std::error_code ec;
    fs::create_directories(options.outDir, ec);
    if (ec)
        return Error{"report " + number + " is issued and stored, but " + options.outDir.string() + ": " + ec.message(),
                     ErrorKind::Storage};
    const fs::path base
        = options.outDir / ("vms-" + issued->period + (issued->follows ? "-r" + number : std::string()));
    const std::string signedBytes(issued->signedReport.begin(), issued->signedReport.end());
    for (const auto& [suffix, bytes] : {std::pair<std::string, const std::string*>{".vgv", &signedBytes},
                                        {".json", &issued->json}, {".nl.pdf", &issued->pdfNl},
                                        {".en.pdf", &issued->pdfEn}})
        if (auto s = writeFile(base.string() + suffix, *bytes); !s)
            return withContext("report " + number + " is issued and stored, but", s.error());
    return "issued report " + number + " on " + issued->period
           + (issued->follows ? " (reissue of report " + std::to_string(*issued->follows) + ")" : std::string()) + ": "
           + base.string() + ".{vgv,json,nl.pdf,en.pdf}\n" + "BLAKE2b of the JSON " + issued->hash + "\n";
}

Result<std::string> recomputeVmsReport(Admin& admin, const std::string& period, std::int64_t now)
{
    auto again = report::recomputeVms(admin.org(), admin.cases(), admin.keys().root.publicKey, period, now);
    if (!again)
        return again.error();
    const auto settled = std::count_if(again->differences.begin(), again->differences.end(),
                                       [](const report::VmsDifference& d) { return d.settledFigure; });
    std::string out = "report " + std::to_string(again->issueId) + " on " + period + " (issued "
                      + dateOf(again->issuedAt) + ") recomputed as of " + dateOf(now) + ": "
                      + std::to_string(again->differences.size()) + " difference(s), ";
    out += settled == 0 ? std::string("none in a settled indicator figure\n")
                        : std::to_string(settled) + " in settled indicator figures: a settled month never changes, so "
                              "the registry's data were changed since the issue, or a later board hid the month\n";
    if (!again->differences.empty())
        out += "where\tissued\tnow\n";
    for (const auto& d : again->differences)
        out += d.path + '\t' + d.issued + '\t' + d.now + (d.settledFigure ? "\tsettled figure\n" : "\n");
    out += "nothing was issued; report vms --reissue --reason \"...\" issues the period as it is now\n";
    return out;
}

Result<std::string> listVmsReports(Admin& admin)
{
    auto issues = report::listVmsIssues(admin.cases());
    if (!issues)
        return issues.error();
    if (issues->empty())
        return std::string("no report issued\n");
    std::string out;
    for (const auto& issue : *issues) {
        out += std::to_string(issue.id) + "  " + issue.period + "  " + dateOf(issue.madeAt) + "  " + issue.madeBy
               + "  inputs " + toHex(issue.inputsHash).substr(0, 16);
        if (issue.reissueOf)
            out += "  reissue of " + std::to_string(*issue.reissueOf) + ": " + issue.reason;
        out += "\n";
    }
    return out;
}

Result<std::string> verifyVmsReport(const VmsVerifyOptions& options)
{
    auto key = fixedFromHex<32>(options.rootKeyHex);
    if (!key)
        return Error{"--root-key: expected the root public key as 64 hex digits", ErrorKind::Invalid};
    auto signedBytes = readFile(options.signedFile);
    if (!signedBytes)
        return signedBytes.error();
    DocumentSigners signers(*key);
    if (options.rotations || options.directory) {
        if (!options.rotations || !options.directory)
            return Error{"--rotations and --directory go together", ErrorKind::Invalid};
        auto chainBytes = readFile(*options.rotations);
        if (!chainBytes)
            return chainBytes.error();
        auto chain = decodeRotationChain(asBytes(*chainBytes));
        if (!chain)
            return withContext("--rotations", chain.error());
        // The set must descend from the root key: its hand-over and every rotation after it verify.
        auto set = followKeySetRotations(RootKeySet(*key), *chain);
        if (!set)
            return withContext("--rotations", set.error());
        auto dir = readFile(*options.directory);
        if (!dir)
            return dir.error();
        signers = signersFor(*set, asBytes(*dir));
        if (!signers.onlineKey)
            return Error{"--directory: not signed by the key set given, or it names no online key", ErrorKind::Refused};
    }
    auto payload = openOnlineSignedDocument(asBytes(*signedBytes), kVmsReportMagic, signers, "report");
    if (!payload)
        return payload.error();
    const std::string json(*payload);
    if (auto s = report::checkVmsReport(json); !s)
        return s.error();
    std::string out = "signature: valid (" + (signers.onlineKey ? "online key " + keyId(*signers.onlineKey)
                                               + " certified by key set " + keySetId(signers.keys)
                                             : "root key " + options.rootKeyHex.substr(0, 16) + "…") + ")\n"
                      + "suppression: every count is 0, at least k, or hidden\n";
    if (options.json) {
        auto bytes = readFile(*options.json);
        if (!bytes)
            return bytes.error();
        if (*bytes != json)
            return Error{options.json->string() + ": differs from the signed report", ErrorKind::Invalid};
        out += "json: identical to the signed report\n";
    }
    for (const auto& [path, language] : {std::pair{options.pdfNl, report::Language::Dutch},
                                         std::pair{options.pdfEn, report::Language::English}}) {
        if (!path)
            continue;
        auto bytes = readFile(*path);
        if (!bytes)
            return bytes.error();
        auto printed = report::renderVmsPdf(json, language);
        if (!printed)
            return printed.error();
        if (*bytes != *printed)
            return Error{path->string() + ": is not the signed report as printed in "
                             + std::string(report::languageCode(language)),
                         ErrorKind::Invalid};
        out += "pdf " + std::string(report::languageCode(language)) + ": printed from the signed report\n";
    }
    out += "BLAKE2b of the JSON " + toHex(blake2b256(asBytes(json))) + "\n";
    return out;
}

} // namespace vigil::registry
