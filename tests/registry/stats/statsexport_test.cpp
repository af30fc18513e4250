// SPDX-License-Identifier: EUPL-1.2
#include "registry/stats/statsexport.h"

#include "registry/stats/statistics.h"
#include "statsfixture.h"

#include <boost/json.hpp>
#include <catch2/catch.hpp>

#include <random>

using namespace vigil;
using namespace vigil::registry;
using namespace vigil::test;

namespace {

// RFC 4180 lines into fields.
std::vector<std::vector<std::string>> parseCsv(const std::string& text)
{
    std::vector<std::vector<std::string>> rows(1);
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char ch = text[i];
        if (quoted) {
            if (ch == '"' && i + 1 < text.size() && text[i + 1] == '"')
                field += text[++i];
            else if (ch == '"')
                quoted = false;
            else
                field += ch;
        } else if (ch == '"') {
            quoted = true;
        } else if (ch == ',') {
            rows.back().push_back(std::move(field));
            field.clear();
        } else if (ch == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            rows.back().push_back(std::move(field));
            field.clear();
            rows.emplace_back();
            ++i;
        } else {
            field += ch;
        }
    }
    rows.pop_back();  // after the last CRLF
    return rows;
}

std::string label(const SuppressedTable& g, std::size_t r, std::size_t c, std::int64_t k)
{
    return g.statusAt(r, c) == CellStatus::Primary ? "<" + std::to_string(k) : "x";
}

// A registry with hidden cells of both kinds: small units, a small kind, a quiet month.
void registryWithSmallCells(StatsDb& s)
{
    s.unit("bn-1", "=HYPERLINK(\"http://x\"),1st");
    s.unit("bn-2", "2nd, \"the quiet one\"", {}, "2e, \"de stille\"");
    std::mt19937 rng(11);
    auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };
    const std::vector<std::pair<Kind, Category>> kinds{{Kind::NearMiss, Category::Vehicles},
                                                       {Kind::Accident, Category::LiveFire},
                                                       {Kind::SocialSafety, Category::Bullying},
                                                       {Kind::Integrity, Category::Fraud}};
    for (int i = 0; i < 80; ++i) {
        const auto [kind, category] = kinds[static_cast<std::size_t>(i % 13 == 0 ? 3 : pick(3))];
        s.cases(CaseSpec{.kind = kind, .category = category, .unit = pick(5) == 0 ? "bn-2" : "bn-1",
                         .month = i % 17 == 0 ? "2025-03" : (pick(2) ? "2025-01" : "2025-02"),
                         .mode = static_cast<ReportingMode>(pick(3))});
    }
}

} // namespace

TEST_CASE("CSV: every hidden entry is its label, every number is published, text is escaped", "[export]")
{
    StatsDb s;
    registryWithSmallCells(s);
    auto report = computeStatistics(s.db(), StatsOptions{.now = kJan2025 + 100 * kDay});
    REQUIRE(report.ok());
    const std::int64_t k = report->k;
    const auto rows = parseCsv(exportCsv(*report));
    REQUIRE(rows.size() > 10);
    CHECK(rows[0] == std::vector<std::string>{"section", "name", "row", "column", "value"});

    std::size_t hiddenSeen = 0;
    std::size_t tableLines = 0;
    for (const auto& t : report->tables) {
        const auto& g = t.grid;
        for (std::size_t r = 0; r <= g.rows; ++r) {
            for (std::size_t c = 0; c <= g.columns; ++c) {
                const std::string row = r < g.rows ? t.rows[r] : "(total)";
                const std::string column = c < g.columns ? t.columns[c] : "(total)";
                auto line = std::find_if(rows.begin(), rows.end(), [&](const auto& f) {
                    return f.size() == 5 && f[0] == "table" && f[1] == t.name && f[2] == row && f[3] == column;
                });
                INFO(t.name << " " << row << " " << column);
                REQUIRE(line != rows.end());
                ++tableLines;
                if (g.hidden(r, c)) {
                    ++hiddenSeen;
                    CHECK((*line)[4] == label(g, r, c, k));
                } else {
                    CHECK((*line)[4] == std::to_string(g.count(r, c)));
                }
            }
        }
    }
    CHECK(hiddenSeen > 5);
    // No table line carries a small number: values are 0, at least k, or a label.
    std::size_t tableRows = 0;
    for (const auto& f : rows) {
        if (f[0] != "table")
            continue;
        ++tableRows;
        const std::string& v = f[4];
        if (v == "<" + std::to_string(k) || v == "x")
            continue;
        const std::int64_t n = std::stoll(v);
        CHECK((n == 0 || n >= k));
    }
    CHECK(tableRows == tableLines);

    // Unit names reach the CSV quoted, and a would-be formula is defused.
    const std::string csv = exportCsv(*report);
    CHECK_THAT(csv, Catch::Contains("\"'=HYPERLINK(\"\"http://x\"\"),1st\""));
    CHECK_THAT(csv, Catch::Contains("meta,label,small,,<5\r\n"));
    // A Dutch name has a line of its own; a unit without one has none (its one name serves both).
    CHECK_THAT(csv, Catch::Contains("unit,bn-2,name_nl,,\"2e, \"\"de stille\"\"\"\r\n"));
    CHECK_THAT(csv, !Catch::Contains("unit,bn-1,name_nl"));
}

