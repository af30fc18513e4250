// SPDX-License-Identifier: EUPL-1.2
// vigil_stats_bench: the statistics query over a registry database of synthetic cases
// (issue 4, "Speed": statistics over 1,000,000 cases), against a plain COUNT(*) on the same
// database in the same run. Prints `registry.stats.query <ms> ms`, `baseline.sqlite.count
// <ms> ms` and `registry.stats.query.ratio <x>` (medians of --runs runs).

#include "registry/schema.h"
#include "registry/stats/statistics.h"
#include "registry/stats/statsaggregate.h"
#include "shared/storage/sqlite.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <random>
#include <string>
#include <unistd.h>

using namespace vigil;
using namespace vigil::registry;

namespace {

struct Options {
    std::int64_t cases = 1'000'000;
    std::size_t envelopeBytes = 2048;  // a text-only report: 1 KiB padded body, header, key wraps
    std::filesystem::path db;
    bool keep = false;
    int runs = 3;
    double openShare = 0.05;  // open cases among all cases ever filed (the rest closed, aggregated)
};

constexpr std::string_view kHelp =
    "usage: vigil_stats_bench [--cases N] [--open-share F] [--envelope-bytes B] [--db PATH] [--keep] [--runs R]\n"
    "  Creates a registry database with N synthetic cases (default 1000000, each with a B-byte\n"
    "  envelope, default 2048), a share F of them open (default 0.05: cases live for weeks to\n"
    "  months, the registry for years) and the rest closed and aggregated as the case store does\n"
    "  when it closes a case, then times computeStatistics and a plain SELECT COUNT(*) FROM cases\n"
    "  on it (median of R runs, default 3).\n"
    "  --db PATH  use PATH; an existing database there with N cases is reused as is\n"
    "  --keep     keep the database (by default a temporary one is deleted)\n";

bool parse(int argc, char** argv, Options& o)
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        auto next = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
        if (arg == "--help" || arg == "-h") {
            std::cout << kHelp;
            std::exit(0);
        } else if (arg == "--cases") {
            o.cases = std::stoll(next());
        } else if (arg == "--envelope-bytes") {
            o.envelopeBytes = static_cast<std::size_t>(std::stoull(next()));
        } else if (arg == "--db") {
            o.db = next();
        } else if (arg == "--keep") {
            o.keep = true;
        } else if (arg == "--open-share") {
            o.openShare = std::clamp(std::stod(next()), 0.0, 1.0);
        } else if (arg == "--runs") {
            o.runs = std::max(1, std::stoi(next()));
        } else {
            std::cerr << "vigil_stats_bench: unknown argument " << arg << "\n" << kHelp;
            return false;
        }
    }
    return true;
}

Status check(Status s, std::string_view what)
{
    if (!s)
        return withContext(what, s.error());
    return s;
}

// 6 brigades × 8 battalions × 4 companies; case weights are skewed so that some companies see
// only a handful of reports (they roll up) while others see thousands.
std::vector<std::string> createUnits(SqliteDb& db)
{
    std::vector<std::string> ids;
    std::string sql = "INSERT INTO units(id, name, parent) VALUES ";
    for (int b = 1; b <= 6; ++b) {
        const std::string bde = "bde-" + std::to_string(b);
        sql += "('" + bde + "', 'Brigade " + std::to_string(b) + "', NULL),";
        ids.push_back(bde);
        for (int n = 1; n <= 8; ++n) {
            const std::string bn = bde + "-bn-" + std::to_string(n);
            sql += "('" + bn + "', 'Battalion " + std::to_string(n) + "', '" + bde + "'),";
            ids.push_back(bn);
            for (int c = 1; c <= 4; ++c) {
                const std::string coy = bn + "-coy-" + std::to_string(c);
                sql += "('" + coy + "', 'Company " + std::to_string(c) + "', '" + bn + "'),";
                ids.push_back(coy);
            }
        }
    }
    sql.back() = ';';
    if (!db.exec(sql))
        std::exit(1);
    return ids;
}

struct Synthetic {
    std::mt19937_64 rng{20250601};
    std::vector<std::string> units;
    std::discrete_distribution<std::size_t> unitPick;
    std::discrete_distribution<int> kindPick{10, 25, 40, 25, 20, 10};  // physical 70 %, social 20 %, integrity 10 %
    std::discrete_distribution<int> modePick{40, 35, 25};
    std::discrete_distribution<int> statePick;
};

constexpr std::array<std::string_view, 6> kKinds{"accident", "incident", "near_miss", "hazard_observation",
                                                 "social_safety", "integrity_concern"};
