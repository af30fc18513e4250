// SPDX-License-Identifier: EUPL-1.2
#include "registry/stats/surveystats.h"

#include "quarterlyfixture.h"
#include "spanchecker.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <random>

// The survey report against an attacker who sees all it publishes at once. For each question,
// every published entry is a known sum over the cube answer × quarter × route × unit row; no
// entry the report hides may be such a combination of what it publishes (SpanChecker shares no
// code with the library), and no published entry is a count below k but 0. Indicators are
// checked to use published figures only.

using namespace vigil;
using namespace vigil::registry;
using namespace vigil::test;

namespace {

const std::vector<UnitNode>& kUnits = kQuarterlyUnits;
const std::vector<std::string> kQuarters{"2026-Q1", "2026-Q2", "2026-Q3"};
const std::vector<std::string>& kRoutes = kQuarterlyRoutes;
const std::vector<std::string>& kUnitIds = kQuarterlyUnitIds;

std::vector<SurveyRow> randomRows(std::mt19937& rng)
{
    std::uniform_int_distribution<int> size(0, 80);
    std::uniform_int_distribution<int> scale(0, 5);
    std::uniform_int_distribution<std::size_t> quarter(0, kQuarters.size() - 1), route(0, kRoutes.size() - 1),
        unit(0, kUnitIds.size() - 1), again(0, 3);
    // Skewed answers, as real ones are: most rows share a few values, so small cells are common.
    std::bernoulli_distribution skew(0.6);
    const char* agains[] = {"", "yes", "unsure", "no"};
    std::vector<SurveyRow> rows(static_cast<std::size_t>(size(rng)));
    for (auto& r : rows) {
        r.quarter = kQuarters[skew(rng) ? 0 : quarter(rng)];
        r.domain = kRoutes[skew(rng) ? 1 : route(rng)];
        r.unit = kUnitIds[skew(rng) ? 3 : unit(rng)];
        r.heard = skew(rng) ? 4 : scale(rng);
        r.again = agains[skew(rng) ? 1 : again(rng)];
        r.fear = scale(rng);
        if (r.heard == 0 && r.again.empty() && r.fear == 0)
            r.fear = 1;
    }
    return rows;
}

/// The answer row of `row` for question `q` (0 heard, 1 again, 2 fear), or -1 when skipped.
int answerOf(const SurveyRow& row, std::size_t q)
{
    if (q == 0)
        return row.heard - 1;
    if (q == 2)
        return row.fear - 1;
    return row.again == "yes" ? 0 : row.again == "unsure" ? 1 : row.again == "no" ? 2 : -1;
}

} // namespace

