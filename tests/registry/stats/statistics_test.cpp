// SPDX-License-Identifier: EUPL-1.2
#include "registry/stats/statistics.h"

#include "statsfixture.h"

#include <catch2/catch.hpp>

using namespace vigil;
using namespace vigil::registry;
using namespace vigil::test;

namespace {

std::int64_t entry(const StatsReport& report, std::string_view table, std::string_view row, std::string_view column)
{
    const StatsTable* t = report.table(table);
    REQUIRE(t != nullptr);
    const auto r = std::find(t->rows.begin(), t->rows.end(), row) - t->rows.begin();
    const auto c = std::find(t->columns.begin(), t->columns.end(), column) - t->columns.begin();
    const auto& g = t->grid;
    INFO(table << " " << row << " " << column);
    REQUIRE(!g.hidden(static_cast<std::size_t>(r), static_cast<std::size_t>(c)));
    return g.count(static_cast<std::size_t>(r), static_cast<std::size_t>(c));
}

// army ─ bde-1 ─┬─ bn-11
//               ├─ bn-12
//               └─ bn-13
// navy
void organisation(StatsDb& s)
{
    s.unit("army", "Army");
    s.unit("bde-1", "1st Brigade", "army");
    s.unit("bn-11", "11th Battalion", "bde-1");
    s.unit("bn-12", "12th Battalion", "bde-1");
    s.unit("bn-13", "13th Battalion", "bde-1");
    s.unit("navy", "Navy");
}

// 59 cases in January and February 2025, no small cell anywhere once bn-13 (3 cases) rolls
// into bde-1; every figure below is worked out by hand.
void knownCases(StatsDb& s)
{
    organisation(s);
    CaseSpec nearMiss{.unit = "bn-11", .state = "acknowledged", .assignee = "m1", .acknowledgedAt = kJan2025 + 2 * kDay};
    s.cases(nearMiss, 20);
    s.archive(ArchiveSpec{.unit = "bn-11", .ackDays = 1, .feedbackDays = 20, .closeDays = 25, .count = 5});
    CaseSpec waiting{.unit = "bn-12", .month = "2025-02"};
    s.cases(waiting, 6);
    waiting.unit = "bn-13";
    s.cases(waiting, 3);
    waiting.unit = "bde-1";
    s.cases(waiting, 4);
    s.cases(CaseSpec{.kind = Kind::Accident, .unit = "bn-11", .month = "2025-02", .mode = ReportingMode::Open,
                     .state = "closed", .assignee = "m1", .acknowledgedAt = kJan2025 + kDay,
                     .feedbackAt = kJan2025 + 10 * kDay, .closedAt = kJan2025 + 12 * kDay},
            10);
    CaseSpec social{.kind = Kind::SocialSafety, .category = Category::Bullying, .unit = "navy",
                    .mode = ReportingMode::Confidential, .state = "in_progress", .assignee = "m2",
                    .acknowledgedAt = kJan2025 + 3 * kDay};
    s.cases(social, 6);
    social.month = "2025-02";
    social.state = "acknowledged";
    social.acknowledgedAt = kJan2025 + 8 * kDay;
    s.cases(social, 5);
}

StatsOptions at30Days()
{
    StatsOptions o;
    o.now = kJan2025 + 30 * kDay;
    return o;
}

} // namespace

