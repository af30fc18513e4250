// SPDX-License-Identifier: EUPL-1.2
// vigil-admin unit add|list|rename|strength: the organisation tree used for routing and roll-up,
// and each unit's strength (the exposure of a measure's effect check).

#include "commands.h"
#include "measureadmin.h"

#include <memory>
#include <optional>

namespace vigil::registry {

namespace {

struct UnitArgs {
    Unit unit;
    bool withGroups = false;
    std::string renameEn, renameNl;
    std::string strengthFrom;
    std::optional<std::int64_t> people;
};

} // namespace

void addUnitCommands(AdminCommands& commands)
{
    auto a = std::make_shared<UnitArgs>();
    auto* unitCmd = commands.app().add_subcommand("unit", "the organisation tree used for routing and roll-up");
    unitCmd->require_subcommand(1);
    auto* add = unitCmd->add_subcommand("add", "add a unit under a parent");
    add->add_option("--id", a->unit.id, "unit id (short, stable)")->required();
    add->add_option("--name-en,--name", a->unit.name, "English name (Dutch readers see it too without --name-nl)")
        ->required();
    add->add_option("--name-nl", a->unit.nameNl, "Dutch name");
    add->add_option("--parent", a->unit.parent, "parent unit id");
    add->add_flag("--with-groups", a->withGroups, "also create its safety-officer and commander groups");
    auto* list = unitCmd->add_subcommand("list", "list units (id, English name, Dutch name, parent)");
    auto* rename = unitCmd->add_subcommand("rename", "change a unit's English and/or Dutch name");
    rename->add_option("--id", a->unit.id, "unit id")->required();
    rename->add_option("--name-en", a->renameEn, "new English name");
    rename->add_option("--name-nl", a->renameNl, "new Dutch name");

    auto* strength = unitCmd->add_subcommand(
        "strength", "set a unit's strength from a month on (--from and --people), or list it (--id alone)");
    strength->add_option("--id", a->unit.id, "unit id")->required();
    strength->add_option("--from", a->strengthFrom, "first month of this strength, YYYY-MM");
    strength->add_option("--people", a->people, "people in the unit from that month on");

    commands.onAdmin(strength, [a](Admin& admin) -> int {
        if (a->strengthFrom.empty() && !a->people)
            return report(listUnitStrength(admin, a->unit.id));
        if (a->strengthFrom.empty() || !a->people)
            return report(Result<std::string>(Error{"unit strength: give --from and --people together"}));
        return report(setUnitStrength(admin, a->unit.id, {a->strengthFrom, *a->people}, nowSeconds()));
    });
    commands.onAdmin(add, [a](Admin& admin) { return report(admin.addUnit(a->unit, a->withGroups)); });
    commands.onAdmin(list, [](Admin& admin) { return report(admin.listUnits()); });
    commands.onAdmin(
        rename, [a](Admin& admin) { return report(admin.renameUnit(a->unit.id, a->renameEn, a->renameNl)); });
}

} // namespace vigil::registry
