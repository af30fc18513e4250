// SPDX-License-Identifier: EUPL-1.2
// The risk register on the console (advisor/riskinfo, risklistmodel, riskfilter, riskview):
// the registry's JSON read into the list and its filters, the authority a decision needs, and
// against a real registry on loopback a risk recorded, refused to a commander whose echelon is
// too low and accepted by one high enough.
#include "advisor/riskview.h"

#include "advisor/account.h"
#include "advisor/syncengine.h"
#include "qttest.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QJsonArray>

using namespace vigil;
using namespace vigil::advisor;
using namespace vigil::advisor::test;

namespace {

QJsonObject cell(const char* severity, const char* probability, const char* level)
{
    return {{QStringLiteral("severity"), QString::fromLatin1(severity)},
            {QStringLiteral("probability"), QString::fromLatin1(probability)},
            {QStringLiteral("level"), QString::fromLatin1(level)}};
}

QJsonObject riskJson(qint64 id, const char* state, const QJsonValue& initial, const QJsonValue& residual)
{
    QJsonArray next;
    if (QLatin1String(state) == QLatin1String("open"))
        next = {QStringLiteral("accepted"), QStringLiteral("closed")};
    else if (QLatin1String(state) == QLatin1String("accepted"))
        next = {QStringLiteral("open"), QStringLiteral("accepted"), QStringLiteral("closed")};
    return {{QStringLiteral("id"), id},
            {QStringLiteral("hazard"), QStringLiteral("Crossing the range road during live fire")},
            {QStringLiteral("domain"), QStringLiteral("physical")},
            {QStringLiteral("unit"), QStringLiteral("13-bde")},
            {QStringLiteral("initial"), initial},
            {QStringLiteral("residual"), residual},
            {QStringLiteral("state"), QString::fromLatin1(state)},
            {QStringLiteral("clocks"), QJsonObject{}},
            {QStringLiteral("next"), next},
            {QStringLiteral("a_key_of_a_newer_registry"), 1}};
}

QString inDays(int days)
{
    return QDateTime::currentDateTimeUtc().addDays(days).date().toString(Qt::ISODate);
}

QStringList stepsOf(const RiskView& view)
{
    QStringList out;
    for (const QVariant& s : view.steps())
        out << s.toMap().value(QStringLiteral("step")).toString();
    return out;
}

} // namespace

TEST_CASE("a risk object is read tolerantly and its steps follow its state and assessment", "[advisor][risks]")
{
    auto open = RiskInfo::fromJson(riskJson(3, "open", cell("I", "A", "high"), QJsonValue::Null));
    REQUIRE(open);
    CHECK(open->initial->code() == QStringLiteral("I-A"));
    CHECK_FALSE(open->residual);
    CHECK(open->currentLevel() == QStringLiteral("high"));
    // Accepting and declining decide on the residual risk: not offered before it is assessed.
    CHECK(open->steps() == QStringList{QStringLiteral("assess"), QStringLiteral("close")});

    auto assessed = RiskInfo::fromJson(riskJson(3, "open", cell("I", "A", "high"), cell("III", "D", "low")));
    REQUIRE(assessed);
    CHECK(assessed->currentLevel() == QStringLiteral("low"));
    CHECK(assessed->steps()
          == QStringList{QStringLiteral("assess"), QStringLiteral("accept"), QStringLiteral("decline"), QStringLiteral("close")});

    auto accepted = RiskInfo::fromJson(riskJson(3, "accepted", cell("I", "A", "high"), cell("III", "D", "low")));
    CHECK(accepted->steps()
          == QStringList{QStringLiteral("assess"), QStringLiteral("review"), QStringLiteral("reopen"), QStringLiteral("close")});
    CHECK(RiskInfo::fromJson(riskJson(3, "closed", cell("I", "A", "high"), QJsonValue::Null))->steps().isEmpty());

    QJsonObject noHazard = riskJson(3, "open", cell("I", "A", "high"), QJsonValue::Null);
    noHazard.remove(QStringLiteral("hazard"));
    CHECK_FALSE(RiskInfo::fromJson(noHazard));
}

