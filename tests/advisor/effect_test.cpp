// SPDX-License-Identifier: EUPL-1.2
// The effect card of a measure (advisor/measureeffect): the verdict in words, and against a
// real registry on loopback the preview of an implemented measure's check with its before and
// after windows cut from the indicator board, the check recorded from the console, and "can be
// checked from" while the after window has not settled.
#include "advisor/measureeffect.h"

#include "advisor/indicatorsview.h"
#include "advisor/measurelistmodel.h"
#include "advisor/measureview.h"
#include "advisor/syncengine.h"
#include "qttest.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QJsonArray>

using namespace vigil;
using namespace vigil::advisor;
using namespace vigil::advisor::test;

namespace {

std::string monthOf(const QDate& d)
{
    return d.toString(QStringLiteral("yyyy-MM")).toStdString();
}

/// A registry with indicator reports-13bde, m3 and m4 (and the console's m9) holding the
/// measures role for 13-bde, and a console signed in as m9.
struct EffectDesk {
    TestRegistry registry;
    TempDir dir;
    std::unique_ptr<Console> console = makeConsole(dir.path());

    EffectDesk()
    {
        provisionAndSignIn(*console, registry, "m9", "Advisor Smit", "ca-pool");
        for (const char* member : {"m3", "m4", "m9"})
            registry.grantMeasuresRole(member, "13-bde");
        registry.defineIndicator("reports-13bde", "Meldingen 13 Bde", "Reports 13 Bde", "13-bde");
    }

    /// Syncs, waits for measure `id` and the board, and shows the measure.
    MeasureEffect& shown(qint64 id)
    {
        syncNow(*console);
        MeasureView& measures = *console->measures();
        REQUIRE(waitFor([&] { return measures.measures()->find(id) && !console->indicators()->asOf().isEmpty(); }));
        measures.select(id);
        return *console->effect();
    }
};

} // namespace

TEST_CASE("the effect check's verdict is said in words with the reason an inconclusive one has",
          "[advisor][effect]")
{
    CHECK(MeasureEffect::verdictText(QStringLiteral("effective"), QStringLiteral("rate_fell")).startsWith(QStringLiteral("Effective")));
    CHECK(MeasureEffect::verdictText(QStringLiteral("no_change"), QStringLiteral("no_halving"))
              .startsWith(QStringLiteral("No measurable change")));
    CHECK(MeasureEffect::verdictText(QStringLiteral("no_change"), QStringLiteral("rate_rose")).contains(QStringLiteral("rose")));
    CHECK(MeasureEffect::verdictText(QStringLiteral("inconclusive"), QStringLiteral("too_few_reports"))
          == QStringLiteral("Inconclusive: too few reports"));
    CHECK(MeasureEffect::verdictText(QStringLiteral("inconclusive"), QStringLiteral("hidden_month")).contains(QStringLiteral("hidden")));
    CHECK(MeasureEffect::verdictText(QStringLiteral("inconclusive"), QStringLiteral("uncertain")).contains(QStringLiteral("both")));
}

TEST_CASE("the effect card shows only for an implemented measure and says when no indicator is linked",
          "[advisor][effect]")
{
    TempDir dir;
    auto console = makeConsole(dir.path());
    MeasureEffect& effect = *console->effect();
    QJsonObject o{{QStringLiteral("id"), 4}, {QStringLiteral("title"), QStringLiteral("Banksman rota")},
                  {QStringLiteral("state"), QStringLiteral("approved")}};
    const auto approved = MeasureInfo::fromJson(o);
    REQUIRE(approved);
    effect.show(&*approved);
    CHECK(effect.status() == QStringLiteral("none"));
    o.insert(QStringLiteral("state"), QStringLiteral("implemented"));
    o.insert(QStringLiteral("indicators"), QJsonArray{});
    const auto implemented = MeasureInfo::fromJson(o);
    REQUIRE(implemented);
    effect.show(&*implemented);
    CHECK(effect.status() == QStringLiteral("unavailable"));
    CHECK(effect.message().contains(QStringLiteral("judgement")));
    effect.show(nullptr);
    CHECK(effect.status() == QStringLiteral("none"));
}

