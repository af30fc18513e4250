// SPDX-License-Identifier: EUPL-1.2
#include "qttest.h"

#include "advisor/account.h"

#include <catch2/catch.hpp>

namespace vigil::advisor::test {

std::unique_ptr<Console> makeConsole(const std::filesystem::path& dataDir)
{
    ConsoleOptions options;
    options.dataDir = dataDir;
    options.vaultParams = VaultParams::minimal();
    return std::make_unique<Console>(options);
}

void provisionAndSignIn(Console& console, TestRegistry& registry, const std::string& id, const std::string& name,
                        const std::string& group)
{
    Account& account = *console.account();
    account.createVault(QStringLiteral("correct horse battery"), QStringLiteral("correct horse battery"));
    REQUIRE(waitFor([&] { return account.stage() == Account::Stage::NeedsRegistry; }));
    registry.addAdvisor(id, name, group, account.identity().toStdString());
    account.loadProvisioning(QString::fromStdString(registry.provisioning()));
    REQUIRE(account.lastError().toStdString().empty());
    REQUIRE(account.stage() == Account::Stage::Ready);
    account.signIn();
    REQUIRE(waitFor([&] { return account.signedIn() || (!account.busy() && !account.lastError().isEmpty()); }));
    INFO(account.lastError().toStdString());
    REQUIRE(account.signedIn());
}

} // namespace vigil::advisor::test
