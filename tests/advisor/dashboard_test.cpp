// SPDX-License-Identifier: EUPL-1.2
#include "advisor/dashboard.h"

#include "advisor/caselistmodel.h"
#include "advisor/console.h"
#include "advisor/inboxfilter.h"
#include "advisor/registryclient.h"
#include "advisor/syncengine.h"
#include "qttest.h"
#include "tests/support/testdata.h"

#include <catch2/catch.hpp>

#include <QLocale>
#include <QRegularExpression>

#include <map>

using namespace vigil;
using namespace vigil::advisor;
using namespace vigil::advisor::test;

namespace {

/// Every text a chart model would put on screen.
QStringList shownTexts(const Dashboard& board)
{
    QStringList out;
    for (const ChartModel* chart : {board.monthTotals(), board.byCategory(), board.byUnit(), board.modes(),
                                    board.clockMedians(), board.clockShares(), board.workload(), board.advisorLoad(),
                                    board.willingness(), board.retaliation()})
        for (int row = 0; row < chart->rowCount(); ++row)
            out << chart->index(row).data(ChartModel::DisplayRole).toString();
    const MatrixModel* m = board.kindByMonth();
    for (int row = 0; row < m->rowCount(); ++row)
        out << m->index(row).data(MatrixModel::DisplayRole).toString();
    return out;
}

/// A report in the registry's format with small cells: hidden ones as labels, and one cell a
/// faulty registry published as a number below k.
const char* kSmallReport = R"json({
  "format": "vigil-statistics/1", "k": 5, "labels": {"small": "<5", "hidden": "x"},
  "period": {"from": "2025-01", "to": "2025-02"}, "generated_at": 1750000000,
  "units": [{"id": "13-bde", "name": "13 Bde", "includes": ["42-bn"]}],
  "tables": [
    {"name": "kind_by_month", "row_dimension": "kind", "column_dimension": "month",
     "rows": ["near_miss", "accident"], "columns": ["2025-01", "2025-02"],
     "cells": [[12, "<5"], [3, "x"]], "row_totals": ["x", "x"], "column_totals": [15, "x"], "total": 37},
    {"name": "category_by_month", "row_dimension": "category", "column_dimension": "month",
     "rows": ["live_fire", "diving"], "columns": ["2025-01", "2025-02"],
     "cells": [[20, 0], ["<5", "x"]], "row_totals": [20, "<5"], "column_totals": ["x", "x"], "total": 37},
    {"name": "unit_by_month", "row_dimension": "unit", "column_dimension": "month",
     "rows": ["13-bde", "*"], "columns": ["2025-01", "2025-02"],
     "cells": [[30, 7], ["<5", "<5"]], "row_totals": [37, "<5"], "column_totals": ["x", "x"], "total": "x"},
    {"name": "mode", "row_dimension": "mode", "column_dimension": "cases",
     "rows": ["anonymous", "confidential", "open"], "columns": ["cases"],
     "cells": [[30], ["<5"], ["x"]], "row_totals": [30, "<5", "x"], "column_totals": [37], "total": 37}
  ],
  "indicators": {"near_miss_per_accident": "x",
                 "mode_share_percent": {"anonymous": 81.1, "confidential": "x", "open": "x"}},
  "clocks": {"acknowledge": {"cases": 30, "median_days": 6.5, "judged": 31, "within_clock_percent": 93.5},
             "feedback": {"cases": "<5", "median_days": "x", "judged": "<5", "within_clock_percent": "x"},
             "close": {"cases": "<5", "median_days": "x"}},
  "workload": {"open_cases": 9, "overdue_acknowledge": 0, "overdue_feedback": 0, "unassigned_open": 6,
               "checkins_due": 8, "checkins_overdue": 5,
               "advisor_load": [{"member": "m3", "open_cases": 6}]},
  "survey": {"period": {"from": "2024-Q4", "to": "2025-Q1"}, "units": [],
             "tables": [{"name": "survey_again_by_quarter", "row_dimension": "answer", "column_dimension": "quarter",
                         "rows": ["yes", "unsure", "no"], "columns": ["2024-Q4", "2025-Q1"],
                         "cells": [[0, 7], [0, "x"], [0, "x"]], "row_totals": [7, "x", "x"],
                         "column_totals": [0, 12], "total": 12}],
             "indicators": [{"dimension": "quarter", "column": "2024-Q4", "willingness_percent": "x", "trust_mean": "x"},
                            {"dimension": "quarter", "column": "2025-Q1", "willingness_percent": 58.3, "trust_mean": "x"},
                            {"dimension": "route", "column": "social", "willingness_percent": 70.0, "trust_mean": "x"},
                            {"dimension": "quarter", "column": "(total)", "willingness_percent": "x", "trust_mean": "x"}]},
  "retaliation": {"period": {"from": "2024-Q4", "to": "2025-Q1"}, "units": [],
                  "tables": [{"name": "retaliation_by_route", "row_dimension": "route", "column_dimension": "quarter",
                              "rows": ["physical", "social", "integrity"], "columns": ["2024-Q4", "2025-Q1"],
                              "cells": [[0, "x"], ["<5", 5], [0, "x"]], "row_totals": [0, 7, 0],
                              "column_totals": ["<5", 7], "total": 9}]}
})json";

} // namespace

