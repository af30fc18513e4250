// SPDX-License-Identifier: EUPL-1.2
// vigil_cases_bench: how fast the case store (registry/sqlcasestore.h) creates cases on
// PostgreSQL and on SQLite, against raw INSERTs of the same rows into the same database with
// the same durability, measured in the same run (issue 18, docs/postgres-plan.md). The store
// alone: no header is opened and no route checked (vigil_registry_bench measures that whole
// path on SQLite), so the figures show what the engine costs. PostgreSQL is a real server of
// the bench's own (tests/support/tempostgres.h: fsync and synchronous_commit on, as shipped),
// reached over its Unix socket. Prints `name value unit` lines on stdout (docs/benchmarks.md).

#include "bench/figures.h"
#include "registry/pgschema.h"
#include "registry/schema.h"
#include "registry/sqlcasestore.h"
#include "tests/support/tempostgres.h"
#include "tests/support/testenv.h"

#include "shared/storage/db.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <chrono>
#include <memory>
#include <string>
#include <thread>
#include <vector>

using namespace vigil;
using namespace vigil::registry;
using vigil::bench::must;
using vigil::bench::print;
using Steady = std::chrono::steady_clock;

namespace {

constexpr UnixSeconds kNow = 1'750'000'000;

double since(Steady::time_point start)
{
    return std::chrono::duration<double>(Steady::now() - start).count();
}

template <std::size_t N>
FixedBytes<N> numbered(std::uint64_t n, std::uint8_t tag)
{
    FixedBytes<N> out{};
    out[0] = tag;
    for (std::size_t i = 0; i < 8 && i + 1 < N; ++i)
        out[i + 1] = static_cast<std::uint8_t>(n >> (8 * i));
    return out;
}

/// The envelope of a 1 KiB report with its routing fields, as intake hands it to the store.
NewCase syntheticCase(std::uint64_t n)
{
    static const Category categories[] = {Category::LiveFire, Category::Diving, Category::Vehicles, Category::Bullying};
    NewCase c;
    c.header.reportId = numbered<16>(n, 1);
    c.header.category = categories[n % 4];
    c.header.kind = c.header.category == Category::Bullying ? Kind::SocialSafety : Kind::NearMiss;
    c.header.groups = {"so-13-bde", "ca-pool"};
    c.header.recipients = {"so-1", "so-2", "ca-1", "ca-2"};
    c.header.unit = "13-bde";
    c.header.month = "2025-0" + std::to_string(1 + n % 9);
    c.header.language = "nl";
    c.header.replyKey = numbered<32>(n, 2);
    c.header.directoryVersion = 1;
    c.envelopeHash = numbered<32>(n, 3);
    c.envelope = Bytes(4096, static_cast<std::uint8_t>(n));
    c.receipt = Bytes(300, 7);
    c.receivedAt = kNow + static_cast<std::int64_t>(n);
    c.clocks = CaseClocks{c.receivedAt + 5 * 86400, c.receivedAt + 90 * 86400, std::nullopt, std::nullopt};
    return c;
}

/// Cases per second of `connections` stores creating `cases` in batches at the same time,
/// each its own share.
double storeRate(const std::vector<std::unique_ptr<SqlCaseStore>>& stores, const std::vector<NewCase>& cases,
                 std::size_t batch)
{
    const std::size_t share = (cases.size() + stores.size() - 1) / stores.size();
    std::vector<std::thread> writers;
    const auto start = Steady::now();
    for (std::size_t w = 0; w < stores.size(); ++w)
        writers.emplace_back([&, w] {
            const std::size_t end = std::min(cases.size(), (w + 1) * share);
            for (std::size_t i = w * share; i < end; i += batch) {
                const std::span<const NewCase> part(cases.data() + i, std::min(batch, end - i));
                auto out = must(stores[w]->createCases(part, "relay:bench"), "createCases");
                if (std::any_of(out.begin(), out.end(),
                                [](const CreateOutcome& o) { return o.status != CreateStatus::Created; }))
                    bench::fail("createCases", "a synthetic case was not created");
            }
        });
    for (auto& t : writers)
        t.join();
    return static_cast<double>(cases.size()) / since(start);
}

/// The same rows inserted bare into `cases`, in the same batches, one transaction each.
double rawRate(std::vector<Db> dbs, const std::vector<NewCase>& cases, std::size_t batch)
{
    const std::size_t share = (cases.size() + dbs.size() - 1) / dbs.size();
    std::vector<std::thread> writers;
    const auto start = Steady::now();
    for (std::size_t w = 0; w < dbs.size(); ++w)
        writers.emplace_back([&, w] {
            Db db = dbs[w];
            auto insert = must(db.prepare("INSERT INTO cases(report_id, envelope_hash, envelope, receipt, kind, "
                                          "category, domain, unit, month, lang, mode, reply_key, directory_version, "
                                          "received_at, ack_due, feedback_due) "
                                          "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                               "prepare");
            const std::size_t end = std::min(cases.size(), (w + 1) * share);
            for (std::size_t i = w * share; i < end; i += batch) {
                must(db.beginWrite(), "begin");
                for (std::size_t k = i; k < std::min(end, i + batch); ++k) {
                    const NewCase& c = cases[k];
                    const RoutingHeader& h = c.header;
                    insert.reset();
                    insert.bind(1, h.reportId).bind(2, c.envelopeHash).bind(3, c.envelope).bind(4, c.receipt)
                        .bindText(5, enumName(h.kind)).bindText(6, enumName(h.category))
                        .bindText(7, enumName(domainOf(h.category))).bindText(8, h.unit).bindText(9, h.month)
                        .bindText(10, h.language).bindText(11, enumName(h.mode)).bind(12, h.replyKey)
                        .bind(13, std::int64_t{1}).bind(14, c.receivedAt).bind(15, c.clocks.acknowledgeDue)
                        .bind(16, c.clocks.feedbackDue);
                    must(insert.run(), "insert");
                }
                must(db.commit(), "commit");
            }
        });
    for (auto& t : writers)
        t.join();
    return static_cast<double>(cases.size()) / since(start);
}

/// Fresh databases of one engine, migrated, and connections to them.
class Engines {
public:
    Engines() : m_dir("vigil-cases-bench") {}

    std::vector<std::unique_ptr<SqlCaseStore>> sqliteStores(const std::string& name, std::size_t n)
    {
        std::vector<std::unique_ptr<SqlCaseStore>> out;
        const auto path = m_dir.path() / (name + ".db");
        for (std::size_t i = 0; i < n; ++i)
            out.push_back(std::make_unique<SqlCaseStore>(
                must(openServerDatabase(path, i == 0 ? registryMigrations() : std::span<const std::string_view>{},
                                        "registry"),
                     "open sqlite")));
        return out;
    }

    std::vector<std::unique_ptr<SqlCaseStore>> pgStores(const std::string& name, std::size_t n)
    {
        const std::string conninfo = freshPg(name);
        std::vector<std::unique_ptr<SqlCaseStore>> out;
        for (std::size_t i = 0; i < n; ++i)
            out.push_back(std::make_unique<SqlCaseStore>(must(PgDb::connect(conninfo), "connect")));
        return out;
    }

    SqliteDb& sqliteRaw(const std::string& name)
    {
        m_sqlite.push_back(must(openServerDatabase(m_dir.path() / (name + ".db"), registryMigrations(), "raw"), "raw"));
        return m_sqlite.back();
    }

    std::vector<Db> pgRaw(const std::string& name, std::size_t n)
    {
        const std::string conninfo = freshPg(name);
        std::vector<Db> out;
        for (std::size_t i = 0; i < n; ++i) {
            m_pg.push_back(std::make_unique<PgDb>(must(PgDb::connect(conninfo), "connect")));
            out.emplace_back(*m_pg.back());
        }
        return out;
    }

private:
    std::string freshPg(const std::string& name)
    {
        const std::string conninfo = m_server.createDatabase(name);
        auto db = must(PgDb::connect(conninfo), "connect");
        must(migratePgSchema(db, registryPgMigrations(), "registry"), "migrate");
        return conninfo;
    }

    test::TempDir m_dir;
    test::TempPostgres m_server;
    std::vector<SqliteDb> m_sqlite;
    std::vector<std::unique_ptr<PgDb>> m_pg;
};

} // namespace

int main(int argc, char* argv[])
{
    std::size_t count = 20'000;
    std::size_t batch = 256;
    CLI::App app{"vigil_cases_bench: case creation by the case store on PostgreSQL and SQLite against raw INSERTs"};
    app.add_option("--cases", count, "cases per run")->capture_default_str();
    app.add_option("--batch", batch, "envelopes per createCases call (one transaction)")->capture_default_str();
    CLI11_PARSE(app, argc, argv);
    if (batch == 0 || count == 0)
        bench::fail("options", "--cases and --batch must be positive");

    std::vector<NewCase> cases;
    cases.reserve(count);
    for (std::size_t i = 0; i < count; ++i)
        cases.push_back(syntheticCase(i));

    Engines engines;
    std::cerr << "cases: raw inserts\n";
    const double sqliteRaw = rawRate({Db(engines.sqliteRaw("raw"))}, cases, batch);
    const double pgRaw = rawRate(engines.pgRaw("raw1", 1), cases, batch);
    const double pgRaw2 = rawRate(engines.pgRaw("raw2", 2), cases, batch);
    std::cerr << "cases: the case store\n";
    const double sqlite = storeRate(engines.sqliteStores("store", 1), cases, batch);
    const double pg = storeRate(engines.pgStores("store1", 1), cases, batch);
    const double pg2 = storeRate(engines.pgStores("store2", 2), cases, batch);

    print("baseline.sqlite.cases_raw", sqliteRaw, "rows/s");
    print("baseline.postgres.cases_raw", pgRaw, "rows/s");
    print("baseline.postgres.cases_raw_2conn", pgRaw2, "rows/s");
    print("registry.casestore.created.sqlite", sqlite, "cases/s");
    print("registry.casestore.created.sqlite.ratio_raw", sqlite / sqliteRaw, "x");
    print("registry.casestore.created.postgres", pg, "cases/s");
    print("registry.casestore.created.postgres.ratio_raw", pg / pgRaw, "x");
    print("registry.casestore.created.postgres_2conn", pg2, "cases/s");
    print("registry.casestore.created.postgres_2conn.ratio_raw", pg2 / pgRaw2, "x");
    print("registry.casestore.created.ratio_postgres_sqlite", pg / sqlite, "x");
    return 0;
}
