// SPDX-License-Identifier: EUPL-1.2
// vigil-admin indicator add|list|show|retire|freeze: safety performance indicators — counts of new
// reports per month in a unit subtree × kinds × categories × modes × levels, ratios and shares of
// two such counts, and the registry's handling (clock shares, median days, measures on time).

#include "indicatoradmin.h"
#include "pdcacommands.h"

#include <memory>

namespace vigil::registry {
namespace {

struct IndicatorArgs {
    std::string id, nameNl, nameEn, unit, rules = "3:1,2:2,1:3", asOf, measure = "count", clock, denUnit,
        targetDirection, direction;
    std::vector<std::string> kinds, categories, modes, levels, denKinds, denCategories, denModes, denLevels;
    int baselineMonths = 12, periodMonths = 12, followUpDays = 30, withinDays = 0;
    double target = 0;
    const CLI::Option* targetGiven = nullptr;  ///< set when the command is built; count() > 0 when given
    bool noAlerts = false;
    std::int64_t k = 5;
};

bool anyDenominator(const IndicatorArgs& a)
{
    return !a.denUnit.empty() || !a.denKinds.empty() || !a.denCategories.empty() || !a.denModes.empty()
           || !a.denLevels.empty();
}

// The definition the flags ask for; Invalid for a combination that does not fit its measure
// (validate() and the register check the rest), before anything is written.
Result<IndicatorDef> definitionOf(const IndicatorArgs& a)
{
    auto filter = makeFilter(a.unit, a.kinds, a.categories, a.modes, a.levels);
    if (!filter)
        return filter.error();
    auto rules = parseAlertRules(a.rules);
    if (!rules)
        return rules.error();
    const auto measure = parseEnum<IndicatorMeasure>(a.measure);
    if (!measure)
        return Error{"--measure: count, ratio, share, within_clock, median_days, measures_on_time or retaliation_signals",
                     ErrorKind::Invalid};
    IndicatorDef def;
    def.id = a.id;
    def.nameNl = a.nameNl;
    def.nameEn = a.nameEn;
    def.measure = *measure;
    def.filter = std::move(*filter);
    if (*measure == IndicatorMeasure::Ratio || *measure == IndicatorMeasure::Share || anyDenominator(a)) {
        auto denominator = makeFilter(a.denUnit, a.denKinds, a.denCategories, a.denModes, a.denLevels);
        if (!denominator)
            return denominator.error();
        def.denominator = std::move(*denominator);
    }
    const bool clocked = *measure == IndicatorMeasure::WithinClock || *measure == IndicatorMeasure::MedianDays;
    if (clocked != !a.clock.empty())
        return Error{clocked ? "--clock acknowledge|feedback is required for within_clock and median_days"
                             : "--clock is only for within_clock and median_days",
                     ErrorKind::Invalid};
    if (clocked) {
        const auto clock = parseEnum<HandlingClock>(a.clock);
        if (!clock)
            return Error{"--clock: acknowledge or feedback", ErrorKind::Invalid};
        def.clock = *clock;
    }
    def.withinDays = a.withinDays;
    const bool targeted = a.targetGiven && a.targetGiven->count() > 0;
    if (targeted == a.targetDirection.empty())
        return Error{"--target and --target-direction at_least|at_most go together", ErrorKind::Invalid};
    if (targeted) {
        const auto direction = parseEnum<TargetDirection>(a.targetDirection);
        if (!direction)
            return Error{"--target-direction: at_least or at_most", ErrorKind::Invalid};
        def.target = IndicatorTarget{a.target, *direction};
    }
    def.levels = {a.baselineMonths, a.periodMonths, defaultDirection(*measure)};
    if (!a.direction.empty()) {
        const auto direction = parseEnum<AlertDirection>(a.direction);
        if (!direction)
            return Error{"--direction: up (alert on a rise) or down (alert on a fall)", ErrorKind::Invalid};
        def.levels.direction = *direction;
    }
    def.rules = std::move(*rules);
    def.alerts = !a.noAlerts;
    def.followUpDays = a.followUpDays;
    return def;
}

} // namespace

void addIndicatorCommands(AdminCommands& commands)
{
    auto a = std::make_shared<IndicatorArgs>();
    auto* cmd = commands.app().add_subcommand("indicator", "safety performance indicators with alert levels");
    cmd->require_subcommand(1);
    auto* add = cmd->add_subcommand("add", "define an indicator: a count, ratio or share of new reports per month, "
                                           "or a handling figure (clock share, median days, measures on time)");
    add->add_option("--id", a->id, "a-z, 0-9 and '-', never reused")->required();
    add->add_option("--name-nl", a->nameNl, "Dutch name")->required();
    add->add_option("--name-en", a->nameEn, "English name")->required();
    add->add_option("--measure", a->measure,
                    "count | ratio (numerator per denominator, no report in both: near misses per accident) | "
                    "share (numerator as a part of the denominator: anonymous among all) | within_clock (share of "
                    "the cases received in a month acknowledged or given feedback within --within-days) | "
                    "median_days (median whole days to the acknowledgements or feedback of a month) | "
                    "measures_on_time (share of the measures due in a month implemented by their due date) | "
                    "retaliation_signals (cases whose reporter signalled retaliation in a month, organisation-wide, "
                    "no target)")
        ->capture_default_str();
    add->add_option("--unit", a->unit, "unit subtree (default: the whole organisation); a ratio's or share's numerator");
    add->add_option("--kind", a->kinds, "kinds counted (default: all)");
    add->add_option("--category", a->categories, "categories counted (default: all)");
    add->add_option("--mode", a->modes, "reporting modes counted (default: all)");
    add->add_option("--level", a->levels, "risk levels counted: high serious medium low unrated (default: all)");
    add->add_option("--denominator-unit", a->denUnit, "ratio, share: the denominator's unit subtree (default: all)");
    add->add_option("--denominator-kind", a->denKinds, "ratio, share: the denominator's kinds (default: all)");
    add->add_option("--denominator-category", a->denCategories, "ratio, share: the denominator's categories");
    add->add_option("--denominator-mode", a->denModes, "ratio, share: the denominator's reporting modes");
    add->add_option("--denominator-level", a->denLevels, "ratio, share: the denominator's risk levels");
    add->add_option("--clock", a->clock, "within_clock, median_days: acknowledge or feedback");
    add->add_option("--within-days", a->withinDays, "within_clock: 1 to 28 days");
    a->targetGiven = add->add_option("--target", a->target,
                    "within_clock, median_days, measures_on_time only (a share as 0.9): never a target on a count, "
                    "ratio or share of reports - a target on reporting discourages reporting");
    add->add_option("--target-direction", a->targetDirection, "at_least or at_most");
    add->add_option("--baseline-months", a->baselineMonths, "months before a period its levels come from")
        ->capture_default_str();
    add->add_option("--period-months", a->periodMonths, "12, 6 or 3 (frozen levels) or 1 (rolling)")
        ->capture_default_str();
    add->add_option("--rules", a->rules, "alert rules s:n, n months in a row above mean + s sd")
        ->capture_default_str();
    add->add_option("--direction", a->direction,
                    "up: more is worse, alert on a rise above mean + s sd; down: more is better, alert on a fall "
                    "below mean - s sd (default: down for within_clock and measures_on_time, up for the rest)");
    add->add_flag("--no-alerts", a->noAlerts, "draw the levels, raise no alert");
    add->add_option("--follow-up-days", a->followUpDays, "days to follow an alert up")->capture_default_str();
    auto* list = cmd->add_subcommand("list", "the indicators in force");
    auto* show = cmd->add_subcommand("show", "an indicator's months as published, with levels and alerts");
    show->add_option("--id", a->id, "indicator id")->required();
    show->add_option("--as-of", a->asOf, "a settled month, YYYY-MM (default: the last settled)");
    show->add_option("--k", a->k, "threshold of the suppression")->capture_default_str();
    auto* retire = cmd->add_subcommand("retire", "take an indicator out of later boards (it is never deleted)");
    retire->add_option("--id", a->id, "indicator id")->required();
    auto* freeze = cmd->add_subcommand("freeze", "stop an indicator at its last settled month: no new months or "
                                                 "alerts, its history stays on boards and in reports");
    freeze->add_option("id", a->id, "indicator id")->required();

    commands.onAdmin(add, [a](Admin& admin) -> int {
        auto def = definitionOf(*a);
        if (!def)
            return report(Result<std::string>(def.error()));
        return report(defineIndicator(admin, *def, nowSeconds()));
    });
    commands.onAdmin(list, [](Admin& admin) { return report(listIndicators(admin)); });
    commands.onAdmin(show, [a](Admin& admin) { return report(showIndicator(admin, a->id, a->asOf, a->k, nowSeconds())); });
    commands.onAdmin(retire, [a](Admin& admin) { return report(retireIndicator(admin, a->id, nowSeconds())); });
    commands.onAdmin(freeze, [a](Admin& admin) { return report(freezeIndicator(admin, a->id, nowSeconds())); });
}

} // namespace vigil::registry
