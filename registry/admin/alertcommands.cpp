// SPDX-License-Identifier: EUPL-1.2
// vigil-admin alert list|show: the alerts register with its follow-up clocks, read-only (the
// registry raises alerts, members follow them up; the operator reads along).

#include "alertadmin.h"
#include "pdcacommands.h"

#include <memory>

namespace vigil::registry {

namespace {

struct AlertArgs {
    std::string state;
    std::int64_t id = 0;
};

} // namespace

void addAlertCommands(AdminCommands& commands)
{
    auto a = std::make_shared<AlertArgs>();
    auto* alertCmd = commands.app().add_subcommand("alert", "the alerts register (read-only)");
    alertCmd->require_subcommand(1);
    auto* list = alertCmd->add_subcommand("list", "alerts with their follow-up clocks");
    list->add_option("--state", a->state, "raised|assigned|followed_up|closed (default: all)")
        ->check(enumValidator<AlertState>());
    auto* show = alertCmd->add_subcommand("show", "one alert in full");
    show->add_option("--id", a->id, "alert number (see `alert list`)")->required();

    commands.onAdmin(list, [a](Admin& admin) {
        const std::optional<AlertState> state
            = a->state.empty() ? std::nullopt : std::optional(asEnum(a->state, AlertState::Raised));
        return report(listAlerts(admin, state, nowSeconds()));
    });
    commands.onAdmin(show, [a](Admin& admin) { return report(showAlert(admin, a->id, nowSeconds())); });
}

} // namespace vigil::registry
