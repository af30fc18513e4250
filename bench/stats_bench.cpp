// SPDX-License-Identifier: EUPL-1.2
// vigil_stats_bench: the statistics query over a registry database of synthetic cases
// (issue 4, "Speed": statistics over 1,000,000 cases; issue 18: the same on PostgreSQL),
// against a plain COUNT(*) on the same database in the same run. Prints, per engine (medians
// of --runs runs), `registry.stats.query <ms> ms`, `baseline.sqlite.count <ms> ms` and
// `registry.stats.query.ratio <x>` on SQLite, and `registry.stats.query.postgres`,
// `baseline.postgres.count`, `registry.stats.query.postgres.ratio` on PostgreSQL — a server of
// the bench's own (tests/support/tempostgres.h), filled with the same cases.

#include "registry/pgschema.h"
#include "registry/schema.h"
#include "registry/stats/statistics.h"
#include "registry/stats/statsaggregate.h"
#include "shared/storage/db.h"
#include "shared/storage/sqlite.h"
#include "tests/support/tempostgres.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <optional>
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
    bool sqlite = true;
    bool postgres = true;
};

constexpr std::string_view kHelp =
    "usage: vigil_stats_bench [--cases N] [--open-share F] [--envelope-bytes B] [--db PATH] [--keep] [--runs R]\n"
    "                         [--engine sqlite|postgres|both]\n"
    "  Creates a registry database with N synthetic cases (default 1000000, each with a B-byte\n"
    "  envelope, default 2048), a share F of them open (default 0.05: cases live for weeks to\n"
    "  months, the registry for years) and the rest closed and aggregated as the case store does\n"
    "  when it closes a case, then times computeStatistics and a plain SELECT COUNT(*) FROM cases\n"
    "  on it (median of R runs, default 3).\n"
    "  --db PATH  use PATH; an existing database there with N cases is reused as is\n"
    "  --keep     keep the database (by default a temporary one is deleted)\n"
    "  --engine   which engines (default both): PostgreSQL is a server of the bench's own in a\n"
    "             temporary folder, filled with the same cases (--db and --keep are SQLite's)\n";

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
        } else if (arg == "--engine") {
            const std::string engine = next();
            o.sqlite = engine == "sqlite" || engine == "both";
            o.postgres = engine == "postgres" || engine == "both";
            if (!o.sqlite && !o.postgres) {
                std::cerr << "vigil_stats_bench: --engine takes sqlite, postgres or both\n";
                return false;
            }
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
std::vector<std::string> createUnits(Db db)
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
// (1 in 50 without), and a state with the timestamps that state implies. Both engines get the
// same cases: the generator draws in the same order whichever engine it fills.
struct SyntheticCase {
    std::array<std::uint8_t, 16> id{};
    std::string_view kind, category, domain, mode, state;
    std::string unit, month, assignee;
    bool closed = false, assigned = false;
    std::int64_t received = 0, ack = 0, feedback = 0, closedAt = 0;
    bool acknowledged = false, fedBack = false;
};

SyntheticCase nextCase(std::int64_t i, Synthetic& s)
{
    SyntheticCase c;
    for (std::size_t b = 0; b < 8; ++b)
        c.id[b] = static_cast<std::uint8_t>(static_cast<std::uint64_t>(i) >> (8 * b));
    const auto kind = static_cast<std::size_t>(s.kindPick(s.rng));
    const auto& categories = kind < 4 ? std::span<const std::string_view>(kPhysical)
                             : kind == 4 ? std::span<const std::string_view>(kSocial)
                                         : std::span<const std::string_view>(kIntegrity);
    const std::int64_t month = static_cast<std::int64_t>(s.rng() % 24);
    c.month = std::to_string(2024 + month / 12) + "-" + (month % 12 < 9 ? "0" : "") + std::to_string(month % 12 + 1);
    c.received = kJan2024 + month * 30 * kDay + static_cast<std::int64_t>(s.rng() % (30 * kDay));
    const auto state = static_cast<std::size_t>(s.statePick(s.rng));
    c.unit = s.rng() % 50 == 0 ? "" : s.units[s.unitPick(s.rng)];
    c.assignee = "m" + std::to_string(s.rng() % 40);
    c.ack = c.received + static_cast<std::int64_t>(s.rng() % (9 * kDay));
    c.feedback = c.received + static_cast<std::int64_t>(s.rng() % (100 * kDay));
    c.kind = kKinds[kind];
    c.category = categories[s.rng() % categories.size()];
    c.domain = kind < 4 ? "physical" : kind == 4 ? "social" : "integrity";
    c.mode = kModes[static_cast<std::size_t>(s.modePick(s.rng))];
    c.state = kStates[state];
    c.closed = state == 5;
    c.assigned = state >= 2;
    c.acknowledged = state >= 1;
    c.fedBack = state >= 4;
    c.closedAt = c.feedback + static_cast<std::int64_t>(s.rng() % (20 * kDay));
    return c;
}

constexpr std::string_view kInsertColumns
    = "INSERT INTO cases(report_id, envelope_hash, envelope, receipt, kind, category, domain, unit, month, lang, "
      "mode, reply_key, directory_version, state, outcome, assignee, received_at, acknowledged_at, feedback_at, "
      "closed_at, ack_due, feedback_due) VALUES ";
constexpr int kParamsPerCase = 20;

// Binds case `c` as parameters first+1 … first+20 of a statement whose row is
// (?,?,?,?,?,?,?,?,?,'nl',?,?,1,?,?,?,?,?,?,?,?,?). Bound text is not copied: `c` must live
// until the row is written.
void bindCase(Stmt& stmt, int first, const SyntheticCase& c, ByteView envelope)
{
    static const Bytes hash(32, 7), receipt(64, 9), replyKey(32, 5);
    auto optional = [&](int index, bool present, std::int64_t value) {
        if (present)
            stmt.bind(first + index, value);
        else
            stmt.bindNull(first + index);
    };
    stmt.bind(first + 1, ByteView(c.id)).bind(first + 2, ByteView(hash)).bind(first + 3, envelope);
    stmt.bind(first + 4, ByteView(receipt)).bindText(first + 5, c.kind).bindText(first + 6, c.category);
    stmt.bindText(first + 7, c.domain).bindText(first + 8, c.unit).bindText(first + 9, c.month);
    stmt.bindText(first + 10, c.mode).bind(first + 11, ByteView(replyKey)).bindText(first + 12, c.state);
    if (c.closed)
        stmt.bindText(first + 13, "resolved");
    else
        stmt.bindNull(first + 13);
    if (c.assigned)
        stmt.bindText(first + 14, c.assignee);
    else
        stmt.bindNull(first + 14);
    stmt.bind(first + 15, c.received);
    optional(16, c.acknowledged, c.ack);
    optional(17, c.fedBack, c.feedback);
    optional(18, c.closed, c.closedAt);
    stmt.bind(first + 19, c.received + 7 * kDay).bind(first + 20, c.received + 91 * kDay);
}

// SQLite: one prepared single-row INSERT, stepped per case (its fastest bulk path). PostgreSQL:
// multi-row INSERTs of kBatch cases, so a round trip and a parse carry many rows.
Status insertCases(Db db, const Options& o, Synthetic& s)
{
    const std::size_t batch = db.dialect() == Dialect::Postgres ? 500 : 1;
    std::string row = "(?,?,?,?,?,?,?,?,?,'nl',?,?,1,?,?,?,?,?,?,?,?,?)";
    Bytes envelope(o.envelopeBytes);
    for (auto& b : envelope)
        b = static_cast<std::uint8_t>(s.rng());
    std::vector<SyntheticCase> pending;
    pending.reserve(batch);
    std::optional<Stmt> full;
    auto flush = [&]() -> Status {
        std::optional<Stmt> partial;
        Stmt* stmt = nullptr;
        if (pending.size() == batch && full) {
            stmt = &*full;
        } else {
            std::string sql(kInsertColumns);
            for (std::size_t i = 0; i < pending.size(); ++i)
                sql += (i ? "," : "") + row;
            auto prepared = db.prepare(sql);
            if (!prepared)
                return prepared.error();
            (pending.size() == batch ? full : partial) = std::move(*prepared);
            stmt = pending.size() == batch ? &*full : &*partial;
        }
        for (std::size_t i = 0; i < pending.size(); ++i)
            bindCase(*stmt, static_cast<int>(i) * kParamsPerCase, pending[i], envelope);
        auto r = stmt->run();
        stmt->reset();
        pending.clear();
        return r;
    };
    for (std::int64_t i = 0; i < o.cases; ++i) {
        pending.push_back(nextCase(i, s));
        if (pending.size() == batch)
            if (auto r = flush(); !r)
                return r;
    }
    return pending.empty() ? Status{} : flush();
}

Status populate(Db db, const Options& o)
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
    // Readers then see the main file, as a registry does between checkpoints; on PostgreSQL the
    // tables are vacuumed and analysed, as autovacuum does with a table after a bulk load (the
    // visibility map lets the open cases be read from their covering index alone).
    if (db.dialect() == Dialect::Postgres)
        return check(db.exec("VACUUM ANALYZE"), "vacuum");
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

/// The figures of one engine: the statistics query and the bare COUNT beside it.
struct Figures {
    Timing stats;
    Timing count;
};

Result<Figures> measure(Db db, const Options& o)
{
    StatsOptions options;
    options.now = kJan2024 + 750 * kDay;
    bool ok = true;
    std::int64_t total = 0;
    Figures f;
    f.stats = medianMs(o.runs, [&] {
        auto report = computeStatistics(db, options);
        ok = ok && report.ok();
        if (report)
            total = report->tables.front().grid.counts.back();
    });
    std::int64_t count = 0;
    f.count = medianMs(o.runs, [&] { count = db.queryInt("SELECT COUNT(*) FROM cases").value(); });
    if (!ok)
        return Error{"computeStatistics failed"};
    std::cerr << (db.dialect() == Dialect::Postgres ? "postgres" : "sqlite") << ": cases " << count
              << ", cases counted by the report " << total << "\n";
    return f;
}

/// Fills `db` unless it holds the cases already (an SQLite --db kept from an earlier run).
Status fill(Db db, const Options& o)
{
    auto existing = db.queryInt("SELECT COUNT(*) FROM cases");
    if (!existing)
        return existing.error();
    if (*existing == o.cases)
        return {};
    if (*existing != 0)
        return Error{"the database holds " + std::to_string(*existing) + " cases, not " + std::to_string(o.cases)};
    const auto start = std::chrono::steady_clock::now();
    if (auto s = populate(db, o); !s)
        return s;
    std::cerr << "created " << o.cases << " cases in "
              << std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() << " s\n";
    return {};
}

Result<Figures> onSqlite(Options o)
{
    const bool temporary = o.db.empty();
    if (temporary)
        o.db = std::filesystem::temp_directory_path() / ("vigil_stats_bench-" + std::to_string(::getpid()) + ".db");
    auto db = openServerDatabase(o.db, registryMigrations(), "registry");
    if (!db)
        return db.error();
    Result<Figures> figures = Error{"not measured"};
    if (auto s = fill(*db, o); !s)
        figures = s.error();
    else
        figures = measure(*db, o);
    if (temporary && !o.keep) {
        *db = SqliteDb();
        std::filesystem::remove(o.db);
        std::filesystem::remove(o.db.string() + "-wal");
        std::filesystem::remove(o.db.string() + "-shm");
    }
    return figures;
}

Result<Figures> onPostgres(const Options& o)
{
    test::TempPostgres server;
    auto db = PgDb::connect(server.createDatabase("stats"));
    if (!db)
        return db.error();
    if (auto s = migratePgSchema(*db, registryPgMigrations(), "registry"); !s)
        return s.error();
    if (auto s = fill(*db, o); !s)
        return s.error();
    return measure(*db, o);
}

void print(std::string_view name, double value, std::string_view unit)
{
    std::printf("%s %.1f %s\n", std::string(name).c_str(), value, std::string(unit).c_str());
}

} // namespace

