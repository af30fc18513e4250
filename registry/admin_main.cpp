// SPDX-License-Identifier: EUPL-1.2
// vigil-admin: the registry operator's tool. Exit codes: 0 done, 1 the action failed (the
// message says why), 2 the command line was wrong.

#include "admin.h"
#include "qrterminal.h"

#include "shared/storage/privatedir.h"

#include <CLI/CLI.hpp>

#include <chrono>
#include <fstream>
#include <iostream>

using namespace vigil;
using namespace vigil::registry;

namespace {

std::int64_t now()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

/// A CLI11 validator for our enum wire names.
template <typename E>
CLI::Validator enumValidator()
{
    return CLI::Validator(
        [](std::string& value) -> std::string {
            return parseEnum<E>(value) ? std::string() : "expected one of " + enumChoices<E>();
        },
        enumChoices<E>());
}

template <typename E>
E asEnum(const std::string& value, E fallback)
{
    return parseEnum<E>(value).value_or(fallback);
}

int report(const Result<std::string>& r)
{
    if (!r) {
        std::cerr << "vigil-admin: " << r.error().message << "\n";
        return 1;
    }
    std::cout << *r;
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    // Every file the tool creates (database, SQLite's -wal and -shm, exports) is the owner's only.
    restrictFileCreation();
    CLI::App app{"vigil-admin: set up and run a Vigil registry (organisation, advisors, routes, directory, "
                 "enrolment, bulletins, audit)"};
    app.require_subcommand(1);
    std::string data = "./registry-data";
    app.add_option("--data", data, "registry data directory")->capture_default_str();

    InitOptions init;
    auto* initCmd = app.add_subcommand("init", "create keys, database, default groups and routes");
    initCmd->add_option("--organisation", init.organisation, "organisation name shown on devices")->capture_default_str();
    initCmd->add_option("--unit-id", init.topUnitId, "id of the top unit")->capture_default_str();
    initCmd->add_option("--unit-name-en,--unit-name", init.topUnitName, "English name of the top unit")->capture_default_str();
    initCmd->add_option("--unit-name-nl", init.topUnitNameNl, "Dutch name of the top unit")->capture_default_str();

    auto* unitCmd = app.add_subcommand("unit", "the organisation tree used for routing and roll-up");
    unitCmd->require_subcommand(1);
    Unit unit;
    bool withGroups = false;
    auto* unitAdd = unitCmd->add_subcommand("add", "add a unit under a parent");
    unitAdd->add_option("--id", unit.id, "unit id (short, stable)")->required();
    unitAdd->add_option("--name-en,--name", unit.name, "English name (Dutch readers see it too without --name-nl)")->required();
    unitAdd->add_option("--name-nl", unit.nameNl, "Dutch name");
    unitAdd->add_option("--parent", unit.parent, "parent unit id");
    unitAdd->add_flag("--with-groups", withGroups, "also create its safety-officer and commander groups");
    auto* unitList = unitCmd->add_subcommand("list", "list units (id, English name, Dutch name, parent)");
    std::string renameEn, renameNl;
    auto* unitRename = unitCmd->add_subcommand("rename", "change a unit's English and/or Dutch name");
    unitRename->add_option("--id", unit.id, "unit id")->required();
    unitRename->add_option("--name-en", renameEn, "new English name");
    unitRename->add_option("--name-nl", renameNl, "new Dutch name");

    auto* groupCmd = app.add_subcommand("group", "recipient groups");
    groupCmd->require_subcommand(1);
    GroupInfo group;
    std::string groupKind;
    auto* groupAdd = groupCmd->add_subcommand("add", "add a recipient group");
    groupAdd->add_option("--id", group.id, "group id")->required();
    groupAdd->add_option("--kind", groupKind, "group kind")->required()->check(enumValidator<GroupKind>());
    groupAdd->add_option("--unit", group.unit, "unit the group serves (empty: organisation-wide)");
    groupAdd->add_option("--name-nl", group.nameNl, "Dutch name")->required();
    groupAdd->add_option("--name-en", group.nameEn, "English name")->required();
    auto* groupList = groupCmd->add_subcommand("list", "list groups");

    auto* advisorCmd = app.add_subcommand("advisor", "advisors (members of recipient groups)");
    advisorCmd->require_subcommand(1);
    std::string advisorId, advisorName, advisorGroup, advisorKey;
    auto* advisorAdd = advisorCmd->add_subcommand("add", "add an advisor with the public key its console exported");
    advisorAdd->add_option("--id", advisorId, "member id")->required();
    advisorAdd->add_option("--name", advisorName, "name shown to reporters")->required();
    advisorAdd->add_option("--group", advisorGroup, "group to join")->required();
    advisorAdd->add_option("--public-key", advisorKey, "VGA1.… string exported by the advisor console")->required();
    auto* advisorDisable = advisorCmd->add_subcommand("disable", "remove an advisor from the next directory");
    advisorDisable->add_option("--id", advisorId, "member id")->required();
    auto* advisorRemove = advisorCmd->add_subcommand("remove", "take an advisor out of one group");
    advisorRemove->add_option("--id", advisorId, "member id")->required();
    advisorRemove->add_option("--group", advisorGroup, "group to leave")->required();

    auto* relayCmd = app.add_subcommand("relay", "relays whose receipts devices accept");
    relayCmd->require_subcommand(1);
    std::string relayId, relayKey;
    auto* relayAdd = relayCmd->add_subcommand("add", "register a relay's receipt key (printed by vigil-relay at start)");
    relayAdd->add_option("--id", relayId, "relay id")->required();
    relayAdd->add_option("--receipt-key", relayKey, "64 hex digits")->required();

    auto* routeCmd = app.add_subcommand("route", "routing rules");
    routeCmd->require_subcommand(1);
    RouteOptions route;
    std::string domain, target, minSeverity = "none", minImpact = "none";
    std::int64_t contactHours = 0;
    auto* routeSet = routeCmd->add_subcommand("set", "add a rule: reports of a domain (above thresholds) go to a group kind");
    routeSet->add_option("--domain", domain, "physical|social|integrity")->required()->check(enumValidator<Domain>());
    routeSet->add_option("--target", target, "group kind")->required()->check(enumValidator<GroupKind>());
    routeSet->add_option("--min-severity", minSeverity, "I (worst) … IV")->check(enumValidator<Severity>());
    routeSet->add_option("--min-impact", minImpact, "limited|substantial|severe")->check(enumValidator<ImpactLevel>());
    routeSet->add_flag("--consent-required", route.consentRequired, "only when the reporter consents");
    routeSet->add_option("--contact-hours", contactHours, "internal first-contact clock for this route")
        ->check(CLI::Range(1, 24 * 90));
    auto* routeClear = routeCmd->add_subcommand("clear", "remove all rules");
    auto* routeList = routeCmd->add_subcommand("list", "list rules");

    auto* directoryCmd = app.add_subcommand("directory", "the signed directory devices seal against");
    directoryCmd->require_subcommand(1);
    std::int64_t validDays = 30;
    auto* publish = directoryCmd->add_subcommand("publish", "sign and publish a new directory version");
    publish->add_option("--valid-days", validDays, "days devices trust it")->capture_default_str();
    bool allowUnroutable = false;
    publish->add_flag("--allow-unroutable", allowUnroutable,
                      "publish even when some report would reach nobody (prints what and why)");

    std::string relayUrl, outFile;
    bool qr = false;
    auto* enroll = app.add_subcommand("enroll", "write a device provisioning file (and show it as a QR code)");
    enroll->add_option("--relay-url", relayUrl, "URL devices sync with")->required();
    enroll->add_option("--out", outFile, "write the provisioning file here (default: print it)");
    enroll->add_flag("--qr", qr, "print the compact form as a QR code (the device fetches the directory)");

    BulletinOptions bulletin;
    std::string bulletinKind = "lesson_learned";
    std::vector<std::string> categories;
    auto* bulletinCmd = app.add_subcommand("bulletin", "signed safety bulletins for every device");
    bulletinCmd->require_subcommand(1);
    auto* bulletinPublish = bulletinCmd->add_subcommand("publish", "publish a bulletin");
    bulletinPublish->add_option("--kind", bulletinKind, "lesson_learned|safety_alert")
        ->check(enumValidator<BulletinKind>());
    bulletinPublish->add_option("--category", categories, "category (repeatable)")->check(enumValidator<Category>());
    bulletinPublish->add_option("--title-nl", bulletin.titleNl, "Dutch title")->required();
    bulletinPublish->add_option("--title-en", bulletin.titleEn, "English title")->required();
    bulletinPublish->add_option("--text-nl", bulletin.textNl, "Dutch text")->required();
    bulletinPublish->add_option("--text-en", bulletin.textEn, "English text")->required();
    std::string submissionState = "pending", rejectReason;
    std::int64_t submissionId = 0;
    auto* bulletinList = bulletinCmd->add_subcommand("list", "advisors' submitted lessons learned (default: pending)");
    bulletinList->add_option("--state", submissionState, "pending|published|rejected")
        ->check(CLI::IsMember({"pending", "published", "rejected"}))
        ->capture_default_str();
    auto* bulletinShow = bulletinCmd->add_subcommand("show", "print a submission in full, to review it");
    auto* bulletinApprove = bulletinCmd->add_subcommand("approve", "sign a submission and publish it to every device");
    auto* bulletinReject = bulletinCmd->add_subcommand("reject", "send a submission back to its author");
    for (auto* cmd : {bulletinShow, bulletinApprove, bulletinReject})
        cmd->add_option("id", submissionId, "submission number (see `bulletin list`)")->required();
    bulletinReject->add_option("--reason", rejectReason, "what the author should change")->required();

    std::string statsFormat = "csv", fromMonth, toMonth, exportOut;
    std::int64_t k = 5;
    auto* statsCmd = app.add_subcommand("stats", "steering statistics with small cells suppressed (print)");
    auto* exportCmd = app.add_subcommand("export", "write the statistics for the inspectorate");
    for (auto* cmd : {statsCmd, exportCmd}) {
        cmd->add_option("--format", statsFormat, "csv|json")->check(CLI::IsMember({"csv", "json"}))->capture_default_str();
        cmd->add_option("--k", k, "suppress cells below k")->check(CLI::Range(3, 100))->capture_default_str();
        cmd->add_option("--from", fromMonth, "first month YYYY-MM (default: the first with data)");
        cmd->add_option("--to", toMonth, "last month YYYY-MM (default: the last with data)");
    }
    exportCmd->add_option("--out", exportOut, "file to write")->required();

    std::string caseFilter = "all";
    auto* casesCmd = app.add_subcommand("cases", "open cases with their clocks (routing fields only, never content)");
    casesCmd->add_option("--filter", caseFilter, "all|overdue|due-soon")
        ->check(CLI::IsMember({"all", "overdue", "due-soon"}))
        ->capture_default_str();

    auto* auditCmd = app.add_subcommand("audit", "the hash-chained audit trail");
    auditCmd->require_subcommand(1);
    auto* auditVerify = auditCmd->add_subcommand("verify", "check that no entry was edited, removed or reordered");
    auto* auditHead = auditCmd->add_subcommand("head", "print the newest entry's number and hash (record it elsewhere)");

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return 2;
    }

