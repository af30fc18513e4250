// SPDX-License-Identifier: EUPL-1.2
// The statistics (registry/stats/statistics.h) and retention (registry/retention.h) on both
// engines: the same registry on a real SQLite file and on a real PostgreSQL database gives the
// same report, cell for cell and hidden cell for hidden cell, and retention deletes the same
// cases while their figures and the plan–do–check–act registers keep what they must.

#include "registry/stats/statistics.h"

#include "registry/pdca/measuredesk.h"
#include "registry/pdca/riskdesk.h"
#include "registry/pdca/sqlmeasurestore.h"
#include "registry/pdca/sqlriskstore.h"
#include "registry/stats/statsexport.h"

#include "tests/registry/registrydatabase.h"
#include "tests/registry/registryfixture.h"
#include "tests/registry/stats/statsfixture.h"
#include "tests/support/testdata.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace vigil;
using namespace vigil::registry;

namespace {

// army ─ bde-1 ─┬─ bn-11
//               ├─ bn-12
//               └─ bn-13
// navy
// Live cases in several states, closed cases (aggregated as the store aggregates them) and a
// retention archive, with small cells: bn-13's three cases roll up into bde-1, and the two
// integrity reports and the one incident are below k and hidden, with what would reveal them.
void registryWithSmallCells(test::StatsDb& s)
{
    using test::kDay;
    using test::kJan2025;
    s.unit("army", "Army");
    s.unit("bde-1", "1st Brigade", "army", "1e Brigade");
    s.unit("bn-11", "11th Battalion", "bde-1");
    s.unit("bn-12", "12th Battalion", "bde-1");
    s.unit("bn-13", "13th Battalion", "bde-1");
    s.unit("navy", "Navy");
    s.cases({.unit = "bn-11", .state = "acknowledged", .assignee = "m1", .acknowledgedAt = kJan2025 + 2 * kDay}, 20);
    s.archive({.unit = "bn-11", .ackDays = 1, .feedbackDays = 20, .closeDays = 25, .count = 5});
    s.cases({.unit = "bn-12", .month = "2025-02"}, 6);
    s.cases({.unit = "bn-13", .month = "2025-02"}, 3);
    s.cases({.unit = "bde-1", .month = "2025-02"}, 4);
    s.cases({.kind = Kind::Accident, .unit = "bn-11", .month = "2025-02", .mode = ReportingMode::Open,
             .state = "closed", .assignee = "m1", .acknowledgedAt = kJan2025 + kDay, .feedbackAt = kJan2025 + 10 * kDay,
             .closedAt = kJan2025 + 12 * kDay},
            10);
    s.cases({.kind = Kind::SocialSafety, .category = Category::Bullying, .unit = "navy",
             .mode = ReportingMode::Confidential, .state = "in_progress", .assignee = "m2",
             .acknowledgedAt = kJan2025 + 3 * kDay},
            6);
    s.cases({.kind = Kind::Integrity, .category = Category::Fraud, .unit = "navy", .month = "2025-02",
             .mode = ReportingMode::Confidential},
            2);
    s.cases({.kind = Kind::Incident, .unit = "bn-12", .month = "2025-03"}, 1);
}

StatsOptions at60Days()
{
    StatsOptions o;
    o.now = test::kJan2025 + 60 * test::kDay;
    return o;
}

bool anyHidden(const StatsReport& r)
{
    for (const auto& t : r.tables)
        for (auto status : t.grid.status)
            if (status != CellStatus::Published)
                return true;
    return false;
}

} // namespace

TEST_CASE("the statistics report is the same on SQLite and PostgreSQL for the same registry, with the same cells "
          "hidden",
          "[postgres][statistics]")
{
    std::vector<std::string> json, csv;
    for (const Dialect dialect : {Dialect::Sqlite, Dialect::Postgres}) {
        INFO(test::engineName(dialect));
        test::RegistryDatabase rdb(dialect);
        test::StatsDb s(rdb.connect());
        registryWithSmallCells(s);
        auto report = computeStatistics(s.db(), at60Days());
        REQUIRE(report);
        CHECK(report->fromMonth == "2025-01");
        CHECK(report->toMonth == "2025-03");
        CHECK(report->openCases == 42);
        CHECK(anyHidden(*report));  // the integrity reports and the incident are below k
        const StatsTable* kinds = report->table("kind_by_month");
        REQUIRE(kinds != nullptr);
        CHECK(kinds->grid.count(kinds->grid.rows, kinds->grid.columns) == 57);
        json.push_back(exportJson(*report));
        csv.push_back(exportCsv(*report));
        // Another period and k on the same rows: the same on both engines too.
        StatsOptions february = at60Days();
        february.fromMonth = february.toMonth = "2025-02";
        february.k = 3;
        auto narrow = computeStatistics(s.db(), february);
        REQUIRE(narrow);
        json.push_back(exportJson(*narrow));
    }
    REQUIRE(json.size() == 4);
    CHECK(json[2] == json[0]);
    CHECK(csv[1] == csv[0]);
    CHECK(json[3] == json[1]);
    CHECK(json[0] != json[1]);
}

