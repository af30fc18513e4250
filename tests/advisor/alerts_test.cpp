// SPDX-License-Identifier: EUPL-1.2
// The alerts register on the console (advisor/alertinfo, alertview): the registry's alert object
// read tolerantly, and alerts raised in a real registry on loopback assigned, followed up and
// closed from the console — refusals said in words, the list shown offline from the sealed
// cache, a step taken offline queued with its action id and applied once back online.
#include "advisor/alertview.h"

#include "advisor/account.h"
#include "advisor/syncengine.h"
#include "qttest.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>

using namespace vigil;
using namespace vigil::advisor;
using namespace vigil::advisor::test;

namespace {

const QString kPassphrase = QStringLiteral("correct horse battery");

QStringList stepsOf(const AlertView& view)
{
    QStringList out;
    for (const QVariant& s : view.steps())
        out << s.toMap().value(QStringLiteral("to")).toString();
    return out;
}

/// A registry with indicator nm-13bde and one alert raised on it, and two signed-in members
/// holding the measures role for 13-bde: m9 and m10.
struct AlertDesks {
    TestRegistry registry;
    TempDir dirA, dirB;
    std::unique_ptr<Console> mine = makeConsole(dirA.path());
    std::unique_ptr<Console> theirs = makeConsole(dirB.path());
    std::int64_t alertId = 0;

    AlertDesks()
    {
        registry.defineIndicator("nm-13bde", "Bijna-ongevallen 13 Bde", "Near misses 13 Bde", "13-bde");
        alertId = registry.raiseAlert("nm-13bde", "2026-09", 60, 24);
        provisionAndSignIn(*mine, registry, "m9", "Advisor Smit", "ca-pool");
        provisionAndSignIn(*theirs, registry, "m10", "Advisor De Vries", "ca-pool");
        registry.grantMeasuresRole("m9", "13-bde");
        registry.grantMeasuresRole("m10", "13-bde");
    }

    /// Syncs `console` and waits until its alert list holds the alert.
    static AlertView& loaded(Console& console)
    {
        syncNow(console);
        AlertView& view = *console.alerts();
        REQUIRE(waitFor([&] { return !view.busy() && view.alerts().size() == 1; }));
        return view;
    }
};

} // namespace

TEST_CASE("an alert object is read tolerantly and knows the months it covers", "[advisor][alerts]")
{
    const QJsonObject o = QJsonDocument::fromJson(R"({"id":4,"indicator":{"id":"nm-13bde","name_nl":"Bijna-ongevallen",
        "name_en":""},"scope_unit":"13-bde","month":"2026-09","months":["2026-10"],"rule":"2:2","value":60,
        "level":24.5,"state":"assigned","clock":"overdue","assignee":"m3","measure":null,"next":["assigned",
        "followed_up"],"may":[],"a_key_of_a_newer_registry":{"x":1}})").object();
    auto a = AlertInfo::fromJson(o);
    REQUIRE(a);
    CHECK(a->covers(QStringLiteral("2026-09")));
    CHECK(a->covers(QStringLiteral("2026-10")));
    CHECK_FALSE(a->covers(QStringLiteral("2026-11")));
    CHECK(a->measure == 0);
    CHECK(a->isOpen());
    // An empty name falls back to the other language.
    CHECK(a->name(QStringLiteral("en")) == QStringLiteral("Bijna-ongevallen"));
    QJsonObject noState = o;
    noState.remove(QStringLiteral("state"));
    CHECK_FALSE(AlertInfo::fromJson(noState));
    CHECK_FALSE(AlertInfo::fromJson(QJsonObject{{QStringLiteral("id"), 4}, {QStringLiteral("state"), QStringLiteral("raised")}}));
}

