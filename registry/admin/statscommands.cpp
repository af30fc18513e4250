// SPDX-License-Identifier: EUPL-1.2
// vigil-admin stats and export: the steering statistics with small cells suppressed, printed
// or written to a file for the inspectorate.

#include "commands.h"

#include <fstream>
#include <iostream>
#include <memory>

namespace vigil::registry {

namespace {

struct StatsArgs {
    std::string format = "csv", fromMonth, toMonth, out;
    std::int64_t k = 5;
};

int exportStatistics(Admin& admin, const StatsArgs& a)
{
    auto text = admin.statistics(a.format, a.k, a.fromMonth, a.toMonth, nowSeconds());
    if (!text)
        return report(text);
    std::ofstream out(a.out, std::ios::trunc);
    out << *text;
    if (!out)
        return report(Result<std::string>(Error{"cannot write " + a.out}));
    std::cout << "statistics written to " << a.out << "\n";
    return 0;
}

} // namespace

void addStatsCommands(AdminCommands& commands)
{
    auto a = std::make_shared<StatsArgs>();
    auto* stats = commands.app().add_subcommand("stats", "steering statistics with small cells suppressed (print)");
    auto* exportCmd = commands.app().add_subcommand("export", "write the statistics for the inspectorate");
    for (auto* cmd : {stats, exportCmd}) {
        cmd->add_option("--format", a->format, "csv|json")
            ->check(CLI::IsMember({"csv", "json"}))
            ->capture_default_str();
        cmd->add_option("--k", a->k, "suppress cells below k")->check(CLI::Range(3, 100))->capture_default_str();
        cmd->add_option("--from", a->fromMonth, "first month YYYY-MM (default: the first with data)");
        cmd->add_option("--to", a->toMonth, "last month YYYY-MM (default: the last with data)");
    }
    exportCmd->add_option("--out", a->out, "file to write")->required();

    commands.onAdmin(stats, [a](Admin& admin) {
        return report(admin.statistics(a->format, a->k, a->fromMonth, a->toMonth, nowSeconds()));
    });
    commands.onAdmin(exportCmd, [a](Admin& admin) { return exportStatistics(admin, *a); });
}

} // namespace vigil::registry
