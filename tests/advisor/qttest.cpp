// SPDX-License-Identifier: EUPL-1.2
#include "qttest.h"

#include "advisor/account.h"
#include "advisor/syncengine.h"

#include <fstream>
#include <iterator>
#include <stdexcept>

namespace vigil::advisor::test {

namespace {
void need(bool condition, const std::string& what)
{
    if (!condition)
        throw std::runtime_error("console setup: " + what);
}
} // namespace

std::unique_ptr<Console> makeConsole(const std::filesystem::path& dataDir)
{
    ConsoleOptions options;
    options.dataDir = dataDir;
    options.vaultParams = VaultParams::minimal();
    // Tests drive syncing themselves, so each step is deterministic.
    options.autoSignIn = false;
    // The tests read English texts, whatever the machine's locale or a saved choice.
    options.language = QStringLiteral("en");
    return std::make_unique<Console>(options);
}

/// Every file under `dir`, concatenated: what a thief of the laptop would have.
std::string everythingOnDisk(const std::filesystem::path& dir)
{
    std::string all;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
        if (!entry.is_regular_file())
            continue;
        std::ifstream in(entry.path(), std::ios::binary);
        all.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    return all;
}

void syncNow(Console& console)
{
    SyncEngine& sync = *console.sync();
    sync.refresh();
    need(waitFor([&] { return sync.status() == SyncEngine::Status::Online && sync.pendingCount() == 0; }),
         "the console did not get in step with the registry");
}

void provisionAndSignIn(Console& console, TestRegistry& registry, const std::string& id, const std::string& name,
                        const std::string& group)
{
    Account& account = *console.account();
    account.createVault(QStringLiteral("correct horse battery"), QStringLiteral("correct horse battery"));
    need(waitFor([&] { return account.stage() == Account::Stage::NeedsRegistry; }), "the vault was not created");
    registry.addAdvisor(id, name, group, account.identity().toStdString());
    account.loadProvisioning(QString::fromStdString(registry.provisioning()));
    need(account.stage() == Account::Stage::Ready, "provisioning failed: " + account.lastError().toStdString());
    account.signIn();
    need(waitFor([&] { return account.signedIn() || (!account.busy() && !account.lastError().isEmpty()); }),
         "sign-in did not finish");
    need(account.signedIn(), "sign-in failed: " + account.lastError().toStdString());
}

} // namespace vigil::advisor::test
