// SPDX-License-Identifier: EUPL-1.2
// The board's measures beyond counts (docs/pdca.md, "Indicators"): ratios and shares of report
// sets, the registry's handling clocks, measures on time, their suppression, levels and targets.
#include "registry/pdca/indicatorboard.h"

#include <catch2/catch.hpp>

using namespace vigil;
using namespace vigil::registry;

namespace {

const UnitTree kTree{{"13-bde", ""}, {"bn-12", "13-bde"}, {"bn-42", "13-bde"}, {"11-lmb", ""}};
const int kMarch = monthIndex("2026-03").value();

IndicatorDef named(std::string id, IndicatorMeasure measure)
{
    IndicatorDef d;
    d.id = std::move(id);
    d.nameNl = "Nl";
    d.nameEn = "En";
    d.measure = measure;
    return d;
}

CubeFilter kinds(std::vector<std::string> k, std::vector<std::string> modes = {})
{
    return makeFilter("13-bde", std::move(k), {}, std::move(modes), {}).value();
}

IndicatorDef nearMissPerAccident()
{
    auto d = named("nm-per-acc", IndicatorMeasure::Ratio);
    d.filter = kinds({"near_miss"});
    d.denominator = kinds({"accident"});
    return d;
}

IndicatorDef anonymousShare()
{
    auto d = named("anon", IndicatorMeasure::Share);
    d.filter = kinds({}, {"anonymous"});
    d.denominator = kinds({});
    return d;
}

CubeRow row(int m, std::string kind, std::string mode, std::int64_t count)
{
    return {monthText(m), monthText(m), "bn-12", std::move(kind), "live_fire", std::move(mode), "medium", count};
}

BoardPolicy window(int months)
{
    BoardPolicy p;
    p.windowMonths = months;
    return p;
}

Result<IndicatorBoard> build(const std::vector<IndicatorDef>& defs, const std::vector<CubeRow>& cube, int asOf,
                             int months, const HandlingFacts& facts = {})
{
    return buildBoard(defs, cube, kTree, asOf, window(months), {}, facts);
}

ClockRow clock(int received, std::string name, int event, std::int64_t days, std::int64_t count)
{
    return {monthText(received), std::move(name), monthText(event), days, count};
}

} // namespace

TEST_CASE("a ratio is published only when its numerator and its denominator both are")
{
    const std::vector<CubeRow> cube{row(kMarch, "near_miss", "open", 12), row(kMarch, "accident", "open", 6),
                                    row(kMarch + 1, "near_miss", "open", 3), row(kMarch + 1, "accident", "open", 8),
                                    row(kMarch + 2, "near_miss", "open", 9)};
    const auto board = build({nearMissPerAccident()}, cube, kMarch + 2, 3);
    REQUIRE(board.ok());
    const auto& s = board->series.at(0);
    CHECK(s.value(0) == Approx(2.0));
    CHECK(s.counts[0] == 12);
    CHECK(s.bases[0] == 6);
    CHECK_FALSE(s.value(1));                        // three near misses are a small cell
    CHECK(s.status[1] == CellStatus::Primary);
    CHECK(s.status[2] == CellStatus::Published);    // no accidents: published, but no ratio
    CHECK_FALSE(s.values[2]);
    CHECK_FALSE(s.published(0));                    // a ratio has no count to publish
    CHECK(board->hidden.count("indicator/nm-per-acc/numerator/2026-04") == 1);
}

TEST_CASE("a share is withheld when the reports outside it are few, as they would be its difference")
{
    const std::vector<CubeRow> cube{row(kMarch, "near_miss", "anonymous", 5), row(kMarch, "near_miss", "open", 15),
                                    row(kMarch + 1, "near_miss", "anonymous", 9), row(kMarch + 1, "accident", "open", 2),
                                    row(kMarch + 2, "near_miss", "open", 7)};
    const auto board = build({anonymousShare()}, cube, kMarch + 2, 3);
    REQUIRE(board.ok());
    const auto& s = board->series.at(0);
    CHECK(s.value(0) == Approx(0.25));
    CHECK_FALSE(s.value(1));  // 9 of 11: the 2 named reports would be 11 - 9
    CHECK(s.status[1] != CellStatus::Published);
    CHECK(s.value(2) == Approx(0.0));  // none anonymous: a zero describes nobody
}

TEST_CASE("a share's denominator may be a count indicator's reports and is hidden alike under both names")
{
    auto all = named("bde", IndicatorMeasure::Count);
    all.filter = kinds({});
    const std::vector<CubeRow> cube{row(kMarch, "near_miss", "anonymous", 3), row(kMarch, "near_miss", "open", 1)};
    const auto board = build({all, anonymousShare()}, cube, kMarch, 1);
    REQUIRE(board.ok());
    CHECK_FALSE(board->series[0].published(0));
    CHECK_FALSE(board->series[1].value(0));
    CHECK(board->hidden.count("indicator/bde/2026-03") == 1);
    CHECK(board->hidden.count("indicator/anon/denominator/2026-03") == 1);
}

