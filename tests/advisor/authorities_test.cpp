// SPDX-License-Identifier: EUPL-1.2
// The signed authorities document on the console (advisor/signedauthorities): fetched from a
// real registry on loopback, verified against the pinned root key and the directory held, kept
// sealed for offline use, a tampered copy refused — and the risk accept dialog naming who may
// accept by the signed policy instead of the default.
#include "advisor/signedauthorities.h"

#include "advisor/account.h"
#include "advisor/riskinfo.h"
#include "advisor/risklistmodel.h"
#include "advisor/riskview.h"
#include "advisor/syncengine.h"
#include "qttest.h"

#include <catch2/catch.hpp>

using namespace vigil;
using namespace vigil::advisor;
using namespace vigil::advisor::test;

TEST_CASE("the signed authorities are verified against the directory, kept sealed and name who may accept a risk",
          "[advisor][authorities]")
{
    TestRegistry registry;
    TempDir dir;
    {
        auto console = makeConsole(dir.path());
        provisionAndSignIn(*console, registry, "m9", "Advisor Smit", "ca-pool");
        registry.grantMeasuresRole("m9", "13-bde");
        registry.grantCommanderRole("m1", "13-bde"); // echelon 1: 13-bde lies under defence
        registry.grantCommanderRole("m4", "");       // echelon 0: the whole organisation
        syncNow(*console);
        SignedAuthorities& authorities = *console->authorities();
        REQUIRE(waitFor([&] { return authorities.verified() && authorities.holders({QStringLiteral("commander")},
                                                                                    {QString()}).size() == 1; }));
        CHECK(authorities.statusText().contains(QStringLiteral("Signed authorities")));
        CHECK(authorities.holders({QStringLiteral("commander")}, {QStringLiteral("13-bde")}) == QStringList{QStringLiteral("m1")});
        CHECK(authorities.holders({QStringLiteral("measures")}, {QStringLiteral("13-bde")}) == QStringList{QStringLiteral("m9")});
        REQUIRE(authorities.acceptance(QStringLiteral("high")));
        CHECK(authorities.acceptance(QStringLiteral("eliminated"))->level == "low");

        // A copy changed on the way does not verify: the one held stays in force.
        const auto serial = authorities.authorities()->serial;
        QByteArray tampered = QByteArray::fromStdString(encodeAuthorities(*authorities.authorities()));
        CHECK_FALSE(authorities.adopt(tampered, true).isEmpty());
        CHECK(authorities.verified());
        CHECK(authorities.authorities()->serial == serial);

        // A high residual risk of 13-bde: the signed policy names the organisation's commander only.
        RiskView& risks = *console->risks();
        REQUIRE(waitFor([&] { return risks.units().size() > 1; }));
        REQUIRE(risks.create(QStringLiteral("Crossing the range road during live fire"), {}, QStringLiteral("physical"),
                             QStringLiteral("13-bde"), QStringLiteral("I"), QStringLiteral("A"), {}, {}));
        REQUIRE(waitFor([&] { return console->sync()->pendingCount() == 0 && risks.risks()->count() == 1; }));
        risks.select(risks.risks()->risks().front().id);
        REQUIRE(risks.assess(QStringLiteral("I"), QStringLiteral("C"), QStringLiteral("Barrier planned, not placed.")));
        REQUIRE(waitFor([&] { return risks.risk().value(QStringLiteral("residualLevel")) == QStringLiteral("high"); }));
        const QString who = risks.requiredAuthorityText();
        INFO(who.toStdString());
        CHECK(who.contains(QStringLiteral("signed policy")));
        CHECK(who.contains(QStringLiteral("Advisor Visser")));        // m4, commander of the whole organisation
        CHECK_FALSE(who.contains(QStringLiteral("Safety officer Jansen"))); // m1, a brigade's commander: too low
    }
    // Offline, from the sealed cache: verified again against the directory kept beside it.
    registry.stop();
    auto console = makeConsole(dir.path());
    console->account()->unlock(QStringLiteral("correct horse battery"));
    REQUIRE(waitFor([&] { return console->account()->stage() == Account::Stage::Ready; }));
    CHECK(console->authorities()->verified());
    CHECK(console->authorities()->holders({QStringLiteral("commander")}, {QString()}) == QStringList{QStringLiteral("m4")});
}

TEST_CASE("without signed authorities the default acceptance policy is said to be the default",
          "[advisor][authorities]")
{
    const std::vector<Unit> units{Unit{"defence", "Defensie", "", {}}, Unit{"13-bde", "13 Bde", "defence", {}}};
    const RequiredAuthority fallback = requiredAuthority(units, QStringLiteral("medium"), QStringLiteral("13-bde"));
    CHECK(fallback.roles == QStringList{QStringLiteral("commander")});
    CHECK(fallback.depth == 1);
    CHECK(fallback.units == QStringList{QStringLiteral("13-bde"), QStringLiteral("defence"), QString()});
    // A signed rule replaces it: here the measures role at echelon 0.
    AcceptanceLevel rule{"medium", 0, {"measures"}};
    const RequiredAuthority signedNeed = requiredAuthority(units, QStringLiteral("medium"), QStringLiteral("13-bde"), rule);
    CHECK(signedNeed.roles == QStringList{QStringLiteral("measures")});
    CHECK(signedNeed.depth == 0);
    CHECK(signedNeed.units == QStringList{QStringLiteral("defence"), QString()});
}

TEST_CASE("after the registry hands over to key holders the console follows the rotation and trusts their directory",
          "[advisor][authorities][keyset]")
{
    TestRegistry registry;
    TempDir dir;
    auto console = makeConsole(dir.path());
    // Enrolled while the registry's single root key signed: the console pins that key.
    provisionAndSignIn(*console, registry, "m9", "Advisor Smit", "ca-pool");
    syncNow(*console);
    REQUIRE(waitFor([&] { return console->account()->memberName() == QStringLiteral("Advisor Smit"); }));
    CHECK(console->keySetHistory().size() == 1);

    // keyset init and a directory 2 of 3 holders signed; the authorities renewed for it.
    registry.handOverToKeyHolders();
    registry.grantCommanderRole("m4", "");
    syncNow(*console);
    REQUIRE(waitFor([&] { return console->keySetHistory().size() == 2; }));
    CHECK(console->keySetHistory().back().threshold == 2);
    SignedAuthorities& authorities = *console->authorities();
    // The authorities bind to the holders' directory: they verify only if the console took it.
    REQUIRE(waitFor([&] {
        return authorities.verified() && authorities.holders({QStringLiteral("commander")}, {QString()}).size() == 1;
    }));
    CHECK(authorities.holders({QStringLiteral("commander")}, {QString()}) == QStringList{QStringLiteral("m4")});
}