TEST_CASE("the risks list filters by state and level and puts the highest level first", "[advisor][risks]")
{
    RiskListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    RiskFilter filter(&model);
    std::vector<RiskInfo> rows;
    rows.push_back(*RiskInfo::fromJson(riskJson(1, "open", cell("III", "C", "medium"), QJsonValue::Null)));
    rows.push_back(*RiskInfo::fromJson(riskJson(2, "accepted", cell("I", "A", "high"), cell("II", "D", "medium"))));
    rows.push_back(*RiskInfo::fromJson(riskJson(3, "open", cell("I", "B", "high"), QJsonValue::Null)));
    rows.push_back(*RiskInfo::fromJson(riskJson(4, "closed", cell("I", "A", "high"), QJsonValue::Null)));
    model.setRisks(std::move(rows));

    // Open and accepted by default; the current level (residual once assessed) orders them.
    REQUIRE(filter.count() == 3);
    CHECK(filter.riskIdAt(0) == 3);
    CHECK(filter.riskIdAt(1) == 1); // medium, and older than #2
    CHECK(filter.riskIdAt(2) == 2);
    filter.setLevel(QStringLiteral("serious"));
    CHECK(filter.count() == 1);
    CHECK(filter.riskIdAt(0) == 3);
    filter.setLevel({});
    filter.setState(QStringLiteral("accepted"));
    REQUIRE(filter.count() == 1);
    CHECK(filter.riskIdAt(0) == 2);
    CHECK(filter.index(0, 0).data(RiskListModel::ResidualLevelRole).toString() == QStringLiteral("medium"));
    filter.setState({});
    CHECK(filter.count() == 4);
    CHECK(filter.rowOfRisk(4) >= 0);
}

TEST_CASE("the authority a decision needs follows the default policy and the unit tree", "[advisor][risks]")
{
    // 11-bn under 13-bde under defence, which the directory does not list (the registry still
    // counts it as an echelon).
    const std::vector<Unit> units{{"13-bde", "13 Bde", "defence"}, {"11-bn", "11 Bn", "13-bde"}};
    CHECK(unitDepth(units, QStringLiteral("11-bn")) == 2);
    CHECK(unitDepth(units, {}) == 0);
    const auto high = requiredAuthority(units, QStringLiteral("high"), QStringLiteral("11-bn"));
    CHECK(high.depth == 0);
    CHECK(high.unit == QStringLiteral("defence"));
    CHECK(high.roles == QStringList{QStringLiteral("commander")});
    const auto serious = requiredAuthority(units, QStringLiteral("serious"), QStringLiteral("11-bn"));
    CHECK(serious.depth == 1);
    CHECK(serious.unit == QStringLiteral("13-bde"));
    const auto low = requiredAuthority(units, QStringLiteral("eliminated"), QStringLiteral("11-bn"));
    CHECK(low.depth == 2);
    CHECK(low.unit == QStringLiteral("11-bn"));
    CHECK(low.roles == QStringList{QStringLiteral("commander"), QStringLiteral("measures")});
}

