// SPDX-License-Identifier: EUPL-1.2
#include "registry/report/vmspdf.h"
#include "registry/report/vmsreport.h"
#include "registry/report/vmsrisks.h"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <catch2/catch.hpp>

#include <algorithm>

#include <cstdlib>
#include <fstream>

using namespace vigil;
using namespace vigil::registry;
using namespace vigil::report;

namespace {

const UnitTree kTree{{"13-bde", ""}, {"bn-12", "13-bde"}, {"bn-42", "13-bde"}};

// 2026-09-20 12:00 UTC and 2026-09-30 12:00 UTC.
constexpr UnixSeconds kSeptember20 = 1'789'905'600;
constexpr UnixSeconds kSeptember30 = 1'790'769'600;

MeasureRecord measure(std::int64_t id, std::string due, MeasureState state, std::optional<std::string> implementedOn = {})
{
    MeasureRecord m;
    m.id = id;
    m.title = "Maatregel " + std::to_string(id) + ": extra verlichting bij de schietbaan (één)";
    m.ownerUnit = "bn-12";
    m.ownerRole = "S4";
    m.dueDate = std::move(due);
    m.state = state;
    m.implementedOn = std::move(implementedOn);
    m.proposedBy = "so-jansen";
    m.cases = {41};
    return m;
}

IndicatorDef indicator(std::string id, std::string unit, std::string nl, std::string en)
{
    IndicatorDef d;
    d.id = std::move(id);
    d.nameNl = std::move(nl);
    d.nameEn = std::move(en);
    d.filter = makeFilter(std::move(unit), {"near_miss"}, {}, {}, {}).value();
    return d;
}

VmsInputs sampleInputs()
{
    VmsInputs in;
    in.organisation = "Defensie";
    in.period = parsePeriod("2026Q3").value();
    in.generatedAt = 1'793'577'600;  // 2026-11-01
    in.directoryVersion = 7;
    in.auditSeq = 1234;
    in.auditHash = std::string(64, 'a');

    auto effective = measure(1, "2026-08-15", MeasureState::Checked, "2026-08-10");
    effective.verdict = MeasureVerdict::Effective;
    effective.basis = VerdictBasis::EffectCheck;
    effective.checkedAt = kSeptember20;
    auto social = measure(6, "2026-09-30", MeasureState::Checked, "2026-09-15");
    social.domain = Domain::Social;
    social.verdict = MeasureVerdict::NotEffective;
    social.basis = VerdictBasis::Judgement;
    social.checkedAt = kSeptember30;
    auto cancelled = measure(4, "2026-08-01", MeasureState::Cancelled);
    cancelled.cancelReason = "replaced";
    in.measures = {effective,
                   measure(2, "2026-09-01", MeasureState::Implemented, "2026-09-10"),
                   measure(3, "2026-07-20", MeasureState::InProgress),
                   cancelled,
                   measure(5, "2027-03-01", MeasureState::Proposed),
                   social};

    const std::vector<IndicatorDef> indicators{
        indicator("nm-13bde", "13-bde", "Bijna-ongevallen 13 Bde", "Near misses 13 Bde"),
        indicator("nm-bn12", "bn-12", "Bijna-ongevallen bn 12", "Near misses bn 12"),
        indicator("nm-bn42", "bn-42", "Bijna-ongevallen bn 42", "Near misses bn 42")};
    std::vector<CubeRow> cube;
    const int first = monthIndex("2024-10").value();
    for (int m = 0; m < 24; ++m) {
        const auto month = monthText(first + m);
        cube.push_back({month, month, "bn-12", "near_miss", "live_fire", "anonymous", "medium", m == 22 ? 2 : 9 + m % 4});
        cube.push_back({month, month, "bn-42", "near_miss", "vehicles_convoys", "open", "low", 20 + (m % 3) * 2});
        cube.push_back({month, month, "13-bde", "near_miss", "diving", "open", "low", m == 23 ? 31 : 6});
    }
    in.board = buildBoard(indicators, cube, kTree, in.period.lastMonth, {}).value();
    return in;
}

boost::json::object parse(const std::string& json) { return boost::json::parse(json).as_object(); }

} // namespace