TEST_CASE("statistics over a real registry database: counts, roll-up, indicators, clocks, workload", "[statistics]")
{
    StatsDb s;
    knownCases(s);
    auto report = computeStatistics(s.db(), at30Days());
    REQUIRE(report.ok());
    const StatsReport& r = *report;

    CHECK(r.fromMonth == "2025-01");
    CHECK(r.toMonth == "2025-02");
    CHECK(r.k == 5);
    for (const auto& t : r.tables)
        for (auto status : t.grid.status)
            CHECK(status == CellStatus::Published);

    CHECK(entry(r, "kind_by_month", "near_miss", "2025-01") == 25);  // 20 live + 5 archived
    CHECK(entry(r, "kind_by_month", "near_miss", "2025-02") == 13);
    CHECK(entry(r, "kind_by_month", "accident", "2025-02") == 10);
    CHECK(entry(r, "kind_by_month", "social_safety", "2025-01") == 6);
    CHECK(entry(r, "kind_by_month", "incident", "2025-01") == 0);
    const auto& kinds = r.table("kind_by_month")->grid;
    CHECK(kinds.count(kinds.rows, kinds.columns) == 59);
    CHECK(entry(r, "category_by_month", "vehicles_convoys", "2025-02") == 23);
    CHECK(entry(r, "category_by_month", "bullying", "2025-02") == 5);
    CHECK(entry(r, "domain_by_month", "physical", "2025-01") == 25);
    CHECK(entry(r, "domain_by_month", "social", "2025-02") == 5);

    // bn-13 (3) rolls into bde-1 (4 of its own); army, with nothing left, has no row.
    REQUIRE(r.units.size() == 4);
    CHECK(r.units[0].id == "bde-1");
    CHECK(r.units[0].count == 7);
    CHECK(r.units[0].includes == std::vector<std::string>{"bn-13"});
    CHECK(r.table("unit_by_month")->rows == std::vector<std::string>{"bde-1", "bn-11", "bn-12", "navy"});
    CHECK(entry(r, "unit_by_month", "bde-1", "2025-02") == 7);
    CHECK(entry(r, "unit_by_month", "bn-11", "2025-01") == 25);
    CHECK(entry(r, "kind_by_unit", "near_miss", "bn-12") == 6);
    CHECK(entry(r, "kind_by_unit", "social_safety", "navy") == 11);
    CHECK(entry(r, "mode", "anonymous", "cases") == 38);

    REQUIRE(r.nearMissPerAccident.has_value());
    CHECK(*r.nearMissPerAccident == Approx(3.8));
    REQUIRE(r.modeShares.size() == 3);
    CHECK(r.modeShares[0].first == "anonymous");
    CHECK(*r.modeShares[0].second == Approx(100.0 * 38 / 59));
    CHECK(*r.modeShares[1].second == Approx(100.0 * 11 / 59));
    CHECK(*r.modeShares[2].second == Approx(100.0 * 10 / 59));

    // Acknowledged: 15 after 1 day, 20 after 2, 6 after 3, 5 after 8 (late); 13 still waiting
    // past their 7-day clock count as missed.
    CHECK(r.acknowledge.cases == 46);
    CHECK(*r.acknowledge.medianDays == Approx(2.0).margin(0.1));
    CHECK(r.acknowledge.judged == 59);
    CHECK(*r.acknowledge.withinClockPercent == Approx(100.0 * 41 / 59));
    CHECK(r.feedback.cases == 15);
    CHECK(*r.feedback.medianDays == Approx(10.0).margin(0.1));
    CHECK(*r.feedback.withinClockPercent == Approx(100.0));
    CHECK(r.close.cases == 15);
    CHECK(*r.close.medianDays == Approx(12.0).margin(0.1));
    CHECK_FALSE(r.close.withinClockPercent.has_value());

    CHECK(r.openCases == 44);
    CHECK(r.overdueAcknowledge == 13);
    CHECK(r.overdueFeedback == 0);
    CHECK(r.unassignedOpen == 13);
    REQUIRE(r.advisorLoad.size() == 2);
    CHECK(r.advisorLoad[0].member == "m1");
    CHECK(r.advisorLoad[0].openCases == 20);  // its 10 accidents are closed
    CHECK(r.advisorLoad[1].member == "m2");
    CHECK(r.advisorLoad[1].openCases == 11);
}

TEST_CASE("a small cell is hidden end to end and the ratio it would reveal is withheld", "[statistics][suppression]")
{
    StatsDb s;
    knownCases(s);
    // Two incidents: a small row, hidden whole, with complements in its columns.
    s.cases(CaseSpec{.kind = Kind::Incident, .unit = "bn-11", .month = "2025-02"}, 2);
    auto report = computeStatistics(s.db(), at30Days());
    REQUIRE(report.ok());
    const auto& kinds = report->table("kind_by_month")->grid;
    const auto incident = static_cast<std::size_t>(Kind::Incident);
    for (std::size_t c = 0; c <= kinds.columns; ++c)
        CHECK(kinds.statusAt(incident, c) == CellStatus::Primary);
    for (std::size_t r = 0; r <= kinds.rows; ++r)
        CHECK(hiddenInRow(kinds, r) != 1);
    for (std::size_t c = 0; c <= kinds.columns; ++c)
        CHECK(hiddenInColumn(kinds, c) != 1);
    // The kind totals column hides the incidents' 2 and a complement; where that complement is
    // the accidents, the ratio would give it away, so it is withheld.
    const bool accidentsHidden = kinds.hidden(static_cast<std::size_t>(Kind::Accident), kinds.columns);
    const bool nearMissesHidden = kinds.hidden(static_cast<std::size_t>(Kind::NearMiss), kinds.columns);
    CHECK(report->nearMissPerAccident.has_value() == (!accidentsHidden && !nearMissesHidden));
}