int main(int argc, char** argv)
{
    Options o;
    if (!parse(argc, argv, o))
        return 2;
    std::optional<Figures> sqlite, postgres;
    if (o.sqlite) {
        auto f = onSqlite(o);
        if (!f) {
            std::cerr << "vigil_stats_bench: sqlite: " << f.error().message << "\n";
            return 1;
        }
        sqlite = *f;
        print("registry.stats.query", f->stats.wallMs, "ms");
        print("registry.stats.query.cpu", f->stats.cpuMs, "ms");
        print("baseline.sqlite.count", f->count.wallMs, "ms");
        print("registry.stats.query.ratio", f->stats.wallMs / std::max(f->count.wallMs, 0.001), "x");
    }
    if (o.postgres) {
        Result<Figures> f = Error{"not measured"};
        try {
            f = onPostgres(o);
        } catch (const std::exception& e) { // TempPostgres: initdb or pg_ctl failed
            f = Error{e.what()};
        }
        if (!f) {
            std::cerr << "vigil_stats_bench: postgres: " << f.error().message << "\n";
            return 1;
        }
        postgres = *f;
        // Wall time: the query's work is shared between this process and the server's.
        print("registry.stats.query.postgres", f->stats.wallMs, "ms");
        print("registry.stats.query.postgres.cpu", f->stats.cpuMs, "ms");
        print("baseline.postgres.count", f->count.wallMs, "ms");
        print("registry.stats.query.postgres.ratio", f->stats.wallMs / std::max(f->count.wallMs, 0.001), "x");
    }
    if (sqlite && postgres)
        print("registry.stats.query.ratio_postgres_sqlite", postgres->stats.wallMs / std::max(sqlite->stats.wallMs, 0.001),
              "x");
    return 0;
}
