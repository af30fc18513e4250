// SPDX-License-Identifier: EUPL-1.2
// The plan–do–check–act registers (registry/pdca/sql*store.h) on both engines: every test body
// runs once on a real SQLite file and once on a real PostgreSQL database, through the desks an
// advisor's request reaches, and expects the same answers and the same audit trail. The board
// test builds one registry on each engine and compares the figures.

#include "registry/pdca/alertdesk.h"
#include "registry/pdca/alertsweep.h"
#include "registry/pdca/indicatorregister.h"
#include "registry/pdca/measuredesk.h"
#include "registry/pdca/pdcatext.h"
#include "registry/pdca/riskdesk.h"
#include "registry/pdca/sqlalertstore.h"
#include "registry/pdca/sqlmeasurestore.h"
#include "registry/pdca/sqlriskstore.h"

#include "tests/registry/registrydatabase.h"
#include "tests/registry/registryfixture.h"
#include "tests/support/testdata.h"

#include <catch2/catch.hpp>

#include <array>
#include <barrier>
#include <cstdio>
#include <thread>
#include <string>
#include <vector>

using namespace vigil;
using namespace vigil::registry;

namespace {

constexpr UnixSeconds kDay = 86400;

/// The registry of tests/registry/registryfixture.h on a database of `dialect`, with the
/// three registers on its case store. The organisation (tests/support/testdata.h): m1 safety
/// officer of 13-brigade, m7 inspectorate, m8 commander of 42-battalion. Now is 2025-06-15.
struct PdcaRegistry {
    explicit PdcaRegistry(Dialect dialect) : rdb(dialect), f([this] { return rdb.connect(); }) {}

    test::RegistryDatabase rdb;
    test::RegistryFixture f;
    SqlMeasureStore measureStore{*f.store};
    MeasureDesk measures{measureStore};
    SqlRiskStore riskStore{*f.store};
    RiskDesk risks{riskStore};
    IndicatorRegister indicators{*f.store};
    SqlAlertStore alertStore{*f.store};
    AlertDesk alerts{alertStore};

    std::vector<AuditEntry> audit()
    {
        auto log = f.store->auditLog();
        REQUIRE(log.ok());
        return *log;
    }

    /// Indicator nm-42 (near misses of 42-battalion), defined now, and its monthly counts in the
    /// cube: 2024 is the baseline (mean 21, sd 1: 3σ at 24); 2025-03 and 2025-05 onwards fire.
    void nearMissSeries()
    {
        IndicatorDef d;
        d.id = "nm-42";
        d.nameNl = "Bijna-ongevallen 42 Bat";
        d.nameEn = "Near misses 42 Bn";
        d.filter = makeFilter("42-battalion", {"near_miss"}, {}, {}, {}).value();
        REQUIRE(indicators.define(d, "admin", f.now));
        std::vector<std::pair<std::string, int>> counts;
        for (int m = 1; m <= 12; ++m)
            counts.emplace_back("2024-" + std::string(m < 10 ? "0" : "") + std::to_string(m), m % 2 ? 20 : 22);
        for (auto [month, n] : std::vector<std::pair<std::string, int>>{
                 {"2025-01", 20}, {"2025-02", 20}, {"2025-03", 60}, {"2025-04", 3}, {"2025-05", 60},
                 {"2025-06", 60}, {"2025-07", 60}, {"2025-08", 60}})
            counts.emplace_back(month, n);
        for (const auto& [month, n] : counts)
            rdb.exec("INSERT INTO pdca_counts VALUES ('" + month + "', '" + month
                     + "', '42-battalion', 'near_miss', 'diving', 'open', 'low', " + std::to_string(n) + ")");
    }