TEST_CASE("periods are quarters or years, and a quarter settles at the end of the month after it")
{
    const auto q3 = parsePeriod("2026Q3");
    REQUIRE(q3.ok());
    CHECK(monthText(q3->firstMonth) == "2026-07");
    CHECK(monthText(q3->lastMonth) == "2026-09");
    CHECK(monthText(settlesIn(*q3)) == "2026-11");
    CHECK(monthText(parsePeriod("2025").value().lastMonth) == "2025-12");
    for (const std::string_view bad : {"2026Q5", "2026Q0", "26Q1", "2026-Q3", "2026H1", "", "Q3"})
        CHECK(parsePeriod(bad).error().kind == ErrorKind::Invalid);
}

TEST_CASE("the report counts the period's measures by domain: due, on time, late, cancelled, overdue, checked")
{
    const auto report = parse(buildVmsReport(sampleInputs(), {}));
    CHECK(report.at("format") == "vigil-vms-report/1");
    const auto& summary = report.at("measures").at("summary").as_array();
    REQUIRE(summary.size() == 3);
    const auto& physical = summary[0].as_object();
    CHECK(physical.at("domain") == "physical");
    CHECK(physical.at("due") == 4);  // 1, 2, 3 and the cancelled 4; 5 is due next year
    CHECK(physical.at("implemented_on_time") == 1);
    CHECK(physical.at("implemented_late") == 1);
    CHECK(physical.at("cancelled") == 1);
    CHECK(physical.at("overdue_open") == 1);
    CHECK(physical.at("checked_effective") == 1);
    const auto& social = summary[1].as_object();
    CHECK(social.at("checked_not_effective") == 1);
    CHECK(social.at("checked_by_judgement") == 1);

    const auto& list = report.at("measures").at("list").as_array();
    std::vector<std::int64_t> ids;
    for (const auto& m : list)
        ids.push_back(m.at("id").as_int64());
    CHECK(ids == std::vector<std::int64_t>{1, 2, 3, 4, 6});
    CHECK(list[1].at("on_time") == false);
    CHECK(list[2].at("on_time") == false);  // open past its due date
    CHECK(list[3].at("on_time").is_null()); // cancelled
}

TEST_CASE("the report holds no case ids and no member names")
{
    const std::string json = buildVmsReport(sampleInputs(), {});
    CHECK(json.find("so-jansen") == std::string::npos);
    CHECK(json.find("\"cases\"") == std::string::npos);
    CHECK(json.find("proposed_by") == std::string::npos);
}

TEST_CASE("indicators appear month by month as the board published them, small months hidden")
{
    const auto inputs = sampleInputs();
    const auto report = parse(buildVmsReport(inputs, {}));
    const auto& indicators = report.at("indicators").as_array();
    REQUIRE(indicators.size() == 3);
    const auto& bn12 = indicators[1].as_object();
    CHECK(bn12.at("id") == "nm-bn12");
    CHECK(bn12.at("months").as_array() == boost::json::array{"2026-07", "2026-08", "2026-09"});
    CHECK(bn12.at("values").as_array()[1] == "<5");  // August: 2 near misses
    // The union's August stays published only if a complement hides bn-12's 2 beside it.
    const auto& august = indicators[0].at("values").as_array()[1];
    const auto& bn42August = indicators[2].at("values").as_array()[1];
    CHECK((august.is_string() || bn42August.is_string()
           || inputs.board.hidden.count("indicator/nm-13bde(rest)/2026-08")));
    CHECK(indicators[0].at("levels").as_array()[0].is_object());  // a full baseline year: levels
    // September's rest of the brigade jumps from 6 to 31: the union's 3σ rule fires.
    CHECK(indicators[0].at("alerts").as_array().size() == 1);
    CHECK(indicators[0].at("alerts").as_array()[0].at("month") == "2026-09");
    CHECK(checkVmsReport(buildVmsReport(inputs, {})).ok());
}

TEST_CASE("the report check refuses a small count, a wrong label and a missing level however they got there")
{
    const std::string good = buildVmsReport(sampleInputs(), {});
    auto report = parse(good);
    report["indicators"].as_array()[1].as_object()["values"].as_array()[1] = 3;
    CHECK(checkVmsReport(boost::json::serialize(report)).error().message.find("below k") != std::string::npos);
    report = parse(good);
    report["indicators"].as_array()[1].as_object()["values"].as_array()[1] = "<3";
    CHECK_FALSE(checkVmsReport(boost::json::serialize(report)).ok());
    report = parse(good);
    report["indicators"].as_array()[0].as_object()["levels"].as_array().pop_back();
    CHECK_FALSE(checkVmsReport(boost::json::serialize(report)).ok());
    report = parse(good);
    report["format"] = "vigil-vms-report/2";
    CHECK_FALSE(checkVmsReport(boost::json::serialize(report)).ok());
}

