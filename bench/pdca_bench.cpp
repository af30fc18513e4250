// SPDX-License-Identifier: EUPL-1.2
// vigil_pdca_bench: the indicator board (issue 15: 50 indicators × 36 months with alert levels
// over 1,000,000 cases, goal < 500 ms) against a bare GROUP BY over the same cube rows in the same
// run; and the inspectorate's report for a year — its JSON and both PDFs (goal < 2 s) — against
// serialising the same JSON alone. Prints `name value unit` lines with the ratios (medians of
// --runs runs).

#include "figures.h"

#include "registry/datafolder.h"
#include "registry/indicatorcube.h"
#include "registry/pdca/indicatorregister.h"
#include "registry/report/vmspdf.h"
#include "registry/report/vmsreport.h"
#include "registry/schema.h"
#include "registry/sqlcasestore.h"

#include "shared/reportenums.h"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <functional>
#include <iostream>
#include <map>
#include <random>
#include <tuple>
#include <unistd.h>

using namespace vigil;
using namespace vigil::registry;

namespace {

struct Options {
    std::int64_t cases = 1'000'000;
    int runs = 5;
};

constexpr std::string_view kHelp =
    "usage: vigil_pdca_bench [--cases N] [--runs R]\n"
    "  Fills the indicator cube of a fresh registry database with N synthetic cases (default\n"
    "  1000000) over 36 months, 4 brigades of 4 battalions, every kind, category, mode and level;\n"
    "  defines 50 indicators in 10 families and times the board of the last month against\n"
    "  SELECT month, SUM(count) FROM pdca_counts GROUP BY month; then times a year's report (JSON and\n"
    "  both PDFs) against serialising its JSON. Medians of R runs (default 5).\n";

double millisSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double timed(int runs, const std::function<void()>& body)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        body();
        ms.push_back(millisSince(start));
    }
    return median(ms);
}

const std::vector<std::string> kBrigades{"bde-1", "bde-2", "bde-3", "bde-4"};

std::string battalion(std::size_t brigade, std::size_t i) { return "bn-" + std::to_string(brigade * 4 + i + 1); }