TEST_CASE("retention deletes a closed case past its date on SQLite and PostgreSQL, while its statistics, its "
          "measure's count of cases and its risk stay",
          "[postgres][statistics][pdca]")
{
    const Dialect dialect = GENERATE(Dialect::Sqlite, Dialect::Postgres);
    INFO(test::engineName(dialect));
    test::RegistryDatabase rdb(dialect);
    test::RegistryFixture f([&] { return rdb.connect(); });
    SqlMeasureStore measureStore(*f.store);
    MeasureDesk measures(measureStore);
    SqlRiskStore riskStore(*f.store);
    RiskDesk risks(riskStore);

    const std::int64_t kept = f.file(test::nearMissReport());
    const std::int64_t gone = f.file(test::nearMissReport());
    MeasureProposal m;
    m.title = "Fit racks for jerrycans at the fuel point";
    m.domain = Domain::Physical;
    m.ownerUnit = "42-battalion";
    m.ownerRole = "S4";
    m.dueDate = "2025-09-30";
    m.cases = {kept, gone};
    auto measure = measures.propose("m1", m, f.now);
    REQUIRE(measure);
    CHECK(measure->casesLinked == 2);
    RiskProposal p;
    p.hazard = "Leaking jerrycans";
    p.domain = Domain::Physical;
    p.unit = "42-battalion";
    p.initial = {Severity::III, RiskProbability::C};
    p.cases = {gone};
    auto risk = risks.create("m1", p, f.now);
    REQUIRE(risk);

    auto closing = f.store->findCase(gone);
    REQUIRE(closing);
    REQUIRE(closing->has_value());
    CaseRecord closed = **closing;
    closed.state = CaseState::Closed;
    closed.outcome = CaseOutcome::Resolved;
    closed.closedAt = f.now + 3600;
    closed.deleteAfter = f.now + 30 * 86400;
    REQUIRE(f.store->updateCase(closed, AuditEntry{0, f.now + 3600, "m1", "case.transition", std::to_string(gone),
                                                   "closed", {}, {}}));
    const std::int64_t aggregated = rdb.count("SELECT COALESCE(SUM(count), 0) FROM stats_counts");
    CHECK(aggregated == 3);  // one per facet

    auto early = f.store->purgeExpired(f.now + 29 * 86400);
    REQUIRE(early);
    CHECK(early->deleted == 0);
    auto purged = f.store->purgeExpired(f.now + 30 * 86400);
    REQUIRE(purged);
    CHECK(purged->deleted == 1);
    CHECK_FALSE(f.store->findCase(gone)->has_value());
    CHECK(f.store->findCase(kept)->has_value());
    CHECK(rdb.count("SELECT COALESCE(SUM(count), 0) FROM stats_counts") == aggregated);

    auto after = measures.find(measure->id);
    REQUIRE(after);
    CHECK(after->cases == std::vector<std::int64_t>{kept});
    CHECK(after->casesLinked == 2);  // how many it answered, kept after the case is gone
    auto riskAfter = risks.find(risk->id);
    REQUIRE(riskAfter);
    CHECK(riskAfter->cases.empty());
    CHECK(riskAfter->state == RiskState::Open);

    auto report = f.store->readConsistent([&](Db db) -> Status {
        auto stats = computeStatistics(db, StatsOptions{});
        if (!stats)
            return stats.error();
        CHECK(stats->openCases == 1);
        return {};
    });
    CHECK(report);
    auto log = f.store->auditLog();
    REQUIRE(log);
    CHECK_FALSE(verifyAuditChain(*log).has_value());
    CHECK(log->back().action == "retention.purged");
}
