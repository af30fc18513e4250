// SPDX-License-Identifier: EUPL-1.2
// vigil-admin measure list|show|check|policy: the measures register with its clocks, read-only
// (members propose and move measures; the operator reads along and sets the clock policy).

#include "pdcacommands.h"
#include "measureadmin.h"

#include <memory>
#include <optional>

namespace vigil::registry {

namespace {

struct MeasureArgs {
    std::string filter = "all";
    std::int64_t id = 0;
    std::optional<int> dueSoonDays, checkMonths;
    std::string indicator;
};

} // namespace

void addMeasureCommands(AdminCommands& commands)
{
    auto a = std::make_shared<MeasureArgs>();
    auto* measureCmd = commands.app().add_subcommand("measure", "the measures register (read-only) and its clock policy");
    measureCmd->require_subcommand(1);
    auto* list = measureCmd->add_subcommand("list", "measures with their due and check clocks");
    list->add_option("--filter", a->filter, "all|overdue|due-soon|unchecked")
        ->check(enumValidator<MeasureFilter>())
        ->capture_default_str();
    auto* show = measureCmd->add_subcommand("show", "one measure in full");
    show->add_option("--id", a->id, "measure number (see `measure list`)")->required();

    auto* check = measureCmd->add_subcommand("check", "the effect check a measure would get now (read-only)");
    check->add_option("id", a->id, "measure number")->required();
    check->add_option("--indicator", a->indicator, "one of its indicators (default: the primary one)");

    auto* policy = measureCmd->add_subcommand("policy", "show or set when a measure is due soon and when it must be checked");
    policy->add_option("--due-soon-days", a->dueSoonDays, "days before the due date a measure is due soon (default 14)");
    policy->add_option("--check-months", a->checkMonths, "months after implementation a measure is checked (default 9)");

    commands.onAdmin(list, [a](Admin& admin) {
        return report(listMeasures(admin, asEnum(a->filter, MeasureFilter::All), nowSeconds()));
    });
    commands.onAdmin(show, [a](Admin& admin) { return report(showMeasure(admin, a->id, nowSeconds())); });
    commands.onAdmin(check, [a](Admin& admin) {
        return report(previewMeasureEffect(admin, a->id, a->indicator, nowSeconds()));
    });
    commands.onAdmin(policy, [a](Admin& admin) {
        return report(setMeasureClockPolicy(admin, a->dueSoonDays, a->checkMonths, nowSeconds()));
    });
}

} // namespace vigil::registry