TEST_CASE("a period covers its months, empty ones included, and k is configurable", "[statistics]")
{
    StatsDb s;
    knownCases(s);
    StatsOptions o = at30Days();
    o.fromMonth = "2024-12";
    o.toMonth = "2025-03";
    o.k = 10;
    auto report = computeStatistics(s.db(), o);
    REQUIRE(report.ok());
    CHECK(report->table("kind_by_month")->columns == std::vector<std::string>{"2024-12", "2025-01", "2025-02", "2025-03"});
    CHECK(report->k == 10);
    // bn-12 (6) and bn-13 (3) are below 10 now and roll into bde-1 (4 + 6 + 3 = 13).
    std::vector<std::string> ids;
    for (const auto& u : report->units)
        ids.push_back(u.id);
    CHECK(ids == std::vector<std::string>{"bde-1", "bn-11", "navy"});

    o.fromMonth = "2025-02";
    o.toMonth = "2025-02";
    o.k = 5;
    report = computeStatistics(s.db(), o);
    REQUIRE(report.ok());
    CHECK(report->table("kind_by_month")->columns == std::vector<std::string>{"2025-02"});
    CHECK(entry(*report, "kind_by_month", "near_miss", "2025-02") == 13);
    // Open cases are the registry's workload now, whatever the period.
    CHECK(report->openCases == 44);
}

TEST_CASE("an empty registry gives an empty report, and a bad month is refused", "[statistics]")
{
    StatsDb s;
    auto report = computeStatistics(s.db(), at30Days());
    REQUIRE(report.ok());
    CHECK(report->fromMonth.empty());
    CHECK(report->table("kind_by_month")->columns.empty());
    CHECK(report->units.empty());
    CHECK_FALSE(report->nearMissPerAccident.has_value());
    CHECK_FALSE(report->acknowledge.medianDays.has_value());

    StatsOptions bad = at30Days();
    bad.fromMonth = "2025-13";
    auto refused = computeStatistics(s.db(), bad);
    REQUIRE_FALSE(refused.ok());
    CHECK_THAT(refused.error().message, Catch::Contains("2025-13"));
}

TEST_CASE("a row the report model does not know is an error, not a silent miscount", "[statistics]")
{
    StatsDb s;
    knownCases(s);
    s.exec("INSERT INTO stats_counts(facet, month, kind, category, unit, mode, count) "
           "VALUES ('kind_category', '2025-01', 'near_miss', 'bullying', '', '', 1)");
    auto mixed = computeStatistics(s.db(), at30Days());
    REQUIRE_FALSE(mixed.ok());
    CHECK_THAT(mixed.error().message, Catch::Contains("another domain"));
    s.exec("DELETE FROM stats_counts WHERE category = 'bullying'");
    s.exec("INSERT INTO stats_counts(facet, month, kind, category, unit, mode, count) "
           "VALUES ('kind_category', '2025-01', 'rumour', 'vehicles_convoys', '', '', 1)");
    auto unknown = computeStatistics(s.db(), at30Days());
    REQUIRE_FALSE(unknown.ok());
    CHECK_THAT(unknown.error().message, Catch::Contains("rumour"));
}

TEST_CASE("the workload counts aftercare check-ins due and overdue, never one answered, declined or still ahead",
          "[statistics][aftercare]")
{
    StatsDb s;
    organisation(s);
    s.cases(CaseSpec{.kind = Kind::SocialSafety, .category = Category::Bullying, .unit = "navy", .state = "closed",
                     .acknowledgedAt = kJan2025 + kDay, .closedAt = kJan2025 + 2 * kDay},
            6);
    const std::int64_t now = kJan2025 + 60 * kDay;
    const auto at = [](std::int64_t t) { return std::to_string(t); };
    // Case 1: due a day ago, answered only before it → due. Case 2: due 10 days ago → overdue.
    // Case 3: due 10 days ago, answered 9 days ago → done. Case 4: due 10 days ago, but the
    // reporter declined further contact → no clock. Case 5: due tomorrow → planned. Case 6: a
    // day past the 7 grace days, and a second moment at the very edge of them → 1 + 1.
    s.exec("INSERT INTO checkins(case_id, due, added_by, added_at) VALUES "
           "(1, " + at(now - kDay) + ", 'm2', 0), (2, " + at(now - 10 * kDay) + ", 'm2', 0), "
           "(3, " + at(now - 10 * kDay) + ", 'm2', 0), (4, " + at(now - 10 * kDay) + ", 'm2', 0), "
           "(5, " + at(now + kDay) + ", 'm2', 0), (6, " + at(now - 8 * kDay) + ", 'm2', 0), "
           "(6, " + at(now - 7 * kDay) + ", 'm2', 0)");
    s.exec("INSERT INTO case_messages(case_id, kind, author, at, sealed) VALUES "
           "(1, 'reply', 'm2', " + at(now - 3 * kDay) + ", x'00'), (3, 'reply', 'm2', " + at(now - 9 * kDay) + ", x'00'), "
           "(2, 'note', 'm2', " + at(now - kDay) + ", x'00')");
    s.exec("INSERT INTO aftercare(case_id, stopped_at) VALUES (4, " + at(now - 11 * kDay) + ")");

    StatsOptions options;
    options.now = now;
    auto report = computeStatistics(s.db(), options);
    REQUIRE(report.ok());
    CHECK(report->checkInsDue == 2);      // case 1, and case 6's moment on the last grace day
    CHECK(report->checkInsOverdue == 2);  // case 2 (a note is no reply), case 6's older moment
}