TEST_CASE("JSON: hidden entries are label strings, published ones numbers equal to the report", "[export]")
{
    StatsDb s;
    registryWithSmallCells(s);
    auto report = computeStatistics(s.db(), StatsOptions{.now = kJan2025 + 100 * kDay});
    REQUIRE(report.ok());
    const std::int64_t k = report->k;
    boost::system::error_code ec;
    const boost::json::value doc = boost::json::parse(exportJson(*report), ec);
    REQUIRE_FALSE(ec);
    const auto& root = doc.as_object();
    CHECK(root.at("format").as_string() == "vigil-statistics/1");
    CHECK(root.at("k").as_int64() == k);
    CHECK(root.at("labels").at("small").as_string() == "<5");
    // Every unit row has a Dutch name: its own, or its one name.
    for (const auto& u : root.at("units").as_array()) {
        const auto& unit = u.as_object();
        if (unit.at("id").as_string() == "bn-2")
            CHECK(unit.at("name_nl").as_string() == "2e, \"de stille\"");
        if (unit.at("id").as_string() == "bn-1")
            CHECK(unit.at("name_nl").as_string() == unit.at("name").as_string());
    }

    const auto& tables = root.at("tables").as_array();
    REQUIRE(tables.size() == report->tables.size());
    std::size_t hiddenSeen = 0;
    auto check = [&](const boost::json::value& v, const SuppressedTable& g, std::size_t r, std::size_t c) {
        INFO("entry (" << r << ", " << c << ")");
        if (g.hidden(r, c)) {
            ++hiddenSeen;
            REQUIRE(v.is_string());
            CHECK(v.as_string() == label(g, r, c, k));
        } else {
            REQUIRE(v.is_int64());
            CHECK(v.as_int64() == g.count(r, c));
        }
    };
    for (std::size_t i = 0; i < tables.size(); ++i) {
        const auto& t = tables[i].as_object();
        const auto& g = report->tables[i].grid;
        INFO(report->tables[i].name);
        CHECK(t.at("name").as_string() == report->tables[i].name);
        const auto& cells = t.at("cells").as_array();
        REQUIRE(cells.size() == g.rows);
        for (std::size_t r = 0; r < g.rows; ++r) {
            REQUIRE(cells[r].as_array().size() == g.columns);
            for (std::size_t c = 0; c < g.columns; ++c)
                check(cells[r].as_array()[c], g, r, c);
            check(t.at("row_totals").as_array()[r], g, r, g.columns);
        }
        for (std::size_t c = 0; c < g.columns; ++c)
            check(t.at("column_totals").as_array()[c], g, g.rows, c);
        check(t.at("total"), g, g.rows, g.columns);
    }
    CHECK(hiddenSeen > 5);

    // Withheld indicators are "x", published ones numbers.
    const auto& ratio = root.at("indicators").at("near_miss_per_accident");
    CHECK(ratio.is_string() == !report->nearMissPerAccident.has_value());
    CHECK(root.at("workload").at("open_cases").as_int64() == report->openCases);
}

TEST_CASE("clock figures over fewer than k cases are withheld in both exports", "[export]")
{
    StatsDb s;
    s.cases(CaseSpec{.state = "acknowledged", .acknowledgedAt = kJan2025 + 3 * kDay}, 3);
    s.cases(CaseSpec{}, 6);
    auto report = computeStatistics(s.db(), StatsOptions{.now = kJan2025 + kDay});
    REQUIRE(report.ok());
    CHECK(report->acknowledge.cases == 3);
    CHECK_FALSE(report->acknowledge.medianDays.has_value());
    const std::string csv = exportCsv(*report);
    CHECK_THAT(csv, Catch::Contains("clock,acknowledge,cases,,<5\r\n"));
    CHECK_THAT(csv, Catch::Contains("clock,acknowledge,median_days,,x\r\n"));
    const auto doc = boost::json::parse(exportJson(*report));
    CHECK(doc.at("clocks").at("acknowledge").at("cases").as_string() == "<5");
    CHECK(doc.at("clocks").at("acknowledge").at("median_days").as_string() == "x");
}