TEST_CASE("the dashboard shows hidden figures only as their labels and never as numbers",
          "[advisor][dashboard]")
{
    RegistryClient client;
    Dashboard board(client);
    REQUIRE(board.loadJson(QString::fromLatin1(kSmallReport)));
    CHECK(board.loaded());
    const QStringList texts = shownTexts(board);
    // The faulty 3 (below k) is shown as "<5"; no text anywhere is a number from 1 to 4.
    static const QRegularExpression smallNumber(QStringLiteral("^\\s*[1-4](\\.\\d+)?\\s*$"));
    for (const QString& t : texts)
        CHECK_FALSE(smallNumber.match(t).hasMatch());
    CHECK(texts.contains(QStringLiteral("<5")));
    CHECK(texts.contains(QStringLiteral("x")));
    CHECK(texts.contains(QStringLiteral("12")));

    const MatrixModel& m = *board.kindByMonth();
    CHECK(m.cell(1, 0).hidden());              // accident, 2025-01: the faulty 3
    CHECK(m.cell(1, 0).label == QStringLiteral("<5"));
    CHECK(m.cell(0, 1).label == QStringLiteral("<5"));
    CHECK_FALSE(m.cell(0, 0).hidden());

    // Hidden bars have no length: the fraction says nothing about their size.
    const ChartModel& units = *board.byUnit();
    REQUIRE(units.rowCount() == 2);
    CHECK(units.index(1).data(ChartModel::HiddenRole).toBool());
    CHECK(units.index(1).data(ChartModel::FractionRole).toDouble() == 0.0);
    CHECK(units.index(1).data(ChartModel::LabelRole).toString() == QStringLiteral("(other units)"));
    CHECK(units.index(0).data(ChartModel::NoteRole).toString().contains(QStringLiteral("42-bn")));

    // Shares and ratios are the registry's; withheld ones stay withheld.
    CHECK(board.nearMissRatio().contains(QStringLiteral("withheld")));
    CHECK(board.modes()->index(0).data(ChartModel::NoteRole).toString().contains(QStringLiteral("81.1")));
    CHECK(board.modes()->index(1).data(ChartModel::NoteRole).toString().contains(QStringLiteral("withheld")));

    // Reporters' trust: the survey's quarterly willingness and the retaliation signals per
    // quarter, as the registry published them (issue 16 §3–§4).
    const ChartModel& willing = *board.willingness();
    // The quarter and the period's total; not the route, nor 2024-Q4, which nobody answered.
    REQUIRE(willing.rowCount() == 2);
    CHECK(willing.index(0).data(ChartModel::LabelRole).toString() == QStringLiteral("2025-Q1"));
    CHECK(willing.index(0).data(ChartModel::DisplayRole).toString().contains(QStringLiteral("58")));
    CHECK(willing.index(1).data(ChartModel::HiddenRole).toBool());
    const ChartModel& signalled = *board.retaliation();
    REQUIRE(signalled.rowCount() == 2);
    CHECK(signalled.index(0).data(ChartModel::DisplayRole).toString() == QStringLiteral("<5"));
    CHECK(signalled.index(1).data(ChartModel::DisplayRole).toString() == QStringLiteral("7"));

    // The aftercare check-ins waiting for an advisor (issue 16 §2): exact, as all workload is.
    const ChartModel& work = *board.workload();
    REQUIRE(work.rowCount() == 6);
    CHECK(work.index(4).data(ChartModel::LabelRole).toString() == QStringLiteral("Check-ins due"));
    CHECK(work.index(4).data(ChartModel::DisplayRole).toString() == QStringLiteral("8"));
    CHECK(work.index(5).data(ChartModel::LabelRole).toString() == QStringLiteral("Check-ins overdue"));
    CHECK(work.index(5).data(ChartModel::DisplayRole).toString() == QStringLiteral("5"));

    SECTION("the CSV export carries labels, never a hidden number")
    {
        const QString csv = board.csv();
        CHECK(csv.contains(QStringLiteral("<5")));
        CHECK_FALSE(csv.contains(QStringLiteral(",3\r\n")));
        CHECK(csv.contains(QStringLiteral("Near miss,2025-01,12\r\n")));
        TempDir dir;
        const QString path = QString::fromStdString((dir.path() / "board.csv").string());
        REQUIRE(board.exportCsv(path));
    }
}