TEST_CASE("an implemented measure's effect card previews the check with its windows and records it",
          "[advisor][effect]")
{
    EffectDesk desk;
    // Implemented nine months ago: its after window (the six months after that one) has settled.
    const QDate today = QDate::currentDate();
    const QDate implemented = QDate(today.year(), today.month(), 1).addMonths(-9);
    for (int i = 1; i <= 6; ++i) {
        desk.registry.setMonthCount(monthOf(implemented.addMonths(-i)), 40);
        desk.registry.setMonthCount(monthOf(implemented.addMonths(i)), 10);
    }
    const auto id = desk.registry.implementedMeasure("m3", "m4", "reports-13bde",
                                                     implemented.addDays(14).toString(Qt::ISODate).toStdString());
    MeasureEffect& effect = desk.shown(id);
    REQUIRE(waitFor([&] { return effect.status() == QStringLiteral("preview"); }));
    const QVariantMap check = effect.check();
    CHECK(check.value(QStringLiteral("indicatorName")) == QStringLiteral("Reports 13 Bde"));
    CHECK(check.value(QStringLiteral("beforeCount")) == QStringLiteral("240"));
    CHECK(check.value(QStringLiteral("afterCount")) == QStringLiteral("60"));
    CHECK(check.value(QStringLiteral("beforeFrom")).toString().toStdString() == monthOf(implemented.addMonths(-6)));
    CHECK(check.value(QStringLiteral("afterTo")).toString().toStdString() == monthOf(implemented.addMonths(6)));
    CHECK(check.value(QStringLiteral("result")) == QStringLiteral("effective"));
    CHECK(check.value(QStringLiteral("ratio")) == QStringLiteral("0.25"));
    CHECK_FALSE(check.value(QStringLiteral("ci")).toString().isEmpty());
    // Both windows and the month of implementation between them, from the board.
    CHECK(effect.windows()->count() == 13);

    // Recorded from the console: the registry computes it again and stores it with the step.
    REQUIRE(desk.console->measures()->checkByEffect());
    REQUIRE(waitFor([&] { return effect.status() == QStringLiteral("stored"); }));
    CHECK(desk.registry.measureState(id) == "checked");
    CHECK(effect.check().value(QStringLiteral("result")) == QStringLiteral("effective"));
    CHECK_FALSE(effect.check().value(QStringLiteral("at")).toString().isEmpty());
}

TEST_CASE("a measure implemented this month can be checked once its after window settles",
          "[advisor][effect]")
{
    EffectDesk desk;
    const auto id = desk.registry.implementedMeasure("m3", "m4", "reports-13bde",
                                                     QDate::currentDate().toString(Qt::ISODate).toStdString());
    MeasureEffect& effect = desk.shown(id);
    REQUIRE(waitFor([&] { return effect.status() == QStringLiteral("waiting"); }));
    const QDate settles = QDate::fromString(effect.settlesOn(), Qt::ISODate);
    REQUIRE(settles.isValid());
    CHECK(settles > QDate::currentDate().addMonths(6));
    CHECK(effect.check().isEmpty());
    CHECK(effect.windows()->count() == 0);
    // Meanwhile a verdict by judgement stays open to the member.
    bool judgement = false;
    for (const QVariant& step : desk.console->measures()->steps())
        judgement = judgement || step.toMap().value(QStringLiteral("needs")) == QStringLiteral("verdict");
    CHECK(judgement);
}