TEST_CASE("an alert is assigned, followed up with an explanation and closed from the console",
          "[advisor][alerts]")
{
    AlertDesks desks;
    AlertView& view = AlertDesks::loaded(*desks.mine);
    CHECK(view.openCount() == 1);
    const QVariantMap row = view.alerts().front().toMap();
    CHECK(row.value(QStringLiteral("id")).toLongLong() == desks.alertId);
    CHECK(row.value(QStringLiteral("state")) == QStringLiteral("raised"));
    CHECK(row.value(QStringLiteral("clock")) == QStringLiteral("running"));
    CHECK(row.value(QStringLiteral("months")) == QStringLiteral("2026-09"));
    CHECK(view.alertIdFor(QStringLiteral("nm-13bde"), QStringLiteral("2026-09")) == desks.alertId);
    CHECK(view.alertIdFor(QStringLiteral("nm-13bde"), QStringLiteral("2026-08")) == 0);

    // Nothing chosen: said at once, nothing queued.
    CHECK_FALSE(view.assign(QStringLiteral("m10")));
    CHECK(view.lastError().contains(QStringLiteral("Choose an alert")));
    view.select(desks.alertId);
    CHECK(stepsOf(view) == QStringList{QStringLiteral("assigned"), QStringLiteral("followed_up")});
    CHECK_FALSE(view.close({}));
    CHECK_FALSE(view.followUp(0, QStringLiteral("  ")));
    CHECK(desks.mine->sync()->pendingCount() == 0);

    REQUIRE(view.assign(QStringLiteral("m10")));
    REQUIRE(waitFor([&] { return view.alert().value(QStringLiteral("state")) == QStringLiteral("assigned"); }));
    CHECK(desks.registry.alertState(desks.alertId) == "assigned");
    CHECK(view.alert().value(QStringLiteral("assignee")) == QStringLiteral("Advisor De Vries"));

    // The explanation is checked for identifying detail as a measure's text is.
    CHECK_FALSE(desks.mine->identifyingWarning(QStringLiteral("Advisor Bakker saw it on 12 March")).isEmpty());
    CHECK(desks.mine->identifyingWarning(QStringLiteral("Exercise season: more live fire, more near misses.")).isEmpty());
    REQUIRE(view.followUp(0, QStringLiteral("Exercise season: more live fire, more near misses.")));
    REQUIRE(waitFor([&] { return view.alert().value(QStringLiteral("state")) == QStringLiteral("followed_up"); }));
    CHECK(stepsOf(view) == QStringList{QStringLiteral("closed")});
    REQUIRE(view.close(QStringLiteral("Explained; watch next quarter.")));
    REQUIRE(waitFor([&] { return view.alert().value(QStringLiteral("state")) == QStringLiteral("closed"); }));
    CHECK(desks.registry.alertState(desks.alertId) == "closed");
    CHECK(view.openCount() == 0);
    CHECK(view.lastError().isEmpty());
}

TEST_CASE("a step another member took first is refused by the registry and said in words",
          "[advisor][alerts]")
{
    AlertDesks desks;
    AlertView& view = AlertDesks::loaded(*desks.mine);
    AlertView& other = AlertDesks::loaded(*desks.theirs);
    view.select(desks.alertId);
    other.select(desks.alertId);
    REQUIRE(other.followUp(0, QStringLiteral("Seen to by the brigade's S3.")));
    REQUIRE(waitFor([&] { return desks.registry.alertState(desks.alertId) == "followed_up"; }));
    // This console still shows it raised: the registry refuses (409) and the list follows.
    CHECK(stepsOf(view).contains(QStringLiteral("followed_up")));
    REQUIRE(view.followUp(0, QStringLiteral("Another explanation.")));
    REQUIRE(waitFor([&] { return !view.lastError().isEmpty(); }));
    CHECK(view.lastError().contains(QStringLiteral("refused")));
    CHECK(view.lastError().contains(QStringLiteral("followed_up")));
    REQUIRE(waitFor([&] { return view.alert().value(QStringLiteral("state")) == QStringLiteral("followed_up"); }));
    CHECK(desks.mine->sync()->pendingCount() == 0);

    // m10 now only reads (the inspectorate): its console still offers closing, the registry
    // refuses with role_required, and the console says which role it takes.
    desks.registry.grantInspectorateRole("m10", "");
    desks.registry.revokeMeasuresRole("m10", "13-bde");
    REQUIRE(waitFor([&] { return other.alert().value(QStringLiteral("state")) == QStringLiteral("followed_up"); }));
    REQUIRE(stepsOf(other).contains(QStringLiteral("closed")));
    REQUIRE(other.close({}));
    REQUIRE(waitFor([&] { return !other.lastError().isEmpty(); }));
    CHECK(other.lastError().contains(QStringLiteral("measures or commander role")));
    CHECK(desks.registry.alertState(desks.alertId) == "followed_up");
}

TEST_CASE("the alerts show offline from the sealed cache and a step taken offline is applied once back",
          "[advisor][alerts]")
{
    AlertDesks desks;
    AlertDesks::loaded(*desks.mine);
    desks.registry.stop();
    desks.mine.reset();
    auto console = makeConsole(desks.dirA.path());
    console->account()->unlock(kPassphrase);
    REQUIRE(waitFor([&] { return console->account()->stage() == Account::Stage::Ready; }));
    AlertView& view = *console->alerts();
    REQUIRE(view.alerts().size() == 1);
    CHECK_FALSE(view.lastUpdated().isEmpty());
    view.select(desks.alertId);
    REQUIRE(view.followUp(0, QStringLiteral("Exercise season.")));
    CHECK(console->sync()->pendingCount() == 1);
    const auto queued = console->sync()->queued();
    REQUIRE(queued.size() == 1);
    CHECK(queued[0].path == "/v1/advisor/alerts/" + std::to_string(desks.alertId) + "/follow-up");
    CHECK_FALSE(queued[0].actionId.empty());

    desks.registry.restart();
    console->sync()->refresh();
    REQUIRE(waitFor([&] { return console->sync()->pendingCount() == 0
                                 && view.alert().value(QStringLiteral("state")) == QStringLiteral("followed_up"); }));
    CHECK(desks.registry.alertState(desks.alertId) == "followed_up");
}
