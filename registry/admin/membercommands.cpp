// SPDX-License-Identifier: EUPL-1.2
// vigil-admin group add|list|auto-assign and advisor add|disable|remove: the recipient groups and the
// advisors who are their members.

#include "commands.h"

#include <memory>

namespace vigil::registry {

namespace {

struct GroupArgs {
    GroupInfo group;
    std::string kind;
    std::string autoAssignGroup, autoAssign;
};

struct AdvisorArgs {
    std::string id, name, group, key;
};

void addGroupCommands(AdminCommands& commands)
{
    auto a = std::make_shared<GroupArgs>();
    auto* groupCmd = commands.app().add_subcommand("group", "recipient groups");
    groupCmd->require_subcommand(1);
    auto* add = groupCmd->add_subcommand("add", "add a recipient group");
    add->add_option("--id", a->group.id, "group id")->required();
    add->add_option("--kind", a->kind, "group kind")->required()->check(enumValidator<GroupKind>());
    add->add_option("--unit", a->group.unit, "unit the group serves (empty: organisation-wide)");
    add->add_option("--name-nl", a->group.nameNl, "Dutch name")->required();
    add->add_option("--name-en", a->group.nameEn, "English name")->required();
    auto* list = groupCmd->add_subcommand("list", "list groups");
    auto* autoAssign = groupCmd->add_subcommand(
        "auto-assign", "assign the group's new cases automatically to the member with the least open load (off by "
                       "default: leave it off where advisors choose their cases themselves, as confidential advisors do)");
    autoAssign->add_option("group", a->autoAssignGroup, "group id")->required();
    autoAssign->add_option("setting", a->autoAssign, "on or off")->required()->check(CLI::IsMember({"on", "off"}));

    commands.onAdmin(add, [a](Admin& admin) {
        a->group.kind = asEnum(a->kind, GroupKind::SafetyOfficer);
        return report(admin.addGroup(a->group));
    });
    commands.onAdmin(list, [](Admin& admin) { return report(admin.listGroups()); });
    commands.onAdmin(autoAssign, [a](Admin& admin) {
        return report(admin.setGroupAutoAssign(a->autoAssignGroup, a->autoAssign == "on", nowSeconds()));
    });
}

void addAdvisorCommands(AdminCommands& commands)
{
    auto a = std::make_shared<AdvisorArgs>();
    auto* advisorCmd = commands.app().add_subcommand("advisor", "advisors (members of recipient groups)");
    advisorCmd->require_subcommand(1);
    auto* add = advisorCmd->add_subcommand("add", "add an advisor with the public key its console exported");
    add->add_option("--id", a->id, "member id")->required();
    add->add_option("--name", a->name, "name shown to reporters")->required();
    add->add_option("--group", a->group, "group to join")->required();
    add->add_option("--public-key", a->key, "VGA1.… string exported by the advisor console")->required();
    auto* disable = advisorCmd->add_subcommand("disable", "remove an advisor from the next directory");
    disable->add_option("--id", a->id, "member id")->required();
    auto* remove = advisorCmd->add_subcommand("remove", "take an advisor out of one group");
    remove->add_option("--id", a->id, "member id")->required();
    remove->add_option("--group", a->group, "group to leave")->required();

    commands.onAdmin(add, [a](Admin& admin) { return report(admin.addAdvisor(a->id, a->name, a->group, a->key)); });
    commands.onAdmin(disable, [a](Admin& admin) { return report(admin.setAdvisorActive(a->id, false)); });
    commands.onAdmin(remove, [a](Admin& admin) { return report(admin.removeAdvisor(a->id, a->group)); });
}

} // namespace

void addMemberCommands(AdminCommands& commands)
{
    addGroupCommands(commands);
    addAdvisorCommands(commands);
}

} // namespace vigil::registry
