// SPDX-License-Identifier: EUPL-1.2
// vigil-admin: the registry operator's tool. Exit codes: 0 done, 1 the action failed (the
// message says why), 2 the command line was wrong. Each subcommand group lives in a file of
// its own (commands.h); this only assembles them and runs the one chosen.

#include "pdcacommands.h"
#include "tokencommands.h"

#include "shared/storage/privatedir.h"

int main(int argc, char* argv[])
{
    using namespace vigil;
    using namespace vigil::registry;
    // Every file the tool creates (database, SQLite's -wal and -shm, exports) is the owner's only.
    restrictFileCreation();
    CLI::App app{"vigil-admin: set up and run a Vigil registry (organisation, advisors, routes, root key holders, directory, "
                 "enrolment, bulletins, support contacts, filing tokens and devices, roles, measures, risks, indicators, alerts, the inspectorate's report, audit, backup)"};
    app.require_subcommand(1);
    std::string data = "./registry-data";
    app.add_option("--data", data, "registry data directory")->capture_default_str();
    std::string database;
    app.add_option("--database", database,
                   "the registry's database on PostgreSQL: a libpq connection URI (postgresql://USER@HOST/DBNAME?…) or "
                   "string; without it, registry.db in the data directory (SQLite). The keys stay in --data");

    AdminCommands commands(app);
    addInitCommand(commands);
    addUnitCommands(commands);
    addMemberCommands(commands);
    addKeySetCommands(commands);
    addDirectoryCommands(commands);
    addEnrolCommand(commands);
    addBulletinCommands(commands);
    addSupportCommands(commands);
    addTokenCommands(commands);
    addStatsCommands(commands);
    addCaseCommands(commands);
    addRoleCommands(commands);
    addMeasureCommands(commands);
    addRiskCommands(commands);
    addIndicatorCommands(commands);
    addAlertCommands(commands);
    addReportCommands(commands);
    addAuthoritiesCommands(commands);
    addAuditCommands(commands);
    addBackupCommands(commands);

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return 2;
    }
    return commands.run(data, database);
}