TEST_CASE("a risk is recorded, a commander of too low an echelon is refused and one high enough accepts it",
          "[advisor][risks]")
{
    TestRegistry registry;
    TempDir dirA, dirB, dirC;
    auto recorder = makeConsole(dirA.path());
    auto brigade = makeConsole(dirB.path());
    auto top = makeConsole(dirC.path());
    provisionAndSignIn(*recorder, registry, "m9", "Advisor Smit", "ca-pool");
    provisionAndSignIn(*brigade, registry, "m8", "Commander Brink", "ca-pool");
    provisionAndSignIn(*top, registry, "m10", "Commander De Wit", "ca-pool");
    registry.grantMeasuresRole("m9", "13-bde");
    registry.grantCommanderRole("m8", "13-bde"); // echelon 1: 13-bde lies under defence
    registry.grantCommanderRole("m10", "");     // echelon 0: the whole organisation

    syncNow(*recorder);
    REQUIRE(waitFor([&] { return recorder->risks()->units().size() > 1; }));
    RiskView& mine = *recorder->risks();
    // Checked on the desk first: nothing is queued for a malformed proposal.
    CHECK_FALSE(mine.create({}, {}, QStringLiteral("physical"), QStringLiteral("13-bde"), QStringLiteral("I"),
                            QStringLiteral("A"), {}, {}));
    CHECK_FALSE(mine.create(QStringLiteral("Range road"), {}, QStringLiteral("physical"), QStringLiteral("13-bde"),
                            QStringLiteral("I"), QStringLiteral("F"), {}, {}));
    CHECK(recorder->sync()->pendingCount() == 0);
    REQUIRE(mine.create(QStringLiteral("Crossing the range road during live fire"), {}, QStringLiteral("physical"),
                        QStringLiteral("13-bde"), QStringLiteral("I"), QStringLiteral("A"), {}, {}));
    REQUIRE(waitFor([&] { return recorder->sync()->pendingCount() == 0 && mine.risks()->count() == 1; }));
    const qint64 id = mine.risks()->risks().front().id;
    REQUIRE(waitFor([&] { return !mine.busy() && !mine.initialMap().isEmpty(); }));
    CHECK(registry.riskState(id) == "open");

    // The residual risk after measures: still high (I-C).
    mine.select(id);
    REQUIRE(mine.assess(QStringLiteral("I"), QStringLiteral("C"), QStringLiteral("Barrier planned, not placed.")));
    REQUIRE(waitFor([&] {
        return recorder->sync()->pendingCount() == 0 && mine.risk().value(QStringLiteral("residualLevel")) == "high";
    }));

    // The brigade's commander holds the role, at too low an echelon for a high risk.
    syncNow(*brigade);
    RiskView& theirs = *brigade->risks();
    REQUIRE(waitFor([&] { return theirs.risks()->count() == 1 && theirs.risks()->find(id)->residual.has_value(); }));
    theirs.select(id);
    CHECK(stepsOf(theirs).contains(QStringLiteral("accept")));
    CHECK(theirs.requiredAuthorityText().contains(QStringLiteral("echelon 0")));
    CHECK_FALSE(theirs.accept(inDays(-1), {})); // a review date must lie ahead
    REQUIRE(theirs.accept(inDays(180), QStringLiteral("Acceptable with the barrier.")));
    REQUIRE(waitFor([&] { return brigade->sync()->pendingCount() == 0 && !theirs.lastError().isEmpty(); }));
    INFO(theirs.lastError().toStdString());
    CHECK(theirs.lastError().contains(QStringLiteral("authority is not enough")));
    CHECK(theirs.lastError().contains(QStringLiteral("echelon")));
    CHECK(registry.riskState(id) == "open");

    // The organisation's commander accepts it; the decision says under which role and echelon.
    syncNow(*top);
    RiskView& highest = *top->risks();
    REQUIRE(waitFor([&] { return highest.risks()->count() == 1 && highest.risks()->find(id)->residual.has_value(); }));
    highest.select(id);
    REQUIRE(highest.accept(inDays(180), QStringLiteral("Accepted until the barrier is placed.")));
    REQUIRE(waitFor([&] {
        return top->sync()->pendingCount() == 0 && highest.risk().value(QStringLiteral("state")) == "accepted";
    }));
    CHECK(highest.lastError().isEmpty());
    CHECK(registry.riskState(id) == "accepted");
    const QVariantList decisions = highest.risk().value(QStringLiteral("decisions")).toList();
    REQUIRE(decisions.size() == 1);
    CHECK(decisions.front().toMap().value(QStringLiteral("text")).toString().contains(QStringLiteral("echelon 0")));
    CHECK(stepsOf(highest) == QStringList{QStringLiteral("assess"), QStringLiteral("review"), QStringLiteral("reopen"),
                                          QStringLiteral("close")});
    // Closing asks for a reason.
    CHECK_FALSE(highest.close(QStringLiteral("  ")));
}

TEST_CASE("the risk register and its heat maps show offline from the sealed cache with their time",
          "[advisor][risks]")
{
    TestRegistry registry;
    TempDir dir;
    {
        auto console = makeConsole(dir.path());
        provisionAndSignIn(*console, registry, "m9", "Advisor Smit", "ca-pool");
        registry.grantMeasuresRole("m9", ""); // the whole organisation: a risk may be scoped to it
        syncNow(*console);
        REQUIRE(waitFor([&] { return console->risks()->units().size() > 1; }));
        REQUIRE(console->risks()->create(QStringLiteral("Fatigue on night convoys"), {}, QStringLiteral("physical"),
                                         {}, QStringLiteral("II"), QStringLiteral("C"), {}, {}));
        REQUIRE(waitFor([&] { return console->sync()->pendingCount() == 0 && console->risks()->risks()->count() == 1; }));
        REQUIRE(waitFor([&] { return !console->risks()->busy() && !console->risks()->lastUpdated().isEmpty(); }));
    }
    registry.stop();
    auto console = makeConsole(dir.path());
    console->account()->unlock(QStringLiteral("correct horse battery"));
    REQUIRE(waitFor([&] { return console->account()->stage() == Account::Stage::Ready; }));
    RiskView& view = *console->risks();
    REQUIRE(view.risks()->count() == 1);
    CHECK(view.risks()->risks().front().unit.isEmpty());
    CHECK(view.risks()->index(0).data(RiskListModel::UnitRole).toString() == QStringLiteral("Whole organisation"));
    CHECK_FALSE(view.lastUpdated().isEmpty());
    // One risk: every count of the heat map is small, so the registry hid it and so does the desk.
    bool sawHidden = false;
    for (const QVariant& v : view.initialMap()) {
        const QVariantMap c = v.toMap();
        if (c.value(QStringLiteral("kind")) == "cell" || c.value(QStringLiteral("kind")) == "total") {
            CHECK(c.value(QStringLiteral("text")).toString() != QStringLiteral("1"));
            sawHidden = sawHidden || c.value(QStringLiteral("hidden")).toBool();
        }
    }
    CHECK(sawHidden);
}