TEST_CASE("the same inputs give the same JSON and the same PDFs, in Dutch and in English")
{
    const std::string json = buildVmsReport(sampleInputs(), {});
    CHECK(json == buildVmsReport(sampleInputs(), {}));
    const auto nl = renderVmsPdf(json, Language::Dutch);
    const auto en = renderVmsPdf(json, Language::English);
    REQUIRE(nl.ok());
    REQUIRE(en.ok());
    CHECK(*nl == *renderVmsPdf(json, Language::Dutch));
    CHECK(*nl != *en);
    CHECK(nl->find("(VMS-rapportage 2026Q3) Tj") != std::string::npos);
    CHECK(en->find("(Safety management report 2026Q3) Tj") != std::string::npos);
    CHECK(nl->find("(doeltreffend) Tj") != std::string::npos);
    CHECK(nl->find("(<5) Tj") != std::string::npos);
    CHECK(nl->find("\\351\\351n") != std::string::npos);  // "één" in WinAnsi
    if (const char* dir = std::getenv("VIGIL_REPORT_SAMPLE_DIR")) {  // to look at them
        std::ofstream(std::string(dir) + "/sample.nl.pdf", std::ios::binary) << *nl;
        std::ofstream(std::string(dir) + "/sample.en.pdf", std::ios::binary) << *en;
    }
}

TEST_CASE("a PDF is printed only from a report that passes the check")
{
    CHECK(renderVmsPdf("{}", Language::Dutch).error().kind == ErrorKind::Invalid);
    CHECK(renderVmsPdf(R"({"format":"vigil-vms-report/1","k":5,"indicators":[]})", Language::Dutch).error().kind
          == ErrorKind::Invalid);
}

namespace {

RiskRecord risk(std::int64_t id, MatrixCell initial, std::optional<MatrixCell> residual, RiskState state)
{
    RiskRecord r;
    r.id = id;
    r.hazard = "Gevaar " + std::to_string(id);
    r.initial = initial;
    r.residual = residual;
    r.state = state;
    r.createdBy = "so-jansen";
    return r;
}

RiskDecision decision(RiskDecisionKind kind, RiskLevel level, UnixSeconds at, int roleDepth, int requiredDepth)
{
    RiskDecision d;
    d.kind = kind;
    d.level = level;
    d.member = "cdt-de-vries";
    d.acceptor = Acceptor{MeasureRole::Commander, "bn-12", roleDepth, requiredDepth};
    d.at = at;
    return d;
}

// 14 risks in force: initially B-II (high); after measures 6 in D-IV, 6 in E-IV (low), 2 in C-IV
// (low: a small cell). 7 accepted (one by too low an echelon, recorded so), one closed.
std::vector<RiskRecord> sampleRisks()
{
    std::vector<RiskRecord> risks;
    std::int64_t id = 1;
    const auto add = [&](RiskProbability residual, int n, int accepted) {
        for (int i = 0; i < n; ++i) {
            auto r = risk(id++, {Severity::II, RiskProbability::B}, MatrixCell{Severity::IV, residual},
                          i < accepted ? RiskState::Accepted : RiskState::Open);
            if (i < accepted)
                r.decisions.push_back(decision(RiskDecisionKind::Accepted, RiskLevel::Low, kSeptember20, 1, 1));
            risks.push_back(std::move(r));
        }
    };
    add(RiskProbability::D, 6, 3);
    add(RiskProbability::E, 6, 3);
    add(RiskProbability::C, 2, 1);
    risks[0].decisions.insert(risks[0].decisions.begin(),  // in June: outside the quarter
                              decision(RiskDecisionKind::Declined, RiskLevel::Low, kSeptember20 - 100 * 86400, 2, 1));
    risks[1].decisions.back().acceptor.roleDepth = 2;  // below the echelon required
    risks[1].decisions.back().authoritiesSerial = 4;   // taken under signed authorities no. 4
    auto closed = risk(id++, {Severity::I, RiskProbability::A}, std::nullopt, RiskState::Closed);
    risks.push_back(closed);
    auto unassessed = risk(id++, {Severity::II, RiskProbability::B}, std::nullopt, RiskState::Open);
    risks.push_back(unassessed);
    return risks;
}

const boost::json::object& levelRow(const boost::json::object& risks, const char* level)
{
    for (const auto& row : risks.at("by_level").as_array())
        if (row.at("level") == level)
            return row.as_object();
    throw std::runtime_error("no level");
}

} // namespace