TEST_CASE("ratios and shares are refused when their terms do not relate as the measure says")
{
    auto overlapping = nearMissPerAccident();
    overlapping.denominator = kinds({});
    CHECK(layoutOf({overlapping}, kTree).error().message.find("share no report") != std::string::npos);
    auto outside = anonymousShare();
    outside.denominator = kinds({"accident"});
    CHECK_FALSE(layoutOf({outside}, kTree).ok());
    auto noDenominator = anonymousShare();
    noDenominator.denominator.reset();
    CHECK(validate(noDenominator).error().message.find("needs a denominator") != std::string::npos);
    auto twoCounts = named("a", IndicatorMeasure::Count);
    auto twin = named("b", IndicatorMeasure::Count);
    CHECK(layoutOf({twoCounts, twin}, kTree).error().message.find("count the same reports") != std::string::npos);
}

TEST_CASE("no count, ratio or share of reports takes a target, and a handling indicator is organisation-wide")
{
    for (auto d : {named("c", IndicatorMeasure::Count), nearMissPerAccident(), anonymousShare()}) {
        d.target = IndicatorTarget{10, TargetDirection::AtLeast};
        const auto s = validate(d);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().message.find("discourages reporting") != std::string::npos);
    }
    auto onTime = named("on-time", IndicatorMeasure::MeasuresOnTime);
    onTime.target = IndicatorTarget{0.9, TargetDirection::AtLeast};
    CHECK(validate(onTime).ok());
    onTime.target->value = 90;
    CHECK_FALSE(validate(onTime).ok());  // a share's target is a fraction
    auto scoped = named("ack", IndicatorMeasure::WithinClock);
    scoped.withinDays = 7;
    CHECK(validate(scoped).ok());
    scoped.filter = kinds({});
    CHECK_FALSE(validate(scoped).ok());
    auto tooLong = named("fb", IndicatorMeasure::WithinClock);
    tooLong.withinDays = 90;
    CHECK_FALSE(validate(tooLong).ok());
}

TEST_CASE("the share acknowledged within N days counts the cases received in a month, settled a month later")
{
    auto ack = named("ack7", IndicatorMeasure::WithinClock);
    ack.withinDays = 7;
    HandlingFacts facts;
    facts.clocks = {clock(kMarch, "received", kMarch, 0, 10), clock(kMarch, "acknowledge", kMarch, 2, 6),
                    clock(kMarch, "acknowledge", kMarch, 7, 1),           // seven whole days: not within 7
                    clock(kMarch, "acknowledge", kMarch + 2, 0, 1),       // recorded after March settled
                    clock(kMarch, "feedback", kMarch, 1, 4),              // another clock
                    clock(kMarch + 1, "received", kMarch + 1, 0, 3), clock(kMarch + 1, "acknowledge", kMarch + 1, 1, 3)};
    const auto board = build({ack}, {}, kMarch + 1, 2, facts);
    REQUIRE(board.ok());
    const auto& s = board->series.at(0);
    CHECK(s.value(0) == Approx(0.6));
    CHECK(s.counts[0] == 6);
    CHECK(s.bases[0] == 10);
    CHECK(s.status[1] == CellStatus::Primary);  // three cases: fewer than k
}

TEST_CASE("the median days to feedback is over the feedback given in a month and needs k cases")
{
    auto median = named("fb-median", IndicatorMeasure::MedianDays);
    median.clock = HandlingClock::Feedback;
    HandlingFacts facts;
    facts.clocks = {clock(kMarch - 2, "feedback", kMarch, 40, 2), clock(kMarch - 1, "feedback", kMarch, 20, 3),
                    clock(kMarch, "feedback", kMarch, 3, 1), clock(kMarch, "acknowledge", kMarch, 1, 9),
                    clock(kMarch, "feedback", kMarch + 1, 12, 4)};
    const auto board = build({median}, {}, kMarch + 1, 2, facts);
    REQUIRE(board.ok());
    const auto& s = board->series.at(0);
    CHECK(s.value(0) == Approx(20.0));  // 3, 20, 20, 20, 40, 40
    CHECK(s.counts[0] == 6);
    CHECK(s.status[1] == CellStatus::Primary);  // four cases
}

TEST_CASE("measures on time are the share of the measures due in a month, and a month off target is marked")
{
    auto onTime = named("on-time", IndicatorMeasure::MeasuresOnTime);
    onTime.target = IndicatorTarget{0.9, TargetDirection::AtLeast};
    HandlingFacts facts;
    for (int i = 0; i < 5; ++i)
        facts.measures.push_back({kMarch, i != 0});
    for (int i = 0; i < 5; ++i)
        facts.measures.push_back({kMarch + 1, true});
    const auto board = build({onTime}, {}, kMarch + 1, 2, facts);
    REQUIRE(board.ok());
    const auto& s = board->series.at(0);
    CHECK(s.value(0) == Approx(0.8));
    CHECK(s.offTarget[0]);
    CHECK(s.value(1) == Approx(1.0));
    CHECK_FALSE(s.offTarget[1]);
}

