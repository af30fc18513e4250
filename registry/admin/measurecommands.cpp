// SPDX-License-Identifier: EUPL-1.2
// vigil-admin measure list|show: the measures register with its clocks, read-only (members
// propose and move measures; the operator reads along).

#include "pdcacommands.h"
#include "measureadmin.h"

#include <memory>

namespace vigil::registry {

namespace {

struct MeasureArgs {
    std::string filter = "all";
    std::int64_t id = 0;
};

} // namespace

void addMeasureCommands(AdminCommands& commands)
{
    auto a = std::make_shared<MeasureArgs>();
    auto* measureCmd = commands.app().add_subcommand("measure", "the measures register (read-only)");
    measureCmd->require_subcommand(1);
    auto* list = measureCmd->add_subcommand("list", "measures with their due and check clocks");
    list->add_option("--filter", a->filter, "all|overdue|due-soon|unchecked")
        ->check(enumValidator<MeasureFilter>())
        ->capture_default_str();
    auto* show = measureCmd->add_subcommand("show", "one measure in full");
    show->add_option("--id", a->id, "measure number (see `measure list`)")->required();

    commands.onAdmin(list, [a](Admin& admin) {
        return report(listMeasures(admin, asEnum(a->filter, MeasureFilter::All), nowSeconds()));
    });
    commands.onAdmin(show, [a](Admin& admin) { return report(showMeasure(admin, a->id, nowSeconds())); });
}

} // namespace vigil::registry
