// SPDX-License-Identifier: EUPL-1.2
// vigil-admin cases: open cases with their clocks, routing fields only.

#include "commands.h"

#include <memory>

namespace vigil::registry {

void addCaseCommands(AdminCommands& commands)
{
    auto filter = std::make_shared<std::string>("all");
    auto* cases
        = commands.app().add_subcommand("cases", "open cases with their clocks (routing fields only, never content)");
    cases->add_option("--filter", *filter, "all|overdue|due-soon")
        ->check(CLI::IsMember({"all", "overdue", "due-soon"}))
        ->capture_default_str();
    commands.onAdmin(cases, [filter](Admin& admin) { return report(admin.listCases(*filter, nowSeconds())); });
}

} // namespace vigil::registry
