// SPDX-License-Identifier: EUPL-1.2
#include "surveystats.h"

#include "registry/stats/linkedtables.h"
#include "registry/stats/rollup.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <ctime>
#include <map>
#include <optional>

namespace vigil::registry {

namespace {

constexpr std::array<std::string_view, 3> kRoutes{"physical", "social", "integrity"};

/// One question: its name and the answers it counts, in the order its tables list them.
struct Question {
    std::string_view name;
    std::vector<std::string> answers;
    /// The row of `row`'s answer, or none when the reporter skipped the question.
    std::optional<std::size_t> (*answerOf)(const SurveyRow& row);
};

std::optional<std::size_t> scaleIndex(int v)
{
    return v >= 1 && v <= 5 ? std::optional<std::size_t>(static_cast<std::size_t>(v - 1)) : std::nullopt;
}

const std::array<Question, 3>& questions()
{
    static const std::array<Question, 3> q{{
        {"heard", {"1", "2", "3", "4", "5"}, [](const SurveyRow& r) { return scaleIndex(r.heard); }},
        {"again", {"yes", "unsure", "no"},
         [](const SurveyRow& r) -> std::optional<std::size_t> {
             if (r.again == "yes")
                 return 0;
             if (r.again == "unsure")
                 return 1;
             if (r.again == "no")
                 return 2;
             return std::nullopt;
         }},
        {"fear", {"1", "2", "3", "4", "5"}, [](const SurveyRow& r) { return scaleIndex(r.fear); }},
    }};
    return q;
}

/// A question's table over one dimension before suppression.
struct Draft {
    std::string name, dimension;
    std::vector<std::string> rows, columns;
    CountTable counts;
};

/// The global names of a question's figures: the answer totals and the grand total are shared by
/// its three tables; every other figure is shown by one table only.
std::vector<std::string> keysOf(const Draft& d, std::string_view question)
{
    std::vector<std::string> keys((d.rows.size() + 1) * (d.columns.size() + 1));
    const std::size_t width = d.columns.size() + 1;
    for (std::size_t r = 0; r < d.rows.size(); ++r)
        keys[r * width + d.columns.size()] = "survey/" + std::string(question) + "=" + d.rows[r];
    keys.back() = "survey/" + std::string(question);
    return keys;
}

std::optional<double> willingness(const SuppressedTable& g, std::size_t c)
{
    // Row 0 is "yes": a share of two published figures, as the mode shares are.
    if (g.hidden(0, c) || g.hidden(g.rows, c) || g.count(g.rows, c) == 0)
        return std::nullopt;
    return 100.0 * static_cast<double>(g.count(0, c)) / static_cast<double>(g.count(g.rows, c));
}

std::optional<double> meanHeard(const SuppressedTable& g, std::size_t c)
{
    // A mean with its count gives the weighted sum of the column, one more equation over its
    // cells: published only when every cell of the column is published already.
    if (g.hidden(g.rows, c) || g.count(g.rows, c) == 0)
        return std::nullopt;
    double sum = 0;
    for (std::size_t r = 0; r < g.rows; ++r) {
        if (g.hidden(r, c))
            return std::nullopt;
        sum += static_cast<double>(r + 1) * static_cast<double>(g.count(r, c));
    }
    return sum / static_cast<double>(g.count(g.rows, c));
}

void addIndicators(SurveyReport& report)
{
    // Tables come in the order heard × (quarter, route, unit), again × (…), fear × (…).
    for (std::size_t d = 0; d < 3; ++d) {
        const StatsTable& heard = report.tables[d];
        const StatsTable& again = report.tables[3 + d];
        for (std::size_t c = 0; c <= heard.columns.size(); ++c) {
            const std::string column = c < heard.columns.size() ? heard.columns[c] : "(total)";
            report.indicators.push_back(
                SurveyIndicator{heard.columnDimension, column, willingness(again.grid, c), meanHeard(heard.grid, c)});
        }
    }
}

} // namespace

std::string quarterOf(std::int64_t t)
{
    const std::time_t tt = static_cast<std::time_t>(t);
    std::tm tm{};
    gmtime_r(&tt, &tm);
    return std::to_string(tm.tm_year + 1900) + "-Q" + std::to_string(tm.tm_mon / 3 + 1);
}

int quarterNumber(std::string_view quarter)
{
    int year = 0;
    if (quarter.size() != 7 || quarter[4] != '-' || quarter[5] != 'Q' || quarter[6] < '1' || quarter[6] > '4'
        || std::from_chars(quarter.data(), quarter.data() + 4, year).ptr != quarter.data() + 4)
        return -1;
    return year * 4 + (quarter[6] - '1');
}

std::string quarterName(int n)
{
    return std::to_string(n / 4) + "-Q" + std::to_string(n % 4 + 1);
}

std::vector<std::string> quarterRange(const std::string& fromQuarter, const std::string& toQuarter,
                                      std::span<const std::string> seen)
{
    int first = fromQuarter.empty() ? -1 : quarterNumber(fromQuarter);
    int last = toQuarter.empty() ? -1 : quarterNumber(toQuarter);
    int seenFirst = -1;
    int seenLast = -1;
    for (const auto& q : seen) {
        const int n = quarterNumber(q);
        if (n < 0)
            continue;
        seenFirst = seenFirst < 0 ? n : std::min(seenFirst, n);
        seenLast = std::max(seenLast, n);
    }
    if (first < 0)
        first = seenFirst;
    if (last < 0)
        last = seenLast;
    std::vector<std::string> quarters;
    if (first >= 0 && last >= 0)
        for (int q = first; q <= last; ++q)
            quarters.push_back(quarterName(q));
    return quarters;
}

std::string quarterOfMonth(std::string_view month)
{
    int year = 0;
    int mon = 0;
    if (month.size() != 7 || month[4] != '-'
        || std::from_chars(month.data(), month.data() + 4, year).ptr != month.data() + 4
        || std::from_chars(month.data() + 5, month.data() + 7, mon).ptr != month.data() + 7 || mon < 1 || mon > 12)
        return {};
    return std::to_string(year) + "-Q" + std::to_string((mon - 1) / 3 + 1);
}

SurveyReport buildSurveyReport(std::span<const SurveyRow> rows, const std::vector<std::string>& quarters,
                               std::span<const UnitNode> units, const SuppressionRule& rule)
{
    const std::int64_t k = threshold(rule);
    std::vector<const SurveyRow*> inPeriod;
    for (const auto& row : rows)
        if (std::find(quarters.begin(), quarters.end(), row.quarter) != quarters.end())
            inPeriod.push_back(&row);
    // Units roll up by the answer sets they hold, as the case tables' units do by cases.
    std::map<std::string, std::int64_t> perUnit;
    for (const SurveyRow* row : inPeriod)
        ++perUnit[row->unit];
    const Rollup rollup = rollUp(units, perUnit, k);

    SurveyReport report;
    if (!quarters.empty()) {
        report.fromQuarter = quarters.front();
        report.toQuarter = quarters.back();
    }
    report.units = rollup.rows;
    std::vector<std::string> unitRows;
    for (const auto& r : rollup.rows)
        unitRows.push_back(r.id);
    const std::vector<std::string> routes(kRoutes.begin(), kRoutes.end());

    std::vector<Draft> drafts;
    std::vector<LinkedTable> linked;
    for (const Question& q : questions()) {
        const std::string prefix = "survey_" + std::string(q.name) + "_by_";
        const std::array<std::pair<std::string, const std::vector<std::string>*>, 3> dims{
            {{"quarter", &quarters}, {"route", &routes}, {"unit", &unitRows}}};
        for (const auto& [dimension, columns] : dims) {
            Draft d{prefix + dimension, dimension, q.answers, *columns, {}};
            d.counts = CountTable{d.rows.size(), d.columns.size(), std::vector<std::int64_t>(d.rows.size() * d.columns.size())};
            for (const SurveyRow* row : inPeriod) {
                const auto answer = q.answerOf(*row);
                if (!answer)
                    continue;
                std::size_t column = 0;
                if (dimension == "quarter")
                    column = static_cast<std::size_t>(std::find(quarters.begin(), quarters.end(), row->quarter) - quarters.begin());
                else if (dimension == "route")
                    column = static_cast<std::size_t>(std::find(routes.begin(), routes.end(), row->domain) - routes.begin());
                else if (!rollup.rows.empty())
                    column = rollup.rowFor(row->unit);
                if (column >= d.columns.size())
                    continue;
                ++d.counts.cells[*answer * d.columns.size() + column];
            }
            linked.push_back(LinkedTable{d.counts, keysOf(d, q.name)});
            drafts.push_back(std::move(d));
        }
    }
    const std::vector<SuppressedTable> suppressed = suppressLinked(linked, rule);
    for (std::size_t i = 0; i < drafts.size(); ++i)
        report.tables.push_back(StatsTable{drafts[i].name, "answer", drafts[i].dimension, std::move(drafts[i].rows),
                                           std::move(drafts[i].columns), suppressed[i]});
    addIndicators(report);
    return report;
}

Result<SurveyReport> computeSurvey(Db db, const std::string& fromQuarter, const std::string& toQuarter,
                                   std::span<const UnitNode> units, const SuppressionRule& rule)
{
    auto stmt = db.prepare("SELECT quarter, domain, unit, COALESCE(heard, 0), COALESCE(again, ''), COALESCE(fear, 0) "
                           "FROM survey_answers");
    if (!stmt)
        return stmt.error();
    std::vector<SurveyRow> rows;
    std::vector<std::string> seen;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        SurveyRow r{stmt->text(0), stmt->text(1), stmt->text(2), static_cast<int>(stmt->int64(3)), stmt->text(4),
                    static_cast<int>(stmt->int64(5))};
        if (quarterNumber(r.quarter) < 0)
            return Error{"survey_answers: malformed quarter \"" + r.quarter + "\""};
        seen.push_back(r.quarter);
        rows.push_back(std::move(r));
    }
    const std::vector<std::string> quarters = quarterRange(fromQuarter, toQuarter, seen);
    return buildSurveyReport(rows, quarters, units, rule);
}

} // namespace vigil::registry