TEST_CASE("the report's risk register: matrices suppressed as the heat map, levels and decisions exact, no names")
{
    auto inputs = sampleInputs();
    inputs.risks = sampleRisks();
    const std::string json = buildVmsReport(inputs, {});
    const auto checked = checkVmsReport(json);
    INFO((checked ? std::string() : checked.error().message));
    REQUIRE(checked.ok());
    CHECK(json.find("cdt-de-vries") == std::string::npos);
    CHECK(json.find("so-jansen") == std::string::npos);
    CHECK(json.find("Gevaar") == std::string::npos);
    const auto report = parse(json);
    const auto& risks = report.at("risks").as_object();

    const auto& initial = risks.at("matrix_initial").as_object();
    CHECK(initial.at("rows").as_array() == boost::json::array{"A", "B", "C", "D", "E"});
    CHECK(initial.at("cells").as_array()[1].as_array()[1] == 15);  // B-II: 14 assessed + 1 not; closed ones left out
    CHECK(initial.at("total") == 15);

    const auto& residual = risks.at("matrix_residual").as_object();
    CHECK(residual.at("rows").as_array().size() == 6);  // F: eliminated
    CHECK(residual.at("cells").as_array()[2].as_array()[3] == "<5");  // C-IV: two risks
    CHECK(residual.at("cells").as_array()[3].as_array()[3].is_string());  // D-IV hidden beside it
    CHECK(residual.at("total") == 14);

    const auto& low = levelRow(risks, "low");
    CHECK(low.at("open") == 7);
    CHECK(low.at("accepted") == 7);
    CHECK(low.at("accepted_at_required_level") == 6);
    CHECK(levelRow(risks, "high").at("open") == 0);
    CHECK(levelRow(risks, "not_assessed").at("open") == 1);

    const auto& decisions = risks.at("decisions").as_array();
    REQUIRE(decisions.size() == 7);  // the June decision lies outside 2026Q3
    const auto& first = decisions[0].as_object();
    CHECK(first.at("decision") == "accepted");
    CHECK(first.at("level") == "low");
    CHECK(first.at("role") == "commander");
    CHECK(first.at("role_unit") == "bn-12");
    CHECK(first.at("role_depth") == 1);
    CHECK(first.at("required_depth") == 1);
    CHECK(first.at("at") == kSeptember20);
    CHECK(first.at("authorities").is_null());  // no signed authorities document yet
    CHECK(first.size() == 9);
    const auto signedUnder = std::count_if(decisions.begin(), decisions.end(), [](const boost::json::value& d) {
        return d.as_object().at("authorities") == 4;
    });
    CHECK(signedUnder == 1);

    const auto nl = renderVmsPdf(json, Language::Dutch);
    const auto en = renderVmsPdf(json, Language::English);
    REQUIRE(nl.ok());
    REQUIRE(en.ok());
    CHECK(nl->find("(Risicoregister) Tj") != std::string::npos);
    CHECK(en->find("(Risk register) Tj") != std::string::npos);
    CHECK(en->find("(Accepted at the required) Tj") != std::string::npos);
    CHECK(nl->find("(commandant) Tj") != std::string::npos);
    CHECK(*nl == *renderVmsPdf(json, Language::Dutch));
    if (const char* dir = std::getenv("VIGIL_REPORT_SAMPLE_DIR"))
        std::ofstream(std::string(dir) + "/risks.nl.pdf", std::ios::binary) << *nl;
}

