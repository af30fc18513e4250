// SPDX-License-Identifier: EUPL-1.2
#include "statistics.h"

#include "registry/stats/statsquery.h"
#include "registry/stats/statstables.h"
#include "registry/stats/checkinload.h"
#include "registry/stats/retaliationstats.h"
#include "registry/stats/surveystats.h"

#include <algorithm>
#include <charconv>

namespace vigil::registry {

const StatsTable* StatsReport::table(std::string_view name) const
{
    for (const auto& t : tables)
        if (t.name == name)
            return &t;
    return nullptr;
}

namespace {

// "YYYY-MM" as a month count, or std::nullopt.
std::optional<int> monthNumber(std::string_view month)
{
    int year = 0;
    int mon = 0;
    if (month.size() != 7 || month[4] != '-')
        return std::nullopt;
    if (std::from_chars(month.data(), month.data() + 4, year).ptr != month.data() + 4
        || std::from_chars(month.data() + 5, month.data() + 7, mon).ptr != month.data() + 7 || mon < 1 || mon > 12)
        return std::nullopt;
    return year * 12 + (mon - 1);
}

std::string monthName(int number)
{
    const int year = number / 12;
    const int mon = number % 12 + 1;
    std::string out = std::to_string(year) + "-";
    if (mon < 10)
        out += '0';
    return out + std::to_string(mon);
}

// Every month of the period: the options' bounds where given, else the data's.
Result<std::vector<std::string>> periodMonths(const StatsOptions& options, const std::vector<std::string>& seen)
{
    std::optional<int> first;
    std::optional<int> last;
    for (const auto& m : seen) {
        const auto n = monthNumber(m);
        if (!n)
            return Error{"stats_rows: malformed month \"" + m + "\""};
        first = first ? std::min(*first, *n) : *n;
        last = last ? std::max(*last, *n) : *n;
    }
    for (const auto& [bound, target] : {std::pair{&options.fromMonth, &first}, std::pair{&options.toMonth, &last}}) {
        if (bound->empty())
            continue;
        const auto n = monthNumber(*bound);
        if (!n)
            return Error{"statistics: expected a month YYYY-MM, got \"" + *bound + "\""};
        *target = *n;
    }
    std::vector<std::string> out;
    if (first && last)
        for (int m = *first; m <= *last; ++m)
            out.push_back(monthName(m));
    return out;
}

Result<std::vector<UnitNode>> loadUnits(Db db)
{
    auto stmt = db.prepare("SELECT id, name, COALESCE(parent, ''), name_nl FROM units ORDER BY id");
    if (!stmt)
        return stmt.error();
    std::vector<UnitNode> out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            return out;
        out.push_back(UnitNode{stmt->text(0), stmt->text(1), stmt->text(2), stmt->text(3)});
    }
}

// Folds the stored units into their roll-up rows and the months seen into the period's columns.
Projections project(const StatsScan& scan, const Rollup& rollup, std::vector<std::string> months)
{
    std::vector<std::string> unitRows;
    for (const auto& row : rollup.rows)
        unitRows.push_back(row.id);
    std::vector<std::size_t> columnOf(scan.months.size(), 0);
    for (std::size_t i = 0; i < scan.months.size(); ++i)
        columnOf[i] = static_cast<std::size_t>(std::find(months.begin(), months.end(), scan.months[i]) - months.begin());

    Projections p = Projections::zero(std::move(months), std::move(unitRows));
    const std::size_t nm = p.months.size();
    const std::size_t nu = p.units.size();
    for (std::size_t m = 0; m < scan.months.size(); ++m) {
        for (std::size_t k = 0; k < kKindCount; ++k)
            p.kindMonth[k * nm + columnOf[m]] += scan.kindByMonth[m][k];
        for (std::size_t c = 0; c < kCategoryCount; ++c)
            p.categoryMonth[c * nm + columnOf[m]] += scan.categoryByMonth[m][c];
    }
    for (std::size_t u = 0; u < scan.units.size(); ++u) {
        if (scan.unitTotal(u) == 0)
            continue;
        const std::size_t row = rollup.rowFor(scan.units[u]);
        for (std::size_t m = 0; m < scan.monthByUnit[u].size(); ++m)
            p.unitMonth[row * nm + columnOf[m]] += scan.monthByUnit[u][m];
        for (std::size_t k = 0; k < kKindCount; ++k)
            p.kindUnit[k * nu + row] += scan.kindByUnit[u][k];
    }
    for (std::size_t mode = 0; mode < kModeCount; ++mode)
        p.modes[mode] = scan.modes[mode];
    return p;
}

ClockFigures clockFigures(const ClockSample& sample, std::int64_t k, bool hasClock)
{
    ClockFigures out;
    out.cases = sample.days.count();
    if (out.cases >= k)
        out.medianDays = sample.days.median();
    out.judged = sample.judged;
    if (hasClock && sample.judged >= k)
        out.withinClockPercent = 100.0 * static_cast<double>(sample.within) / static_cast<double>(sample.judged);
    return out;
}

// Indicators use published figures only, so they reveal nothing the tables hide.
void addIndicators(StatsReport& report)
{
    const StatsTable* kinds = report.table("kind_by_month");
    auto kindTotal = [&](Kind kind) -> std::optional<std::int64_t> {
        const auto r = static_cast<std::size_t>(kind);
        const auto& g = kinds->grid;
        if (g.hidden(r, g.columns))
            return std::nullopt;
        return g.count(r, g.columns);
    };
    const auto nearMisses = kindTotal(Kind::NearMiss);
    const auto accidents = kindTotal(Kind::Accident);
    if (nearMisses && accidents && *accidents > 0)
        report.nearMissPerAccident = static_cast<double>(*nearMisses) / static_cast<double>(*accidents);

    const auto& g = report.table("mode")->grid;
    const bool totalShown = !g.hidden(g.rows, 1) && g.count(g.rows, 1) > 0;
    for (const auto& entry : EnumTable<ReportingMode>::names) {
        const auto r = static_cast<std::size_t>(entry.value);
        std::optional<double> share;
        if (totalShown && !g.hidden(r, 0))
            share = 100.0 * static_cast<double>(g.count(r, 0)) / static_cast<double>(g.count(g.rows, 1));
        report.modeShares.emplace_back(std::string(entry.name), share);
    }
}

} // namespace