    if (*initCmd)
        return report(Admin::init(data, init, now()));

    auto opened = Admin::open(data);
    if (!opened) {
        std::cerr << "vigil-admin: " << opened.error().message << "\n";
        return 1;
    }
    Admin& admin = **opened;
    if (*unitAdd)
        return report(admin.addUnit(unit, withGroups));
    if (*unitList)
        return report(admin.listUnits());
    if (*unitRename)
        return report(admin.renameUnit(unit.id, renameEn, renameNl));
    if (*groupAdd) {
        group.kind = asEnum(groupKind, GroupKind::SafetyOfficer);
        return report(admin.addGroup(group));
    }
    if (*groupList)
        return report(admin.listGroups());
    if (*advisorAdd)
        return report(admin.addAdvisor(advisorId, advisorName, advisorGroup, advisorKey));
    if (*advisorDisable)
        return report(admin.setAdvisorActive(advisorId, false));
    if (*advisorRemove)
        return report(admin.removeAdvisor(advisorId, advisorGroup));
    if (*relayAdd)
        return report(admin.addRelay(relayId, relayKey));
    if (*routeSet) {
        route.domain = asEnum(domain, Domain::Physical);
        route.target = asEnum(target, GroupKind::SafetyOfficer);
        route.minSeverity = asEnum(minSeverity, Severity::None);
        route.minImpact = asEnum(minImpact, ImpactLevel::None);
        if (contactHours > 0)
            route.contactHours = contactHours;
        return report(admin.addRoute(route));
    }
    if (*routeClear)
        return report(admin.clearRoutes());
    if (*routeList)
        return report(admin.listRoutes());
    if (*publish)
        return report(admin.publishDirectory(now(), validDays, allowUnroutable));
    if (*enroll) {
        auto payload = admin.enrollment(relayUrl, qr);
        if (!payload)
            return report(payload);
        if (qr) {
            auto art = renderQrForTerminal(*payload);
            if (!art)
                return report(Result<std::string>(art.error()));
            std::cout << *art;
        }
        if (!outFile.empty()) {
            std::ofstream out(outFile, std::ios::trunc);
            out << *payload << "\n";
            if (!out)
                return report(Result<std::string>(Error{"cannot write " + outFile}));
            std::cout << "provisioning file written to " << outFile << "\n";
        } else if (!qr) {
            std::cout << *payload << "\n";
        }
        return 0;
    }
    if (*bulletinPublish) {
        bulletin.kind = asEnum(bulletinKind, BulletinKind::LessonLearned);
        for (const auto& c : categories)
            bulletin.categories.push_back(asEnum(c, Category::OtherPhysical));
        return report(admin.publishBulletin(bulletin, now()));
    }
    if (*bulletinList)
        return report(admin.listSubmissions(submissionState));
    if (*bulletinShow)
        return report(admin.showSubmission(submissionId));
    if (*bulletinApprove)
        return report(admin.approveSubmission(submissionId, now()));
    if (*bulletinReject)
        return report(admin.rejectSubmission(submissionId, rejectReason, now()));
    if (*statsCmd)
        return report(admin.statistics(statsFormat, k, fromMonth, toMonth, now()));
    if (*exportCmd) {
        auto text = admin.statistics(statsFormat, k, fromMonth, toMonth, now());
        if (!text)
            return report(text);
        std::ofstream out(exportOut, std::ios::trunc);
        out << *text;
        if (!out)
            return report(Result<std::string>(Error{"cannot write " + exportOut}));
        std::cout << "statistics written to " << exportOut << "\n";
        return 0;
    }
    if (*casesCmd)
        return report(admin.listCases(caseFilter, now()));
    if (*auditVerify)
        return report(admin.verifyAudit());
    if (*auditHead)
        return report(admin.auditHead());
    return 2;
}
