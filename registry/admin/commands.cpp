// SPDX-License-Identifier: EUPL-1.2
#include "commands.h"

#include "registry/datafolder.h"

#include <chrono>
#include <iostream>

namespace vigil::registry {

void AdminCommands::onAdmin(CLI::App* command, std::function<int(Admin&)> action)
{
    m_actions.emplace_back(command, std::move(action));
}

void AdminCommands::onDataDir(CLI::App* command, std::function<int(const std::filesystem::path&)> action)
{
    m_unopened.emplace_back(command, std::move(action));
}

int AdminCommands::run(const std::filesystem::path& dataDir, const std::string& database)
{
    // A connection string libpq cannot read is a wrong command line, refused before anything
    // runs; the message never repeats it (it may hold a password).
    if (auto s = checkDatabaseOption(database); !s) {
        std::cerr << "vigil-admin: " << s.error().message << "\n";
        return 2;
    }
    m_database = database;
    for (const auto& [command, action] : m_unopened)
        if (*command)
            return action(dataDir);
    // Every other subcommand works on an initialised data directory: opened once here, which
    // refuses one that is missing or open to others.
    auto opened = Admin::open(dataDir, database);
    if (!opened) {
        std::cerr << "vigil-admin: " << opened.error().message << "\n";
        return 1;
    }
    for (const auto& [command, action] : m_actions)
        if (*command)
            return action(**opened);
    return 2;
}

std::int64_t nowSeconds()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

int report(const Result<std::string>& r)
{
    if (!r) {
        std::cerr << "vigil-admin: " << r.error().message << "\n";
        return 1;
    }
    std::cout << *r;
    return 0;
}

} // namespace vigil::registry
