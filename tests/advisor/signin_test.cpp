// SPDX-License-Identifier: EUPL-1.2
#include "advisor/account.h"

#include "qttest.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

using namespace vigil;
using namespace vigil::advisor;
using namespace vigil::advisor::test;

TEST_CASE("first start: keys and identity for the operator, then provisioning and sign-in by challenge-response",
          "[advisor][signin]")
{
    TestRegistry registry;
    TempDir dir;
    auto console = makeConsole(dir.path());
    Account& account = *console->account();
    CHECK(account.stage() == Account::Stage::NeedsVault);

    account.createVault(QStringLiteral("correct horse battery"), QStringLiteral("correct horse battery"));
    REQUIRE(waitFor([&] { return account.stage() == Account::Stage::NeedsRegistry; }));
    REQUIRE(account.identity().startsWith(QStringLiteral("VGA1.")));

    account.loadProvisioning(QString::fromStdString(registry.provisioning()));
    REQUIRE(account.stage() == Account::Stage::Ready);
    CHECK(account.registryUrl().toStdString() == registry.url());

    // Not yet registered by the operator: the registry refuses, and says what to do.
    QSignalSpy finished(&account, &Account::signInFinished);
    account.signIn();
    REQUIRE(waitFor([&] { return finished.count() == 1; }));
    CHECK_FALSE(account.signedIn());
    CHECK(account.lastError().contains(QStringLiteral("identity")));

    registry.addAdvisor("m9", "Advisor Smit", "ca-pool", account.identity().toStdString());
    account.signIn();
    REQUIRE(waitFor([&] { return finished.count() == 2; }));
    CHECK(account.signedIn());
    CHECK(account.memberId() == QStringLiteral("m9"));
    CHECK_FALSE(account.busy());

    SECTION("locking forgets the session; unlocking again needs the passphrase")
    {
        account.lock();
        CHECK(account.stage() == Account::Stage::Locked);
        CHECK_FALSE(account.signedIn());
        account.unlock(QStringLiteral("wrong passphrase!"));
        REQUIRE(waitFor([&] { return !account.busy(); }));
        CHECK(account.stage() == Account::Stage::Locked);
        CHECK_FALSE(account.lastError().isEmpty());
        account.unlock(QStringLiteral("correct horse battery"));
        REQUIRE(waitFor([&] { return account.stage() == Account::Stage::Ready; }));
        CHECK(account.registryUrl().toStdString() == registry.url());
    }
}

TEST_CASE("a provisioning file for another registry's root key cannot sign in here", "[advisor][signin]")
{
    TestRegistry registry;
    TestRegistry other;
    TempDir dir;
    auto console = makeConsole(dir.path());
    Account& account = *console->account();
    account.createVault(QStringLiteral("correct horse battery"), QStringLiteral("correct horse battery"));
    REQUIRE(waitFor([&] { return account.stage() == Account::Stage::NeedsRegistry; }));
    registry.addAdvisor("m9", "Advisor Smit", "ca-pool", account.identity().toStdString());
    // The other registry's file names this registry's URL: the pinned root key is the other's.
    std::string text = other.provisioning();
    const auto at = text.find(other.url());
    REQUIRE(at != std::string::npos);
    text.replace(at, other.url().size(), registry.url());
    account.loadProvisioning(QString::fromStdString(text));
    REQUIRE(account.stage() == Account::Stage::Ready);
    QSignalSpy finished(&account, &Account::signInFinished);
    account.signIn();
    REQUIRE(waitFor([&] { return finished.count() == 1; }));
    CHECK_FALSE(account.signedIn());
}