// The cube as intake leaves it after `cases` reports over 36 months ending `last`.
void fillCube(SqlCaseStore& store, std::int64_t cases, int last)
{
    std::mt19937_64 rng(15);
    std::vector<std::string> units;
    for (std::size_t b = 0; b < kBrigades.size(); ++b) {
        units.push_back(kBrigades[b]);
        for (std::size_t i = 0; i < 4; ++i)
            units.push_back(battalion(b, i));
    }
    std::vector<std::string> kinds, categories;
    for (const auto& k : EnumTable<Kind>::names)
        kinds.emplace_back(k.name);
    for (const auto& c : EnumTable<Category>::names)
        categories.emplace_back(c.name);
    const std::vector<std::string> modes{"anonymous", "confidential", "open"};
    const std::vector<std::string> levels{"high", "serious", "medium", "low", "unrated"};
    std::map<std::tuple<int, int, std::size_t, std::size_t, std::size_t, std::size_t, std::size_t>, std::int64_t> cells;
    std::uniform_int_distribution<int> eventMonth(last - 35, last);
    std::bernoulli_distribution late(0.05);
    // Shaped like real reporting: near misses and hazards dominate, a category belongs to its
    // kind's domain and a few categories take most reports, most reports are open and rated.
    std::discrete_distribution<std::size_t> kind({5, 10, 40, 35, 7, 3});
    std::discrete_distribution<std::size_t> mode({25, 15, 60});
    std::discrete_distribution<std::size_t> level({5, 15, 40, 30, 10});
    std::discrete_distribution<std::size_t> rank({40, 25, 15, 10, 5, 3, 2});
    std::uniform_int_distribution<std::size_t> unit(0, units.size() - 1);
    for (std::int64_t i = 0; i < cases; ++i) {
        const int m = eventMonth(rng);
        const int received = m + (late(rng) ? 2 : 0);
        const std::size_t k = kind(rng);
        const Domain domain = domainOf(static_cast<Kind>(k));
        std::vector<std::size_t> inDomain;
        for (std::size_t c = 0; c < categories.size(); ++c)
            if (domainOf(static_cast<Category>(c)) == domain)
                inDomain.push_back(c);
        const std::size_t c = inDomain[std::min(rank(rng), inDomain.size() - 1)];
        ++cells[{m, received, unit(rng), k, c, mode(rng), level(rng)}];
    }
    bench::must(store.writeAudited([&](SqliteDb& db, AuditEntry& audit) -> Status {
        auto insert = db.prepare("INSERT INTO pdca_counts VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        if (!insert)
            return insert.error();
        for (const auto& [key, count] : cells) {
            const auto& [m, r, u, k, c, md, l] = key;
            const std::string month = monthText(m), receivedMonth = monthText(r);
            insert->reset();
            insert->bindText(1, month)
                .bindText(2, receivedMonth)
                .bindText(3, units[u])
                .bindText(4, kinds[k])
                .bindText(5, categories[c])
                .bindText(6, modes[md])
                .bindText(7, levels[l])
                .bind(8, count);
            if (auto s = insert->run(); !s)
                return s;
        }
        audit = AuditEntry{0, 0, "bench", "bench.cube", "", "", {}, {}};
        return {};
    }),
               "fill the cube");
    bench::print("pdca.cube.rows", static_cast<double>(cells.size()), "rows");
}

// 10 families, 50 indicators: per brigade, its near misses with its 4 battalions' as parts, and
// the same for accidents (8 × 5 = 40); and hazard observations organisation-wide per category (10).
void define(IndicatorRegister& reg)
{
    const auto add = [&](std::string id, std::string unit, std::vector<std::string> kinds,
                         std::vector<std::string> categories) {
        IndicatorDef d;
        d.id = std::move(id);
        d.nameNl = d.id;
        d.nameEn = d.id;
        d.filter = bench::must(makeFilter(std::move(unit), std::move(kinds), std::move(categories), {}, {}), "filter");
        bench::must(reg.define(d, "bench", 0), "define an indicator");
    };
    for (std::size_t b = 0; b < kBrigades.size(); ++b)
        for (const auto& [kind, prefix] : {std::pair{"near_miss", "nm"}, std::pair{"accident", "acc"}}) {
            add(std::string(prefix) + "-" + kBrigades[b], kBrigades[b], {kind}, {});
            for (std::size_t i = 0; i < 4; ++i)
                add(std::string(prefix) + "-" + battalion(b, i), battalion(b, i), {kind}, {});
        }
    for (std::size_t c = 0; c < 10; ++c) {
        const std::string category(EnumTable<Category>::names[c].name);
        std::string id = "hazard-" + category;
        std::replace(id.begin(), id.end(), '_', '-');
        add(id, "", {"hazard_observation"}, {category});
    }
}

} // namespace

