// SPDX-License-Identifier: EUPL-1.2
// vigil-admin report vms [--recompute]|list|verify: the inspectorate's report on a settled period, signed with the
// root key and printed in Dutch and English; and its verification, which needs no data folder.

#include "pdcacommands.h"
#include "reportadmin.h"

#include <memory>

namespace vigil::registry {

void addReportCommands(AdminCommands& commands)
{
    auto issue = std::make_shared<VmsIssueOptions>();
    auto verify = std::make_shared<VmsVerifyOptions>();
    auto* reportCmd = commands.app().add_subcommand("report", "the inspectorate's report (VMS-rapportage)");
    reportCmd->require_subcommand(1);

    auto* vms = reportCmd->add_subcommand("vms", "issue the signed report on a settled period, with its PDFs");
    vms->add_option("--period", issue->period, "a quarter (2026Q3) or a year (2026)")->required();
    vms->add_option("--out", issue->outDir, "folder for vms-PERIOD.vgv, .json, .nl.pdf, .en.pdf (required to issue)");
    vms->add_option("--k", issue->k, "threshold of the suppression (counts 1..k-1 hidden)")->capture_default_str();

    vms->add_flag("--reissue", issue->reissue, "issue a period again, kept beside its earlier issue");
    vms->add_option("--reason", issue->reason, "why the period is issued again (printed in the report)");
    auto recompute = std::make_shared<bool>(false);
    vms->add_flag("--recompute", *recompute,
                  "compute the issued period again from the data now and list how it differs from its newest "
                  "issue; issues nothing");

    auto* list = reportCmd->add_subcommand("list", "the reports issued, with what each reissues and why");

    auto* check = reportCmd->add_subcommand("verify", "verify a report with the root public key (and, with key holders, its rotations and a directory)");
    check->add_option("file", verify->signedFile, "the signed report, vms-PERIOD.vgv")->required();
    check->add_option("--root-key", verify->rootKeyHex, "the organisation's root public key, 64 hex digits")
        ->required();
    check->add_option("--rotations", verify->rotations,
                      "with key holders: the key-set rotations from the root key (the body of GET /v1/keyset)");
    check->add_option("--directory", verify->directory,
                      "with key holders: a signed directory of that set (GET /v1/directory) naming the online key");
    check->add_option("--json", verify->json, "the report's JSON, checked to be the signed one byte for byte");
    check->add_option("--pdf-nl", verify->pdfNl, "the Dutch PDF, checked to be printed from the signed JSON");
    check->add_option("--pdf-en", verify->pdfEn, "the English PDF, checked likewise");

    commands.onAdmin(vms, [issue, recompute](Admin& admin) {
        if (*recompute) {
            if (issue->reissue || !issue->outDir.empty())
                return report(Result<std::string>(Error{"--recompute issues nothing: no --reissue or --out", ErrorKind::Invalid}));
            return report(recomputeVmsReport(admin, issue->period, nowSeconds()));
        }
        if (issue->outDir.empty())
            return report(Result<std::string>(Error{"--out is required to issue a report", ErrorKind::Invalid}));
        return report(issueVmsReport(admin, *issue, nowSeconds()));
    });
    commands.onAdmin(list, [](Admin& admin) { return report(listVmsReports(admin)); });
    commands.onDataDir(check, [verify](const std::filesystem::path&) { return report(verifyVmsReport(*verify)); });
}

} // namespace vigil::registry