TEST_CASE("a share draws alert levels from its published months and says too few where one is hidden")
{
    std::vector<CubeRow> cube;
    for (int m = 0; m < 12; ++m) {
        cube.push_back(row(kMarch + m, "near_miss", "anonymous", 10 + m % 2));
        cube.push_back(row(kMarch + m, "near_miss", "open", 30));
    }
    cube.push_back(row(kMarch + 12, "near_miss", "anonymous", 30));  // three in four: far above
    cube.push_back(row(kMarch + 12, "near_miss", "open", 10));
    cube.push_back(row(kMarch + 13, "near_miss", "anonymous", 2));   // hidden
    cube.push_back(row(kMarch + 13, "near_miss", "open", 30));
    auto share = anonymousShare();
    share.levels.periodMonths = 1;
    const auto board = build({share}, cube, kMarch + 13, 14);
    REQUIRE(board.ok());
    const auto& s = board->series.at(0);
    REQUIRE(s.levels[12]);
    CHECK(s.levels[12]->mean == Approx((6 * 10.0 / 40 + 6 * 11.0 / 41) / 12));
    CHECK(s.fired[12] == AlertRule{3, 1});
    CHECK_FALSE(s.value(13));
    CHECK_FALSE(s.fired[13]);
}

TEST_CASE("retaliation signals are a whole count a month, organisation-wide and without a target")
{
    auto signals = named("retaliation", IndicatorMeasure::RetaliationSignals);
    CHECK(validate(signals).ok());
    CHECK(defaultDirection(signals.measure) == AlertDirection::Up);
    CHECK(isWholeCount(signals.measure));
    CHECK_FALSE(countsReports(signals.measure));  // not over the cube: it has no report set
    CHECK(termsOf({signals}).empty());

    auto withTarget = signals;
    withTarget.target = IndicatorTarget{2, TargetDirection::AtMost};
    REQUIRE_FALSE(validate(withTarget).ok());
    CHECK(validate(withTarget).error().message.find("retaliation signals have no target") != std::string::npos);
    auto scoped = signals;
    scoped.filter = kinds({});
    REQUIRE_FALSE(validate(scoped).ok());
    CHECK(validate(scoped).error().message.find("organisation-wide") != std::string::npos);
}

TEST_CASE("retaliation signals are suppressed quarter by quarter against the quarter's total, once it has settled")
{
    auto signals = named("retaliation", IndicatorMeasure::RetaliationSignals);
    const int january = kMarch - 2;
    HandlingFacts facts;
    // Q1: 6, 0, 7 (13). Q2: 6, 3, 0 (9): May is small, and April must hide beside it, or it
    // would be 9 - 6 - 0. Q3: July 8, the quarter still running.
    facts.retaliation = {{january, 6}, {kMarch, 7}, {kMarch + 1, 6}, {kMarch + 2, 3}, {kMarch + 4, 8}};
    const auto board = build({signals}, {}, kMarch + 4, 7, facts);  // January to July
    REQUIRE(board.ok());
    const auto& s = board->series.at(0);
    CHECK(s.published(0) == 6);
    CHECK(s.published(1) == 0);
    CHECK(s.published(2) == 7);
    CHECK(s.status[3] == CellStatus::Secondary);
    CHECK(s.status[4] == CellStatus::Primary);
    CHECK_FALSE(s.published(3));
    CHECK(s.published(5) == 0);
    CHECK_FALSE(s.value(6));  // July: its quarter has not settled
    CHECK_FALSE(s.published(6));

    // A window that starts inside a quarter suppresses it alike: April, before the window, still
    // counts towards it (without it the quarter would be 3, a small line, and June hidden too).
    const auto later = build({signals}, {}, kMarch + 3, 2, facts);  // May and June
    REQUIRE(later.ok());
    CHECK(later->series.at(0).status[0] == CellStatus::Primary);
    CHECK(later->series.at(0).published(1) == 0);
}

TEST_CASE("retaliation signals alert on a rise above their levels")
{
    auto signals = named("retaliation", IndicatorMeasure::RetaliationSignals);
    signals.levels.periodMonths = 1;
    const int january = kMarch - 2;
    HandlingFacts facts;
    for (int m = 0; m < 14; ++m)
        facts.retaliation.push_back({january + m, 5 + m % 2});
    facts.retaliation.push_back({january + 14, 14});
    const auto board = build({signals}, {}, january + 14, 15, facts);
    REQUIRE(board.ok());
    const auto& s = board->series.at(0);
    REQUIRE(s.levels[14]);
    CHECK(s.levels[14]->mean == Approx(5.5));
    CHECK(s.fired[14] == AlertRule{3, 1});
    CHECK_FALSE(s.fired[13]);
}