TEST_CASE("a risk level's exact count never gives away a hidden cell of the residual matrix, whatever the register")
{
    // Random registers: every report passes the check, which demands that no level hides
    // exactly one of its cells where its count is published, and no line hides one alone.
    std::uint32_t seed = 12345;
    const auto next = [&](std::uint32_t n) {
        seed = seed * 1664525u + 1013904223u;
        return (seed >> 8) % n;
    };
    auto inputs = sampleInputs();
    int protectedLevels = 0, hiddenLevels = 0;
    for (int round = 0; round < 150; ++round) {
        inputs.risks.clear();
        const auto count = static_cast<std::int64_t>(next(60));
        for (std::int64_t i = 0; i < count; ++i) {
            const MatrixCell initial{static_cast<Severity>(1 + next(4)), static_cast<RiskProbability>(next(5))};
            std::optional<MatrixCell> residual;
            if (next(5) != 0)
                residual = MatrixCell{static_cast<Severity>(1 + next(4)), static_cast<RiskProbability>(next(6))};
            inputs.risks.push_back(risk(i + 1, initial, residual,
                                        residual && next(2) ? RiskState::Accepted : RiskState::Open));
        }
        const std::string json = buildVmsReport(inputs, {});
        INFO("round " << round);
        REQUIRE(checkVmsReport(json).ok());
        const auto report = parse(json);
        for (const auto& row : report.at("risks").at("by_level").as_array())
            ++(row.at("open").is_string() ? hiddenLevels : protectedLevels);
    }
    CHECK(protectedLevels > 0);  // the rule does not simply hide every level
    CHECK(hiddenLevels > 0);
}

TEST_CASE("the report check refuses a risk table that shows a small count, a lone hidden cell or a member")
{
    auto inputs = sampleInputs();
    inputs.risks = sampleRisks();
    const std::string good = buildVmsReport(inputs, {});
    auto report = parse(good);
    auto& residual = report["risks"].as_object()["matrix_residual"].as_object();
    residual["cells"].as_array()[2].as_array()[3] = 2;  // C-IV shown
    CHECK_THAT(checkVmsReport(boost::json::serialize(report)).error().message, Catch::Contains("below k"));

    report = parse(good);
    // D-IV shown again: C-IV is the only hidden cell of its column.
    report["risks"].as_object()["matrix_residual"].as_object()["cells"].as_array()[3].as_array()[3] = 6;
    CHECK_THAT(checkVmsReport(boost::json::serialize(report)).error().message, Catch::Contains("alone"));

    report = parse(good);
    report["risks"].as_object()["decisions"].as_array()[0].as_object()["member"] = "cdt-de-vries";
    CHECK_THAT(checkVmsReport(boost::json::serialize(report)).error().message, Catch::Contains("no member"));
    // A member's name in the place of the authorities document's serial, too.
    report = parse(good);
    report["risks"].as_object()["decisions"].as_array()[0].as_object()["authorities"] = "cdt-de-vries";
    CHECK_THAT(checkVmsReport(boost::json::serialize(report)).error().message, Catch::Contains("no member"));
    // A report issued before the serial was recorded still passes without it.
    report = parse(good);
    for (auto& d : report["risks"].as_object()["decisions"].as_array())
        d.as_object().erase("authorities");
    CHECK(checkVmsReport(boost::json::serialize(report)).ok());

    // The low level published while its residual cells hide C-IV alone: D-IV shown, and the
    // lines kept hiding two each by hiding medium cells of row D and column III instead.
    report = parse(good);
    auto& cells = report["risks"].as_object()["matrix_residual"].as_object()["cells"].as_array();
    cells[3].as_array()[3] = 6;   // D-IV published
    cells[2].as_array()[2] = "x";  // C-III hidden instead: medium
    cells[3].as_array()[2] = "x";  // D-III hidden: column III hides two, row D hides one…
    report["risks"].as_object()["matrix_residual"].as_object()["row_totals"].as_array()[3] = "x";  // …now two
    report["risks"].as_object()["matrix_residual"].as_object()["column_totals"].as_array()[3] = "x";
    report["risks"].as_object()["matrix_residual"].as_object()["column_totals"].as_array()[2] = 0;
    const auto refused = checkVmsReport(boost::json::serialize(report));
    REQUIRE_FALSE(refused.ok());
    CHECK_THAT(refused.error().message, Catch::Contains("risks.by_level") || Catch::Contains("alone"));
}