TEST_CASE("a measure proposed with two indicators from the console shows them, relinks them and its effect card uses the primary",
          "[advisor][effect][links]")
{
    EffectDesk desk;
    desk.registry.defineIndicator("nm-13bde", "Bijna-ongevallen 13 Bde", "Near misses 13 Bde", "13-bde", {"near_miss"});
    const QDate today = QDate::currentDate();
    const QDate implemented = QDate(today.year(), today.month(), 1).addMonths(-9);
    for (int i = 1; i <= 6; ++i) {
        desk.registry.setMonthCount(monthOf(implemented.addMonths(-i)), 30);
        desk.registry.setMonthCount(monthOf(implemented.addMonths(i)), 30);
    }
    Console& console = *desk.console;
    MeasureView& measures = *console.measures();
    syncNow(console);
    REQUIRE(waitFor([&] { return console.indicators()->linkable().size() == 2; }));
    // The picker's choices: each indicator with what it measures and over what.
    const QVariantMap nm = console.indicators()->linkable().at(0).toMap();
    CHECK(nm.value(QStringLiteral("value")) == QStringLiteral("nm-13bde"));
    CHECK(nm.value(QStringLiteral("label")) == QStringLiteral("Near misses 13 Bde"));
    CHECK(nm.value(QStringLiteral("detail")).toString().startsWith(QStringLiteral("Reports a month · ")));

    // Checked in the console first: two indicators need a primary, and it must be one of them.
    const QVariantList both{QStringLiteral("reports-13bde"), QStringLiteral("nm-13bde")};
    const auto propose = [&](const QVariantList& indicators, const QString& primary) {
        return measures.propose(QStringLiteral("Banksman at every reversing vehicle"), {}, QStringLiteral("physical"),
                                QStringLiteral("13-bde"), QStringLiteral("S3"), today.addDays(30).toString(Qt::ISODate),
                                {}, indicators, primary);
    };
    CHECK_FALSE(propose(both, {}));
    CHECK(measures.lastError().contains(QStringLiteral("primary")));
    CHECK_FALSE(propose(both, QStringLiteral("acc-13bde")));
    CHECK(console.sync()->pendingCount() == 0);

    REQUIRE(propose(both, QStringLiteral("nm-13bde")));
    syncNow(console);
    REQUIRE(waitFor([&] { return console.sync()->pendingCount() == 0 && measures.measures()->count() == 1; }));
    const qint64 id = measures.measures()->measures().front().id;
    CHECK(desk.registry.measureIndicators(id) == std::vector<std::string>{"nm-13bde*", "reports-13bde"});
    measures.select(id);
    const QVariantList shown = measures.measure().value(QStringLiteral("indicators")).toList();
    REQUIRE(shown.size() == 2);
    CHECK(shown[0].toMap().value(QStringLiteral("name")) == QStringLiteral("Near misses 13 Bde"));
    CHECK(shown[0].toMap().value(QStringLiteral("primary")).toBool());
    CHECK(shown[1].toMap().value(QStringLiteral("name")) == QStringLiteral("Reports 13 Bde"));
    CHECK(measures.measure().value(QStringLiteral("linkable")).toBool());

    // Unlinked and linked again from the console, each queued with an action id.
    REQUIRE(measures.linkIndicators({QStringLiteral("nm-13bde")}, {}));
    REQUIRE(waitFor([&] { return console.sync()->pendingCount() == 0
                                 && measures.measure().value(QStringLiteral("indicators")).toList().size() == 1; }));
    CHECK(desk.registry.measureIndicators(id) == std::vector<std::string>{"nm-13bde*"});
    REQUIRE(measures.linkIndicators(both, QStringLiteral("nm-13bde")));
    REQUIRE(waitFor([&] { return console.sync()->pendingCount() == 0
                                 && measures.measure().value(QStringLiteral("indicators")).toList().size() == 2; }));
    CHECK(desk.registry.measureIndicators(id) == std::vector<std::string>{"nm-13bde*", "reports-13bde"});

    // Implemented by a colleague nine months ago: the effect card checks the primary indicator.
    desk.registry.implementMeasure(id, "m3", implemented.addDays(14).toString(Qt::ISODate).toStdString());
    MeasureEffect& effect = desk.shown(id);
    REQUIRE(waitFor([&] {
        return measures.measure().value(QStringLiteral("state")) == QStringLiteral("implemented")
               && effect.status() == QStringLiteral("preview");
    }));
    CHECK(effect.check().value(QStringLiteral("indicatorName")) == QStringLiteral("Near misses 13 Bde"));
    CHECK(effect.check().value(QStringLiteral("beforeCount")) == QStringLiteral("180"));
    CHECK(effect.check().value(QStringLiteral("afterCount")) == QStringLiteral("180"));
    CHECK(effect.windows()->count() == 13);
}
