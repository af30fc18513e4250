// SPDX-License-Identifier: EUPL-1.2
// The indicator board on the console (advisor/seriesmodel, indicatorsview): the registry's
// JSON read into a chart's months — counts, hidden months as gaps, alert levels per month or
// none, the months a rule fired — and the board from a real registry on loopback, kept sealed
// and shown offline with its time.
#include "advisor/indicatorsview.h"

#include "advisor/account.h"
#include "advisor/syncengine.h"
#include "qttest.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>

using namespace vigil;
using namespace vigil::advisor;
using namespace vigil::advisor::test;

namespace {

QJsonObject levels(double mean, double sd)
{
    return {{QStringLiteral("mean"), mean}, {QStringLiteral("sd"), sd}, {QStringLiteral("l1"), mean + sd},
            {QStringLiteral("l2"), mean + 2 * sd}, {QStringLiteral("l3"), mean + 3 * sd}};
}

QJsonObject indicator()
{
    return QJsonDocument::fromJson(R"({"id":"nm-13bde","name_nl":"Bijna-ongevallen 13 Bde","name_en":"Near misses 13 Bde",
        "scope":{"unit":"13-bde","kinds":["near_miss"],"categories":[],"modes":[],"levels":[]},
        "rules":"3:1,2:2,1:3","months":["2026-07","2026-08","2026-09","2026-10"],
        "values":[12,"<5","x",31],"levels":[null,null,null,null],
        "alerts":[{"month":"2026-10","rule":"3:1"}]})")
        .object();
}

} // namespace

TEST_CASE("an indicator's months become a series with gaps, alert levels per month and alert marks",
          "[advisor][indicators]")
{
    QJsonObject o = indicator();
    o.insert(QStringLiteral("levels"), QJsonArray{QJsonValue::Null, QJsonValue::Null, levels(10, 2), levels(12, 3)});
    SeriesModel series;
    QAbstractItemModelTester tester(&series, QAbstractItemModelTester::FailureReportingMode::Fatal);
    series.setMonths(SeriesModel::fromJson(o, 5));
    REQUIRE(series.count() == 4);
    auto at = [&](int row, SeriesModel::Role role) { return series.index(row).data(role); };
    CHECK(at(0, SeriesModel::ValueRole).toDouble() == 12);
    CHECK_FALSE(at(0, SeriesModel::HasLevelsRole).toBool());
    // Hidden months carry their label and no number.
    CHECK(at(1, SeriesModel::HiddenRole).toBool());
    CHECK(at(1, SeriesModel::LabelRole).toString() == QStringLiteral("<5"));
    CHECK(at(1, SeriesModel::ValueRole).toDouble() == -1);
    CHECK(at(2, SeriesModel::LabelRole).toString() == QStringLiteral("x"));
    // Levels of their own month: a new period's are a step.
    CHECK(at(2, SeriesModel::L3Role).toDouble() == 16);
    CHECK(at(3, SeriesModel::L1Role).toDouble() == 15);
    CHECK(at(3, SeriesModel::L3Role).toDouble() == 21);
    CHECK(at(3, SeriesModel::AlertRole).toBool());
    CHECK(at(3, SeriesModel::AlertRulesRole).toString() == QStringLiteral("3:1"));
    CHECK_FALSE(at(2, SeriesModel::AlertRole).toBool());
    CHECK(series.hasLevels());
    CHECK(series.alertCount() == 1);
    CHECK(series.scaleMax() >= 31);

    // Without levels anywhere the chart says there were too few reports.
    series.setMonths(SeriesModel::fromJson(indicator(), 5));
    CHECK_FALSE(series.hasLevels());
    // A count a registry should not have published below k is shown as hidden all the same.
    QJsonObject small = indicator();
    small.insert(QStringLiteral("values"), QJsonArray{3, 0, 7, 9});
    series.setMonths(SeriesModel::fromJson(small, 5));
    CHECK(series.index(0).data(SeriesModel::HiddenRole).toBool());
    CHECK(series.index(1).data(SeriesModel::LabelRole).toString() == QStringLiteral("0"));
    // A month without a value yet (a quarter of retaliation signals still running) is a gap with
    // a dash, not an "x": nothing was suppressed.
    QJsonObject running = indicator();
    running.insert(QStringLiteral("measure"), QStringLiteral("retaliation_signals"));
    running.insert(QStringLiteral("values"), QJsonArray{6, 0, QJsonValue::Null, QJsonValue::Null});
    series.setMonths(SeriesModel::fromJson(running, 5));
    CHECK(series.index(0).data(SeriesModel::ValueRole).toDouble() == 6);
    CHECK(series.index(2).data(SeriesModel::HiddenRole).toBool());
    CHECK(series.index(2).data(SeriesModel::LabelRole).toString() == QStringLiteral("–"));
}

TEST_CASE("the indicator board is read from the registry and shown offline from the sealed cache",
          "[advisor][indicators]")
{
    TestRegistry registry;
    registry.defineIndicator("reports-13bde", "Meldingen 13 Bde", "Reports 13 Bde", "13-bde");
    TempDir dir;
    {
        auto console = makeConsole(dir.path());
        provisionAndSignIn(*console, registry, "m9", "Advisor Smit", "ca-pool");
        syncNow(*console);
        IndicatorsView& view = *console->indicators();
        REQUIRE(waitFor([&] { return !view.busy() && !view.lastUpdated().isEmpty(); }));
        INFO(view.lastError().toStdString());
        REQUIRE(view.indicators().size() == 1);
        const QVariantMap entry = view.indicators().front().toMap();
        CHECK(entry.value(QStringLiteral("id")) == QStringLiteral("reports-13bde"));
        CHECK(view.selectedId() == QStringLiteral("reports-13bde"));
        // No reports yet: every settled month is a published 0 (zero is no small count).
        REQUIRE(view.series()->count() > 0);
        CHECK(entry.value(QStringLiteral("latest")) == QStringLiteral("0"));
        CHECK(entry.value(QStringLiteral("tooFew")).toBool() == !view.series()->hasLevels());
        console->setLanguage(QStringLiteral("nl"));
        CHECK(view.selected().value(QStringLiteral("name")) == QStringLiteral("Meldingen 13 Bde"));
        console->setLanguage(QStringLiteral("en"));
        CHECK(view.selected().value(QStringLiteral("name")) == QStringLiteral("Reports 13 Bde"));
    }
    registry.stop();
    auto console = makeConsole(dir.path());
    console->account()->unlock(QStringLiteral("correct horse battery"));
    REQUIRE(waitFor([&] { return console->account()->stage() == Account::Stage::Ready; }));
    IndicatorsView& view = *console->indicators();
    REQUIRE(view.indicators().size() == 1);
    CHECK_FALSE(view.lastUpdated().isEmpty());
    CHECK_FALSE(view.asOf().isEmpty());
}