TEST_CASE("the report check refuses an alert that carries an explanation's text or a small count")
{
    auto inputs = sampleInputs();
    VmsAlert alert;
    alert.id = 7;
    alert.indicator = "nm-13bde";
    alert.month = "2026-09";
    alert.rule = "3:1";
    alert.value = 31;
    alert.level = 14.25;
    alert.state = "followed_up";
    alert.raisedAt = kSeptember20;
    alert.followUpDue = kSeptember30;
    alert.explained = true;
    alert.followedUpAt = kSeptember20;
    inputs.alerts = {alert};
    const std::string good = buildVmsReport(inputs, {});
    REQUIRE(checkVmsReport(good).ok());
    auto report = parse(good);
    CHECK(report.at("alerts").as_array()[0].at("follow_up") == boost::json::object{{"explained", true}});
    report["alerts"].as_array()[0].as_object()["follow_up"] = boost::json::object{{"explained", "a text"}};
    CHECK_FALSE(checkVmsReport(boost::json::serialize(report)).ok());
    report = parse(good);
    report["alerts"].as_array()[0].as_object()["explanation"] = "a text";
    CHECK_FALSE(checkVmsReport(boost::json::serialize(report)).ok());
    report = parse(good);
    report["alerts"].as_array()[0].as_object()["value"] = 3;
    CHECK_FALSE(checkVmsReport(boost::json::serialize(report)).ok());
}

TEST_CASE("the report carries ratios, shares and handling figures with what they are over, and its check verifies "
          "every cell")
{
    VmsInputs in = sampleInputs();
    IndicatorDef share;
    share.id = "anon-bn12";
    share.nameNl = "Anoniem bn 12";
    share.nameEn = "Anonymous bn 12";
    share.measure = IndicatorMeasure::Share;
    share.filter = makeFilter("bn-12", {}, {}, {"anonymous"}, {}).value();
    share.denominator = makeFilter("bn-12", {}, {}, {}, {}).value();
    IndicatorDef onTime;
    onTime.id = "on-time";
    onTime.nameNl = "Maatregelen op tijd";
    onTime.nameEn = "Measures on time";
    onTime.measure = IndicatorMeasure::MeasuresOnTime;
    onTime.target = IndicatorTarget{0.9, TargetDirection::AtLeast};
    std::vector<CubeRow> cube;
    HandlingFacts facts;
    for (int m = in.period.firstMonth; m <= in.period.lastMonth; ++m) {
        const auto month = monthText(m);
        cube.push_back({month, month, "bn-12", "near_miss", "live_fire", "anonymous", "medium", 10});
        cube.push_back({month, month, "bn-12", "accident", "live_fire", "open", "medium", m == in.period.lastMonth ? 2 : 30});
        for (int i = 0; i < 5; ++i)
            facts.measures.push_back({m, i != 0 || m == in.period.firstMonth});
    }
    in.board = buildBoard({share, onTime}, cube, kTree, in.period.lastMonth, {}, {}, facts).value();
    const std::string good = buildVmsReport(in, {});
    REQUIRE(checkVmsReport(good).ok());
    auto report = parse(good);
    const auto& shareJson = report.at("indicators").as_array()[0].as_object();
    CHECK(shareJson.at("measure") == "share");
    CHECK(shareJson.at("values").as_array()[0].to_number<double>() == Approx(0.25));
    CHECK(shareJson.at("numerators").as_array()[0] == 10);
    CHECK(shareJson.at("values").as_array()[2].is_string());  // 2 named reports beside 10 anonymous
    const auto& onTimeJson = report.at("indicators").as_array()[1].as_object();
    CHECK(onTimeJson.at("values").as_array()[1].to_number<double>() == Approx(0.8));
    CHECK(onTimeJson.at("off_target").as_array().size() == 2);

    report["indicators"].as_array()[0].as_object()["numerators"].as_array()[0] = 3;
    CHECK_THAT(checkVmsReport(boost::json::serialize(report)).error().message, Catch::Contains("below k"));
    report = parse(good);
    report["indicators"].as_array()[0].as_object()["values"].as_array()[0] = 0.5;
    CHECK_THAT(checkVmsReport(boost::json::serialize(report)).error().message, Catch::Contains("numerator over"));
    report = parse(good);
    report["indicators"].as_array()[0].as_object()["target"] = boost::json::object{{"value", 0.5}};
    CHECK_THAT(checkVmsReport(boost::json::serialize(report)).error().message, Catch::Contains("no target"));
    report = parse(good);
    report["indicators"].as_array()[1].as_object()["denominators"].as_array()[0] = 3;
    CHECK_FALSE(checkVmsReport(boost::json::serialize(report)).ok());
    for (const auto language : {Language::Dutch, Language::English})
        CHECK(renderVmsPdf(good, language).ok());
}