TEST_CASE("random survey answers: nothing below k is published and no hidden figure follows from the published",
          "[statistics][survey][property]")
{
    std::mt19937 rng(16004);
    for (int round = 0; round < 150; ++round) {
        const std::int64_t k = round % 3 == 0 ? 3 : 5;
        const std::vector<SurveyRow> rows = randomRows(rng);
        const SurveyReport report = buildSurveyReport(rows, kQuarters, kUnits, SuppressionRule{k});
        REQUIRE(report.tables.size() == 9);
        std::vector<std::string> unitRows = report.tables[2].columns;
        std::map<std::string, std::int64_t> perUnit;
        for (const auto& r : rows)
            ++perUnit[r.unit];
        const Rollup rollup = rollUp(kUnits, perUnit, k);
        for (std::size_t q = 0; q < 3; ++q) {
            const std::size_t answers = q == 1 ? 3 : 5;
            // Cube cell (answer, quarter, route, unit row) → variable index.
            const std::size_t nq = kQuarters.size(), nr = kRoutes.size(), nu = unitRows.size();
            SpanChecker attacker(answers * nq * nr * nu);
            auto index = [&](std::size_t a, std::size_t qu, std::size_t r, std::size_t u) {
                return ((a * nq + qu) * nr + r) * nu + u;
            };
            std::vector<std::pair<std::vector<std::int64_t>, bool>> entries;  // form, hidden
            for (std::size_t d = 0; d < 3; ++d) {
                const StatsTable& t = report.tables[q * 3 + d];
                const auto& g = t.grid;
                for (std::size_t r = 0; r <= g.rows; ++r)
                    for (std::size_t c = 0; c <= g.columns; ++c) {
                        const std::int64_t n = g.count(r, c);
                        INFO("round " << round << " " << t.name << " (" << r << "," << c << ") = " << n);
                        if (!g.hidden(r, c))
                            CHECK((n == 0 || n >= k));
                        std::vector<std::int64_t> form(answers * nq * nr * nu, 0);
                        for (std::size_t a = 0; a < answers; ++a)
                            for (std::size_t qu = 0; qu < nq; ++qu)
                                for (std::size_t ro = 0; ro < nr; ++ro)
                                    for (std::size_t u = 0; u < nu; ++u) {
                                        const std::size_t column = d == 0 ? qu : d == 1 ? ro : u;
                                        if ((r == g.rows || r == a) && (c == g.columns || c == column))
                                            form[index(a, qu, ro, u)] = 1;
                                    }
                        if (!g.hidden(r, c) && n == 0) {
                            // A published zero says every cell it sums is zero.
                            for (std::size_t v = 0; v < form.size(); ++v)
                                if (form[v])
                                    attacker.addKnown(v);
                        } else if (!g.hidden(r, c)) {
                            attacker.add(form);
                        }
                        entries.emplace_back(std::move(form), g.hidden(r, c) && n > 0);
                    }
            }
            // Check the counts the tables hold against the rows, so the forms mean what they say.
            std::vector<std::int64_t> truth(answers * nq * nr * nu, 0);
            for (const auto& row : rows) {
                const int a = answerOf(row, q);
                if (a < 0)
                    continue;
                const auto qu = static_cast<std::size_t>(
                    std::find(kQuarters.begin(), kQuarters.end(), row.quarter) - kQuarters.begin());
                const auto ro = static_cast<std::size_t>(
                    std::find(kRoutes.begin(), kRoutes.end(), row.domain) - kRoutes.begin());
                const auto u = static_cast<std::size_t>(
                    std::find(unitRows.begin(), unitRows.end(), rollup.rows[rollup.rowFor(row.unit)].id)
                    - unitRows.begin());
                ++truth[index(static_cast<std::size_t>(a), qu, ro, u)];
            }
            std::size_t e = 0;
            for (std::size_t d = 0; d < 3; ++d) {
                const auto& g = report.tables[q * 3 + d].grid;
                for (std::size_t r = 0; r <= g.rows; ++r)
                    for (std::size_t c = 0; c <= g.columns; ++c, ++e) {
                        std::int64_t sum = 0;
                        for (std::size_t v = 0; v < truth.size(); ++v)
                            sum += entries[e].first[v] * truth[v];
                        REQUIRE(sum == g.count(r, c));
                    }
            }
            for (const auto& [form, hidden] : entries)
                if (hidden) {
                    INFO("round " << round << " question " << q);
                    CHECK_FALSE(attacker.inSpan(form));
                }
        }
        // Indicators read published figures only: a share needs its "yes" and its base shown,
        // a mean its whole column.
        for (const auto& i : report.indicators) {
            const std::size_t d = i.dimension == "quarter" ? 0 : i.dimension == "route" ? 1 : 2;
            const auto& heard = report.tables[d].grid;
            const auto& again = report.tables[3 + d].grid;
            const auto& columns = report.tables[d].columns;
            const std::size_t c = i.column == "(total)"
                                      ? columns.size()
                                      : static_cast<std::size_t>(std::find(columns.begin(), columns.end(), i.column)
                                                                 - columns.begin());
            REQUIRE(c <= columns.size());
            if (i.willingnessPercent)
                CHECK((!again.hidden(0, c) && !again.hidden(again.rows, c)));
            if (i.trustMean)
                for (std::size_t r = 0; r <= heard.rows; ++r)
                    CHECK_FALSE(heard.hidden(r, c));
        }
    }
}

TEST_CASE("quarters are named by the calendar quarter of a time or a month, in UTC", "[statistics][survey]")
{
    CHECK(quarterOf(1'735'689'599) == "2024-Q4");  // 2024-12-31T23:59:59Z
    CHECK(quarterOf(1'735'689'600) == "2025-Q1");
    CHECK(quarterOf(1'751'328'000) == "2025-Q3");  // 2025-07-01
    CHECK(quarterOfMonth("2026-06") == "2026-Q2");
    CHECK(quarterOfMonth("2026-10") == "2026-Q4");
    CHECK(quarterOfMonth("2026-13").empty());
    CHECK(quarterOfMonth("").empty());
}
