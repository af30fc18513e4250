// SPDX-License-Identifier: EUPL-1.2
// vigil-admin indicator add|list|show|retire: safety performance indicators over the indicator
// cube — counts of new reports per month in a unit subtree × kinds × categories × modes × levels.

#include "indicatoradmin.h"
#include "pdcacommands.h"

#include <memory>

namespace vigil::registry {
namespace {

struct IndicatorArgs {
    std::string id, nameNl, nameEn, unit, rules = "3:1,2:2,1:3", asOf;
    std::vector<std::string> kinds, categories, modes, levels;
    int baselineMonths = 12, periodMonths = 12, followUpDays = 30;
    bool noAlerts = false;
    std::int64_t k = 5;
};

} // namespace

void addIndicatorCommands(AdminCommands& commands)
{
    auto a = std::make_shared<IndicatorArgs>();
    auto* cmd = commands.app().add_subcommand("indicator", "safety performance indicators with alert levels");
    cmd->require_subcommand(1);
    auto* add = cmd->add_subcommand("add", "define an indicator: new reports per month in a filter of the cube");
    add->add_option("--id", a->id, "a-z, 0-9 and '-', never reused")->required();
    add->add_option("--name-nl", a->nameNl, "Dutch name")->required();
    add->add_option("--name-en", a->nameEn, "English name")->required();
    add->add_option("--unit", a->unit, "unit subtree (default: the whole organisation)");
    add->add_option("--kind", a->kinds, "kinds counted (default: all)");
    add->add_option("--category", a->categories, "categories counted (default: all)");
    add->add_option("--mode", a->modes, "reporting modes counted (default: all)");
    add->add_option("--level", a->levels, "risk levels counted: high serious medium low unrated (default: all)");
    add->add_option("--baseline-months", a->baselineMonths, "months before a period its levels come from")
        ->capture_default_str();
    add->add_option("--period-months", a->periodMonths, "12, 6 or 3 (frozen levels) or 1 (rolling)")
        ->capture_default_str();
    add->add_option("--rules", a->rules, "alert rules s:n, n months in a row above mean + s sd")
        ->capture_default_str();
    add->add_flag("--no-alerts", a->noAlerts, "draw the levels, raise no alert");
    add->add_option("--follow-up-days", a->followUpDays, "days to follow an alert up")->capture_default_str();
    auto* list = cmd->add_subcommand("list", "the indicators in force");
    auto* show = cmd->add_subcommand("show", "an indicator's months as published, with levels and alerts");
    show->add_option("--id", a->id, "indicator id")->required();
    show->add_option("--as-of", a->asOf, "a settled month, YYYY-MM (default: the last settled)");
    show->add_option("--k", a->k, "threshold of the suppression")->capture_default_str();
    auto* retire = cmd->add_subcommand("retire", "take an indicator out of later boards (it is never deleted)");
    retire->add_option("--id", a->id, "indicator id")->required();

    commands.onAdmin(add, [a](Admin& admin) -> int {
        auto filter = makeFilter(a->unit, a->kinds, a->categories, a->modes, a->levels);
        if (!filter)
            return report(Result<std::string>(filter.error()));
        auto rules = parseAlertRules(a->rules);
        if (!rules)
            return report(Result<std::string>(rules.error()));
        IndicatorDef def;
        def.id = a->id;
        def.nameNl = a->nameNl;
        def.nameEn = a->nameEn;
        def.filter = std::move(*filter);
        def.levels = {a->baselineMonths, a->periodMonths};
        def.rules = std::move(*rules);
        def.alerts = !a->noAlerts;
        def.followUpDays = a->followUpDays;
        return report(defineIndicator(admin, def, nowSeconds()));
    });
    commands.onAdmin(list, [](Admin& admin) { return report(listIndicators(admin)); });
    commands.onAdmin(show, [a](Admin& admin) { return report(showIndicator(admin, a->id, a->asOf, a->k, nowSeconds())); });
    commands.onAdmin(retire, [a](Admin& admin) { return report(retireIndicator(admin, a->id, nowSeconds())); });
}

} // namespace vigil::registry