constexpr std::array<std::string_view, 11> kPhysical{"hazardous_substances", "hazardous_substance_transport", "diving",
                                                     "laser_optical_radiation", "live_fire", "vehicles_convoys",
                                                     "heat_stress", "cold_stress", "working_at_height", "environment",
                                                     "other_physical"};
constexpr std::array<std::string_view, 7> kSocial{"bullying", "intimidation", "discrimination", "sexual_harassment",
                                                  "psychosocial_workload", "retaliation", "other_social"};
constexpr std::array<std::string_view, 4> kIntegrity{"fraud", "misuse", "abuse_of_power", "other_integrity"};
constexpr std::array<std::string_view, 3> kModes{"anonymous", "confidential", "open"};
constexpr std::array<std::string_view, 6> kStates{"received", "acknowledged", "assigned", "in_progress",
                                                  "feedback_given", "closed"};
constexpr std::int64_t kDay = 86400;
constexpr std::int64_t kJan2024 = 1704067200;

// One synthetic case: a kind with a category of its domain, a month of 2024–2025, a unit
// (1 in 50 without), and a state with the timestamps that state implies.
Status insertCase(SqliteStmt& stmt, std::int64_t i, Synthetic& s, ByteView envelope)
{
    static const Bytes hash(32, 7), receipt(64, 9), replyKey(32, 5);
    std::array<std::uint8_t, 16> id{};
    for (std::size_t b = 0; b < 8; ++b)
        id[b] = static_cast<std::uint8_t>(static_cast<std::uint64_t>(i) >> (8 * b));
    const auto kind = static_cast<std::size_t>(s.kindPick(s.rng));
    const auto& categories = kind < 4 ? std::span<const std::string_view>(kPhysical)
                             : kind == 4 ? std::span<const std::string_view>(kSocial)
                                         : std::span<const std::string_view>(kIntegrity);
    const std::int64_t month = static_cast<std::int64_t>(s.rng() % 24);
    // Bound text is not copied: everything bound must live until the row is written.
    const std::string monthText = std::to_string(2024 + month / 12) + "-" + (month % 12 < 9 ? "0" : "")
                                  + std::to_string(month % 12 + 1);
    const std::int64_t received = kJan2024 + month * 30 * kDay + static_cast<std::int64_t>(s.rng() % (30 * kDay));
    const auto state = static_cast<std::size_t>(s.statePick(s.rng));
    const std::string unit = s.rng() % 50 == 0 ? "" : s.units[s.unitPick(s.rng)];
    const std::string assignee = "m" + std::to_string(s.rng() % 40);
    const std::int64_t ack = received + static_cast<std::int64_t>(s.rng() % (9 * kDay));
    const std::int64_t feedback = received + static_cast<std::int64_t>(s.rng() % (100 * kDay));
    auto optional = [&](int index, bool present, std::int64_t value) {
        if (present)
            stmt.bind(index, value);
        else
            stmt.bindNull(index);
    };
    stmt.bind(1, ByteView(id)).bind(2, ByteView(hash)).bind(3, envelope).bind(4, ByteView(receipt));
    stmt.bindText(5, kKinds[kind]).bindText(6, categories[s.rng() % categories.size()]);
    stmt.bindText(7, kind < 4 ? "physical" : kind == 4 ? "social" : "integrity").bindText(8, unit).bindText(9, monthText);
    stmt.bindText(10, kModes[static_cast<std::size_t>(s.modePick(s.rng))]).bind(11, ByteView(replyKey));
    stmt.bindText(12, kStates[state]);
    if (state == 5)
        stmt.bindText(13, "resolved");
    else
        stmt.bindNull(13);
    if (state >= 2)
        stmt.bindText(14, assignee);
    else
        stmt.bindNull(14);
    stmt.bind(15, received);
    optional(16, state >= 1, ack);
    optional(17, state >= 4, feedback);
    optional(18, state == 5, feedback + static_cast<std::int64_t>(s.rng() % (20 * kDay)));
    stmt.bind(19, received + 7 * kDay).bind(20, received + 91 * kDay);
    auto r = stmt.run();
    stmt.reset();
    return r;
}

Status insertCases(SqliteDb& db, const Options& o, Synthetic& s)
{
    auto stmt = db.prepare(
        "INSERT INTO cases(report_id, envelope_hash, envelope, receipt, kind, category, domain, unit, month, lang, "
        "mode, reply_key, directory_version, state, outcome, assignee, received_at, acknowledged_at, feedback_at, "
        "closed_at, ack_due, feedback_due) VALUES (?,?,?,?,?,?,?,?,?,'nl',?,?,1,?,?,?,?,?,?,?,?,?)");
    if (!stmt)
        return stmt.error();
    Bytes envelope(o.envelopeBytes);
    for (auto& b : envelope)
        b = static_cast<std::uint8_t>(s.rng());
    for (std::int64_t i = 0; i < o.cases; ++i)
        if (auto r = insertCase(*stmt, i, s, envelope); !r)
            return r;
    return {};
}