Result<StatsReport> computeStatistics(Db db, const StatsOptions& options)
{
    const SuppressionRule rule{options.k};
    const std::int64_t k = threshold(rule);
    auto units = loadUnits(db);
    if (!units)
        return units.error();
    auto scan = scanStatsRows(db, ScanOptions{options.fromMonth, options.toMonth, options.now});
    if (!scan)
        return scan.error();
    auto months = periodMonths(options, scan->months);
    if (!months)
        return months.error();

    std::map<std::string, std::int64_t> perUnit;
    for (std::size_t u = 0; u < scan->units.size(); ++u)
        perUnit[scan->units[u]] += scan->unitTotal(u);
    const Rollup rollup = rollUp(*units, perUnit, k);

    StatsReport report;
    report.k = k;
    report.generatedAt = options.now;
    if (!months->empty()) {
        report.fromMonth = months->front();
        report.toMonth = months->back();
    }
    report.units = rollup.rows;
    report.tables = buildTables(project(*scan, rollup, std::move(*months)), rule);
    addIndicators(report);

    report.acknowledge = clockFigures(scan->acknowledge, k, true);
    report.feedback = clockFigures(scan->feedback, k, true);
    report.close = clockFigures(scan->close, k, false);

    report.openCases = scan->openCases;
    report.overdueAcknowledge = scan->overdueAcknowledge;
    report.overdueFeedback = scan->overdueFeedback;
    report.unassignedOpen = scan->unassignedOpen;
    auto checkIns = countCheckInLoad(db, options.now);
    if (!checkIns)
        return checkIns.error();
    report.checkInsDue = checkIns->due;
    report.checkInsOverdue = checkIns->overdue;
    for (const auto& [member, n] : scan->loadByMember)
        report.advisorLoad.push_back(AdvisorLoad{member, n});
    std::stable_sort(report.advisorLoad.begin(), report.advisorLoad.end(),
                     [](const AdvisorLoad& a, const AdvisorLoad& b) { return a.openCases > b.openCases; });

    // The survey counts quarters of closure: the quarters holding the period's bounds.
    auto survey = computeSurvey(db, quarterOfMonth(options.fromMonth), quarterOfMonth(options.toMonth), *units, rule);
    if (!survey)
        return survey.error();
    report.survey = std::move(*survey);
    auto retaliation
        = computeRetaliation(db, quarterOfMonth(options.fromMonth), quarterOfMonth(options.toMonth), *units, rule);
    if (!retaliation)
        return retaliation.error();
    report.retaliation = std::move(*retaliation);
    return report;
}

} // namespace vigil::registry