    /// The 15th of `month` of 2025, 00:00 UTC.
    static UnixSeconds in2025(int month)
    {
        static constexpr std::array<int, 12> days{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
        return 1'736'899'200 + days[static_cast<std::size_t>(month - 1)] * kDay;
    }
};

MeasureProposal racks(std::vector<std::int64_t> cases)
{
    MeasureProposal p;
    p.title = "Fit racks for jerrycans at the fuel point";
    p.description = "Leaking jerrycans were reported twice at the fuel point of 42 Battalion.";
    p.domain = Domain::Physical;
    p.ownerUnit = "42-battalion";
    p.ownerRole = "S4";
    p.dueDate = "2025-09-30";
    p.cases = std::move(cases);
    return p;
}

/// Everything a board shows, as text, so two boards compare in one CHECK and a difference
/// shows where it is.
std::string describeBoard(const IndicatorBoard& board)
{
    std::string out = "as of " + monthText(board.asOf) + "\n";
    for (const auto& s : board.series) {
        out += s.id + " from " + monthText(s.firstMonth) + ":";
        for (std::size_t i = 0; i < s.counts.size(); ++i) {
            char value[40] = "-";
            if (s.values[i])
                std::snprintf(value, sizeof value, "%.17g", *s.values[i]);
            out += " [" + std::to_string(s.counts[i]) + "/" + std::to_string(s.bases[i]) + " " + value + " "
                   + std::to_string(static_cast<int>(s.status[i])) + (s.levels[i] ? " L" : "")
                   + (s.fired[i] ? " F" : "") + (s.offTarget[i] ? " T" : "") + "]";
        }
        out += "\n";
    }
    for (const auto& h : board.hidden)
        out += "hidden " + h + "\n";
    return out;
}

} // namespace

TEST_CASE("a measure goes from proposal to a checked verdict and a risk from record to closing, one audit entry "
          "per change, alike on SQLite and PostgreSQL",
          "[postgres][pdca]")
{
    const Dialect dialect = GENERATE(Dialect::Sqlite, Dialect::Postgres);
    INFO(test::engineName(dialect));
    PdcaRegistry r(dialect);
    auto& f = r.f;
    const std::int64_t caseId = f.file(test::nearMissReport());
    REQUIRE(r.measures.grantRole({"m4", MeasureRole::Measures, "13-brigade"}, f.now));
    REQUIRE(r.measures.grantRole({"m3", MeasureRole::Measures, "42-battalion"}, f.now));
    REQUIRE(r.measures.grantRole({"m5", MeasureRole::Commander, "army"}, f.now));
    // A grant held already changes nothing and says so.
    CHECK(r.measures.grantRole({"m5", MeasureRole::Commander, "army"}, f.now).error().kind == ErrorKind::Conflict);

    std::size_t entries = r.audit().size();
    auto proposed = r.measures.propose("m1", racks({caseId}), f.now);
    REQUIRE(proposed);
    CHECK(proposed->cases == std::vector<std::int64_t>{caseId});
    CHECK(proposed->casesLinked == 1);
    CHECK(proposed->dueAt == 1'759'276'799);
    CHECK(r.audit().size() == ++entries);
    const std::int64_t id = proposed->id;
    auto second = r.measures.propose("m8", racks({}), f.now);
    REQUIRE(second);
    CHECK(second->id == id + 1);  // RETURNING id: the next id on both engines
    CHECK(r.audit().size() == ++entries);

    CHECK(r.measures.transition("m1", id, MeasureState::Approved, {}, f.now).error().kind == ErrorKind::Refused);
    MeasureStep implemented;
    implemented.implementedOn = "2025-06-10";
    implemented.evidence = "racks fitted, photo in the S4 file";
    MeasureStep judged;
    judged.verdict = MeasureVerdict::NotEffective;
    judged.basis = VerdictBasis::Judgement;
    judged.note = "no leaking jerrycan reported in six months";
    const std::vector<std::tuple<std::string, MeasureState, MeasureStep>> steps{
        {"m8", MeasureState::Approved, {}},
        {"m1", MeasureState::InProgress, {}},
        {"m8", MeasureState::Implemented, implemented},
        {"m4", MeasureState::Checked, judged},
    };
    for (const auto& [member, to, step] : steps) {
        INFO(member << " -> " << enumName(to));
        f.now += 3600;
        auto moved = r.measures.transition(member, id, to, step, f.now);
        REQUIRE(moved);
        CHECK(moved->state == to);
        CHECK(r.audit().size() == ++entries);
        CHECK(r.audit().back().action == "measure.transition");
    }
    auto done = r.measures.find(id);
    REQUIRE(done);
    CHECK(done->approvedBy == "m8");
    CHECK(done->implementedOn == "2025-06-10");
    CHECK(done->verdict == MeasureVerdict::NotEffective);
    CHECK(done->checkNote == judged.note);
    CHECK(r.measures.transition("m8", id, MeasureState::Approved, {}, f.now).error().kind == ErrorKind::Conflict);

    // A unit's strength is written over, not added (the upsert on (unit, from_month)).
    REQUIRE(r.measures.setUnitStrength("42-battalion", {"2025-01", 400}, f.now));
    REQUIRE(r.measures.setUnitStrength("42-battalion", {"2025-01", 420}, f.now));
    REQUIRE(r.measures.setUnitStrength("42-battalion", {"2025-04", 380}, f.now));
    auto strength = r.measures.unitStrength("42-battalion");
    REQUIRE(strength);
    REQUIRE(strength->size() == 2);
    CHECK((*strength)[0].fromMonth == "2025-01");
    CHECK((*strength)[0].people == 420);
    CHECK((*strength)[1].people == 380);
    entries = r.audit().size();

    // The risk register, with the measure linked.
    RiskProposal p;
    p.hazard = "Vehicles cross the range road during live fire";
    p.description = "Drivers take the range road as a short cut while the range is hot.";
    p.domain = Domain::Physical;
    p.unit = "42-battalion";
    p.initial = {Severity::I, RiskProbability::C};
    p.cases = {caseId};
    auto created = r.risks.create("m1", p, f.now);
    REQUIRE(created);
    CHECK(created->state == RiskState::Open);
    CHECK(created->cases == std::vector<std::int64_t>{caseId});
    CHECK(r.audit().size() == ++entries);
    const std::int64_t risk = created->id;
    auto linked = r.risks.linkMeasure("m8", risk, id, true, f.now);
    REQUIRE(linked);
    CHECK(linked->measures == std::vector<std::int64_t>{id});
    CHECK(r.audit().size() == ++entries);
    auto assessed = r.risks.assess("m3", risk, {Severity::III, RiskProbability::D}, "a barrier at each end", f.now);
    REQUIRE(assessed);
    CHECK(assessed->residual == MatrixCell{Severity::III, RiskProbability::D});
    auto accepted = r.risks.decide("m8", risk, RiskDecisionRequest{true, "2025-12-31", "barrier in place"}, f.now);
    REQUIRE(accepted);
    CHECK(accepted->state == RiskState::Accepted);
    REQUIRE(accepted->decisions.size() == 1);
    CHECK(accepted->decisions[0].acceptor == Acceptor{MeasureRole::Commander, "42-battalion", 3, 3});
    f.now += 150 * kDay;
    auto reviewed = r.risks.review("m5", risk, "2026-06-30", "", f.now);
    REQUIRE(reviewed);
    REQUIRE(reviewed->decisions.size() == 2);
    CHECK(reviewed->decisions[1].acceptor == Acceptor{MeasureRole::Commander, "army", 1, 3});
    auto closed = r.risks.close("m3", risk, "the range road is closed for good", f.now);
    REQUIRE(closed);
    CHECK(closed->state == RiskState::Closed);
    CHECK(r.risks.close("m3", risk, "again", f.now).error().kind == ErrorKind::Conflict);
    CHECK(r.audit().size() == entries + 4);

    const auto log = r.audit();
    CHECK_FALSE(verifyAuditChain(log).has_value());
    for (const auto& e : log) {
        CHECK(e.detail.find("jerrycan") == std::string::npos);
        CHECK(e.detail.find("range road") == std::string::npos);
    }
}

TEST_CASE("the sweep raises an alert once and extends it, and the alert is assigned, followed up with a measure "
          "and closed, alike on SQLite and PostgreSQL",
          "[postgres][pdca]")
{
    const Dialect dialect = GENERATE(Dialect::Sqlite, Dialect::Postgres);
    INFO(test::engineName(dialect));
    PdcaRegistry r(dialect);
    r.nearMissSeries();

    auto first = runAlertSweep(r.indicators, r.alerts, BoardPolicy{}, PdcaRegistry::in2025(8));
    REQUIRE(first);
    CHECK(first->raised == 1);
    auto again = runAlertSweep(r.indicators, r.alerts, BoardPolicy{}, PdcaRegistry::in2025(8));
    REQUIRE(again);
    CHECK(again->raised == 0);  // the snapshot and the alert are there: nothing twice
    auto later = runAlertSweep(r.indicators, r.alerts, BoardPolicy{}, PdcaRegistry::in2025(9));
    REQUIRE(later);
    CHECK(later->extended == 1);
    auto held = r.alerts.all();
    REQUIRE(held);
    REQUIRE(held->size() == 1);
    const AlertRecord a = held->front();
    CHECK(a.month == "2025-05");
    CHECK(a.months == std::vector<std::string>{"2025-06", "2025-07"});
    CHECK(a.value == 60);
    CHECK(a.level == 24);
    CHECK(r.rdb.count("SELECT COUNT(*) FROM pdca_snapshots") == 2);

    const UnixSeconds now = PdcaRegistry::in2025(9) + kDay;
    std::size_t entries = r.audit().size();
    AlertStep assign;
    assign.assignee = "m8";
    auto assigned = r.alerts.transition("m8", a.id, AlertState::Assigned, assign, now);
    REQUIRE(assigned);
    CHECK(assigned->assignee == "m8");
    CHECK(r.audit().size() == ++entries);
    AlertStep followUp;
    followUp.measure = 99;
    CHECK(r.alerts.transition("m8", a.id, AlertState::FollowedUp, followUp, now).error().kind == ErrorKind::Invalid);
    auto measure = r.measures.propose("m8", racks({}), now);
    REQUIRE(measure);
    followUp.measure = measure->id;
    followUp.explanation = "the buddy check was skipped";
    auto followed = r.alerts.transition("m8", a.id, AlertState::FollowedUp, followUp, now);
    REQUIRE(followed);
    CHECK(followed->measure == measure->id);
    CHECK(followed->followedUpAt == now);
    AlertStep note;
    note.note = "closed at the safety board";
    auto closed = r.alerts.transition("m8", a.id, AlertState::Closed, note, now);
    REQUIRE(closed);
    CHECK(closed->state == AlertState::Closed);
    CHECK(closed->closeNote == "closed at the safety board");
    CHECK(r.audit().back().action == "alert.closed");
    CHECK_FALSE(verifyAuditChain(r.audit()).has_value());

    // Closed: a month that fires after it raises a new alert.
    auto next = runAlertSweep(r.indicators, r.alerts, BoardPolicy{}, PdcaRegistry::in2025(10));
    REQUIRE(next);
    CHECK(next->raised == 1);
    CHECK(r.alerts.all()->back().month == "2025-08");
}

TEST_CASE("the indicator board shows the same figures, levels, hidden cells and handling clocks on SQLite and "
          "PostgreSQL for the same registry",
          "[postgres][pdca]")
{
    std::vector<std::string> boards;
    for (const Dialect dialect : {Dialect::Sqlite, Dialect::Postgres}) {
        INFO(test::engineName(dialect));
        PdcaRegistry r(dialect);
        r.nearMissSeries();
        // A handling indicator over real intake: cases filed and acknowledged through the
        // registry fill pdca_clocks as they do in service.
        IndicatorDef ack;
        ack.id = "ack-7";
        ack.nameNl = "Ontvangst binnen 7 dagen";
        ack.nameEn = "Acknowledged within 7 days";
        ack.measure = IndicatorMeasure::WithinClock;
        ack.withinDays = 7;
        ack.target = IndicatorTarget{0.9, TargetDirection::AtLeast};
        REQUIRE(r.indicators.define(ack, "admin", r.f.now));
        std::vector<std::int64_t> ids;
        for (int i = 0; i < 6; ++i)
            ids.push_back(r.f.file(test::nearMissReport()));
        r.f.now += 2 * kDay + 60;
        for (std::size_t i = 0; i < 5; ++i)
            REQUIRE(r.f.service->transition("m1", ids[i], CaseState::Acknowledged));
        auto measure = r.measures.propose("m8", racks({}), r.f.now);  // due 2025-09: not on this board
        REQUIRE(measure);

        auto board = r.indicators.board(monthIndex("2025-07").value(), BoardPolicy{}, PdcaRegistry::in2025(9));
        REQUIRE(board);
        REQUIRE(board->series.size() == 2);
        const IndicatorSeries& nm = board->series[1];
        REQUIRE(nm.id == "nm-42");
        const auto at = [&](const std::string& month) {
            return static_cast<std::size_t>(monthIndex(month).value() - nm.firstMonth);
        };
        CHECK(nm.counts[at("2025-05")] == 60);
        CHECK(nm.fired[at("2025-05")].has_value());
        CHECK_FALSE(nm.fired[at("2025-02")].has_value());
        CHECK(nm.status[at("2025-04")] != CellStatus::Published);  // 3 reports: below k
        CHECK_FALSE(board->hidden.empty());
        const IndicatorSeries& acks = board->series[0];
        CHECK(acks.value(static_cast<std::size_t>(monthIndex("2025-06").value() - acks.firstMonth)) == Approx(5.0 / 6));
        boards.push_back(describeBoard(*board));
        // The second board of the month reads the snapshot the first one stored.
        auto again = r.indicators.board(monthIndex("2025-07").value(), BoardPolicy{}, PdcaRegistry::in2025(9));
        REQUIRE(again);
        CHECK(describeBoard(*again) == boards.back());
        CHECK(r.rdb.count("SELECT COUNT(*) FROM pdca_snapshots") == 1);
    }
    CHECK(boards[1] == boards[0]);
}

TEST_CASE("two processes moving the same measures at the same moment: one approves each, the other is refused, "
          "alike on SQLite and PostgreSQL",
          "[postgres][pdca]")
{
    const Dialect dialect = GENERATE(Dialect::Sqlite, Dialect::Postgres);
    INFO(test::engineName(dialect));
    PdcaRegistry r(dialect);
    constexpr int kMeasures = 12;
    REQUIRE(r.measures.grantRole({"m4", MeasureRole::Measures, "13-brigade"}, r.f.now));
    std::vector<std::int64_t> ids;
    for (int i = 0; i < kMeasures; ++i) {
        auto m = r.measures.propose("m8", racks({}), r.f.now);
        REQUIRE(m);
        ids.push_back(m->id);
    }
    // A second registry process: its own connection, store and desk on the same database.
    SqlCaseStore otherStore(r.rdb.connect());
    SqlMeasureStore otherMeasures(otherStore);
    MeasureDesk other(otherMeasures);

    std::barrier start(2);
    std::vector<Result<MeasureRecord>> mine, theirs;
    const auto approveAll = [&](MeasureDesk& desk, std::vector<Result<MeasureRecord>>& out) {
        for (const std::int64_t id : ids) {
            start.arrive_and_wait();
            out.push_back(desk.transition("m4", id, MeasureState::Approved, {}, r.f.now));
        }
    };
    std::thread second([&] { approveAll(other, theirs); });
    approveAll(r.measures, mine);
    second.join();

    for (std::size_t i = 0; i < ids.size(); ++i) {
        INFO("measure " << ids[i]);
        // Exactly one approval; the other read the approved state after the first committed.
        CHECK(mine[i].ok() != theirs[i].ok());
        const auto& refused = mine[i].ok() ? theirs[i] : mine[i];
        if (!refused.ok())
            CHECK(refused.error().kind == ErrorKind::Conflict);
    }
    std::size_t approvals = 0;
    for (const auto& e : r.audit())
        approvals += e.action == "measure.transition" ? 1U : 0U;
    CHECK(approvals == ids.size());
    CHECK_FALSE(verifyAuditChain(r.audit()).has_value());
}
