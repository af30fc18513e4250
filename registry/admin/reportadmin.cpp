// SPDX-License-Identifier: EUPL-1.2
#include "reportadmin.h"

#include "registry/pdca/indicatorregister.h"
#include "registry/pdca/measureclocks.h"
#include "registry/pdca/measuredesk.h"
#include "registry/pdca/sqlitemeasurestore.h"
#include "registry/pdca/pdcatext.h"
#include "registry/pdca/riskdesk.h"
#include "registry/pdca/sqliteriskstore.h"
#include "registry/report/vmsalerts.h"
#include "registry/report/vmsclocks.h"
#include "registry/report/vmsissues.h"
#include "registry/report/vmspdf.h"
#include "registry/report/vmsreport.h"

#include "shared/directory.h"
#include "shared/hash.h"
#include "shared/signeddoc.h"

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

// The first day of month `month` (a monthIndex), YYYY-MM-DD.
std::string firstDay(int month) { return monthText(month) + "-01"; }

Result<report::VmsInputs> gather(Admin& admin, const report::VmsPeriod& period, const SuppressionRule& rule,
                                 std::int64_t now)
{
    report::VmsInputs in;
    in.period = period;
    in.generatedAt = now;
    auto organisation = admin.org().setting("organisation");
    if (!organisation)
        return organisation.error();
    in.organisation = organisation->value_or("Vigil");
    auto directory = admin.org().latestSignedDirectory();
    if (!directory)
        return directory.error();
    if (*directory) {
        auto payload = openSignedDocument(**directory, kDirectoryMagic, admin.keys().root.publicKey, "directory");
        if (!payload)
            return payload.error();
        auto decoded = decodeDirectory(*payload);
        if (!decoded)
            return decoded.error();
        in.directoryVersion = decoded->version;
    }
    auto log = admin.cases().auditLog();
    if (!log)
        return log.error();
    if (!log->empty()) {
        in.auditSeq = log->back().seq;
        in.auditHash = toHex(log->back().hash);
    }
    SqliteMeasureStore store(admin.cases());
    auto measures = MeasureDesk(store).all();
    if (!measures)
        return measures.error();
    in.measures = std::move(*measures);
    SqliteRiskStore risks(admin.cases());
    auto allRisks = RiskDesk(risks).all();
    if (!allRisks)
        return allRisks.error();
    in.risks = std::move(*allRisks);
    auto alerts = report::alertsRaisedIn(admin.cases(), period);
    if (!alerts)
        return alerts.error();
    in.alerts = std::move(*alerts);
    auto clocks = report::clocksOfPeriod(admin.cases(), period, now);
    if (!clocks)
        return clocks.error();
    in.clocks = std::move(*clocks);
    BoardPolicy policy;
    policy.rule = rule;
    auto board = IndicatorRegister(admin.cases()).board(period.lastMonth, policy, now);
    if (!board)
        return board.error();
    in.board = std::move(*board);
    return in;
}

} // namespace

Result<std::string> issueVmsReport(Admin& admin, const VmsIssueOptions& options, std::int64_t now)
{
    auto period = report::parsePeriod(options.period);
    if (!period)
        return period.error();
    if (options.k < 3 || options.k > 100)
        return Error{"k is 3 to 100", ErrorKind::Invalid};
    const int settles = report::settlesIn(*period);
    if (auto month = monthIndex(dateOf(now).substr(0, 7)); !month || *month < settles)
        return Error{period->label + " settles on " + firstDay(settles) + ": its last month still takes late reports",
                     ErrorKind::Conflict};
    auto latest = report::latestVmsIssue(admin.cases(), period->label);
    if (!latest)
        return latest.error();
    if (auto s = report::checkVmsReissue(period->label, *latest, options.reissue, options.reason); !s)
        return s.error();

    const SuppressionRule rule{options.k};
    auto inputs = gather(admin, *period, rule, now);
    if (!inputs)
        return inputs.error();
    const std::optional<std::int64_t> follows = *latest ? std::optional((*latest)->id) : std::nullopt;
    if (follows)
        inputs->reissue = report::VmsReissue{*follows, options.reason};
    const std::string json = report::buildVmsReport(*inputs, rule);
    if (auto s = report::checkVmsReport(json); !s)
        return withContext("the report failed its own check", s.error());
    auto nl = report::renderVmsPdf(json, report::Language::Dutch);
    auto en = report::renderVmsPdf(json, report::Language::English);
    if (!nl)
        return nl.error();
    if (!en)
        return en.error();

    // The register first: a period is issued once, and what was signed is kept even when a file
    // below cannot be written (vigil-admin report list names it).
    report::VmsIssue issue;
    issue.period = period->label;
    issue.madeAt = now;
    issue.madeBy = "admin";
    issue.signedReport = signDocument(kVmsReportMagic, json, admin.keys().root);
    // Until the inputs themselves are stored (--recompute), the report's JSON stands for them:
    // it is a pure function of them and names the audit head they were read at.
    const Hash32 inputsHash = Hasher().add("vigil vms inputs v1").add(json).finish();
    issue.inputsHash.assign(inputsHash.begin(), inputsHash.end());
    issue.reissueOf = follows;
    issue.reason = follows ? options.reason : std::string();
    const std::string hash = toHex(blake2b256(asBytes(json)));
    std::string detail = "vms json " + hash.substr(0, 16);
    if (follows)
        detail += " reissue of " + std::to_string(*follows) + " reason " + textTag(options.reason);
    auto id = report::recordVmsIssue(admin.cases(), issue, follows, detail);
    if (!id)
        return id.error();

    std::error_code ec;
    fs::create_directories(options.outDir, ec);
    if (ec)
        return Error{"report " + std::to_string(*id) + " is issued and stored, but " + options.outDir.string() + ": "
                         + ec.message(),
                     ErrorKind::Storage};
    const fs::path base
        = options.outDir / ("vms-" + period->label + (follows ? "-r" + std::to_string(*id) : std::string()));
    const std::string signedBytes(issue.signedReport.begin(), issue.signedReport.end());
    for (const auto& [suffix, bytes] : {std::pair<std::string, const std::string*>{".vgv", &signedBytes},
                                        {".json", &json}, {".nl.pdf", &nl.value()}, {".en.pdf", &en.value()}})
        if (auto s = writeFile(base.string() + suffix, *bytes); !s)
            return withContext("report " + std::to_string(*id) + " is issued and stored, but", s.error());

    return "issued report " + std::to_string(*id) + " on " + period->label
           + (follows ? " (reissue of report " + std::to_string(*follows) + ")" : std::string()) + ": "
           + base.string() + ".{vgv,json,nl.pdf,en.pdf}\n" + "BLAKE2b of the JSON " + hash + "\n";
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
    auto payload = openSignedDocument(asBytes(*signedBytes), kVmsReportMagic, *key, "report");
    if (!payload)
        return payload.error();
    const std::string json(*payload);
    if (auto s = report::checkVmsReport(json); !s)
        return s.error();
    std::string out = "signature: valid (root key " + options.rootKeyHex.substr(0, 16) + "…)\n"
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