Status populate(SqliteDb& db, const Options& o)
{
    Synthetic s;
    s.units = createUnits(db);
    std::vector<double> weights;
    for (std::size_t i = 0; i < s.units.size(); ++i)
        weights.push_back(i % 37 == 5 ? 0.00002 : 1.0 + static_cast<double>(i % 7) * 3.0);
    s.unitPick = std::discrete_distribution<std::size_t>(weights.begin(), weights.end());
    // Open cases spread over the five open states as 8:10:10:12:5; the rest is closed.
    const double open = o.openShare / 45.0;
    s.statePick = std::discrete_distribution<int>{8 * open, 10 * open, 10 * open, 12 * open, 5 * open, 1.0 - o.openShare};
    if (auto r = check(db.exec("BEGIN"), "begin"); !r)
        return r;
    if (auto r = insertCases(db, o, s); !r)
        return r;
    // What the case store did when each of them closed.
    if (auto r = aggregateClosedCases(db); !r)
        return r;
    if (auto r = check(db.exec("COMMIT"), "commit"); !r)
        return r;
    // Readers then see the main file, as a registry does between checkpoints.
    return check(db.exec("PRAGMA wal_checkpoint(TRUNCATE)"), "checkpoint");
}

struct Timing {
    double wallMs = 0;  ///< median elapsed time
    double cpuMs = 0;   ///< median CPU time of this process: what a loaded, shared machine distorts least
};

template <typename F>
Timing medianMs(int runs, F&& f)
{
    std::vector<double> wall;
    std::vector<double> cpu;
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        const std::clock_t cpuStart = std::clock();
        f();
        cpu.push_back(1000.0 * static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC);
        wall.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall[wall.size() / 2], cpu[cpu.size() / 2]};
}

} // namespace

int main(int argc, char** argv)
{
    Options o;
    if (!parse(argc, argv, o))
        return 2;
    const bool temporary = o.db.empty();
    if (temporary)
        o.db = std::filesystem::temp_directory_path() / ("vigil_stats_bench-" + std::to_string(::getpid()) + ".db");
    auto db = openServerDatabase(o.db, registryMigrations(), "registry");
    if (!db) {
        std::cerr << "vigil_stats_bench: " << db.error().message << "\n";
        return 1;
    }
    auto existing = db->queryInt("SELECT COUNT(*) FROM cases");
    if (existing && *existing != o.cases) {
        if (*existing != 0) {
            std::cerr << "vigil_stats_bench: " << o.db << " holds " << *existing << " cases, not " << o.cases << "\n";
            return 1;
        }
        const auto start = std::chrono::steady_clock::now();
        if (auto s = populate(*db, o); !s) {
            std::cerr << "vigil_stats_bench: " << s.error().message << "\n";
            return 1;
        }
        std::cerr << "created " << o.cases << " cases in "
                  << std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() << " s\n";
    }

    StatsOptions options;
    options.now = kJan2024 + 750 * kDay;
    bool ok = true;
    std::int64_t total = 0;
    const Timing stats = medianMs(o.runs, [&] {
        auto report = computeStatistics(*db, options);
        ok = ok && report.ok();
        if (report)
            total = report->tables.front().grid.counts.back();
    });
    std::int64_t count = 0;
    const Timing baseline = medianMs(o.runs, [&] { count = db->queryInt("SELECT COUNT(*) FROM cases").value(); });
    if (!ok) {
        std::cerr << "vigil_stats_bench: computeStatistics failed\n";
        return 1;
    }
    std::cerr << "cases " << count << ", cases counted by the report " << total << "\n";
    std::printf("registry.stats.query %.1f ms\n", stats.wallMs);
    std::printf("registry.stats.query.cpu %.1f ms\n", stats.cpuMs);
    std::printf("baseline.sqlite.count %.1f ms\n", baseline.wallMs);
    std::printf("registry.stats.query.ratio %.1f x\n", stats.wallMs / std::max(baseline.wallMs, 0.001));
    if (temporary && !o.keep) {
        *db = SqliteDb();
        std::filesystem::remove(o.db);
        std::filesystem::remove(o.db.string() + "-wal");
        std::filesystem::remove(o.db.string() + "-shm");
    }
    return 0;
}