int main(int argc, char** argv)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--cases" && i + 1 < argc)
            o.cases = std::stoll(argv[++i]);
        else if (arg == "--runs" && i + 1 < argc)
            o.runs = std::max(1, std::stoi(argv[++i]));
        else {
            std::cout << kHelp;
            return arg == "--help" || arg == "-h" ? 0 : 2;
        }
    }
    const auto dir = std::filesystem::temp_directory_path() / ("vigil-pdca-bench-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    std::filesystem::permissions(dir, std::filesystem::perms::owner_all);
    SqlCaseStore store(
        bench::must(openServerDatabase(registryDatabasePath(dir), registryMigrations(), "registry"), "create the database"));
    bench::must(store.writeAudited([&](SqliteDb& db, AuditEntry& audit) -> Status {
        for (std::size_t b = 0; b < kBrigades.size(); ++b) {
            if (auto s = db.exec("INSERT INTO units(id, name) VALUES ('" + kBrigades[b] + "', 'x')"); !s)
                return s;
            for (std::size_t i = 0; i < 4; ++i)
                if (auto s = db.exec("INSERT INTO units(id, name, parent) VALUES ('" + battalion(b, i) + "', 'x', '"
                                     + kBrigades[b] + "')");
                    !s)
                    return s;
        }
        audit = AuditEntry{0, 0, "bench", "bench.units", "", "", {}, {}};
        return {};
    }),
                "add units");

    // Now: mid-December 2026; the last settled month is October 2026.
    const UnixSeconds now = 1'797'206'400;
    const int last = IndicatorRegister::lastSettled(now, 1);
    fillCube(store, o.cases, last);
    IndicatorRegister reg(store);
    define(reg);

    const BoardPolicy policy;
    std::size_t published = 0;
    const double board = timed(o.runs, [&] {
        auto b = bench::must(reg.board(last, policy, now), "the board");
        published = b.series.size();
    });
    const double groupBy = timed(o.runs, [&] {
        bench::must(store.readConsistent([](SqliteDb& db) -> Status {
            auto st = db.prepare("SELECT month, SUM(count) FROM pdca_counts GROUP BY month");
            if (!st)
                return st.error();
            return st->eachRow([](const SqliteStmt&) {});
        }),
                    "the GROUP BY");
    });
    // Of the board, the part that reads the cube's rows out of SQLite (without copies).
    const double scan = timed(o.runs, [&] {
        std::int64_t total = 0;
        bench::must(store.readConsistent([&](SqliteDb& db) -> Status {
            return eachCubeRow(db, monthText(last - policy.windowMonths + 1),
                               [&](const CubeRowView& row) { total += row.count; });
        }),
                    "the scan");
    });
    // And the part that computes: counting, suppression and levels over rows held in memory.
    std::vector<CubeRow> rows;
    UnitTree tree;
    bench::must(store.readConsistent([&](SqliteDb& db) -> Status {
        rows = bench::must(scanCube(db, monthText(last - policy.windowMonths + 1)), "scan");
        auto st = db.prepare("SELECT id, COALESCE(parent, '') FROM units");
        if (!st)
            return st.error();
        return st->eachRow([&](const SqliteStmt& row) { tree[row.text(0)] = row.text(1); });
    }),
                "read the cube");
    const auto defs = bench::must(reg.active(), "indicators");
    const double compute = timed(o.runs, [&] { (void)bench::must(buildBoard(defs, rows, tree, last, policy), "build"); });
    if (published != 50)
        bench::fail("the board", "expected 50 indicators, got " + std::to_string(published));
    bench::print("pdca.board.50x36", board, "ms");
    bench::print("baseline.sqlite.groupby", groupBy, "ms");
    bench::print("pdca.board.ratio", board / groupBy, "x");
    bench::print("pdca.board.scan", scan, "ms");
    bench::print("pdca.board.compute", compute, "ms");

    // A year's report: the 50 indicators' months of 2026 up to October, and 200 measures.
    report::VmsInputs in;
    in.organisation = "Defensie";
    in.period = bench::must(report::parsePeriod("2025"), "period");
    in.board = bench::must(reg.board(in.period.lastMonth, policy, now), "the year's board");
    for (int i = 0; i < 200; ++i) {
        MeasureRecord m;
        m.id = i + 1;
        m.title = "Maatregel " + std::to_string(i + 1) + ": afscherming en toezicht bij de schietbaan";
        m.ownerUnit = battalion(static_cast<std::size_t>(i % 4), static_cast<std::size_t>(i % 4));
        m.ownerRole = "S3";
        m.dueDate = monthText(in.period.firstMonth + i % 12) + "-15";
        m.state = i % 3 ? MeasureState::Implemented : MeasureState::InProgress;
        if (i % 3)
            m.implementedOn = m.dueDate;
        in.measures.push_back(std::move(m));
    }
    std::string json;
    const double reportMs = timed(o.runs, [&] {
        json = report::buildVmsReport(in, policy.rule);
        bench::must(report::renderVmsPdf(json, report::Language::Dutch), "the Dutch PDF");
        bench::must(report::renderVmsPdf(json, report::Language::English), "the English PDF");
    });
    const auto parsed = boost::json::parse(json);
    const double serialise = timed(o.runs, [&] { (void)boost::json::serialize(parsed); });
    bench::print("pdca.report.year", reportMs, "ms");
    bench::print("baseline.json.serialise", serialise, "ms");
    bench::print("pdca.report.ratio", reportMs / serialise, "x");
    std::filesystem::remove_all(dir);
    return 0;
}
