// SPDX-License-Identifier: EUPL-1.2
#include "vmsissuer.h"

#include "vmspdf.h"
#include "vmsreport.h"
#include "vmsalerts.h"
#include "vmsclocks.h"

#include "registry/onlinesigner.h"
#include "registry/pdca/indicatorregister.h"
#include "registry/pdca/measureclocks.h"
#include "registry/pdca/measuredesk.h"
#include "registry/pdca/pdcatext.h"
#include "registry/pdca/riskdesk.h"
#include "registry/pdca/sqlmeasurestore.h"
#include "registry/pdca/sqlriskstore.h"

#include "shared/directory.h"
#include "shared/hash.h"
#include "shared/onlinesigned.h"
#include "shared/signeddoc.h"

#include <boost/json/parse.hpp>

namespace vigil::report {
namespace {

using namespace vigil::registry;

// The first day of month `month` (a monthIndex), YYYY-MM-DD.
std::string firstDay(int month) { return monthText(month) + "-01"; }

Result<VmsInputs> gather(registry::OrgStore& org, registry::SqlCaseStore& cases, const PublicKey& rootKey, const VmsPeriod& period, const SuppressionRule& rule,
                                 std::int64_t now)
{
    VmsInputs in;
    in.period = period;
    in.generatedAt = now;
    auto organisation = org.setting("organisation");
    if (!organisation)
        return organisation.error();
    in.organisation = organisation->value_or("Vigil");
    // The newest directory as a reader checks it: with key holders it is theirs, and it may be
    // signed by a set from before the last rotation (directoryVersion tries every set pinned).
    auto newest = org.newestDirectoryVersion();
    if (!newest)
        return newest.error();
    if (*newest > 0) {
        auto decoded = org.directoryVersion(*newest, rootKey);
        if (!decoded)
            return decoded.error();
        if (!*decoded)
            return Error{"directory " + std::to_string(*newest) + " is not stored", ErrorKind::Storage};
        in.directoryVersion = (*decoded)->version;
    }
    auto log = cases.auditLog();
    if (!log)
        return log.error();
    if (!log->empty()) {
        in.auditSeq = log->back().seq;
        in.auditHash = toHex(log->back().hash);
    }
    SqlMeasureStore store(cases);
    auto measures = MeasureDesk(store).all();
    if (!measures)
        return measures.error();
    in.measures = std::move(*measures);
    SqlRiskStore risks(cases);
    auto allRisks = RiskDesk(risks).all();
    if (!allRisks)
        return allRisks.error();
    in.risks = std::move(*allRisks);
    auto alerts = alertsRaisedIn(cases, period);
    if (!alerts)
        return alerts.error();
    in.alerts = std::move(*alerts);
    auto clocks = clocksOfPeriod(cases, period, now);
    if (!clocks)
        return clocks.error();
    in.clocks = std::move(*clocks);
    BoardPolicy policy;
    policy.rule = rule;
    auto board = IndicatorRegister(cases).board(period.lastMonth, policy, now);
    if (!board)
        return board.error();
    in.board = std::move(*board);
    return in;
}

} // namespace

Result<VmsIssued> issueVms(registry::OrgStore& org, registry::SqlCaseStore& cases, const registry::RegistryKeys& keys,
                           const VmsIssueRequest& options, std::int64_t now)
{
    auto period = parsePeriod(options.period);
    if (!period)
        return period.error();
    // Which key signs is settled before anything is computed: a registry that cannot sign
    // issues nothing.
    auto signers = org.documentSigners(keys.root.publicKey);
    if (!signers)
        return signers.error();
    auto signer = registry::chooseOnlineSigner(*signers, keys);
    if (!signer)
        return signer.error();
    if (options.k < 3 || options.k > 100)
        return Error{"k is 3 to 100", ErrorKind::Invalid};
    const int settles = settlesIn(*period);
    if (auto month = monthIndex(dateOf(now).substr(0, 7)); !month || *month < settles)
        return Error{period->label + " settles on " + firstDay(settles) + ": its last month still takes late reports",
                     ErrorKind::Conflict};
    auto latest = latestVmsIssue(cases, period->label);
    if (!latest)
        return latest.error();
    if (auto s = checkVmsReissue(period->label, *latest, options.reissue, options.reason); !s)
        return s.error();

    const SuppressionRule rule{options.k};
    auto inputs = gather(org, cases, keys.root.publicKey, *period, rule, now);
    if (!inputs)
        return inputs.error();
    const std::optional<std::int64_t> follows = *latest ? std::optional((*latest)->id) : std::nullopt;
    if (follows)
        inputs->reissue = VmsReissue{*follows, options.reason};
    const std::string json = buildVmsReport(*inputs, rule);
    if (auto s = checkVmsReport(json); !s)
        return withContext("the report failed its own check", s.error());
    auto nl = renderVmsPdf(json, Language::Dutch);
    auto en = renderVmsPdf(json, Language::English);
    if (!nl)
        return nl.error();
    if (!en)
        return en.error();

    // The register first: a period is issued once, and what was signed is kept even when a file
    // below cannot be written (vigil-admin report list names it; the caller writes or serves the files).
    VmsIssue issue;
    issue.period = period->label;
    issue.madeAt = now;
    issue.madeBy = options.madeBy;
    issue.signedReport = signDocument(kVmsReportMagic, json, **signer);
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
    auto id = recordVmsIssue(cases, issue, follows, detail);
    if (!id)
        return id.error();

    VmsIssued out;
    out.id = *id;
    out.follows = follows;
    out.period = period->label;
    out.json = json;
    out.signedReport = std::move(issue.signedReport);
    out.pdfNl = std::move(*nl);
    out.pdfEn = std::move(*en);
    out.hash = hash;
    return out;
}

Result<VmsRecomputed> recomputeVms(registry::OrgStore& org, registry::SqlCaseStore& cases, const PublicKey& root,
                                   const std::string& periodText, std::int64_t now)
{
    auto period = parsePeriod(periodText);
    if (!period)
        return period.error();
    auto latest = latestVmsIssue(cases, period->label);
    if (!latest)
        return latest.error();
    if (!*latest)
        return Error{period->label + " was never issued: there is nothing to recompute against (report vms issues it)",
                     ErrorKind::NotFound};
    auto issue = findVmsIssue(cases, (*latest)->id);
    if (!issue)
        return issue.error();
    auto signers = org.documentSigners(root);
    if (!signers)
        return signers.error();
    auto issued = openOnlineSignedDocument(issue->signedReport, kVmsReportMagic, *signers, "report");
    if (!issued)
        return withContext("report " + std::to_string(issue->id) + " as stored", issued.error());
    // The same k as the issue, so a difference is one of data, never of the threshold.
    boost::system::error_code ec;
    const auto parsed = boost::json::parse(*issued, ec);
    const auto* k = !ec && parsed.is_object() ? parsed.as_object().if_contains("k") : nullptr;
    if (!k || !k->is_int64())
        return Error{"report " + std::to_string(issue->id) + " as stored names no k", ErrorKind::Storage};
    const SuppressionRule rule{k->as_int64()};
    auto inputs = gather(org, cases, root, *period, rule, now);
    if (!inputs)
        return inputs.error();
    VmsRecomputed out;
    out.issueId = issue->id;
    out.issuedAt = issue->madeAt;
    out.json = buildVmsReport(*inputs, rule);
    auto differences = diffVmsReports(std::string(*issued), out.json);
    if (!differences)
        return differences.error();
    out.differences = std::move(*differences);
    return out;
}

} // namespace vigil::report
