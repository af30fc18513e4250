// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The command line of vigil-admin, one subcommand group per file: each add…Commands function
// declares its group's subcommands and options on the app and says what each one does. main()
// adds the groups in the order --help lists them and runs the one the operator chose.

#include "admin.h"

#include <CLI/CLI.hpp>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace vigil::registry {

/// The subcommands of one vigil-admin run and what each does once the line is parsed.
class AdminCommands {
public:
    explicit AdminCommands(CLI::App& app) : m_app(app) {}

    CLI::App& app() { return m_app; }
    /// `--database` as given (empty: registry.db in the data folder), for the actions that run
    /// before the data directory is opened (init creates it there).
    const std::string& database() const { return m_database; }
    /// `action` runs when `command` was given, on the opened data directory.
    void onAdmin(CLI::App* command, std::function<int(Admin&)> action);
    /// `action` runs when `command` was given, before (and instead of) opening the data
    /// directory: for `init`, which creates it.
    void onDataDir(CLI::App* command, std::function<int(const std::filesystem::path&)> action);
    /// Runs the chosen subcommand on the data directory and, with `database` (`--database`), the
    /// PostgreSQL database it names; 1 when they cannot be opened, 2 when `database` is not a
    /// connection string or no subcommand ran.
    int run(const std::filesystem::path& dataDir, const std::string& database);

private:
    CLI::App& m_app;
    std::string m_database;
    std::vector<std::pair<CLI::App*, std::function<int(const std::filesystem::path&)>>> m_unopened;
    std::vector<std::pair<CLI::App*, std::function<int(Admin&)>>> m_actions;
};

/// The groups, in the order --help lists them.
void addInitCommand(AdminCommands& commands);
void addUnitCommands(AdminCommands& commands);
void addMemberCommands(AdminCommands& commands);
void addKeySetCommands(AdminCommands& commands);
void addDirectoryCommands(AdminCommands& commands);
void addEnrolCommand(AdminCommands& commands);
void addBulletinCommands(AdminCommands& commands);
void addSupportCommands(AdminCommands& commands);
void addStatsCommands(AdminCommands& commands);
void addCaseCommands(AdminCommands& commands);
void addAuditCommands(AdminCommands& commands);
void addBackupCommands(AdminCommands& commands);

/// Now, in unix seconds, read when an action runs.
std::int64_t nowSeconds();

/// Prints the text of `r` and returns 0, or its error on stderr and returns 1.
int report(const Result<std::string>& r);

/// A CLI11 validator for our enum wire names.
template <typename E>
CLI::Validator enumValidator()
{
    return CLI::Validator(
        [](std::string& value) -> std::string {
            return parseEnum<E>(value) ? std::string() : "expected one of " + enumChoices<E>();
        },
        enumChoices<E>());
}

/// The enum a validated option names (`fallback` is never used after enumValidator passed).
template <typename E>
E asEnum(const std::string& value, E fallback)
{
    return parseEnum<E>(value).value_or(fallback);
}

} // namespace vigil::registry