TEST_CASE("the dashboard reads the registry's own statistics export", "[advisor][dashboard]")
{
    TestRegistry registry;
    for (int i = 0; i < 6; ++i)
        registry.file(vigil::test::nearMissReport());
    registry.file(vigil::test::socialReport());
    const std::string json = registry.statisticsJson();
    RegistryClient client;
    Dashboard board(client);
    REQUIRE(board.loadJson(QString::fromStdString(json)));
    const QStringList texts = shownTexts(board);
    CHECK(texts.contains(QStringLiteral("<5")));    // the single social report: hidden
    for (const QString& t : texts)
        CHECK(t != QStringLiteral("1"));
    CHECK(board.byCategory()->rowCount() >= 1);
}

TEST_CASE("the dashboard loads the period's statistics from the registry's API", "[advisor][dashboard]")
{
    TestRegistry registry;
    TempDir dir;
    auto console = makeConsole(dir.path());
    provisionAndSignIn(*console, registry, "m9", "Advisor Smit", "ca-pool");
    for (int i = 0; i < 5; ++i)
        registry.file(vigil::test::socialReport());
    registry.file(vigil::test::nearMissReport());
    Dashboard& board = *console->dashboard();
    board.setFromMonth(QStringLiteral("2025-01"));
    board.setToMonth(QStringLiteral("2025-12"));
    board.refresh();
    REQUIRE(waitFor([&] { return !board.busy(); }));
    INFO(board.lastError().toStdString());
    REQUIRE(board.loaded());
    CHECK(board.periodText().startsWith(QStringLiteral("2025-01")));
    const QStringList texts = shownTexts(board);
    CHECK(texts.contains(QStringLiteral("<5")));    // the lone near miss
    for (const QString& t : texts)
        CHECK(t != QStringLiteral("1"));
}

TEST_CASE("a group that assigns by load gives each new case to its least loaded member, whose inbox shows it as "
          "assigned to them, and the capacity charts show each advisor's load and the group's per member",
          "[advisor][dashboard][capacity]")
{
    TestRegistry registry;
    TempDir dir;
    auto console = makeConsole(dir.path());
    provisionAndSignIn(*console, registry, "m9", "Advisor Smit", "ca-pool");
    registry.setGroupAutoAssign("ca-pool", true);
    // ca-pool is m3, m4 and m9, none loaded: by member id. The fourth excludes m3 (the reporter's
    // choice), so it goes to the least loaded of the others with the fewest lately — m4 by id.
    const FiledReport first = registry.file(vigil::test::socialReport());
    const FiledReport second = registry.file(vigil::test::socialReport());
    const FiledReport third = registry.file(vigil::test::socialReport());
    const FiledReport fourth = registry.file(vigil::test::socialReport(), {"m3"});
    CHECK(registry.caseAssignee(first.caseId) == "m3");
    CHECK(registry.caseAssignee(second.caseId) == "m4");
    CHECK(registry.caseAssignee(third.caseId) == "m9");
    CHECK(registry.caseAssignee(fourth.caseId) == "m4");
    CHECK(registry.caseState(third.caseId) == "received");
    const auto audit = registry.caseAudit(third.caseId);
    REQUIRE(audit.size() >= 2);
    CHECK(audit[0] == "case.created");
    CHECK(audit[1] == "case.assigned");

    SyncEngine& sync = *console->sync();
    sync.refresh();
    REQUIRE(waitFor([&] { return sync.status() == SyncEngine::Status::Online && console->cases()->count() == 4; }));
    InboxFilter& inbox = *console->inbox();
    inbox.setMine(true);
    REQUIRE(inbox.count() == 1);
    CHECK(inbox.caseIdAt(0) == third.caseId);
    CHECK(inbox.index(0, 0).data(CaseListModel::AssignedToMeRole).toBool());

    Dashboard& board = *console->dashboard();
    board.refresh();
    Capacity& capacity = *board.capacity();
    REQUIRE(waitFor([&] { return !board.busy() && !capacity.busy() && capacity.loaded(); }));
    INFO(capacity.lastError().toStdString());
    std::map<QString, QString> open;
    for (int row = 0; row < capacity.openLoad()->rowCount(); ++row) {
        const QModelIndex i = capacity.openLoad()->index(row);
        open[i.data(ChartModel::LabelRole).toString()] = i.data(ChartModel::DisplayRole).toString();
    }
    CHECK(open[QStringLiteral("Advisor Smit")] == QStringLiteral("1"));
    CHECK(open[QStringLiteral("Advisor Visser")] == QStringLiteral("2"));
    // Nobody answered yet: no time to first contact to show.
    CHECK(capacity.firstContact()->rowCount() == 0);
    bool poolShown = false;
    for (int row = 0; row < capacity.groupLoad()->rowCount(); ++row) {
        const QModelIndex i = capacity.groupLoad()->index(row);
        if (!i.data(ChartModel::NoteRole).toString().contains(QStringLiteral("assigned automatically")))
            continue;
        poolShown = true;
        // Four open cases over three members.
        CHECK(i.data(ChartModel::DisplayRole).toString() == QLocale().toString(1.3, 'f', 1));
        CHECK(i.data(ChartModel::NoteRole).toString().startsWith(QStringLiteral("4 open, 0 unassigned")));
    }
    CHECK(poolShown);
}
