// SPDX-License-Identifier: EUPL-1.2
// vigil-admin relay add, route set|clear|list and directory prepare|publish: what goes into the signed
// directory besides the organisation — the relays whose receipts devices accept and the
// routing rules — and publishing it.

#include "commands.h"
#include "keysetadmin.h"

#include <memory>

namespace vigil::registry {

namespace {

struct RelayArgs {
    std::string id, key;
};

struct RouteArgs {
    RouteOptions route;
    std::string domain, target, minSeverity = "none", minImpact = "none";
    std::int64_t contactHours = 0;
};

struct PublishArgs {
    std::int64_t validDays = 30;
    bool allowUnroutable = false;
    bool newOnlineKey = false;
    std::string file;
};

void addRelayCommands(AdminCommands& commands)
{
    auto a = std::make_shared<RelayArgs>();
    auto* relayCmd = commands.app().add_subcommand("relay", "relays whose receipts devices accept");
    relayCmd->require_subcommand(1);
    auto* add = relayCmd->add_subcommand("add", "register a relay's receipt key (printed by vigil-relay at start)");
    add->add_option("--id", a->id, "relay id")->required();
    add->add_option("--receipt-key", a->key, "64 hex digits")->required();
    commands.onAdmin(add, [a](Admin& admin) { return report(admin.addRelay(a->id, a->key)); });
}

void addRouteCommands(AdminCommands& commands)
{
    auto a = std::make_shared<RouteArgs>();
    auto* routeCmd = commands.app().add_subcommand("route", "routing rules");
    routeCmd->require_subcommand(1);
    auto* set
        = routeCmd->add_subcommand("set", "add a rule: reports of a domain (above thresholds) go to a group kind");
    set->add_option("--domain", a->domain, "physical|social|integrity")->required()->check(enumValidator<Domain>());
    set->add_option("--target", a->target, "group kind")->required()->check(enumValidator<GroupKind>());
    set->add_option("--min-severity", a->minSeverity, "I (worst) … IV")->check(enumValidator<Severity>());
    set->add_option("--min-impact", a->minImpact, "limited|substantial|severe")->check(enumValidator<ImpactLevel>());
    set->add_flag("--consent-required", a->route.consentRequired, "only when the reporter consents");
    set->add_option("--contact-hours", a->contactHours, "internal first-contact clock for this route")
        ->check(CLI::Range(1, 24 * 90));
    auto* clear = routeCmd->add_subcommand("clear", "remove all rules");
    auto* list = routeCmd->add_subcommand("list", "list rules");

    commands.onAdmin(set, [a](Admin& admin) {
        RouteOptions& route = a->route;
        route.domain = asEnum(a->domain, Domain::Physical);
        route.target = asEnum(a->target, GroupKind::SafetyOfficer);
        route.minSeverity = asEnum(a->minSeverity, Severity::None);
        route.minImpact = asEnum(a->minImpact, ImpactLevel::None);
        if (a->contactHours > 0)
            route.contactHours = a->contactHours;
        return report(admin.addRoute(route));
    });
    commands.onAdmin(clear, [](Admin& admin) { return report(admin.clearRoutes()); });
    commands.onAdmin(list, [](Admin& admin) { return report(admin.listRoutes()); });
}

void addPublishCommand(AdminCommands& commands)
{
    auto a = std::make_shared<PublishArgs>();
    auto* directoryCmd = commands.app().add_subcommand("directory", "the signed directory devices seal against");
    directoryCmd->require_subcommand(1);
    auto* publish = directoryCmd->add_subcommand("publish",
        "publish a new directory version: signed here with the root key, or --signed by the key holders");
    auto* prepare = directoryCmd->add_subcommand("prepare", "write the next directory, unsigned, for the key holders");
    for (auto* cmd : {publish, prepare}) {
        cmd->add_option("--valid-days", a->validDays, "days devices trust it")->capture_default_str();
        cmd->add_flag("--allow-unroutable", a->allowUnroutable,
            "go on even when some report would reach nobody (prints what and why)");
    }
    publish->add_option("--signed", a->file, "a directory prepared and signed by the key holders (vigil-admin sign)");
    prepare->add_option("--out", a->file, "where to write it")->required();
    prepare->add_flag("--new-online-key", a->newOnlineKey,
                      "name a fresh online key (keys/online-next.key), which takes over when this directory is published");
    commands.onAdmin(publish, [a](Admin& admin) {
        if (!a->file.empty())
            return report(publishSignedDirectory(admin, a->file, nowSeconds()));
        return report(admin.publishDirectory(nowSeconds(), a->validDays, a->allowUnroutable));
    });
    commands.onAdmin(prepare, [a](Admin& admin) {
        return report(prepareDirectoryFile(admin, nowSeconds(), a->validDays, a->allowUnroutable, a->file, a->newOnlineKey));
    });
}

} // namespace

void addDirectoryCommands(AdminCommands& commands)
{
    addRelayCommands(commands);
    addRouteCommands(commands);
    addPublishCommand(commands);
}

} // namespace vigil::registry
