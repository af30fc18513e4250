// SPDX-License-Identifier: EUPL-1.2
// Background work across registry processes (registry/joblock.h, docs/postgres-plan.md,
// "Several registry processes"): two processes on one PostgreSQL database, each with its own
// connections, run the retention sweep and the PDCA sweep at the same moment. One does the
// round, the other skips it and says so; what the round does (cases deleted, alerts raised,
// audit entries) happens once.

#include "registry/joblock.h"
#include "registry/pdca/alertdesk.h"
#include "registry/pdca/alertsweep.h"
#include "registry/pdca/indicatorregister.h"
#include "registry/pdca/sqlalertstore.h"

#include "tests/registry/registrydatabase.h"
#include "tests/registry/registryfixture.h"
#include "tests/support/testdata.h"

#include <catch2/catch.hpp>

#include <array>
#include <barrier>
#include <chrono>
#include <future>
#include <string>
#include <thread>

using namespace vigil;
using namespace vigil::registry;

namespace {

constexpr UnixSeconds kDay = 86400;
constexpr int kRounds = 5;

/// The 15th of `month` of 2025, 00:00 UTC.
UnixSeconds in2025(int month)
{
    static constexpr std::array<int, 12> days{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
    return 1'736'899'200 + days[static_cast<std::size_t>(month - 1)] * kDay;
}

/// One registry process's side of the sweeps: its own case store and its own connection for
/// the PDCA sweep's job lock, on the shared database.
struct Process {
    explicit Process(const test::RegistryDatabase& rdb) : store(rdb.connect()), jobs(rdb.connect()) {}

    Result<SweepOutcome> sweep(UnixSeconds now)
    {
        return runAlertSweepRound(jobs.db(), indicators, alerts, BoardPolicy{}, now);
    }

    SqlCaseStore store;
    IndicatorRegister indicators{store};
    SqlAlertStore alertStore{store};
    AlertDesk alerts{alertStore};
    Connection jobs;
};

/// The registry of registryfixture.h on a fresh PostgreSQL database.
struct Shared {
    Shared() : rdb(Dialect::Postgres), f([this] { return rdb.connect(); }) {}

    /// `n` cases filed now and closed at once, due for deletion a day later.
    void closedCasesDue(int n)
    {
        for (int i = 0; i < n; ++i) {
            const std::int64_t id = f.file(test::nearMissReport());
            CaseRecord c = **f.store->findCase(id);
            c.state = CaseState::Closed;
            c.outcome = CaseOutcome::Resolved;
            c.closedAt = f.now;
            c.deleteAfter = f.now + kDay;
            REQUIRE(f.store->updateCase(c, AuditEntry{0, f.now, "m1", "case.transition", std::to_string(id), "closed",
                                                      {}, {}}));
        }
    }

    /// `n` more indicators over the reports of 42-battalion, defined now, each of one kind and
    /// category of its own (two indicators may not count the same reports), and in the cube
    /// their monthly counts, which fire from 2025-03: each raises one alert in a sweep as of
    /// 2025-06 and extends it in one as of 2025-07.
    void firingIndicators(int n)
    {
        static constexpr std::array<const char*, 4> kKinds{"near_miss", "incident", "accident", "hazard_observation"};
        static constexpr std::array<const char*, 11> kCategories{
            "hazardous_substances", "hazardous_substance_transport", "diving", "laser_optical_radiation",
            "live_fire", "vehicles_convoys", "heat_stress", "cold_stress", "working_at_height", "environment",
            "other_physical"};
        IndicatorRegister reg(*f.store);
        for (int i = 0; i < n; ++i, ++indicators) {
            const std::string kind = kKinds[static_cast<std::size_t>(indicators / 11 % 4)];
            const std::string category = kCategories[static_cast<std::size_t>(indicators % 11)];
            IndicatorDef d;
            d.id = "ind-" + std::to_string(indicators);
            d.nameNl = "Meldingen 42 Bat " + d.id;
            d.nameEn = "Reports 42 Bn " + d.id;
            d.filter = makeFilter("42-battalion", {kind}, {category}, {}, {}).value();
            INFO(d.id);
            REQUIRE(reg.define(d, "admin", f.now));
            std::string rows;
            for (int m = 1; m <= 20; ++m) {
                const std::string month = m <= 12 ? "2024-" + std::string(m < 10 ? "0" : "") + std::to_string(m)
                                                  : "2025-0" + std::to_string(m - 12);
                const int count = m > 14 ? 60 : m % 2 ? 20 : 22;
                rows += std::string(rows.empty() ? "" : ", ") + "('" + month + "', '" + month + "', '42-battalion', '"
                        + kind + "', '" + category + "', 'open', 'low', " + std::to_string(count) + ")";
            }
            rdb.exec("INSERT INTO pdca_counts VALUES " + rows);
        }
    }

    std::int64_t auditCount(const std::string& action)
    {
        return rdb.count("SELECT COUNT(*) FROM audit WHERE action = '" + action + "'");
    }

    /// A third connection holding `table` still (SHARE mode) until it rolls back, so a sweep
    /// that writes to it stops there with its round's lock taken.
    Connection holdStill(const std::string& table)
    {
        Connection blocker = rdb.connect();
        REQUIRE(blocker.db().exec("BEGIN"));
        REQUIRE(blocker.db().exec("LOCK TABLE " + table + " IN SHARE MODE"));
        return blocker;
    }

    /// Waits until some transaction waits for a lock on `table` (a sweep stopped half-way).
    bool someoneWaitsOn(const std::string& table)
    {
        for (int i = 0; i < 500; ++i) {
            if (rdb.count("SELECT COUNT(*) FROM pg_locks WHERE NOT granted AND relation = '" + table + "'::regclass") > 0)
                return true;
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        return false;
    }

    test::RegistryDatabase rdb;
    test::RegistryFixture f;
    int indicators = 0; ///< defined so far (firingIndicators)
};

template <typename T>
bool readyWithin(std::future<T>& f, std::chrono::seconds limit)
{
    return f.wait_for(limit) == std::future_status::ready;
}

} // namespace

TEST_CASE("while one registry process's retention sweep is under way, another one skips the round and deletes "
          "nothing",
          "[postgres][sweeps]")
{
    Shared s;
    s.closedCasesDue(3);
    Process a(s.rdb), b(s.rdb);
    // The first sweep stops at its DELETE with the round's lock taken.
    Connection blocker = s.holdStill("cases");
    auto first = std::async(std::launch::async, [&] { return a.store.purgeExpired(s.f.now + 2 * kDay); });
    REQUIRE(s.someoneWaitsOn("cases"));
    auto second = std::async(std::launch::async, [&] { return b.store.purgeExpired(s.f.now + 2 * kDay); });
    // Without the lock the second sweep would wait on the table too, and then find nothing.
    const bool answered = readyWithin(second, std::chrono::seconds(10));
    CHECK(answered);
    blocker.db().rollback();
    auto mine = first.get();
    auto theirs = second.get();
    REQUIRE(mine);
    REQUIRE(theirs);
    CHECK_FALSE(mine->skipped);
    CHECK(mine->deleted == 3);
    CHECK(theirs->skipped);
    CHECK(theirs->deleted == 0);
    CHECK(s.rdb.count("SELECT COUNT(*) FROM cases") == 0);
    CHECK(s.auditCount("retention.purged") == 1);

    // The lock went with the first round's transaction: the next round runs.
    s.closedCasesDue(1);
    auto next = b.store.purgeExpired(s.f.now + 2 * kDay);
    REQUIRE(next);
    CHECK_FALSE(next->skipped);
    CHECK(next->deleted == 1);
}

TEST_CASE("while one registry process's PDCA sweep is under way, another one skips the round and raises nothing",
          "[postgres][sweeps]")
{
    Shared s;
    s.firingIndicators(3);
    Process a(s.rdb), b(s.rdb);
    Connection blocker = s.holdStill("alerts");
    auto first = std::async(std::launch::async, [&] { return a.sweep(in2025(8)); });
    REQUIRE(s.someoneWaitsOn("alerts"));
    auto second = std::async(std::launch::async, [&] { return b.sweep(in2025(8)); });
    const bool answered = readyWithin(second, std::chrono::seconds(10));
    CHECK(answered);
    blocker.db().rollback();
    auto mine = first.get();
    auto theirs = second.get();
    REQUIRE(mine);
    REQUIRE(theirs);
    CHECK_FALSE(mine->skipped);
    CHECK(mine->raised == 3);
    CHECK(theirs->skipped);
    CHECK(theirs->raised + theirs->extended == 0);
    CHECK(theirs->asOf == mine->asOf);
    CHECK(s.rdb.count("SELECT COUNT(*) FROM alerts") == 3);
    CHECK(s.auditCount("alert.raised") == 3);
    CHECK(s.auditCount("indicator.snapshot") == 1);

    // Held by a transaction of another connection, the job is the other's; released, it is free.
    {
        auto held = JobHold::tryTake(blocker.db(), Job::PdcaSweep);
        REQUIRE(held);
        REQUIRE(held->held());
        auto skipped = a.sweep(in2025(9));
        REQUIRE(skipped);
        CHECK(skipped->skipped);
    }
    auto later = a.sweep(in2025(9));
    REQUIRE(later);
    CHECK_FALSE(later->skipped);
    CHECK(later->extended == 3);
}

TEST_CASE("two registry processes sweeping at the same moment, round after round, do each round's work once",
          "[postgres][sweeps]")
{
    Shared s;
    Process a(s.rdb), b(s.rdb);
    for (int round = 0; round < kRounds; ++round) {
        INFO("round " << round);
        s.closedCasesDue(4);
        s.firingIndicators(4);
        std::barrier start(2);
        Result<RetentionRound> retainedA = Error{"not run"}, retainedB = Error{"not run"};
        Result<SweepOutcome> sweptA = Error{"not run"}, sweptB = Error{"not run"};
        std::thread other([&] {
            start.arrive_and_wait();
            retainedB = b.store.purgeExpired(s.f.now + 2 * kDay);
            start.arrive_and_wait();
            sweptB = b.sweep(in2025(8));
        });
        start.arrive_and_wait();
        retainedA = a.store.purgeExpired(s.f.now + 2 * kDay);
        start.arrive_and_wait();
        sweptA = a.sweep(in2025(8));
        other.join();
        REQUIRE(retainedA);
        REQUIRE(retainedB);
        REQUIRE(sweptA);
        REQUIRE(sweptB);
        // Whoever came first did the round; the other skipped it, or came after and found
        // nothing left to do. Never twice, never an error.
        CHECK(retainedA->deleted + retainedB->deleted == 4);
        CHECK((retainedA->deleted == 0 || retainedB->deleted == 0));
        CHECK(sweptA->raised + sweptB->raised == 4);
        CHECK((sweptA->raised == 0 || sweptB->raised == 0));
        CHECK(s.rdb.count("SELECT COUNT(*) FROM cases") == 0);
        CHECK(s.auditCount("retention.purged") == round + 1);
        CHECK(s.rdb.count("SELECT COUNT(*) FROM alerts") == 4 * (round + 1));
        CHECK(s.auditCount("alert.raised") == 4 * (round + 1));
    }
    auto log = s.f.store->auditLog();
    REQUIRE(log);
    CHECK_FALSE(verifyAuditChain(*log).has_value());
}
